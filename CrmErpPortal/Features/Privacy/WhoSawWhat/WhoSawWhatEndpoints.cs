using System.Globalization;
using System.Text;
using CrmErpPortal.Components.Shared;
using CrmErpPortal.Security;

namespace CrmErpPortal.Features.Privacy.WhoSawWhat;

/// <summary>
/// <c>/privacy/views/{customerId}.csv</c> (PrivacyOfficer): the access log of one customer as CSV, times in UTC and in the
/// portal's zone. The download is itself audited: it discloses who looked at the person.
/// </summary>
public static class WhoSawWhatEndpoints
{
    public const string ExportedAction = "AccessLogExported";

    public static string CsvUrl(Guid customerId) => $"/privacy/views/{customerId}.csv";

    public static WebApplication MapWhoSawWhat(this WebApplication app)
    {
        app.MapGet("/privacy/views/{customerId:guid}.csv", ExportAsync).RequireAuthorization(Policies.Privacy);
        return app;
    }

    private static async Task<IResult> ExportAsync(
        Guid customerId, HttpContext http, ListPersonalDataAccessQuery query, AuditWriter audit, DisplayTimeZone zone, CancellationToken cancellationToken)
    {
        var log = await query.ExecuteAsync(customerId, cancellationToken);
        if (log is null)
        {
            return Results.Problem(statusCode: 404, title: "No such customer", detail: $"No customer with id {customerId} is in the hub.");
        }

        await audit.WriteAsync(http.User, ExportedAction, "Customer", customerId.ToString(), cancellationToken);
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(ToCsv(log, zone))).ToArray();
        return Results.File(bytes, "text/csv; charset=utf-8", $"access-log-{customerId}.csv");
    }

    public static string ToCsv(PersonalDataAccessLog log, DisplayTimeZone zone)
    {
        var csv = new StringBuilder();
        csv.AppendLine($"When (UTC),When ({zone.Zone.Id}),User,User id,Access,Action,What");
        foreach (var e in log.Entries)
        {
            csv.AppendLine(string.Join(',',
                e.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                zone.ToLocal(e.At).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                Cell(e.UserName), Cell(e.UserId), e.Kind, Cell(e.Action), Cell(e.What)));
        }

        return csv.ToString();
    }

    /// <summary>Quoted, with a leading apostrophe before =, +, - or @ so a spreadsheet never runs a cell as a formula.</summary>
    private static string Cell(string value)
    {
        var safe = value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;
        return "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
