using System.Net.Http.Json;
using CrmErpPortal.Sandbox.Faults;
using CrmErpPortal.Tests.TestSupport;

namespace CrmErpPortal.Tests.Sandbox.Faults;

/// <summary>The fault that makes double-applied writes possible: the write commits, the caller never hears back.</summary>
public sealed class TimeoutAfterCommitTests : IAsyncLifetime
{
    private readonly SandboxHost _sandbox = new();

    public Task InitializeAsync() => _sandbox.InitializeAsync();

    public Task DisposeAsync() => _sandbox.DisposeAsync();

    [Fact]
    public async Task CommitsTheWrite_ButDropsTheAnswer()
    {
        _sandbox.Systems.Crm.Faults.Set(new FaultSettings { TimeoutAfterCommitRate = 1 }, DateTimeOffset.UtcNow);
        var id = Guid.NewGuid();
        using var http = new HttpClient { BaseAddress = new Uri(_sandbox.CrmBase, "api/data/v9.2/") };

        await Assert.ThrowsAsync<HttpRequestException>(() => http.PostAsJsonAsync("accounts", new { accountid = id, name = "Tūī Landscaping Ltd" }));

        var stored = await _sandbox.Systems.Crm.Store.FindAsync("accounts", id);
        Assert.NotNull(stored);
        Assert.Equal("Tūī Landscaping Ltd", stored.Body["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task LeavesReadsAlone()
    {
        _sandbox.Systems.Crm.Faults.Set(new FaultSettings { TimeoutAfterCommitRate = 1 }, DateTimeOffset.UtcNow);
        using var http = new HttpClient { BaseAddress = new Uri(_sandbox.CrmBase, "api/data/v9.2/") };

        using var response = await http.GetAsync("accounts");

        Assert.True(response.IsSuccessStatusCode);
    }
}
