using CrmErpPortal.Features.Privacy.Corrections;
using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using CrmErpPortal.Features.Dashboards.Trends;
using CrmErpPortal.Security;
using Microsoft.Extensions.Options;

namespace CrmErpPortal.Features.Dashboards.Leadership;

/// <summary>
/// File downloads for the dashboard (Leadership, Admin): <c>/dashboard/export/{list}.csv|.xlsx</c> for one list and
/// <c>/dashboard/export.xlsx</c> for the whole dashboard, with the page's filter in the query string
/// (<c>country</c>, <c>segment</c>, <c>owner</c>, <c>from</c>, <c>to</c> as yyyy-MM-dd). Bad input is a 400 problem.
/// Each export is audited: lists name customers, so a download is a disclosure of personal information.
/// </summary>
public static class DashboardExportEndpoints
{
    public static WebApplication MapDashboardExports(this WebApplication app)
    {
        var group = app.MapGroup("/dashboard/export").RequireAuthorization(Policies.Dashboards);
        group.MapGet("/{list}.{format}", ExportListAsync);
        app.MapGet("/dashboard/export.xlsx", ExportDashboardAsync).RequireAuthorization(Policies.Dashboards);
        return app;
    }

    public static string ListUrl(DashboardList list, string format, DashboardFilter filter) =>
        $"/dashboard/export/{DashboardLists.Slug(list)}.{format}{Query(filter)}";

    public static string DashboardUrl(DashboardFilter filter) => $"/dashboard/export.xlsx{Query(filter)}";

    /// <summary>The dashboard page itself, or one of its lists, for the same filter.</summary>
    public static string PageUrl(DashboardFilter filter, DashboardList? list = null) =>
        (list is { } l ? $"/dashboard/lists/{DashboardLists.Slug(l)}" : "/dashboard") + Query(filter);

    /// <summary>The filter from a page's query-string parameters; null when a value is not understood.</summary>
    public static DashboardFilter? ReadFilter(string? country, string? segment, string? owner, string? from, string? to, DateTimeOffset now) =>
        ReadFilter(new QueryCollection(new Dictionary<string, Microsoft.Extensions.Primitives.StringValues>
        {
            ["country"] = country, ["segment"] = segment, ["owner"] = owner, ["from"] = from, ["to"] = to,
        }), now);

    private static async Task<IResult> ExportListAsync(
        string list, string format, HttpContext http, GetDashboardListQuery query, GetCorrectionStatementsQuery statements, AuditWriter audit, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var kind = Enum.GetValues<DashboardList>().Where(l => DashboardLists.Slug(l) == list).Cast<DashboardList?>().FirstOrDefault();
        if (kind is null || format is not ("csv" or "xlsx"))
        {
            return Results.Problem(statusCode: 400, title: "Unknown export", detail: $"No list \"{list}\" as \"{format}\"; lists: {string.Join(", ", Enum.GetValues<DashboardList>().Select(DashboardLists.Slug))}; formats: csv, xlsx.");
        }

        if (ReadFilter(http.Request.Query, clock.GetUtcNow()) is not { } filter)
        {
            return BadFilter();
        }

        var rows = await WithStatementsAsync(await query.ExecuteAsync(kind.Value, filter, null, cancellationToken), statements, cancellationToken);
        await AuditAsync(audit, http.User, DashboardLists.Slug(kind.Value), format, filter, rows.Count, cancellationToken, rows.Select(r => r.CustomerId).Distinct().ToList());
        var stream = new MemoryStream();
        if (format == "csv")
        {
            await DashboardExport.WriteCsvAsync(stream, rows, cancellationToken);
        }
        else
        {
            await DashboardExport.WriteXlsxAsync(stream, [(DashboardLists.Title(kind.Value), rows)], cancellationToken);
        }

        stream.Position = 0;
        return Results.File(stream, format == "csv" ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            $"{DashboardLists.Slug(kind.Value)}-{filter.PeriodEnd:yyyy-MM-dd}.{format}");
    }

    /// <summary>The customer column is a name a person may have asked to correct: a refused correction's statement goes with it.</summary>
    private static async Task<IReadOnlyList<DashboardRow>> WithStatementsAsync(IReadOnlyList<DashboardRow> rows, GetCorrectionStatementsQuery statements, CancellationToken cancellationToken)
    {
        var byCustomer = (await statements.ExecuteAsync([.. rows.Select(r => r.CustomerId).Distinct()], cancellationToken))
            .Where(s => s.FieldName is "DisplayName" or "LegalName")
            .GroupBy(s => s.CustomerId).ToDictionary(g => g.Key, g => string.Join(" | ", g.Select(s => s.ForExport)));
        return byCustomer.Count == 0 ? rows : [.. rows.Select(r => byCustomer.TryGetValue(r.CustomerId, out var text) ? r with { CorrectionStatement = text } : r)];
    }

    // The workbook is the dashboard the page shows: the same kept snapshot when there is one, not a second computation.
    private static async Task<IResult> ExportDashboardAsync(
        HttpContext http, DashboardSnapshots snapshots, GetKpiTrendsQuery trendsQuery, IOptions<DashboardOptions> options, AuditWriter audit, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (ReadFilter(http.Request.Query, clock.GetUtcNow()) is not { } filter)
        {
            return BadFilter();
        }

        var dashboard = await snapshots.GetAsync(filter, cancellationToken);
        var trends = await trendsQuery.ExecuteAsync(filter.Country, options.Value.TrendWeeks, cancellationToken);
        await AuditAsync(audit, http.User, "dashboard", "xlsx", filter, null, cancellationToken, null);
        var stream = new MemoryStream();
        await DashboardExport.WriteDashboardAsync(stream, dashboard, trends, cancellationToken);
        stream.Position = 0;
        return Results.File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"dashboard-{filter.PeriodEnd:yyyy-MM-dd}.xlsx");
    }

    /// <summary>The filter from the query string, defaulting to this month and everyone; null when a value is not understood.</summary>
    public static DashboardFilter? ReadFilter(IQueryCollection query, DateTimeOffset now)
    {
        var filter = DashboardFilter.ThisMonth(now);
        var country = Blank(query["country"]);
        if (country is not null and not ("NZ" or "AU"))
        {
            return null;
        }

        if (!TryDate(query["from"], filter.PeriodStart, out var from) || !TryDate(query["to"], filter.PeriodEnd, out var to) || to < from)
        {
            return null;
        }

        return filter with { Country = country, Segment = Blank(query["segment"]), Owner = Blank(query["owner"]), PeriodStart = from, PeriodEnd = to };
    }

    private static string Query(DashboardFilter filter)
    {
        var parts = new List<string> { $"from={filter.PeriodStart:yyyy-MM-dd}", $"to={filter.PeriodEnd:yyyy-MM-dd}" };
        if (filter.Country is { } c) parts.Add($"country={Uri.EscapeDataString(c)}");
        if (filter.Segment is { } s) parts.Add($"segment={Uri.EscapeDataString(s)}");
        if (filter.Owner is { } o) parts.Add($"owner={Uri.EscapeDataString(o)}");
        return "?" + string.Join('&', parts);
    }

    private static IResult BadFilter() => Results.Problem(statusCode: 400, title: "Filter not understood",
        detail: "country is NZ or AU; from and to are dates as yyyy-MM-dd, with from on or before to.");

    private static bool TryDate(string? text, DateOnly fallback, out DateOnly date)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            date = fallback;
            return true;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    // The customer ids let the privacy officer's "who saw what" find every export that carried a given customer;
    // the whole-dashboard workbook holds figures only, so it names none.
    private static Task AuditAsync(
        AuditWriter audit, ClaimsPrincipal user, string what, string format, DashboardFilter filter, int? rows, CancellationToken cancellationToken, IReadOnlyList<Guid>? customers) =>
        audit.WriteAsync(user, "DashboardExported", "Dashboard", what, cancellationToken, JsonSerializer.Serialize(new
        {
            Format = format, filter.Country, filter.Segment, filter.Owner, From = filter.PeriodStart, To = filter.PeriodEnd, Rows = rows, Customers = customers,
        }));
}
