using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CrmErpPortal.Sandbox.Dataverse;

/// <summary>
/// Single-valued $expand of a lookup, e.g. <c>primarycontactid($select=fullname)</c>; a polymorphic lookup expands by attribute_target
/// (customerid_account). Collection-valued navigation is not emulated.
/// </summary>
public sealed partial class ExpandReader(DataverseEmulator emulator)
{
    public sealed record Expansion(string NavigationProperty, DataverseLookup Lookup, DataverseTable Target, Selection Selection);

    public IReadOnlyList<Expansion> Parse(string? text, DataverseTable table)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var expansions = new List<Expansion>();
        foreach (Match match in ExpandPattern().Matches(text))
        {
            var navigation = match.Groups["nav"].Value;
            var binding = table.FindBinding(navigation) ?? throw DataverseErrors.UnknownProperty(table, navigation);
            var target = DataverseTables.FindByLogicalName(binding.Target)
                ?? throw DataverseErrors.BadRequest($"Expanding '{navigation}' is not supported by the sandbox.");
            var options = match.Groups["options"].Value;
            var select = SelectOption().Match(options) is { Success: true } s ? s.Groups["columns"].Value : null;
            expansions.Add(new Expansion(navigation, binding.Lookup, target, Selection.Parse(select, target)));
        }

        return expansions;
    }

    public async Task AddAsync(JsonObject row, JsonObject stored, IReadOnlyList<Expansion> expansions, PreferHeader prefer, CancellationToken cancellationToken)
    {
        foreach (var expansion in expansions)
        {
            var id = stored[expansion.Lookup.ReadName]?.GetValue<string>();
            var pointsAtTarget = !expansion.Lookup.IsPolymorphic
                || stored[$"{expansion.Lookup.ReadName}@{WireFormat.LookupLogicalName}"]?.GetValue<string>() == expansion.Target.LogicalName;
            var related = pointsAtTarget && Guid.TryParse(id, out var guid) ? await emulator.Store.FindAsync(expansion.Target.EntitySet, guid, cancellationToken) : null;
            row[expansion.NavigationProperty] = related is null ? null : WireFormat.ToWire(related, expansion.Target, expansion.Selection, prefer);
        }
    }

    [GeneratedRegex(@"(?<nav>[A-Za-z_][A-Za-z0-9_]*)(\((?<options>[^)]*)\))?")]
    private static partial Regex ExpandPattern();

    [GeneratedRegex(@"\$select=(?<columns>[^;]*)")]
    private static partial Regex SelectOption();
}
