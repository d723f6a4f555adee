using Bunit;
using CrmErpPortal.Components.Layout;
using CrmErpPortal.Security;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace CrmErpPortal.Tests.Components;

public sealed class NavMenuTests : PortalComponentTest
{
    [Theory]
    [InlineData(Roles.SalesRep, "Home|Customers|My requests|My conversions")]
    [InlineData(Roles.DataSteward, "Home|Customers|My requests|Approvals|Stuck conversions|Duplicates|Data quality|Drift report|Sync monitor|Dead letters")]
    [InlineData(Roles.CreditController, "Home|Customers|My requests|Approvals|Stuck conversions|Credit requests")]
    [InlineData(Roles.Leadership, "Home|Customers|My requests|Dashboard|Drift report")]
    [InlineData(Roles.PrivacyOfficer, "Home|Customers|My requests|Access requests|Corrections|Retention|Who saw what|Breaches")]
    [InlineData(Roles.Admin, "Home|Customers|My requests|My conversions|Approvals|Stuck conversions|Duplicates|Data quality|Dashboard|Drift report|Sync monitor|Dead letters|Background jobs")]
    public void ShowsOnlyTheLinksOfTheRole(string role, string expected)
    {
        Context.AddAuthorization().SetAuthorized("Test User").SetRoles(role);

        var cut = Context.Render<NavMenu>();

        var links = cut.FindAll("nav a").Select(a => a.TextContent.Trim());
        Assert.Equal(expected, string.Join('|', links));
    }

    [Fact]
    public void LinksToTheJobsDashboard_ForAdmin()
    {
        Context.AddAuthorization().SetAuthorized("Priya Raman").SetRoles(Roles.Admin);

        var cut = Context.Render<NavMenu>();

        Assert.Contains(cut.FindAll("nav a"), a => a.GetAttribute("href") == "/hangfire");
    }

    [Fact]
    public void OffersTheSandboxPage_ToAdmin_OnlyWhileTheSandboxRuns()
    {
        Context.Services.AddSingleton(new CrmErpPortal.Hosting.SandboxMode(true));
        Context.AddAuthorization().SetAuthorized("Priya Raman").SetRoles(Roles.Admin);

        var cut = Context.Render<NavMenu>();

        Assert.Contains(cut.FindAll("nav a"), a => a.TextContent.Trim() == "Sandbox systems" && a.GetAttribute("href") == "/sandbox");
    }

    [Fact]
    public void RendersNoLinks_WhenSignedOut()
    {
        Context.AddAuthorization();

        var cut = Context.Render<NavMenu>();

        Assert.Empty(cut.FindAll("a"));
    }
}
