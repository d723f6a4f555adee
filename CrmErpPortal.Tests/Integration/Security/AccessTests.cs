using System.Net;
using CrmErpPortal.Tests.TestSupport;

namespace CrmErpPortal.Tests.Integration.Security;

public sealed class AccessTests(PortalAppFixture app) : IClassFixture<PortalAppFixture>
{
    public static TheoryData<string, string, bool> PersonaPages => new()
    {
        { "aroha", "/", true }, { "aroha", "/customers", true }, { "aroha", "/dashboard", false }, { "aroha", "/sync", false }, { "aroha", "/hangfire", false }, { "aroha", "/duplicates", false }, { "aroha", "/approvals", false }, { "aroha", "/my-requests", true }, { "aroha", "/sync/dead-letters", false },
        { "liam", "/", true }, { "liam", "/customers", true }, { "liam", "/dashboard", false }, { "liam", "/sync", true }, { "liam", "/hangfire", false }, { "liam", "/duplicates", true }, { "liam", "/approvals", true }, { "liam", "/my-requests", true }, { "liam", "/sync/dead-letters", true },
        { "mei", "/", true }, { "mei", "/customers", true }, { "mei", "/dashboard", false }, { "mei", "/sync", false }, { "mei", "/hangfire", false }, { "mei", "/duplicates", false }, { "mei", "/approvals", true }, { "mei", "/my-requests", true }, { "mei", "/sync/dead-letters", false },
        { "sam", "/", true }, { "sam", "/customers", true }, { "sam", "/dashboard", true }, { "sam", "/sync", false }, { "sam", "/hangfire", false }, { "sam", "/duplicates", false }, { "sam", "/approvals", false }, { "sam", "/my-requests", true }, { "sam", "/sync/dead-letters", false },
        { "priya", "/", true }, { "priya", "/customers", true }, { "priya", "/dashboard", true }, { "priya", "/sync", true }, { "priya", "/hangfire", true }, { "priya", "/duplicates", true }, { "priya", "/approvals", true }, { "priya", "/my-requests", true }, { "priya", "/sync/dead-letters", true },
    };

    [Theory]
    [InlineData("/")]
    [InlineData("/customers?q=kiwi")]
    [InlineData("/dashboard")]
    [InlineData("/sync")]
    [InlineData("/hangfire")]
    [InlineData("/duplicates")]
    [InlineData("/approvals")]
    [InlineData("/my-requests")]
    [InlineData("/sync/dead-letters")]
    public async Task SendsAnonymousVisitorsToSignIn(string path)
    {
        var client = app.Factory.CreateBrowserlessClient();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task RefusesAnonymousPosts_ToEndpoints()
    {
        var client = app.Factory.CreateBrowserlessClient();

        var response = await client.PostAsync("/account/signout", new FormUrlEncodedContent([]));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(HttpStatusCode.NoContent, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(PersonaPages))]
    public async Task LetsEachRoleOpenOnlyItsPages(string persona, string path, bool allowed)
    {
        var client = await app.Factory.SignedInClientAsync(persona);

        var response = await client.GetAsync(path);

        if (allowed)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/account/access-denied", response.Headers.Location!.AbsolutePath);
        }
    }

    [Fact]
    public async Task ShowsAnAccessDeniedPage_NotAnError()
    {
        var client = await app.Factory.SignedInClientAsync("aroha");

        var response = await client.GetAsync("/account/access-denied?ReturnUrl=%2Fhangfire");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Access denied", html);
        Assert.Contains("Sales rep", html);
    }

    [Fact]
    public async Task ServesTheJobsDashboard_ToAdmin()
    {
        var client = await app.Factory.SignedInClientAsync("priya");

        var html = await client.GetStringAsync("/hangfire");

        Assert.Contains("CrmErpPortal jobs", html);
    }
}
