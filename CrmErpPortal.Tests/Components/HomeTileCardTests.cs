using Bunit;
using CrmErpPortal.Features.Home;
using CrmErpPortal.Tests.TestSupport;

namespace CrmErpPortal.Tests.Components;

public sealed class HomeTileCardTests : PortalComponentTest
{
    [Fact]
    public void ShowsTheCountTitleAndNextStep()
    {
        var tile = new HomeTile("Suspected duplicates", 1234, "Review the highest scores first.", MudBlazor.Icons.Material.Filled.ContentCopy, null);

        var cut = Context.Render<HomeTileCard>(p => p.Add(x => x.Tile, tile));

        Assert.Equal("1,234", cut.Find("[data-testid=tile-count]").TextContent.Trim());
        Assert.Contains("Suspected duplicates", cut.Markup);
        Assert.Contains("Review the highest scores first.", cut.Markup);
    }

    [Fact]
    public void OffersOpen_OnlyWhenThereIsAPage()
    {
        var withPage = Context.Render<HomeTileCard>(p => p.Add(x => x.Tile, new HomeTile("Customers", 3, "Find one.", "", "/customers")));
        var withoutPage = Context.Render<HomeTileCard>(p => p.Add(x => x.Tile, new HomeTile("Queue", 3, "Soon.", "", null)));

        Assert.Equal("/customers", withPage.Find("a").GetAttribute("href"));
        Assert.Empty(withoutPage.FindAll("a"));
    }
}
