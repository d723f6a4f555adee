using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace CrmErpPortal.Tests.Sandbox.BusinessCentral;

public sealed class BcReadTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(Start);
    private BusinessCentralHost _host = default!;

    public async Task InitializeAsync() => _host = await BusinessCentralHost.StartAsync(_clock);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ListsTheCompany_AtTheServiceRoot()
    {
        var response = await _host.Client.GetAsync("companies");

        var companies = (await response.ReadJsonAsync())["value"]!.AsArray();
        Assert.Equal(_host.CompanyId.ToString(), companies.Single()!["id"].Text());
        Assert.Equal("CRONUS NZ", companies.Single()!["name"].Text());
    }

    [Fact]
    public async Task ServesCustomers_UnderTheCompany()
    {
        var id = await _host.SeedCustomerAsync("C00010");

        var response = await _host.Client.GetAsync(_host.Company + "customers");

        var customer = (await response.ReadJsonAsync())["value"]!.AsArray().Single()!;
        Assert.Equal(id.ToString(), customer["id"].Text());
        Assert.StartsWith("W/\"", customer["@odata.etag"].Text());
        Assert.Equal("2026-03-10T09:00:00Z", customer["lastModifiedDateTime"].Text());
    }

    [Fact]
    public async Task AnswersNotFoundWithABcError_ForAnUnknownCompany()
    {
        var response = await _host.Client.GetAsync($"companies({Guid.NewGuid()})/customers");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal("Internal_CompanyNotFound", body.ErrorCode());
        Assert.Matches(@"CorrelationId:\s+[0-9a-f-]{36}\.$", body.ErrorMessage());
    }

    [Fact]
    public async Task AnswersNotFound_ForAnUnknownCustomer()
    {
        var response = await _host.Client.GetAsync($"{_host.Company}customers({Guid.NewGuid()})");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("BadRequest_NotFound", (await response.ReadJsonAsync()).ErrorCode());
    }

    [Fact]
    public async Task PagesWithNextLinks_WithoutGapsOrDuplicates()
    {
        var seeded = new HashSet<string>();
        for (var i = 0; i < 25; i++)
        {
            seeded.Add((await _host.SeedCustomerAsync($"C{i:D5}")).ToString());
        }

        var seen = new List<string>();
        var pages = 0;
        string? next = _host.Company + "customers";
        while (next is not null)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, next);
            request.Headers.Add("Prefer", "odata.maxpagesize=10");
            var page = await (await _host.Client.SendAsync(request)).ReadJsonAsync();
            seen.AddRange(page["value"]!.AsArray().Select(c => c!["id"].Text()));
            next = page["@odata.nextLink"]?.GetValue<string>();
            pages++;
        }

        Assert.Equal(3, pages);
        Assert.Equal(25, seen.Count);
        Assert.True(seeded.SetEquals(seen));
    }

    [Fact]
    public async Task ReturnsOnlyRecordsModifiedAfterTheWatermark_ForALastModifiedFilter()
    {
        await _host.SeedCustomerAsync("C00001");
        _clock.Advance(TimeSpan.FromHours(1));
        var later = await _host.SeedCustomerAsync("C00002");

        var response = await _host.Client.GetAsync($"{_host.Company}customers?$filter=lastModifiedDateTime gt 2026-03-10T09:30:00Z");

        var ids = (await response.ReadJsonAsync())["value"]!.AsArray().Select(c => c!["id"].Text());
        Assert.Equal([later.ToString()], ids);
    }

    [Fact]
    public async Task AppliesFilterOrderByTopSkipCountAndSelect()
    {
        foreach (var number in new[] { "C3", "C1", "C4", "C2", "X9" })
        {
            await _host.SeedCustomerAsync(number);
        }

        var response = await _host.Client.GetAsync(
            $"{_host.Company}customers?$filter=startswith(number,'C')&$orderby=number desc&$skip=1&$top=2&$count=true&$select=number");

        var body = await response.ReadJsonAsync();
        Assert.Equal(4, body["@odata.count"]!.GetValue<int>());
        var rows = body["value"]!.AsArray();
        Assert.Equal(["C3", "C2"], rows.Select(r => r!["number"].Text()));
        Assert.Equal(["@odata.etag", "number"], rows[0]!.AsObject().Select(p => p.Key));
        Assert.Null(body["@odata.nextLink"]);
    }

    [Fact]
    public async Task RefusesCallsWithoutTheBearerToken_WhenTheSandboxHasOne()
    {
        await using var host = await BusinessCentralHost.StartAsync(accessToken: "secret");
        using var anonymous = new HttpClient { BaseAddress = host.Client.BaseAddress };

        var refused = await anonymous.GetAsync("companies");
        var allowed = await host.Client.GetAsync("companies");

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("Authentication_InvalidCredentials", (await refused.ReadJsonAsync()).ErrorCode());
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task AnswersThrottledWithRetryAfterAndABcError_WhenTheFaultSwitchIsOn()
    {
        using var admin = new HttpClient { BaseAddress = _host.BaseAddress };
        await admin.SendJsonAsync(HttpMethod.Put, "sandbox/faults/erp", new { ThrottleRate = 1.0, RetryAfterSeconds = 7 });

        var response = await _host.Client.GetAsync(_host.Company + "customers");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("7", response.Headers.GetValues("Retry-After").Single());
        var body = await response.ReadJsonAsync();
        Assert.Equal("TooManyRequests", body.ErrorCode());
        Assert.Contains("CorrelationId:", body.ErrorMessage());
    }
}
