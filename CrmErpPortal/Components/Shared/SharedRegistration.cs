using MudBlazor.Services;

namespace CrmErpPortal.Components.Shared;

public static class SharedRegistration
{
    public static WebApplicationBuilder AddPortalUi(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddSingleton<DisplayTimeZone>();
        return builder;
    }
}
