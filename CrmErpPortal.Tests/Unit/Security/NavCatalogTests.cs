using System.Security.Claims;
using CrmErpPortal.Components.Layout;
using CrmErpPortal.Security;

namespace CrmErpPortal.Tests.Unit.Security;

public sealed class NavCatalogTests
{
    [Theory]
    [InlineData(Roles.SalesRep, "Home|Customers")]
    [InlineData(Roles.DataSteward, "Home|Customers|Sync monitor")]
    [InlineData(Roles.CreditController, "Home|Customers")]
    [InlineData(Roles.Leadership, "Home|Customers|Dashboard")]
    [InlineData(Roles.Admin, "Home|Customers|Dashboard|Sync monitor|Background jobs")]
    public void ListsOnlyTheEntriesTheRoleMayOpen(string role, string expected)
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, role)], "test"));

        var titles = NavCatalog.For(user).Select(e => e.Title);

        Assert.Equal(expected, string.Join('|', titles));
    }

    [Fact]
    public void EveryGuardedEntryNamesAKnownPolicy()
    {
        var unknown = NavCatalog.Entries.Where(e => e.Policy is not null && !Policies.RolesByPolicy.ContainsKey(e.Policy));

        Assert.Empty(unknown);
    }
}
