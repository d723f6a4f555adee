using System.Text.Json.Nodes;

namespace CrmErpPortal.Sandbox.Dataverse.Webhooks;

/// <summary>A committed Create, Update or Delete; Attributes are the stored columns written (all of them for a create).</summary>
public sealed record ChangeEvent(string MessageName, DataverseTable Table, Guid Id, JsonObject Attributes, DateTimeOffset OccurredAt);
