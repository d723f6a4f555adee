using CrmErpPortal.Hosting;
using CrmErpPortal.Sandbox;

namespace CrmErpPortal.Features.SandboxSystems;

public static class SandboxSystemsRegistration
{
    public static WebApplicationBuilder AddSandboxSystems(this WebApplicationBuilder builder)
    {
        var enabled = builder.Configuration.GetValue<bool>("Sandbox:Enabled");
        builder.Services.AddSingleton(new SandboxMode(enabled));
        if (!enabled)
        {
            return builder;
        }

        var options = builder.Configuration.GetSection(SandboxOptions.Section).Get<SandboxOptions>() ?? new SandboxOptions();
        builder.Services.AddSingleton(options);
        builder.Services.AddHostedService<EmbeddedSandbox>();
        builder.Services.AddHttpClient<SandboxFaultsClient>(http => http.BaseAddress = new Uri(options.Url.TrimEnd('/') + "/"));
        return builder;
    }
}
