using System.Globalization;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.DataQuality;
using CrmErpPortal.Integration;

namespace CrmErpPortal.Features.Sync.Push;

/// <summary>
/// How one portal field is written to one system: the wire columns and values for a new value, and the field's
/// current value in the portal's own form read back from a snapshot (to tell "someone else changed it" from "unchanged").
/// </summary>
public sealed record PushField(
    string Field,
    IReadOnlyList<string> Columns,
    Func<string?, string, IReadOnlyDictionary<string, object?>> ToWire,
    Func<SourceRecordSnapshot, string, string?> CurrentValue)
{
    public static PushField Text(string field, string column, Func<string?, string?>? normalize = null) => new(
        field, [column],
        (value, _) => new Dictionary<string, object?> { [column] = value ?? string.Empty },
        (snapshot, _) => normalize is null ? Blank(snapshot[column]) : normalize(Blank(snapshot[column])));

    public static PushField Phone(string column) => new(
        "Phone", [column],
        (value, _) => new Dictionary<string, object?> { [column] = value ?? string.Empty },
        (snapshot, country) => PhoneNormalizer.ToE164(snapshot[column], country) ?? Blank(snapshot[column]));

    public static PushField Address(string field, string line1, string line2, string city, string region, string postcode, string country) => new(
        field, [line1, line2, city, region, postcode, country],
        (value, countryCode) =>
        {
            var a = AddressWire.ToSource(value, countryCode);
            return new Dictionary<string, object?>
            {
                [line1] = a.Line1 ?? string.Empty, [line2] = a.Line2 ?? string.Empty, [city] = a.City ?? string.Empty,
                [region] = a.Region ?? string.Empty, [postcode] = a.Postcode ?? string.Empty, [country] = a.Country ?? string.Empty,
            };
        },
        (snapshot, countryCode) => AddressWire.ToHub(
            new SourceAddress(snapshot[line1], Blank(snapshot[line2]), Blank(snapshot[city]), Blank(snapshot[region]), Blank(snapshot[postcode]), Blank(snapshot[country])),
            countryCode)?.OneLine());

    public static PushField Money(string field, string column) => new(
        field, [column],
        (value, _) => new Dictionary<string, object?> { [column] = decimal.Parse(value ?? "0", CultureInfo.InvariantCulture) },
        (snapshot, _) => decimal.TryParse(snapshot[column], NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d.ToString("0.00", CultureInfo.InvariantCulture) : null);

    /// <summary>True when the snapshot already holds every wire value the new value would write.</summary>
    public bool IsApplied(SourceRecordSnapshot snapshot, string? newValue, string countryCode) =>
        ToWire(newValue, countryCode).All(column => SameWireValue(snapshot[column.Key], column.Value));

    public static bool SameWireValue(string? current, object? wanted) => wanted switch
    {
        null => string.IsNullOrEmpty(current),
        decimal d => decimal.TryParse(current, NumberStyles.Float, CultureInfo.InvariantCulture, out var c) && c == d,
        int i => int.TryParse(current, NumberStyles.Integer, CultureInfo.InvariantCulture, out var c) && c == i,
        bool b => current == (b ? "true" : "false"),
        string s => string.Equals((current ?? string.Empty).Trim(), s.Trim(), StringComparison.Ordinal),
        _ => string.Equals(current, Convert.ToString(wanted, CultureInfo.InvariantCulture), StringComparison.Ordinal),
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
