using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CrmErpPortal.Sandbox.Dataverse.Webhooks;

/// <summary>
/// The JSON body Dataverse posts to a webhook: its RemoteExecutionContext as serialised by DataContractJsonSerializer
/// (key/value arrays, "__type" hints, dates as /Date(ms)/).
/// </summary>
public static class RemoteExecutionContext
{
    private const string Contracts = ":http://schemas.microsoft.com/xrm/2011/Contracts";

    private static readonly HashSet<string> MoneyColumns =
        ["totalamount", "estimatedvalue", "actualvalue", "priceperunit", "extendedamount", "baseamount", "creditlimit", "revenue",
         "totallineitemamount", "totaldiscountamount", "totaltax", "manualdiscountamount", "freightamount"];

    public static JsonObject Build(ChangeEvent change, Guid stepId, Guid correlationId, string organizationName)
    {
        var logicalName = change.Table.LogicalName;
        var target = change.MessageName == "Delete"
            ? EntityReference(logicalName, change.Id)
            : new JsonObject
            {
                ["__type"] = "Entity" + Contracts,
                ["Attributes"] = Attributes(change),
                ["EntityState"] = null,
                ["FormattedValues"] = new JsonArray(),
                ["Id"] = change.Id.ToString(),
                ["KeyAttributes"] = new JsonArray(),
                ["LogicalName"] = logicalName,
                ["RelatedEntities"] = new JsonArray(),
                ["RowVersion"] = null,
            };
        return new JsonObject
        {
            ["BusinessUnitId"] = DataverseEmulator.BusinessUnitId.ToString(),
            ["CorrelationId"] = correlationId.ToString(),
            ["Depth"] = 1,
            ["InitiatingUserId"] = DataverseEmulator.UserId.ToString(),
            ["InputParameters"] = new JsonArray(KeyValue("Target", target)),
            ["IsExecutingOffline"] = false,
            ["IsInTransaction"] = false,
            ["IsOfflinePlayback"] = false,
            ["IsolationMode"] = 1,
            ["MessageName"] = change.MessageName,
            ["Mode"] = 1,
            ["OperationCreatedOn"] = DateLiteral(change.OccurredAt),
            ["OperationId"] = Guid.NewGuid().ToString(),
            ["OrganizationId"] = DataverseEmulator.OrganizationId.ToString(),
            ["OrganizationName"] = organizationName,
            ["OutputParameters"] = change.MessageName == "Create" ? new JsonArray(KeyValue("id", change.Id.ToString())) : new JsonArray(),
            ["OwningExtension"] = EntityReference("sdkmessageprocessingstep", stepId),
            ["ParentContext"] = null,
            ["PostEntityImages"] = new JsonArray(),
            ["PreEntityImages"] = new JsonArray(),
            ["PrimaryEntityId"] = change.Id.ToString(),
            ["PrimaryEntityName"] = logicalName,
            ["RequestId"] = Guid.NewGuid().ToString(),
            ["SecondaryEntityName"] = "none",
            ["SharedVariables"] = new JsonArray(),
            ["Stage"] = 40,
            ["UserId"] = DataverseEmulator.UserId.ToString(),
        };
    }

    public static string DateLiteral(DateTimeOffset instant) =>
        $"/Date({instant.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)})/";

    private static JsonArray Attributes(ChangeEvent change)
    {
        var attributes = new JsonArray();
        foreach (var (name, value) in change.Attributes)
        {
            if (name.Contains('@') || change.Table.WriteOnly.Contains(name))
            {
                continue;
            }

            if (change.Table.FindLookupByReadName(name) is { } lookup)
            {
                var target = change.Attributes[$"{name}@{WireFormat.LookupLogicalName}"]?.GetValue<string>() ?? lookup.Targets[0];
                attributes.Add(KeyValue(lookup.Attribute, value is null ? null : EntityReference(target, Guid.Parse(value.GetValue<string>()))));
            }
            else
            {
                attributes.Add(KeyValue(name, Convert(name, value)));
            }
        }

        return attributes;
    }

    /// <summary>Choice columns become OptionSetValue, currency columns Money and date-times /Date(ms)/, as the SDK types serialise.</summary>
    private static JsonNode? Convert(string name, JsonNode? value)
    {
        if (value is null)
        {
            return null;
        }

        if ((name.EndsWith("code", StringComparison.Ordinal) || name == "statecode") && value.GetValueKind() == JsonValueKind.Number)
        {
            return new JsonObject { ["__type"] = "OptionSetValue" + Contracts, ["Value"] = value.DeepClone() };
        }

        if (MoneyColumns.Contains(name) && value.GetValueKind() == JsonValueKind.Number)
        {
            return new JsonObject { ["__type"] = "Money" + Contracts, ["Value"] = value.DeepClone() };
        }

        if (value.GetValueKind() == JsonValueKind.String && value.GetValue<string>() is var text && text.Length >= 20 && text[10] == 'T'
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            return DateLiteral(instant);
        }

        return value.DeepClone();
    }

    private static JsonObject EntityReference(string logicalName, Guid id) => new()
    {
        ["__type"] = "EntityReference" + Contracts,
        ["Id"] = id.ToString(),
        ["KeyAttributes"] = new JsonArray(),
        ["LogicalName"] = logicalName,
        ["Name"] = null,
        ["RowVersion"] = null,
    };

    private static JsonObject KeyValue(string key, JsonNode? value) => new() { ["key"] = key, ["value"] = value };
}
