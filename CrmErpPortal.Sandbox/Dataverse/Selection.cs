namespace CrmErpPortal.Sandbox.Dataverse;

/// <summary>A parsed $select; null columns means every column.</summary>
public sealed record Selection(IReadOnlyList<string>? Columns)
{
    public static readonly Selection All = new((IReadOnlyList<string>?)null);

    /// <summary>The part of @odata.context after the set name, e.g. <c>(name,accountid)</c>.</summary>
    public string ContextSuffix => Columns is null ? "" : $"({string.Join(',', Columns)})";

    public static Selection Parse(string? select, DataverseTable table)
    {
        if (string.IsNullOrWhiteSpace(select))
        {
            return All;
        }

        var columns = select.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct().ToList();
        foreach (var column in columns.Where(c => !table.KnowsColumn(c)))
        {
            throw DataverseErrors.UnknownProperty(table, column);
        }

        return new Selection(columns);
    }
}
