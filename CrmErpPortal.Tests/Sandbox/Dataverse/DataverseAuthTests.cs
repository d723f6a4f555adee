using System.Net;

namespace CrmErpPortal.Tests.Sandbox.Dataverse;

public sealed class DataverseAuthTests : IAsyncLifetime
{
    private readonly DataverseApi _api = new();

    public Task InitializeAsync()
    {
        _api.Host.Options.AccessToken = "sandbox-token";
        return _api.InitializeAsync();
    }

    public Task DisposeAsync() => _api.DisposeAsync();

    [Fact]
    public async Task RefusesACallWithoutTheBearerToken()
    {
        using var response = await _api.GetAsync("WhoAmI");
        var body = await DataverseApi.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.NotNull(body["error"]?["message"]);
    }

    [Fact]
    public async Task AcceptsACallWithTheBearerToken()
    {
        using var response = await _api.GetAsync("WhoAmI", ("Authorization", "Bearer sandbox-token"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
