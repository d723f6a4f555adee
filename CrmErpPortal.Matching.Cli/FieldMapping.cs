namespace CrmErpPortal.Matching.Cli;

/// <summary>
/// `--map column=Field,...`: which CSV column feeds which engine field. Fields: Id, Kind, GivenName, Surname,
/// OrganisationName, StreetNumber, Street, AddressLine2, Locality, Postcode, State, Country, Phone, Email,
/// BusinessNumber, DateOfBirth, OtherIdentifier.
/// </summary>
internal sealed class FieldMapping
{
    private static readonly string[] Fields =
    [
        "Id", "Kind", "GivenName", "Surname", "OrganisationName", "StreetNumber", "Street", "AddressLine2", "Locality",
        "Postcode", "State", "Country", "Phone", "Email", "BusinessNumber", "DateOfBirth", "OtherIdentifier",
    ];

    private readonly Dictionary<string, string> columnByField;

    private FieldMapping(Dictionary<string, string> columnByField) => this.columnByField = columnByField;

    public static FieldMapping Parse(string spec)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in spec.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pieces = part.Split('=', 2, StringSplitOptions.TrimEntries);
            var field = pieces.Length == 2 ? Fields.FirstOrDefault(f => f.Equals(pieces[1], StringComparison.OrdinalIgnoreCase)) : null;
            if (field is null)
            {
                throw new ArgumentException($"'{part}' is not column=Field; fields are {string.Join(", ", Fields)}.");
            }

            map[field] = pieces[0];
        }

        if (!map.ContainsKey("Id"))
        {
            throw new ArgumentException("The map needs an Id column (e.g. rec_id=Id).");
        }

        return new FieldMapping(map);
    }

    public IReadOnlyList<MatchRecord> Apply(CsvTable table, RecordKind defaultKind)
    {
        var columns = columnByField.ToDictionary(p => p.Key, p => table.Column(p.Value), StringComparer.OrdinalIgnoreCase);
        string? Get(string[] row, string field) => columns.TryGetValue(field, out var c) && row[c].Length > 0 ? row[c] : null;

        return table.Rows.Select((row, i) => new MatchRecord(
            Get(row, "Id") ?? throw new ArgumentException($"Row {i + 1} has no id."),
            KindOf(Get(row, "Kind"), defaultKind))
        {
            GivenName = Get(row, "GivenName"),
            Surname = Get(row, "Surname"),
            OrganisationName = Get(row, "OrganisationName"),
            StreetNumber = Get(row, "StreetNumber"),
            Street = Get(row, "Street"),
            AddressLine2 = Get(row, "AddressLine2"),
            Locality = Get(row, "Locality"),
            Postcode = Get(row, "Postcode"),
            State = Get(row, "State"),
            Country = Get(row, "Country"),
            Phone = Get(row, "Phone"),
            Email = Get(row, "Email"),
            BusinessNumber = Get(row, "BusinessNumber"),
            DateOfBirth = Get(row, "DateOfBirth"),
            OtherIdentifier = Get(row, "OtherIdentifier"),
        }).ToArray();
    }

    private static RecordKind KindOf(string? value, RecordKind defaultKind) =>
        value is null ? defaultKind
        : value.StartsWith("o", StringComparison.OrdinalIgnoreCase) ? RecordKind.Organisation
        : RecordKind.Person;
}
