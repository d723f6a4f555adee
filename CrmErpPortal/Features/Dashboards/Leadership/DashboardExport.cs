using System.Globalization;
using CrmErpPortal.Features.Dashboards.Trends;
using MiniExcelLibs;

namespace CrmErpPortal.Features.Dashboards.Leadership;

/// <summary>
/// Dashboard lists and the whole dashboard as files: CSV and Excel workbooks, both written by MiniExcel. Amounts stay
/// numbers with their currency in the next column, so a spreadsheet can sum them; dates are ISO, times UTC.
/// </summary>
public static class DashboardExport
{
    /// <summary>
    /// "Correction statement": a person's statement of a refused correction to the customer's name, which must travel
    /// with the name wherever it is exported (NZ Privacy Act s 63(3)(b), AU APP 13.4).
    /// </summary>
    private static readonly string[] ListColumns = ["Customer", "Country", "Owner", "Segment", "Reference", "Currency", "Amount", "Detail", "Correction statement"];

    public static async Task WriteCsvAsync(Stream output, IReadOnlyList<DashboardRow> rows, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await buffer.SaveAsAsync(rows.Select(ToCells).ToList(), excelType: ExcelType.CSV, cancellationToken: cancellationToken);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }

    public static Task WriteXlsxAsync(Stream output, IReadOnlyList<(string Sheet, IReadOnlyList<DashboardRow> Rows)> lists, CancellationToken cancellationToken) =>
        SaveAsync(output, lists.ToDictionary(l => SheetName(l.Sheet), l => (object)l.Rows.Select(ToCells).ToList()), cancellationToken);

    /// <summary>
    /// One workbook: a sheet with the filter, a sheet per section (figure, currency, value, as of), and the weekly
    /// snapshots for the filter's country as a Trends sheet, one row per week, KPI and currency (ready to pivot).
    /// </summary>
    public static Task WriteDashboardAsync(Stream output, LeadershipDashboard dashboard, KpiTrends trends, CancellationToken cancellationToken)
    {
        var sheets = new Dictionary<string, object>
        {
            ["Filter"] = new List<Dictionary<string, object?>>
            {
                Figure("Country", null, dashboard.Filter.Country ?? "All", null),
                Figure("Segment", null, dashboard.Filter.Segment ?? "All", null),
                Figure("Owner", null, dashboard.Filter.Owner ?? "All", null),
                Figure("Period", null, $"{dashboard.Filter.PeriodStart:yyyy-MM-dd} to {dashboard.Filter.PeriodEnd:yyyy-MM-dd}", null),
                Figure("Computed at (UTC)", null, dashboard.ComputedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), null),
            },
        };
        foreach (var (name, figures) in DashboardFigures.Sections(dashboard))
        {
            sheets[name] = figures.Select(f => Figure(f.Figure, f.Currency, f.Value, f.AsOf)).ToList();
        }

        sheets[TrendsSheet] = TrendRows(trends);
        return SaveAsync(output, sheets, cancellationToken);
    }

    public const string TrendsSheet = "Trends";

    private static List<Dictionary<string, object?>> TrendRows(KpiTrends trends)
    {
        var rows = trends.Series.SelectMany(s => s.Values.Select((value, i) => (s, value, Week: trends.Weeks[i])))
            .Where(p => p.value is not null)
            .OrderBy(p => p.Week).ThenBy(p => p.s.Kpi.Label, StringComparer.Ordinal)
            .Select(p => new Dictionary<string, object?>
            {
                ["Week starting"] = p.Week.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["KPI"] = p.s.Kpi.Label,
                ["Key"] = p.s.Kpi.Key,
                ["Currency"] = p.s.Currency.Length == 0 ? null : p.s.Currency,
                ["Value"] = p.value,
            }).ToList();
        // MiniExcel writes no header for an empty list; one explanatory row keeps the sheet self-describing.
        return rows.Count > 0 ? rows :
        [
            new() { ["Week starting"] = null, ["KPI"] = "No weekly snapshot yet: they are taken every Monday", ["Key"] = null, ["Currency"] = null, ["Value"] = null },
        ];
    }

    /// <summary>Any other list (e.g. the drift report) with its own columns: CSV, or a workbook with one sheet.</summary>
    public static async Task WriteRowsAsync(Stream output, string format, string sheet, IReadOnlyList<Dictionary<string, object?>> rows, CancellationToken cancellationToken)
    {
        if (format == "csv")
        {
            using var buffer = new MemoryStream();
            await buffer.SaveAsAsync(rows, excelType: ExcelType.CSV, cancellationToken: cancellationToken);
            buffer.Position = 0;
            await buffer.CopyToAsync(output, cancellationToken);
            return;
        }

        await SaveAsync(output, new Dictionary<string, object> { [SheetName(sheet)] = rows }, cancellationToken);
    }

    private static async Task SaveAsync(Stream output, Dictionary<string, object> sheets, CancellationToken cancellationToken)
    {
        // MiniExcel needs a seekable stream; an HTTP response body is not one.
        using var buffer = new MemoryStream();
        await buffer.SaveAsAsync(sheets, cancellationToken: cancellationToken);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }

    private static Dictionary<string, object?> Figure(string figure, string? currency, object? value, DateTimeOffset? asOf) => new()
    {
        ["Figure"] = figure,
        ["Currency"] = currency,
        ["Value"] = value,
        ["As of (UTC)"] = asOf?.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
    };

    private static Dictionary<string, object?> ToCells(DashboardRow row) =>
        ListColumns.Zip(Values(row)).ToDictionary(p => p.First, p => p.Second);

    private static object?[] Values(DashboardRow row) =>
        [row.Customer, row.Country, row.Owner, row.Segment, row.Reference, row.Currency, row.Amount, row.Detail, row.CorrectionStatement];

    /// <summary>Excel sheet names: at most 31 characters, none of : \ / ? * [ ].</summary>
    public static string SheetName(string name)
    {
        var clean = new string([.. name.Where(c => c is not (':' or '\\' or '/' or '?' or '*' or '[' or ']'))]);
        return clean.Length <= 31 ? clean : clean[..31];
    }
}
