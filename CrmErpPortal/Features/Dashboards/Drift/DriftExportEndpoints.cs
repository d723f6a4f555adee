using System.Globalization;
using System.Text.Json;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Dashboards.Leadership;
using CrmErpPortal.Security;

namespace CrmErpPortal.Features.Dashboards.Drift;

/// <summary>
/// <c>/dashboard/drift/export.csv|.xlsx?field=phone&amp;country=NZ</c>: every open difference for the filter (not only
/// the first page), both values side by side. Audited like the dashboard's exports; bad input is a 400 problem.
/// </summary>
public static class DriftExportEndpoints
{
    public static WebApplication MapDriftExports(this WebApplication app)
    {
        app.MapGet("/dashboard/drift/export.{format}", ExportAsync).RequireAuthorization(Policies.DriftReport);
        return app;
    }

    public static string PageUrl(string? country, SharedField? field) => "/dashboard/drift" + Query(country, field);

    public static string ExportUrl(string format, string? country, SharedField? field) => $"/dashboard/drift/export.{format}" + Query(country, field);

    private static async Task<IResult> ExportAsync(
        string format, string? field, string? country, HttpContext http, ListDriftQuery query, AuditWriter audit, CancellationToken cancellationToken)
    {
        var only = DriftFields.FromSlug(field);
        if (format is not ("csv" or "xlsx") || (!string.IsNullOrEmpty(field) && only is null) || (!string.IsNullOrEmpty(country) && country is not ("NZ" or "AU")))
        {
            return Results.Problem(statusCode: 400, title: "Export not understood",
                detail: $"format is csv or xlsx; field is one of {string.Join(", ", DriftFields.All.Select(DriftFields.Slug))}; country is NZ or AU.");
        }

        var list = await query.ExecuteAsync(Blank(country), only, null, cancellationToken);
        await audit.WriteAsync(http.User, "DashboardExported", "Dashboard", "drift", cancellationToken,
            JsonSerializer.Serialize(new
            {
                Format = format, Field = only?.ToString(), Country = Blank(country), Rows = list.Rows.Count,
                // Like the dashboard lists' exports: "who saw what" finds every file that carried a customer's values.
                Customers = list.Rows.Select(r => r.CustomerId).Distinct().ToList(),
            }));
        var stream = new MemoryStream();
        await DashboardExport.WriteRowsAsync(stream, format, "Drift", [.. list.Rows.Select(Cells)], cancellationToken);
        stream.Position = 0;
        return Results.File(stream, format == "csv" ? "text/csv; charset=utf-8" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            $"drift{(only is { } f ? "-" + DriftFields.Slug(f) : string.Empty)}.{format}");
    }

    private static Dictionary<string, object?> Cells(DriftRow row) => new()
    {
        ["Customer"] = row.Customer,
        ["Country"] = row.Country,
        ["Field"] = DriftFields.Label(row.Field),
        ["CRM value"] = row.CrmValue,
        ["ERP value"] = row.ErpValue,
        ["Owner"] = row.Owner == SourceSystem.Crm ? "CRM" : "ERP",
        ["Detected (UTC)"] = row.DetectedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        ["Correction"] = row.ChangeRequestStatus?.ToString(),
    };

    private static string Query(string? country, SharedField? field)
    {
        var parts = new List<string>();
        if (field is { } f) parts.Add($"field={DriftFields.Slug(f)}");
        if (!string.IsNullOrEmpty(country)) parts.Add($"country={Uri.EscapeDataString(country)}");
        return parts.Count == 0 ? string.Empty : "?" + string.Join('&', parts);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
