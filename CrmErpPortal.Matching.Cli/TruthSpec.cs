using System.Text.RegularExpressions;

namespace CrmErpPortal.Matching.Cli;

/// <summary>
/// Where the true entity of each record comes from: `febrl` reads it from ids shaped rec-N-org / rec-N-dup-K (entity
/// N), `column=NAME` from a column naming the entity.
/// </summary>
internal sealed partial class TruthSpec
{
    private readonly string? column;

    private TruthSpec(string? column) => this.column = column;

    public static TruthSpec Parse(string spec) =>
        spec.Equals("febrl", StringComparison.OrdinalIgnoreCase) ? new TruthSpec(null)
        : spec.StartsWith("column=", StringComparison.OrdinalIgnoreCase) ? new TruthSpec(spec["column=".Length..])
        : throw new ArgumentException("--truth is 'febrl' or 'column=NAME'.");

    public string[] EntitiesOf(CsvTable table, IReadOnlyList<MatchRecord> records)
    {
        if (column is not null)
        {
            var c = table.Column(column);
            return table.Rows.Select(row => row[c]).ToArray();
        }

        return records.Select(r =>
        {
            var match = FebrlId().Match(r.Id);
            return match.Success ? match.Groups[1].Value : throw new FormatException($"'{r.Id}' is not a FEBRL id (rec-N-org / rec-N-dup-K).");
        }).ToArray();
    }

    [GeneratedRegex(@"^rec-(\d+)-(?:org|dup-\d+)$")]
    private static partial Regex FebrlId();
}
