using System.Globalization;
using System.Text.Json.Nodes;
using CrmErpPortal.Sandbox.Storage;

namespace CrmErpPortal.Sandbox.Dataverse;

/// <summary>Turns stored rows into what the Web API returns: the stored wire fields plus the etag, versionnumber and modifiedon it derives from the row.</summary>
public static class WireFormat
{
    public const string LookupLogicalName = "Microsoft.Dynamics.CRM.lookuplogicalname";
    public const string NavigationProperty = "Microsoft.Dynamics.CRM.associatednavigationproperty";
    public const string JsonContentType = "application/json; odata.metadata=minimal";

    public static string ETag(long version) => $"W/\"{version}\"";

    public static string Timestamp(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    /// <summary>Adds the derived columns to the row's own (freshly read) body, so $filter and $orderby can use them too.</summary>
    public static JsonObject Enrich(StoredRecord record)
    {
        record.Body["versionnumber"] = record.Version;
        record.Body["modifiedon"] = Timestamp(record.ModifiedAt);
        return record.Body;
    }

    public static JsonObject ToWire(StoredRecord record, DataverseTable table, Selection selection, PreferHeader prefer)
    {
        var body = Enrich(record);
        var result = new JsonObject { ["@odata.etag"] = ETag(record.Version) };
        var columns = selection.Columns is { } selected
            ? selected.Append(table.PrimaryKey).Distinct().Where(k => !table.WriteOnly.Contains(k))
            : body.Select(p => p.Key).Where(k => !k.Contains('@') && !table.WriteOnly.Contains(k)).ToList();
        foreach (var column in columns)
        {
            if (table.FindLookupByReadName(column) is { } lookup && body[column] is not null)
            {
                AddLookupAnnotations(result, body, column, lookup, prefer);
            }

            result[column] = body[column]?.DeepClone();
        }

        return result;
    }

    private static void AddLookupAnnotations(JsonObject result, JsonObject body, string column, DataverseLookup lookup, PreferHeader prefer)
    {
        var target = body[$"{column}@{LookupLogicalName}"]?.GetValue<string>() ?? (lookup.IsPolymorphic ? null : lookup.Targets[0]);
        if (target is null)
        {
            return;
        }

        if (prefer.WantsAnnotation(NavigationProperty))
        {
            result[$"{column}@{NavigationProperty}"] = lookup.NavigationProperty(target);
        }

        if (prefer.WantsAnnotation(LookupLogicalName))
        {
            result[$"{column}@{LookupLogicalName}"] = target;
        }
    }
}
