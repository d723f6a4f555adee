using System.Net.Http.Json;
using CrmErpPortal.Sandbox;
using CrmErpPortal.Tests.TestSupport;

namespace CrmErpPortal.Tests.Sandbox.Diagnostics;

/// <summary>The push benchmark's evidence: committed writes per record and the requests a system handled at once.</summary>
public sealed class SandboxLoadTests : IAsyncLifetime
{
    private readonly SandboxHost _sandbox = new();

    public Task InitializeAsync() => _sandbox.InitializeAsync();

    public Task DisposeAsync() => _sandbox.DisposeAsync();

    [Fact]
    public async Task CountsEachCommittedWritePerRecord_AndEveryRequest()
    {
        var id = Guid.NewGuid();
        await _sandbox.Systems.Crm.Store.InsertAsync("accounts", id, SandboxRows.Account(id, "Kiwi Plumbing Ltd"));
        using var admin = new HttpClient { BaseAddress = _sandbox.BaseAddress };
        (await admin.PostAsync("sandbox/load/crm/reset", null)).EnsureSuccessStatusCode();
        using var api = new HttpClient { BaseAddress = new Uri(_sandbox.CrmBase, "api/data/v9.2/") };

        (await api.PatchAsJsonAsync($"accounts({id})", new { telephone1 = "+6495550199" })).EnsureSuccessStatusCode();
        (await api.PatchAsJsonAsync($"accounts({id})", new { telephone1 = "+6495550199" })).EnsureSuccessStatusCode();
        (await api.GetAsync($"accounts({id})")).EnsureSuccessStatusCode();
        var load = await admin.GetFromJsonAsync<SystemLoad>("sandbox/load/crm");

        Assert.NotNull(load);
        Assert.Equal(2, load.Commits);
        Assert.Equal(2, Assert.Single(load.Records, r => r.Id == id).Commits);
        Assert.Equal(3, load.Requests);
        Assert.Equal(1, load.MaxInFlight);
        Assert.Equal(0, load.InFlight);
    }

    [Fact]
    public async Task StartsAgainFromNothing_WhenReset()
    {
        var id = Guid.NewGuid();
        await _sandbox.Systems.Erp.Store.InsertAsync("customers", id, SandboxRows.Customer(id, "C40001", "Tui Bakery Ltd", 10000m));
        using var admin = new HttpClient { BaseAddress = _sandbox.BaseAddress };

        var reset = await (await admin.PostAsync("sandbox/load/erp/reset", null)).Content.ReadFromJsonAsync<SystemLoad>();

        Assert.NotNull(reset);
        Assert.Equal(0, reset.Commits);
        Assert.Empty(reset.Records);
        Assert.Equal(0, reset.Requests);
    }
}
