using System.Globalization;
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

    /// <summary>One workbook, a sheet per section (figure, currency, value, as of), and a sheet with the filter.</summary>
    public static Task WriteDashboardAsync(Stream output, LeadershipDashboard dashboard, CancellationToken cancellationToken)
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

        return SaveAsync(output, sheets, cancellationToken);
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
