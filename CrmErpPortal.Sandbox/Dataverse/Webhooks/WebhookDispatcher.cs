using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CrmErpPortal.Sandbox.Storage;

namespace CrmErpPortal.Sandbox.Dataverse.Webhooks;

/// <summary>
/// Posts a RemoteExecutionContext to every webhook registered for a committed change, after the API call has answered
/// (steps run asynchronously, stage 40). As in Dataverse: 60-second timeout, one retry only on 502/503/504, and a failure
/// is recorded as a failed system job (asyncoperations, statuscode 31).
/// </summary>
public sealed class WebhookDispatcher(RecordStore store, DataverseSettings settings, ILogger<WebhookDispatcher> logger)
{
    public const string StepsSet = "sdkmessageprocessingsteps";
    public const string EndpointsSet = "serviceendpoints";
    private const int WebhookContract = 8;

    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(60) };

    private readonly AsyncLocal<List<ChangeEvent>?> _held = new();

    public void Publish(ChangeEvent change)
    {
        if (change.Table.EntitySet is StepsSet or EndpointsSet or "asyncoperations")
        {
            return;
        }

        if (_held.Value is { } held)
        {
            held.Add(change);
            return;
        }

        _ = Task.Run(() => DispatchAsync(change));
    }

    /// <summary>Holds back events raised in this async flow (a $batch change set) until it commits; a rolled-back set sends none.</summary>
    public void Hold() => _held.Value = [];

    public void Release(bool send)
    {
        var held = _held.Value ?? [];
        _held.Value = null;
        foreach (var change in send ? held : [])
        {
            _ = Task.Run(() => DispatchAsync(change));
        }
    }

    private async Task DispatchAsync(ChangeEvent change)
    {
        try
        {
            await foreach (var step in store.ScanAsync(StepsSet, 0, includeDeleted: false))
            {
                if (Matches(step.Body, change)
                    && Guid.TryParse(step.Body["_eventhandler_value"]?.GetValue<string>(), out var endpointId)
                    && await store.FindAsync(EndpointsSet, endpointId) is { } endpoint
                    && (int?)endpoint.Body["contract"] == WebhookContract)
                {
                    await DeliverAsync(change, step.Id, endpoint.Body);
                }
            }
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Webhook dispatch for {Message} {Entity}({Id}) failed", change.MessageName, change.Table.LogicalName, change.Id);
        }
    }

    /// <summary>Sandbox simplification: a step names its message and table in plain <c>messagename</c> and <c>primaryentity</c> columns.</summary>
    private static bool Matches(JsonObject step, ChangeEvent change)
    {
        if (!string.Equals(step["messagename"]?.GetValue<string>(), change.MessageName, StringComparison.OrdinalIgnoreCase)
            || !string.Equals(step["primaryentity"]?.GetValue<string>(), change.Table.LogicalName, StringComparison.OrdinalIgnoreCase)
            || (int?)step["statecode"] == 1)
        {
            return false;
        }

        var filtering = step["filteringattributes"]?.GetValue<string>();
        if (change.MessageName != "Update" || string.IsNullOrWhiteSpace(filtering))
        {
            return true;
        }

        var changed = change.Attributes.Select(a => change.Table.FindLookupByReadName(a.Key)?.Attribute ?? a.Key).ToHashSet();
        return filtering.Split(',', StringSplitOptions.TrimEntries).Any(changed.Contains);
    }

    private async Task DeliverAsync(ChangeEvent change, Guid stepId, JsonObject endpoint)
    {
        var correlationId = Guid.NewGuid();
        var payload = RemoteExecutionContext.Build(change, stepId, correlationId, settings.OrganizationName).ToJsonString();
        HttpStatusCode? status = null;
        string? failure = null;
        for (var attempt = 1; attempt <= 2; attempt++)
        {
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, (Uri?)null);
                request.RequestUri = WebhookAuth.Apply(endpoint["url"]!.GetValue<string>(), (int?)endpoint["authtype"] ?? 0, endpoint["authvalue"]?.GetValue<string>(), request);
                request.Content = new StringContent(payload, Encoding.UTF8, "application/json");
                request.Headers.Add("x-ms-dynamics-organization", settings.OrganizationName);
                request.Headers.Add("x-ms-dynamics-entity-name", change.Table.LogicalName);
                request.Headers.Add("x-ms-dynamics-request-name", change.MessageName);
                request.Headers.Add("x-ms-correlation-request-id", correlationId.ToString());
                using var response = await Http.SendAsync(request);
                status = response.StatusCode;
                if (response.IsSuccessStatusCode)
                {
                    return;
                }

                failure = $"The webhook answered {(int)response.StatusCode}.";
                if (status is not (HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout))
                {
                    break;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                failure = ex.Message;
                break;
            }
        }

        await RecordFailureAsync(change, stepId, failure ?? $"HTTP {status}");
    }

    private async Task RecordFailureAsync(ChangeEvent change, Guid stepId, string message)
    {
        var id = Guid.NewGuid();
        await store.InsertAsync("asyncoperations", id, new JsonObject
        {
            ["asyncoperationid"] = id.ToString(),
            ["name"] = $"Webhook {change.MessageName} of {change.Table.LogicalName}",
            ["operationtype"] = 1,
            ["statecode"] = 3,
            ["statuscode"] = 31,
            ["message"] = message,
            ["_owningextensionid_value"] = stepId.ToString(),
            ["_regardingobjectid_value"] = change.Id.ToString(),
            ["_regardingobjectid_value@" + WireFormat.LookupLogicalName] = change.Table.LogicalName,
            ["createdon"] = WireFormat.Timestamp(change.OccurredAt),
        });
    }
}
