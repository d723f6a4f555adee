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
            // Darker than MudBlazor's defaults so alert text meets WCAG AA contrast (4.5:1) on its tinted background.
            Info = "#1565c0",
            Success = "#2e7d32",
            Warning = "#a15c00",
            Error = "#c62828",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#6fb3d2",
            Secondary = "#4db6ac",
        },
        LayoutProperties = new LayoutProperties { DrawerWidthLeft = "240px" },
    };
}
