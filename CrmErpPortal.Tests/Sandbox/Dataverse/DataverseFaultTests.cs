using System.Net;
using System.Net.Http.Json;

namespace CrmErpPortal.Tests.Sandbox.Dataverse;

public sealed class DataverseFaultTests : IAsyncLifetime
{
    private readonly DataverseApi _api = new();

    public Task InitializeAsync() => _api.InitializeAsync();

    public Task DisposeAsync() => _api.DisposeAsync();

    [Fact]
    public async Task ThrottlingFault_Answers429WithRetryAfterAndADataverseBody()
    {
        using var admin = new HttpClient { BaseAddress = _api.Host.BaseAddress };
        (await admin.PutAsJsonAsync("sandbox/faults/crm", new { throttleRate = 1.0, retryAfterSeconds = 7 })).Dispose();

        using var response = await _api.GetAsync("accounts");
        var body = await DataverseApi.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(7), response.Headers.RetryAfter?.Delta);
        Assert.Equal("0x80072322", DataverseApi.ErrorCode(body));
    }

    [Fact]
    public async Task UnknownEntitySet_Answers404WithADataverseBody()
    {
        using var response = await _api.GetAsync("widgets");
        var body = await DataverseApi.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Resource not found for the segment 'widgets'.", DataverseApi.ErrorMessage(body));
    }
}
