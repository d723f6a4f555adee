using System.Text.Json.Nodes;
using CrmErpPortal.Sandbox.Dataverse.Batch;
using CrmErpPortal.Sandbox.Dataverse.Webhooks;
using CrmErpPortal.Sandbox.Diagnostics;
using CrmErpPortal.Sandbox.Faults;

namespace CrmErpPortal.Sandbox.Dataverse;

/// <summary>The Dataverse Web API v9.2 emulator, served under <c>{group}/api/data/v9.2/</c>. See README.md in this folder.</summary>
public static class DataverseEndpoints
{
    public static RouteGroupBuilder MapDataverse(this RouteGroupBuilder group, EmulatedSystem crm, TimeProvider clock)
    {
        var services = ((IEndpointRouteBuilder)group).ServiceProvider;
        var settings = services.GetRequiredService<IConfiguration>().GetSection(DataverseSettings.Section).Get<DataverseSettings>() ?? new DataverseSettings();
        var accessToken = services.GetRequiredService<SandboxOptions>().AccessToken;
        var webhooks = new WebhookDispatcher(crm.Store, settings, services.GetRequiredService<ILogger<WebhookDispatcher>>());
        var emulator = new DataverseEmulator(crm, clock, settings, webhooks);
        var writes = new RecordWrites(emulator, new WriteBody(emulator));
        var changeTracking = new ChangeTracking(emulator);
        var queries = new RecordQueries(emulator, changeTracking, new ExpandReader(emulator));
        var actions = new QuoteActions(emulator, writes);
        var batch = new BatchEndpoint(emulator, queries, writes, actions);
        foreach (var table in DataverseTables.All.Where(t => t.AlternateKey is not null))
        {
            crm.Store.EnsurePropertyIndex(table.AlternateKey!);
        }

        QuoteActions.EnsureIndexes(emulator);

        var api = group.MapGroup("/api/data/v9.2");
        api.AddEndpointFilterFactory((_, next) => DataverseFilters.RequireToken(accessToken, next));
        api.AddEndpointFilter(new RequestGaugeFilter(crm.Requests));
        api.AddEndpointFilter(new FaultFilter(crm.Faults, DataverseErrors.Fault, clock));
        api.AddEndpointFilter(DataverseFilters.ODataErrors);

        api.MapGet("/WhoAmI", (HttpContext context) => ODataResponses.Json(new JsonObject
        {
            ["@odata.context"] = $"{ODataResponses.ServiceRoot(context.Request)}$metadata#Microsoft.Dynamics.CRM.WhoAmIResponse",
            ["BusinessUnitId"] = DataverseEmulator.BusinessUnitId.ToString(),
            ["UserId"] = DataverseEmulator.UserId.ToString(),
            ["OrganizationId"] = DataverseEmulator.OrganizationId.ToString(),
        }));
        api.MapGet("/$metadata", () => Results.Text(DataverseMetadata.Csdl(), "application/xml"));
        api.MapPost("/ConvertQuoteToSalesOrder", (Func<HttpContext, Task<IResult>>)actions.ConvertQuoteToSalesOrderAsync);
        api.MapPost("/$batch", (Func<HttpContext, Task<IResult>>)batch.ExecuteAsync);
        api.MapPost("/WinQuote", (Func<HttpContext, Task<IResult>>)actions.WinQuoteAsync);
        api.MapGet("/{resource}/$count", queries.GetCountAsync);
        api.MapGet("/{resource}", queries.GetAsync);
        api.MapPost("/{resource}", writes.CreateAsync);
        api.MapPatch("/{resource}", writes.UpsertAsync);
        api.MapDelete("/{resource}", writes.DeleteAsync);
        return group;
    }
}
