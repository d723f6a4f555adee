using System.Net;
using CrmErpPortal.Data;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmErpPortal.Tests.Integration.Security;

public sealed class DemoSignInTests(PortalAppFixture app) : IClassFixture<PortalAppFixture>
{
    [Fact]
    public async Task OffersOnePersonaPerRole_OnTheSignInPage()
    {
        var client = app.Factory.CreateBrowserlessClient();

        var html = await client.GetStringAsync("/account/login");

        foreach (var name in new[] { "Aroha Ngata", "Liam O&#x27;Connell", "Mei Chen", "Sam Whitfield", "Priya Raman" })
        {
            Assert.Contains($"Sign in as {name}", html);
        }
    }

    [Fact]
    public async Task ReturnsTheVisitorToThePageTheyAskedFor()
    {
        var client = app.Factory.CreateBrowserlessClient();

        var response = await client.PostAsync("/account/demo-signin", await DemoSignIn.SignInFormAsync(client, "mei", "/customers?q=kiwi"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/customers?q=kiwi", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task RejectsAnUnknownPersona_WithAProblem()
    {
        var client = app.Factory.CreateBrowserlessClient();

        var response = await client.PostAsync("/account/demo-signin", await DemoSignIn.SignInFormAsync(client, "mallory", "/"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Unknown demo persona", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task RejectsASignIn_WithoutTheAntiforgeryToken()
    {
        var client = app.Factory.CreateBrowserlessClient();

        var response = await client.PostAsync("/account/demo-signin", new FormUrlEncodedContent([new("persona", "priya")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("crmerpportal.auth", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task RecordsSignInsInTheAuditTrail()
    {
        await app.Factory.SignedInClientAsync("sam");

        await using var db = await app.Factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var events = await db.AuditEvents.Where(e => e.UserId == "demo-sam").ToListAsync();

        var signIn = Assert.Single(events, e => e.Action == "SignedIn");
        Assert.Equal("Sam Whitfield", signIn.UserName);
    }

    [Fact]
    public async Task SignsOut_AndThePortalAsksForSignInAgain()
    {
        var client = await app.Factory.SignedInClientAsync("liam");
        var home = await client.GetStringAsync("/");
        var token = System.Text.RegularExpressions.Regex.Match(home, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;

        var signOut = await client.PostAsync("/account/signout", new FormUrlEncodedContent([new("__RequestVerificationToken", WebUtility.HtmlDecode(token))]));
        var after = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal("/account/login?signedOut=true", signOut.Headers.Location!.OriginalString);
        Assert.Equal("/account/login", after.Headers.Location!.AbsolutePath);
    }
}
