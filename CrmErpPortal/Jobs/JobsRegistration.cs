using CrmErpPortal.Data;
using CrmErpPortal.Security;
using Hangfire;
using Hangfire.InMemory;
using Hangfire.SqlServer;

namespace CrmErpPortal.Jobs;

public static class JobsRegistration
{
    public const string DashboardPath = "/hangfire";

    /// <summary>
    /// In-memory storage beside the embedded SQLite hub (jobs are re-created from the hub's own state,
    /// e.g. the outbox sweep); SQL Server storage beside a SQL Server hub, so several job servers share the queues.
    /// </summary>
    public static WebApplicationBuilder AddPortalJobs(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var provider = DatabaseOptions.ResolveProvider(configuration);
        // The storage is this host's own singleton: Hangfire's default is the process-wide JobStorage.Current,
        // which breaks when several hosts share a process (tests) and hides which storage a component uses.
        builder.Services.AddSingleton<JobStorage>(_ => provider == DatabaseProvider.SqlServer
            ? new SqlServerStorage(configuration.GetConnectionString("Portal"), new SqlServerStorageOptions
            {
                PrepareSchemaIfNecessary = true,
                SchemaName = "HangFire",
            })
            : new InMemoryStorage());
        // Likewise the activator: Hangfire's default is the static JobActivator.Current, which the last host to start
        // overwrites, so a server could build its jobs from another host's services (another database) in tests.
        builder.Services.AddSingleton<JobActivator>(services => new Hangfire.AspNetCore.AspNetCoreJobActivator(services.GetRequiredService<IServiceScopeFactory>()));
        builder.Services.AddSingleton<StorageLocks>();
        builder.Services.AddSingleton<HubSyncLock>();
        builder.Services.AddHangfire((services, config) => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseStorage(services.GetRequiredService<JobStorage>())
            .UseLogProvider(new HostSafeLogProvider(new Hangfire.AspNetCore.AspNetCoreLogProvider(services.GetRequiredService<ILoggerFactory>()))));

        if (configuration.GetValue("Jobs:RunServer", true))
        {
            builder.Services.AddHangfireServer(options =>
            {
                options.WorkerCount = configuration.GetValue("Jobs:WorkerCount", Math.Max(2, Environment.ProcessorCount));
                options.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
            });
        }

        return builder;
    }

    public static WebApplication MapPortalJobsDashboard(this WebApplication app)
    {
        // The endpoint's policy does the checking (sign-in redirect, access denied page); Hangfire's own
        // filter list is emptied because its default allows local requests only.
        app.MapHangfireDashboard(DashboardPath, new DashboardOptions
        {
            Authorization = [],
            DashboardTitle = "CrmErpPortal jobs",
            AppPath = "/",
            DisplayStorageConnectionString = false,
        }).RequireAuthorization(Policies.JobsDashboard);
        return app;
    }
}
