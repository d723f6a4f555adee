using Bunit;
using CrmErpPortal.Components.Layout;
using CrmErpPortal.Tests.TestSupport;

namespace CrmErpPortal.Tests.Components;

public sealed class ThemeToggleTests : PortalComponentTest
{
    [Fact]
    public void AsksToSwitchToDark_WhenLight()
    {
        bool? requested = null;
        var cut = Context.Render<ThemeToggle>(p => p
            .Add(x => x.IsDarkMode, false)
            .Add(x => x.IsDarkModeChanged, (bool dark) => requested = dark));

        cut.Find("button[aria-label='Switch to dark mode']").Click();

        Assert.True(requested);
    }

    [Fact]
    public void OffersLightMode_WhenDark()
    {
        var cut = Context.Render<ThemeToggle>(p => p.Add(x => x.IsDarkMode, true));

        var button = cut.Find("button");

        Assert.Equal("Switch to light mode", button.GetAttribute("aria-label"));
        Assert.Equal("true", button.GetAttribute("aria-pressed"));
    }
}
