using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json.Nodes;
using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Data.Outbox;
using CrmErpPortal.Features.ChangeRequests;
using CrmErpPortal.Features.Sync;
using CrmErpPortal.Features.Sync.Pull;
using CrmErpPortal.Integration;
using CrmErpPortal.Jobs;
using CrmErpPortal.Sandbox;
using CrmErpPortal.Sandbox.Faults;
using CrmErpPortal.Security;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Benchmarks;

/// <summary>
/// Issue 6's reliability figure: N approved changes pushed to the emulators with faults on (20 % 500, 10 % 429,
/// 5 % of writes committed and then the connection dropped), the portal killed mid-run and started again; afterwards
/// every change must be in the emulators exactly once.
/// <para>
/// The sandbox runs in this process and outlives the portal, which runs as a child process (the built
/// CrmErpPortal.dll, Development settings, embedded sandbox off, in-memory Hangfire) so it can really be killed.
/// The requests are drafted and approved here, through the real commands on the portal's SQLite file before the
/// portal first starts: their send jobs go to this process's own job store, which no server reads, so every message
/// is sent because the portal's start-up sweep found it — the path an approval takes when its enqueue is lost.
/// The check reads the emulators, not the portal: each target record's value, and the sandbox's per-record commit count.
/// </para>
/// Usage: push [count=1000] [workers=20] [crmCap=10] [erpCap=5] [killAt=0.3] [timeLimitMinutes=20] [lease, e.g. 00:00:02; default: the portal's]
/// </summary>
public static class PushReliabilityBenchmark
{
    private static readonly FaultSettings Faults = new() { ServerErrorRate = 0.20, ThrottleRate = 0.10, RetryAfterSeconds = 1, TimeoutAfterCommitRate = 0.05 };

    private static readonly ClaimsPrincipal Requester = User("bench-requester", "Bench Requester", Roles.SalesRep);
    private static readonly ClaimsPrincipal Steward = User("bench-steward", "Bench Steward", Roles.DataSteward);
    private static readonly ClaimsPrincipal Controller = User("bench-controller", "Bench Controller", Roles.CreditController);

    public static async Task<int> RunAsync(string[] args)
    {
        var count = Arg(args, 0, 1000);
        var workers = Arg(args, 1, 20);
        var crmCap = Arg(args, 2, 10);
        var erpCap = Arg(args, 3, 5);
        var killAt = args.Length > 4 ? double.Parse(args[4], CultureInfo.InvariantCulture) : 0.3;
        var timeLimit = TimeSpan.FromMinutes(Arg(args, 5, 20));
        var lease = args.Length > 6 ? args[6] : null;
        var portalDll = Environment.GetEnvironmentVariable("PUSH_BENCH_PORTAL_DLL") ?? FindPortalDll();
        var folder = Path.Combine(Path.GetTempPath(), $"crmerpportal-push-{DateTime.UtcNow:yyyyMMdd-HHmmss}");
        Directory.CreateDirectory(folder);
        Console.WriteLine($"push reliability: {count} changes, {workers} job workers, caps CRM {crmCap} / ERP {erpCap}, kill at {killAt:P0}, lease {lease ?? "default"}, folder {folder}");
        Console.WriteLine($"portal: {portalDll}");

        var sandbox = SandboxApp.Build(new SandboxOptions { Url = "http://127.0.0.1:0", Scale = "Demo", DataFolder = folder }, folder);
        await sandbox.StartAsync();
        var sandboxUrl = new Uri(sandbox.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First().TrimEnd('/') + "/");
        var systems = sandbox.Services.GetRequiredService<SandboxSystems>();
        using var admin = new HttpClient { BaseAddress = sandboxUrl };

        var hubFile = Path.Combine(folder, "hub.db");
        var crmUrl = new Uri(sandboxUrl, "crm/").ToString();
        var erpUrl = new Uri(sandboxUrl, "erp/v2.0/sandbox/production/").ToString();
        await using var hub = await BuildHubAsync(folder, hubFile, crmUrl, erpUrl);
        var contexts = hub.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>();

        var watch = Stopwatch.StartNew();
        await hub.Services.GetRequiredService<CrmPullJob>().RunAsync(CancellationToken.None);
        await hub.Services.GetRequiredService<ErpPullJob>().RunAsync(CancellationToken.None);
        Console.WriteLine($"hub loaded from the Demo seed through the pulls in {watch.Elapsed.TotalSeconds:0.0} s");

        watch.Restart();
        var targets = await CreateApprovedChangesAsync(hub.Services, contexts, count);
        Console.WriteLine($"{targets.Count} change requests drafted and approved in {watch.Elapsed.TotalSeconds:0.0} s "
            + $"({targets.Count(t => t.Field == "Phone")} phone, {targets.Count(t => t.Field == "Email")} email, {targets.Count(t => t.Field == "CreditLimit")} credit limit)");
        if (targets.Select(t => (t.System, t.ExternalId)).Distinct().Count() != targets.Count)
        {
            Console.WriteLine("FAILED: two changes target the same record; the per-record commit count would not prove anything");
            return 2;
        }

        foreach (var system in new[] { "crm", "erp" })
        {
            (await admin.PutAsJsonAsync($"sandbox/faults/{system}", Faults)).EnsureSuccessStatusCode();
            (await admin.PostAsync($"sandbox/load/{system}/reset", null)).EnsureSuccessStatusCode();
        }

        Console.WriteLine($"faults on in both emulators: {Faults}");
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Sandbox__Enabled"] = "false",
            ["ConnectionStrings__Sqlite"] = $"Data Source={hubFile}",
            ["Integration__Crm__BaseUrl"] = crmUrl,
            ["Integration__Erp__BaseUrl"] = erpUrl,
            ["Integration__Crm__MaxConcurrency"] = crmCap.ToString(CultureInfo.InvariantCulture),
            ["Integration__Erp__MaxConcurrency"] = erpCap.ToString(CultureInfo.InvariantCulture),
            ["Jobs__WorkerCount"] = workers.ToString(CultureInfo.InvariantCulture),
            // The pulls are off so only the push talks to the emulators; the outbox sweep runs regardless of this switch.
            ["Sync__Enabled"] = "false",
        };
        if (lease is not null)
        {
            // A lease shorter than a send lets the sweep hand a message to a second sender while the first still runs.
            environment["Push__Lease"] = lease;
        }

        var drain = Stopwatch.StartNew();
        var portal = StartPortal(portalDll, environment, Path.Combine(folder, "portal-1.log"));
        Process? restarted = null;
        try
        {
            var killedAt = TimeSpan.Zero;
            var atKill = new StatusCounts(new Dictionary<OutboxStatus, int>());
            while (true)
            {
                var counts = await CountAsync(contexts);
                if (counts.Terminal >= killAt * targets.Count)
                {
                    portal.Kill(entireProcessTree: true);
                    await portal.WaitForExitAsync();
                    killedAt = drain.Elapsed;
                    atKill = await CountAsync(contexts);
                    break;
                }

                if (portal.HasExited || drain.Elapsed > timeLimit)
                {
                    Console.WriteLine($"FAILED: the first portal {(portal.HasExited ? $"exited with {portal.ExitCode}" : "never got far enough")}; see portal-1.log");
                    return 2;
                }

                await Task.Delay(200);
            }

            Console.WriteLine($"portal killed at {killedAt.TotalSeconds:0.0} s: {atKill}");
            restarted = StartPortal(portalDll, environment, Path.Combine(folder, "portal-2.log"));
            var restartedAt = drain.Elapsed;
            StatusCounts final;
            while (true)
            {
                final = await CountAsync(contexts);
                if (final.Terminal == targets.Count || drain.Elapsed > timeLimit || restarted.HasExited)
                {
                    break;
                }

                await Task.Delay(500);
            }

            drain.Stop();
            var crmLoad = await admin.GetFromJsonAsync<SystemLoad>("sandbox/load/crm");
            var erpLoad = await admin.GetFromJsonAsync<SystemLoad>("sandbox/load/erp");
            foreach (var system in new[] { "crm", "erp" })
            {
                (await admin.PutAsJsonAsync($"sandbox/faults/{system}", new FaultSettings())).EnsureSuccessStatusCode();
            }

            Console.WriteLine($"portal restarted at {restartedAt.TotalSeconds:0.0} s; {(final.Terminal == targets.Count ? "drained" : "NOT drained")} at {drain.Elapsed.TotalSeconds:0.0} s: {final}");
            return await ReportAsync(targets, systems, contexts, crmLoad!, erpLoad!, crmCap, erpCap, drain.Elapsed, killedAt, restartedAt);
        }
        finally
        {
            foreach (var process in new[] { portal, restarted })
            {
                if (process is { HasExited: false })
                {
                    process.Kill(entireProcessTree: true);
                }

                process?.Dispose();
            }

            await sandbox.StopAsync();
            Console.WriteLine($"kept for inspection: {folder} (hub.db, sandbox-*.db, portal-1.log, portal-2.log)");
        }
    }

    private static async Task<int> ReportAsync(
        IReadOnlyList<Target> targets, SandboxSystems systems, IDbContextFactory<PortalDbContext> contexts, SystemLoad crmLoad, SystemLoad erpLoad,
        int crmCap, int erpCap, TimeSpan drainTime, TimeSpan killedAt, TimeSpan restartedAt)
    {
        var commits = crmLoad.Records.Select(r => (System: SourceSystem.Crm, r.EntitySet, r.Id, r.Commits))
            .Concat(erpLoad.Records.Select(r => (System: SourceSystem.Erp, r.EntitySet, r.Id, r.Commits)))
            .ToDictionary(r => (r.System, r.Id.ToString()), r => r.Commits);
        var lost = new List<string>();
        var notApplied = new List<string>();
        var doubled = new List<string>();
        await using var db = await contexts.CreateDbContextAsync();
        var messages = await db.OutboxMessages.AsNoTracking().Select(m => new { m.Status, m.Attempts, m.LastError, m.TargetSystem, m.ExternalId }).ToListAsync();
        var statusOf = messages.ToDictionary(m => (m.TargetSystem, m.ExternalId), m => m.Status);
        foreach (var target in targets)
        {
            var record = target.System == SourceSystem.Crm
                ? await systems.Crm.Store.FindAsync("accounts", Guid.Parse(target.ExternalId))
                : await systems.Erp.Store.FindAsync("customers", Guid.Parse(target.ExternalId));
            var status = statusOf.GetValueOrDefault((target.System, target.ExternalId));
            if (record is null || !Holds(record.Body, target))
            {
                // Lost means silently: the portal never told anyone. A change it reports as conflicted or dead-lettered is
                // waiting for a person, which is the design; it is counted apart.
                (status is OutboxStatus.Conflicted or OutboxStatus.DeadLettered or OutboxStatus.Cancelled ? notApplied : lost).Add($"[{status}] "
                    + $"{target.System} {target.ExternalId} {target.Field}: wanted {target.NewValue}, has {record?.Body[target.Column]?.ToJsonString() ?? "no record"}");
            }

            if (commits.GetValueOrDefault((target.System, target.ExternalId)) > 1)
            {
                doubled.Add($"{target.System} {target.ExternalId} {target.Field}: committed {commits[(target.System, target.ExternalId)]} times");
            }
        }

        var targetKeys = targets.Select(t => (t.System, t.ExternalId)).ToHashSet();
        var stray = commits.Where(c => !targetKeys.Contains(c.Key)).ToList();

        var outcomes = (await db.OutboxAttempts.AsNoTracking().Select(a => a.Outcome).ToListAsync())
            .GroupBy(o => o).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}");
        var attempts = messages.Sum(m => m.Attempts);
        var maxAttempts = messages.Count == 0 ? 0 : messages.Max(m => m.Attempts);
        var succeeded = messages.Count(m => m.Status == OutboxStatus.Succeeded);
        var deadLettered = messages.Where(m => m.Status == OutboxStatus.DeadLettered).ToList();
        var conflicted = messages.Where(m => m.Status == OutboxStatus.Conflicted).ToList();

        Console.WriteLine();
        Console.WriteLine("== result, read from the emulators ==");
        Console.WriteLine($"changes: {targets.Count}; applied once: {targets.Count - lost.Count - notApplied.Count - doubled.Count}; LOST: {lost.Count}; DOUBLED: {doubled.Count}; "
            + $"not applied but reported (conflict/dead letter): {notApplied.Count}; commits to other records: {stray.Sum(s => s.Value)}");
        lost.Take(20).ToList().ForEach(l => Console.WriteLine($"  lost: {l}"));
        notApplied.Take(20).ToList().ForEach(l => Console.WriteLine($"  not applied: {l}"));
        doubled.Take(20).ToList().ForEach(d => Console.WriteLine($"  doubled: {d}"));
        stray.Take(20).ToList().ForEach(s => Console.WriteLine($"  other record written: {s.Key.System} {s.Key.Item2} x{s.Value}"));
        Console.WriteLine($"emulator commits: CRM {crmLoad.Commits}, ERP {erpLoad.Commits} (one per change expected: {targets.Count(t => t.System == SourceSystem.Crm)} + {targets.Count(t => t.System == SourceSystem.Erp)})");
        Console.WriteLine($"max in flight: CRM {crmLoad.MaxInFlight} (cap {crmCap}), ERP {erpLoad.MaxInFlight} (cap {erpCap}); requests seen: CRM {crmLoad.Requests:N0}, ERP {erpLoad.Requests:N0}");
        Console.WriteLine();
        Console.WriteLine("== the portal's own account ==");
        Console.WriteLine($"messages: {messages.Count}; succeeded {succeeded}; dead-lettered {deadLettered.Count}; conflicted {conflicted.Count}; other {messages.Count - succeeded - deadLettered.Count - conflicted.Count}");
        deadLettered.Concat(conflicted).Take(20).ToList().ForEach(m => Console.WriteLine($"  {m.Status} {m.TargetSystem} {m.ExternalId} after {m.Attempts}: {m.LastError}"));
        Console.WriteLine($"recorded attempts: {attempts} ({(double)attempts / Math.Max(1, messages.Count):0.00} per message, most {maxAttempts}); by outcome: {string.Join(", ", outcomes)}");
        Console.WriteLine($"drain: {drainTime.TotalSeconds:0.0} s from first start to the last terminal message ({targets.Count / drainTime.TotalSeconds:0.0} messages/s), "
            + $"killed at {killedAt.TotalSeconds:0.0} s, restarted at {restartedAt.TotalSeconds:0.0} s");
        var afterSuccess = await db.OutboxAttempts.AsNoTracking()
            .Where(a => db.OutboxAttempts.Any(s => s.OutboxMessageId == a.OutboxMessageId && s.Number < a.Number
                && (s.Outcome == OutboxAttemptOutcome.Applied || s.Outcome == OutboxAttemptOutcome.AlreadyApplied)))
            .Select(a => a.OutboxMessageId).Distinct().CountAsync();
        Console.WriteLine($"messages with an attempt recorded after a successful one (a second sender): {afterSuccess}");
        var ok = lost.Count == 0 && notApplied.Count == 0 && doubled.Count == 0 && stray.Count == 0 && succeeded == targets.Count
            && crmLoad.MaxInFlight <= crmCap && erpLoad.MaxInFlight <= erpCap;
        Console.WriteLine(ok ? "PASS: every change applied exactly once, within the caps" : "FAIL (see above)");
        return ok ? 0 : 1;
    }

    private static bool Holds(JsonObject body, Target target) => target.Field == "CreditLimit"
        ? body[target.Column] is JsonValue value && value.TryGetValue<decimal>(out var limit) && limit == decimal.Parse(target.NewValue, CultureInfo.InvariantCulture)
        : string.Equals((string?)body[target.Column], target.NewValue, StringComparison.Ordinal);

    /// <summary>
    /// Distinct records: CRM accounts of customers with exactly one CRM link get a phone or an email change; ERP customers
    /// of other customers with exactly one ERP link get a credit-limit change. Every new value is unique, so a record
    /// can only hold it because this run's change was applied.
    /// </summary>
    private static async Task<List<Target>> CreateApprovedChangesAsync(IServiceProvider services, IDbContextFactory<PortalDbContext> contexts, int count)
    {
        var erpCount = count * 3 / 10;
        var crmCount = count - erpCount;
        List<(Guid CustomerId, string ExternalId, string Country)> crm;
        List<(Guid CustomerId, string ExternalId, string Country)> erp;
        await using (var db = await contexts.CreateDbContextAsync())
        {
            var links = await db.SourceLinks.AsNoTracking()
                .Where(l => !l.IsDeletedAtSource && l.MergedFromCustomerId == null && l.SourceEtag != null)
                .Join(db.Customers, l => l.CustomerId, c => c.Id, (l, c) => new { l.CustomerId, l.System, l.ExternalId, l.ExternalNumber, c.CountryCode, c.Status })
                .ToListAsync();
            // The Demo seed plants duplicate accounts that share an account number, the emulator's alternate key: the
            // emulator refuses any write to either of them (412 duplicate key), as Dataverse could not hold them at all.
            var sharedNumbers = links.Where(l => l.System == SourceSystem.Crm && l.ExternalNumber != null)
                .GroupBy(l => l.ExternalNumber).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
            links = [.. links.Where(l => l.System != SourceSystem.Crm || l.ExternalNumber is null || !sharedNumbers.Contains(l.ExternalNumber))];
            var profiles = (await db.CreditProfiles.AsNoTracking().Select(p => p.ErpCustomerId).ToListAsync()).ToHashSet();
            var single = links.Where(l => l.Status != CustomerStatus.Merged).GroupBy(l => (l.CustomerId, l.System)).Where(g => g.Count() == 1).Select(g => g.Single()).ToList();
            crm = [.. single.Where(l => l.System == SourceSystem.Crm).OrderBy(l => l.ExternalId, StringComparer.Ordinal).Take(crmCount)
                .Select(l => (l.CustomerId, l.ExternalId, l.CountryCode))];
            var used = crm.Select(c => c.CustomerId).ToHashSet();
            erp = [.. single.Where(l => l.System == SourceSystem.Erp && !used.Contains(l.CustomerId) && profiles.Contains(l.ExternalId))
                .OrderBy(l => l.ExternalId, StringComparer.Ordinal).Take(erpCount).Select(l => (l.CustomerId, l.ExternalId, l.CountryCode))];
        }

        var targets = new List<Target>(count);
        await using var scope = services.CreateAsyncScope();
        var draft = scope.ServiceProvider.GetRequiredService<DraftChangeRequestCommand>();
        var decide = scope.ServiceProvider.GetRequiredService<DecideChangeRequestCommand>();
        var plan = crm.Select((c, i) => (c.CustomerId, c.ExternalId, System: SourceSystem.Crm, Field: i % 2 == 0 ? "Phone" : "Email", Value: CrmValue(i, c.Country)))
            .Concat(erp.Select((e, i) => (e.CustomerId, e.ExternalId, System: SourceSystem.Erp, Field: "CreditLimit", Value: (250_000 + (i * 10) + 0.25m).ToString("0.00", CultureInfo.InvariantCulture))));
        foreach (var (customerId, externalId, system, field, value) in plan)
        {
            var drafted = await draft.ExecuteAsync(
                new DraftChangeRequestInput(customerId, [new FieldChangeInput(field, value)], "Push reliability benchmark", Submit: true), Requester, CancellationToken.None);
            if (!drafted.Saved)
            {
                throw new InvalidOperationException($"Draft refused for {customerId} {field}={value}: {string.Join("; ", drafted.Errors.Select(e => $"{e.Key}: {e.Value}"))}");
            }

            var decided = await decide.ApproveAsync(drafted.ChangeRequestId!.Value, null, field == "CreditLimit" ? Controller : Steward, CancellationToken.None);
            if (!decided.Succeeded || decided.OutboxMessageIds.Count != 1)
            {
                throw new InvalidOperationException($"Approval of {drafted.ChangeRequestId} gave {decided.Error ?? $"{decided.OutboxMessageIds.Count} messages"}");
            }

            await using var db = await contexts.CreateDbContextAsync();
            var message = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == decided.OutboxMessageIds[0]);
            var stored = await db.ChangeRequestFields.AsNoTracking().Where(f => f.ChangeRequestId == drafted.ChangeRequestId).Select(f => f.NewValue).SingleAsync();
            if (message.TargetSystem != system || message.ExternalId != externalId)
            {
                throw new InvalidOperationException($"Request {drafted.ChangeRequestId} targets {message.TargetSystem} {message.ExternalId}, not {system} {externalId}");
            }

            targets.Add(new Target(system, externalId, field, Column(field), stored!));
        }

        return targets;
    }

    /// <summary>Unique valid values: NZ mobiles +6421 0…, AU mobiles +61412 …, and numbered mailboxes.</summary>
    private static string CrmValue(int index, string country) => index % 2 == 0
        ? country == "AU" ? $"+61412{index:D6}" : $"+64210{index:D6}"
        : $"push-bench-{index:D5}@example.co.nz";

    private static string Column(string field) => field switch
    {
        "Phone" => "telephone1",
        "Email" => "emailaddress1",
        _ => "creditLimit",
    };

    private static async Task<WebApplication> BuildHubAsync(string folder, string hubFile, string crmUrl, string erpUrl)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = folder, Args = [] });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Sqlite"] = $"Data Source={hubFile}",
            ["Integration:Crm:BaseUrl"] = crmUrl,
            ["Integration:Crm:Auth"] = "Sandbox",
            ["Integration:Erp:BaseUrl"] = erpUrl,
            ["Integration:Erp:Auth"] = "Sandbox",
            ["Jobs:RunServer"] = "false",
        });
        builder.AddPortalData();
        builder.AddPortalIntegration();
        builder.AddPortalJobs();
        builder.AddSync();
        builder.AddChangeRequests();
        var hub = builder.Build();
        await hub.MigratePortalDatabaseAsync();
        return hub;
    }

    private static Process StartPortal(string dll, IReadOnlyDictionary<string, string> environment, string logFile)
    {
        var start = new ProcessStartInfo("dotnet", ["exec", dll, "--urls", "http://127.0.0.1:0"])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start)!;
        var log = new StreamWriter(logFile) { AutoFlush = true };
        var gate = new Lock();
        void Write(string? line)
        {
            if (line is not null)
            {
                lock (gate)
                {
                    log.WriteLine(line);
                }
            }
        }

        process.OutputDataReceived += (_, e) => Write(e.Data);
        process.ErrorDataReceived += (_, e) => Write(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        Console.WriteLine($"portal started, pid {process.Id}, log {logFile}");
        return process;
    }

    private static async Task<StatusCounts> CountAsync(IDbContextFactory<PortalDbContext> contexts)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var counts = await db.OutboxMessages.AsNoTracking().GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        return new StatusCounts(counts.ToDictionary(c => c.Key, c => c.Count));
    }

    private static string FindPortalDll()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CrmErpPortal.sln")))
            {
                return Path.Combine(dir.FullName, "CrmErpPortal", "bin", "Release", "net10.0", "CrmErpPortal.dll");
            }
        }

        throw new InvalidOperationException("CrmErpPortal.sln not found above the benchmark; set PUSH_BENCH_PORTAL_DLL.");
    }

    private static int Arg(string[] args, int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;

    private static ClaimsPrincipal User(string id, string name, string role) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, id), new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role)], "Benchmark"));

    private sealed record Target(SourceSystem System, string ExternalId, string Field, string Column, string NewValue);

    private sealed record StatusCounts(IReadOnlyDictionary<OutboxStatus, int> ByStatus)
    {
        public int Terminal => ByStatus.Where(s => s.Key is OutboxStatus.Succeeded or OutboxStatus.DeadLettered or OutboxStatus.Conflicted or OutboxStatus.Cancelled).Sum(s => s.Value);

        public override string ToString() => string.Join(", ", ByStatus.OrderBy(s => s.Key).Select(s => $"{s.Key} {s.Value}"));
    }
}
