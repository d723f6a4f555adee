using CrmErpPortal.Components.Layout;
using CrmErpPortal.Security;

namespace CrmErpPortal.Tests.Unit.Security;

public sealed class NavCatalogTests
{
    [Fact]
    public void EveryGuardedEntryNamesAKnownPolicy()
    {
        var unknown = NavCatalog.Entries.Where(e => e.Policy is not null && !Policies.RolesByPolicy.ContainsKey(e.Policy));

        Assert.Empty(unknown);
    }
}
