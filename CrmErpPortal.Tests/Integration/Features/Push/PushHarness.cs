using System.Security.Claims;
using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Data.Outbox;
using CrmErpPortal.Features.ChangeRequests;
using CrmErpPortal.Features.Sync.Pull;
using CrmErpPortal.Features.Sync.Push;
using CrmErpPortal.Sandbox.Faults;
using CrmErpPortal.Security;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmErpPortal.Tests.Integration.Features.Push;

/// <summary>
/// The sandbox emulators with one customer in both systems, pulled into a real portal whose job server is off, so a
/// test decides when each send runs (the commands still enqueue jobs, which simply wait).
/// </summary>
public sealed class PushHarness(bool runJobServer = false) : IAsyncLifetime
{
    public static readonly ClaimsPrincipal Aroha = User("aroha", "Aroha Ngata", Roles.SalesRep);
    public static readonly ClaimsPrincipal Liam = User("liam", "Liam Chen", Roles.DataSteward);
    public static readonly ClaimsPrincipal Mere = User("mere", "Mere Tane", Roles.CreditController);

    private readonly SandboxHost _sandbox = new();

    public Guid CrmAccountId { get; } = Guid.NewGuid();
    public Guid ErpCustomerId { get; } = Guid.NewGuid();
    public Guid CustomerId { get; private set; }
    public PortalAppFactory Portal { get; private set; } = default!;
    public SandboxHost Sandbox => _sandbox;

    public async Task InitializeAsync()
    {
        await _sandbox.InitializeAsync();
        await _sandbox.Systems.Crm.Store.InsertAsync("accounts", CrmAccountId, SandboxRows.Account(CrmAccountId, "Kiwi Plumbing Ltd", "C10001"));
        var erp = _sandbox.Systems.Erp.Store;
        await erp.InsertAsync("companies", SandboxRows.CompanyId, SandboxRows.Company());
        await erp.InsertAsync("customers", ErpCustomerId, SandboxRows.Customer(ErpCustomerId, "C10001", "Kiwi Plumbing Limited", 20000m));
        Portal = new PortalAppFactory()
            .With("Integration:Crm:BaseUrl", _sandbox.CrmBase.ToString())
            .With("Integration:Erp:BaseUrl", new Uri(_sandbox.ErpBase, "v2.0/sandbox/production/").ToString())
            .With("Jobs:RunServer", runJobServer ? "true" : "false")
            .With("Push:MaxAttempts", "2");
        _ = Portal.Server;
        await PullAsync();
        await using var db = Db();
        CustomerId = (await db.SourceLinks.SingleAsync(l => l.ExternalId == CrmAccountId.ToString())).CustomerId;
    }

    public async Task DisposeAsync()
    {
        await Portal.DisposeAsync();
        await _sandbox.DisposeAsync();
    }

    /// <summary>Stops the portal (in-memory job store and all) and starts a new one with the job server on the same hub file.</summary>
    public async Task RestartWithJobServerAsync()
    {
        Portal.KeepDatabase = true;
        await Portal.DisposeAsync();
        Portal = new PortalAppFactory(Portal.DatabasePath)
            .With("Integration:Crm:BaseUrl", _sandbox.CrmBase.ToString())
            .With("Integration:Erp:BaseUrl", new Uri(_sandbox.ErpBase, "v2.0/sandbox/production/").ToString())
            .With("Jobs:RunServer", "true");
        _ = Portal.Server;
    }

    public PortalDbContext Db() => Portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContext();

    public T Service<T>() where T : notnull => Portal.Services.CreateScope().ServiceProvider.GetRequiredService<T>();

    public async Task PullAsync()
    {
        using var scope = Portal.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<CrmPullJob>().RunAsync(CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<ErpPullJob>().RunAsync(CancellationToken.None);
    }

    /// <summary>A request submitted by Aroha; fails the test if the command refuses it.</summary>
    public async Task<Guid> RequestAsync(params (string Field, string Value)[] changes)
    {
        var result = await Service<DraftChangeRequestCommand>().ExecuteAsync(
            new DraftChangeRequestInput(CustomerId, [.. changes.Select(c => new FieldChangeInput(c.Field, c.Value))], "Customer asked", Submit: true),
            Aroha, CancellationToken.None);
        Assert.True(result.Saved, string.Join("; ", result.Errors.Values));
        return result.ChangeRequestId!.Value;
    }

    public async Task<IReadOnlyList<Guid>> ApproveAsync(Guid requestId, ClaimsPrincipal approver)
    {
        var result = await Service<DecideChangeRequestCommand>().ApproveAsync(requestId, "ok", approver, CancellationToken.None);
        Assert.True(result.Succeeded, result.Error);
        return result.OutboxMessageIds;
    }

    public Task<SendResult?> SendAsync(Guid messageId) => Service<OutboxSender>().SendAsync(messageId, "test", CancellationToken.None);

    /// <summary>Moves a waiting retry's due time into the past, as if its backoff had elapsed.</summary>
    public async Task MakeDueAsync(Guid messageId)
    {
        await using var db = Db();
        await db.OutboxMessages.Where(m => m.Id == messageId).ExecuteUpdateAsync(s => s.SetProperty(m => m.NextAttemptAt, DateTimeOffset.UtcNow.AddSeconds(-1)));
    }

    public async Task<OutboxMessage> MessageAsync(Guid id)
    {
        await using var db = Db();
        return await db.OutboxMessages.AsNoTracking().Include(m => m.History).SingleAsync(m => m.Id == id);
    }

    public async Task<ChangeRequest> RequestRowAsync(Guid id)
    {
        await using var db = Db();
        return await db.ChangeRequests.AsNoTracking().Include(r => r.Fields).SingleAsync(r => r.Id == id);
    }

    public Task<CrmErpPortal.Sandbox.Storage.StoredRecord?> CrmAccountAsync() => _sandbox.Systems.Crm.Store.FindAsync("accounts", CrmAccountId);

    public Task<CrmErpPortal.Sandbox.Storage.StoredRecord?> ErpCustomerAsync() => _sandbox.Systems.Erp.Store.FindAsync("customers", ErpCustomerId);

    public void CrmFaults(FaultSettings settings) => _sandbox.Systems.Crm.Faults.Set(settings, DateTimeOffset.UtcNow);

    public void ErpFaults(FaultSettings settings) => _sandbox.Systems.Erp.Faults.Set(settings, DateTimeOffset.UtcNow);

    private static ClaimsPrincipal User(string id, string name, string role) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, id), new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role)], "Test"));
}
