namespace CrmErpPortal.Sandbox.Dataverse;

/// <summary>A lookup column: read as <c>_{Attribute}_value</c>, written as <c>{Attribute}@odata.bind</c> or, when it may point at several tables, <c>{Attribute}_{target}@odata.bind</c>.</summary>
public sealed record DataverseLookup(string Attribute, params string[] Targets)
{
    public string ReadName => $"_{Attribute}_value";

    public bool IsPolymorphic => Targets.Length > 1;

    public string NavigationProperty(string target) => IsPolymorphic ? $"{Attribute}_{target}" : Attribute;
}

/// <summary>What the emulator knows about one table: names, key, lookups, defaults and (for some tables) the full column list.</summary>
public sealed record DataverseTable(string EntitySet, string LogicalName, DataverseLookup[] Lookups)
{
    public string PrimaryKey => LogicalName + "id";

    public string EntityType => "Microsoft.Dynamics.CRM." + LogicalName;

    /// <summary>When set, $select, $orderby and write bodies may name only these columns (plus lookups), as on a real table.</summary>
    public IReadOnlySet<string>? Columns { get; init; }

    /// <summary>A column defined as an alternate key in this sandbox (addressable as <c>set(column='value')</c> and unique).</summary>
    public string? AlternateKey { get; init; }

    public int DefaultStatusCode { get; init; } = 1;

    /// <summary>Column filled with an autonumber (e.g. QUO-01001-AB12CD) when a create leaves it out.</summary>
    public (string Column, string Prefix)? AutoNumber { get; init; }

    /// <summary>Write-only columns: accepted on create and update, never returned.</summary>
    public IReadOnlySet<string> WriteOnly { get; init; } = new HashSet<string>();

    public DataverseLookup? FindLookupByReadName(string name) => Lookups.FirstOrDefault(l => l.ReadName == name);

    public bool KnowsColumn(string name) =>
        Columns is null || Columns.Contains(name) || Lookups.Any(l => l.ReadName == name) || name == PrimaryKey
        || name is "versionnumber" or "modifiedon" or "createdon" or "statecode" or "statuscode";

    /// <summary>Finds the lookup and target table a bind property names, e.g. parentcustomerid_account → (parentcustomerid, account).</summary>
    public (DataverseLookup Lookup, string Target)? FindBinding(string navigationProperty)
    {
        foreach (var lookup in Lookups)
        {
            foreach (var target in lookup.Targets)
            {
                if (lookup.NavigationProperty(target) == navigationProperty)
                {
                    return (lookup, target);
                }
            }
        }

        return null;
    }
}
