using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CrmErpPortal.Sandbox.Dataverse;

/// <summary>Turns a create/update body into stored wire form: <c>nav@odata.bind</c> becomes <c>_attr_value</c> (+ lookuplogicalname).</summary>
public sealed partial class WriteBody(DataverseEmulator emulator)
{
    private const string Bind = "@odata.bind";

    /// <summary>Columns the platform computes: a body that sends them is not refused, but the value is ignored.</summary>
    private static readonly HashSet<string> Computed = ["versionnumber", "modifiedon", "createdon", "fullname", "address1_composite", "address2_composite"];

    public async Task<JsonObject> TranslateAsync(JsonNode? node, DataverseTable table, CancellationToken cancellationToken)
    {
        if (node is not JsonObject body)
        {
            throw DataverseErrors.BadRequest("The request body must be a JSON object describing the record's columns.");
        }

        var columns = new JsonObject();
        foreach (var (name, value) in body)
        {
            if (name.EndsWith(Bind, StringComparison.Ordinal))
            {
                await BindAsync(columns, table, name[..^Bind.Length], value, cancellationToken);
            }
            else if (name.Contains('@') || Computed.Contains(name))
            {
                continue;
            }
            else if (table.FindLookupByReadName(name) is not null)
            {
                throw new DataverseException(StatusCodes.Status400BadRequest, DataverseErrors.QueryNotSupported,
                    $"Invalid property '{name}' was found in entity '{table.EntityType}'. Set a lookup with {name[1..^6]}@odata.bind.");
            }
            else if (!table.KnowsColumn(name))
            {
                throw new DataverseException(StatusCodes.Status400BadRequest, DataverseErrors.QueryNotSupported,
                    $"The property '{name}' does not exist on type '{table.EntityType}'. Make sure to only use property names that are defined by the type or mark the type as open type.");
            }
            else
            {
                columns[name] = value?.DeepClone();
            }
        }

        return columns;
    }

    private async Task BindAsync(JsonObject columns, DataverseTable table, string navigation, JsonNode? value, CancellationToken cancellationToken)
    {
        var (lookup, target) = table.FindBinding(navigation) ?? throw new DataverseException(StatusCodes.Status400BadRequest, DataverseErrors.QueryNotSupported,
            $"An undeclared property '{navigation}' which only has property annotations in the payload but no property value was found in the payload.");
        var annotation = $"{lookup.ReadName}@{WireFormat.LookupLogicalName}";
        if (value is null)
        {
            columns[lookup.ReadName] = null;
            columns[annotation] = null;
            return;
        }

        var reference = value.GetValueKind() == System.Text.Json.JsonValueKind.String ? ReferencePattern().Match(value.GetValue<string>()) : Match.Empty;
        var targetSet = DataverseTables.EntitySetOf(target);
        if (!reference.Success || reference.Groups["set"].Value != targetSet || !Guid.TryParse(reference.Groups["id"].Value, out var id))
        {
            throw DataverseErrors.BadRequest($"'{navigation}{Bind}' must reference /{targetSet}(<guid>).");
        }

        if (DataverseTables.Find(targetSet) is { } targetTable && await emulator.Store.FindAsync(targetSet, id, cancellationToken) is null)
        {
            throw DataverseErrors.NotFound(targetTable, id.ToString());
        }

        columns[lookup.ReadName] = id.ToString();
        if (lookup.IsPolymorphic)
        {
            columns[annotation] = target;
        }
    }

    [GeneratedRegex(@"(?:^|/)(?<set>[A-Za-z_][A-Za-z0-9_]*)\((?<id>[^)]+)\)$")]
    private static partial Regex ReferencePattern();
}
