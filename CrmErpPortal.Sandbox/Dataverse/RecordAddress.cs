using System.Text.RegularExpressions;

namespace CrmErpPortal.Sandbox.Dataverse;

/// <summary>The resource segment of a URL: a collection (<c>accounts</c>) or one record by id or alternate key (<c>accounts(accountnumber='A1')</c>).</summary>
public sealed partial record RecordAddress(DataverseTable Table, Guid? Id, string? KeyColumn, string? KeyValue)
{
    public bool IsCollection => Id is null && KeyColumn is null;

    public string KeyText => Id?.ToString() ?? $"{KeyColumn}='{KeyValue}'";

    public static RecordAddress Parse(string segment)
    {
        var match = SegmentPattern().Match(segment);
        if (!match.Success)
        {
            throw DataverseErrors.UnknownSegment(segment);
        }

        var table = DataverseTables.Find(match.Groups["set"].Value) ?? throw DataverseErrors.UnknownSegment(match.Groups["set"].Value);
        if (!match.Groups["key"].Success)
        {
            return new RecordAddress(table, null, null, null);
        }

        var key = match.Groups["key"].Value;
        if (Guid.TryParse(key, out var id))
        {
            return new RecordAddress(table, id, null, null);
        }

        var alternate = AlternateKeyPattern().Match(key);
        if (!alternate.Success)
        {
            throw DataverseErrors.BadRequest($"Bad Request - Error in query syntax: the key '{key}' is neither a GUID nor column='value'.");
        }

        var column = alternate.Groups["column"].Value;
        if (column == table.PrimaryKey && Guid.TryParse(alternate.Groups["value"].Value, out id))
        {
            return new RecordAddress(table, id, null, null);
        }

        if (column != table.AlternateKey)
        {
            throw new DataverseException(StatusCodes.Status400BadRequest, DataverseErrors.InvalidArgument,
                $"The key specified to retrieve {table.LogicalName} record is invalid: no alternate key on '{column}' is defined for this table.");
        }

        return new RecordAddress(table, null, column, alternate.Groups["value"].Value.Replace("''", "'"));
    }

    [GeneratedRegex(@"^(?<set>[A-Za-z_][A-Za-z0-9_]*)(\((?<key>.*)\))?$")]
    private static partial Regex SegmentPattern();

    [GeneratedRegex(@"^(?<column>[A-Za-z_][A-Za-z0-9_]*)='(?<value>(?:[^']|'')*)'$")]
    private static partial Regex AlternateKeyPattern();
}
