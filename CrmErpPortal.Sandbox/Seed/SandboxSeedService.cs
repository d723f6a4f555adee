namespace CrmErpPortal.Sandbox.Seed;

/// <summary>
/// Seeds at start-up. StartingAsync runs before any hosted service's StartAsync, and Kestrel starts in one of those,
/// so no request can reach an emulator before its data is in place.
/// </summary>
public sealed class SandboxSeedService(SandboxSystems systems, SandboxOptions options, TimeProvider time, ILogger<SandboxSeedService> logger)
    : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        var report = await SandboxSeeder.EnsureSeededAsync(systems, options, time, cancellationToken);
        if (report is not null)
        {
            logger.LogWarning(
                "Sandbox seeded at scale {Scale} (seed {Seed}) in {Seconds} s: {Accounts} CRM accounts, {Customers} ERP customers",
                report.Scale, report.RandomSeed, report.Seconds, report.CrmRows.GetValueOrDefault("accounts"), report.ErpRows.GetValueOrDefault("customers"));
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
