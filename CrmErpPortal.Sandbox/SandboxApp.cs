using CrmErpPortal.Sandbox.BusinessCentral;
using CrmErpPortal.Sandbox.Dataverse;
using CrmErpPortal.Sandbox.Faults;
using CrmErpPortal.Sandbox.Storage;

namespace CrmErpPortal.Sandbox;

/// <summary>
/// Builds the sandbox web app: emulators of Dataverse (under /crm) and Business Central (under /erp) on their own
/// Kestrel port, each with its own SQLite file and faults. Used by its own Program and by the portal's embedded default.
/// </summary>
public static class SandboxApp
{
    public static WebApplication Build(SandboxOptions options, string contentRoot, TimeProvider? clock = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(SandboxApp).Assembly.GetName().Name,
            ContentRootPath = contentRoot,
            Args = [],
        });
        builder.WebHost.UseUrls(options.Url);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        var time = clock ?? TimeProvider.System;
        var folder = Path.IsPathRooted(options.DataFolder) ? options.DataFolder : Path.Combine(contentRoot, options.DataFolder);
        var systems = new SandboxSystems(
            new EmulatedSystem("crm", RecordStore.Open(Path.Combine(folder, "sandbox-crm.db"), time), new FaultState(options.CrmFaults, options.RandomSeed)),
            new EmulatedSystem("erp", RecordStore.Open(Path.Combine(folder, "sandbox-erp.db"), time), new FaultState(options.ErpFaults, options.RandomSeed + 1)));
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(systems);
        builder.Services.AddSingleton(time);
        builder.Services.AddHostedService<Seed.SandboxSeedService>();
        builder.Services.AddBusinessCentral(builder.Configuration);

        var app = builder.Build();
        app.MapGroup("/crm").MapDataverse(systems.Crm, time);
        app.MapGroup("/erp").MapBusinessCentral(systems.Erp, time, options);
        app.MapSandboxAdmin();
        return app;
    }
}
