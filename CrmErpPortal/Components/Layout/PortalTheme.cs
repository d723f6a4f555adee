using MudBlazor;

namespace CrmErpPortal.Components.Layout;

public static class PortalTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1b5e7a",
            Secondary = "#00897b",
            AppbarBackground = "#1b5e7a",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#6fb3d2",
            Secondary = "#4db6ac",
        },
        LayoutProperties = new LayoutProperties { DrawerWidthLeft = "240px" },
    };
}
