using CrmErpPortal.Integration;
using CrmErpPortal.Sandbox.Faults;
using CrmErpPortal.Tests.TestSupport;

namespace CrmErpPortal.Tests.Integration.Connectors;

/// <summary>The real Dataverse connector against the Dataverse emulator over loopback HTTP.</summary>
public sealed class DataverseConnectorTests : IAsyncLifetime
{
    private readonly SandboxHost _sandbox = new();
    private ConnectorHarness _connectors = default!;

    public async Task InitializeAsync()
    {
        await _sandbox.InitializeAsync();
        _connectors = new ConnectorHarness(_sandbox, crmPageSize: 5);
    }

    public async Task DisposeAsync()
    {
        _connectors.Dispose();
        await _sandbox.DisposeAsync();
    }

    [Fact]
    public async Task ReadsEveryAccountAcrossPages_AndEndsWithADeltaLink()
    {
        var ids = await SeedAccountsAsync(12);

        var pages = await ReadAllAsync(null);

        Assert.True(pages.Count >= 3, $"12 rows at 5 a page come in at least 3 pages, got {pages.Count}");
        Assert.Equal(ids.Order(), pages.SelectMany(p => p.Upserts).Select(a => a.Id).Order());
        Assert.All(pages[..^1], p => Assert.Null(p.DeltaLink));
        Assert.NotNull(pages[^1].DeltaLink);
    }

    [Fact]
    public async Task FollowsTheDeltaLink_ToCreatedChangedAndDeletedAccounts()
    {
        var ids = await SeedAccountsAsync(3);
        var first = await ReadAllAsync(null);
        var store = _sandbox.Systems.Crm.Store;
        var created = Guid.NewGuid();
        await store.InsertAsync("accounts", created, SandboxRows.Account(created, "Harbour Electrical Ltd"));
        await store.UpdateAsync("accounts", ids[0], body => { body["telephone1"] = "09 555 0101"; return body; }, expectedVersion: null);
        await store.DeleteAsync("accounts", ids[1]);

        var delta = await ReadAllAsync(first[^1].DeltaLink);

        var upserts = delta.SelectMany(p => p.Upserts).ToList();
        Assert.Equal(new[] { created, ids[0] }.Order(), upserts.Select(a => a.Id).Order());
        Assert.Equal("09 555 0101", upserts.Single(a => a.Id == ids[0]).Phone);
        Assert.Equal([ids[1]], delta.SelectMany(p => p.Deleted));
        Assert.NotNull(delta[^1].DeltaLink);
    }

    [Fact]
    public async Task ReportsAnExpiredDeltaLink_SoTheSyncCanReBaseline()
    {
        await SeedAccountsAsync(2);
        var first = await ReadAllAsync(null);
        await SetFaultsAsync(new FaultSettings { ExpireDeltaTokens = true });

        await Assert.ThrowsAsync<DeltaTokenExpiredException>(() => ReadAllAsync(first[^1].DeltaLink));
    }

    [Fact]
    public async Task RidesOutThrottling_ByHonouringRetryAfter()
    {
        var ids = await SeedAccountsAsync(10);
        await SetFaultsAsync(new FaultSettings { ThrottleRate = 0.5, RetryAfterSeconds = 1 });

        var pages = await ReadAllAsync(null);

        Assert.Equal(ids.Order(), pages.SelectMany(p => p.Upserts).Select(a => a.Id).Order());
    }

    [Fact]
    public async Task SaysPlainlyWhenTheCrmIsDown()
    {
        await SeedAccountsAsync(1);
        await SetFaultsAsync(new FaultSettings { Outage = true });

        var error = await Assert.ThrowsAsync<SourceUnavailableException>(() => ReadAllAsync(null));

        Assert.Contains("CRM (Dataverse)", error.Message);
    }

    [Fact]
    public async Task MapsAccountFields()
    {
        var id = Guid.NewGuid();
        await _sandbox.Systems.Crm.Store.InsertAsync("accounts", id, SandboxRows.Account(id, "Kiwi Plumbing Ltd", "C10042", "9429039501974"));

        var account = await _connectors.Crm.GetAccountAsync(id, CancellationToken.None);

        Assert.NotNull(account);
        Assert.Equal("Kiwi Plumbing Ltd", account.Name);
        Assert.Equal("C10042", account.AccountNumber);
        Assert.Equal("9429039501974", account.BusinessNumber);
        Assert.Equal("Auckland", account.Address.City);
        Assert.StartsWith("W/\"", account.Etag);
        Assert.True(account.IsActive);
    }

    private async Task<List<Guid>> SeedAccountsAsync(int count)
    {
        var ids = Enumerable.Range(0, count).Select(_ => Guid.NewGuid()).ToList();
        await SandboxRows.AddAsync(_sandbox.Systems.Crm.Store, "accounts", [.. ids.Select((id, i) => (id, SandboxRows.Account(id, $"Account {i:00} Ltd")))]);
        return ids;
    }

    private async Task<List<ChangePage<CrmAccount>>> ReadAllAsync(string? deltaLink)
    {
        var pages = new List<ChangePage<CrmAccount>>();
        await foreach (var page in _connectors.Crm.ReadAccountsAsync(deltaLink, CancellationToken.None))
        {
            pages.Add(page);
        }

        return pages;
    }

    private Task SetFaultsAsync(FaultSettings settings)
    {
        _sandbox.Systems.Crm.Faults.Set(settings, DateTimeOffset.UtcNow);
        return Task.CompletedTask;
    }
}
