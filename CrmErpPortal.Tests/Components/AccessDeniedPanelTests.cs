using Bunit;
using CrmErpPortal.Components.Shared;
using CrmErpPortal.Security;
using CrmErpPortal.Tests.TestSupport;

namespace CrmErpPortal.Tests.Components;

public sealed class AccessDeniedPanelTests : PortalComponentTest
{
    [Fact]
    public void NamesTheUsersRole_AndOffersTheWayHome()
    {
        Context.AddAuthorization().SetAuthorized("Aroha Ngata").SetRoles(Roles.SalesRep);

        var cut = Context.Render<AccessDeniedPanel>();

        Assert.Contains("Access denied", cut.Find("h1").TextContent);
        Assert.Contains("Sales rep", cut.Markup);
        Assert.Equal("/", cut.Find("a").GetAttribute("href"));
    }

    [Fact]
    public void AsksToSignIn_WhenSignedOut()
    {
        Context.AddAuthorization();

        var cut = Context.Render<AccessDeniedPanel>();

        Assert.Equal(SecurityRegistration.LoginPath, cut.Find("a").GetAttribute("href"));
    }
}
