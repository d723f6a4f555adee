using System.Text.Json;
using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Duplicates.Scoring;
using CrmErpPortal.Features.Sync.Pull;
using CrmErpPortal.Sandbox.Seed;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CrmErpPortal.Tests.Integration.Features.Duplicates;

/// <summary>
/// The sandbox's Demo world pulled into the hub and fully re-scored: the CRM duplicates the seed planted (its own
/// ground truth, "seed.duplicates") must come out as queue pairs. Bounds sit below the measured figures with margin.
/// </summary>
public sealed class PlantedDuplicatesTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly SandboxHost _sandbox = new();
    private PortalAppFactory _portal = default!;

    public async Task InitializeAsync()
    {
        _sandbox.Options.Scale = "Demo";
        await _sandbox.InitializeAsync();
        _portal = new PortalAppFactory()
            .With("Integration:Crm:BaseUrl", _sandbox.CrmBase.ToString())
            .With("Integration:Erp:BaseUrl", new Uri(_sandbox.ErpBase, "v2.0/sandbox/production/").ToString());
        _ = _portal.Server;
    }

    public async Task DisposeAsync()
    {
        await _portal.DisposeAsync();
        await _sandbox.DisposeAsync();
    }

    [Fact]
    public async Task TheSeedsPlantedCrmDuplicates_AreFound_AndFewOtherPairsAreProposed()
    {
        using (var scope = _portal.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<CrmPullJob>().RunAsync(CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<ErpPullJob>().RunAsync(CancellationToken.None);
        }

        var runs = _portal.Services.GetRequiredService<ScoringRunTracker>();
        var runId = await runs.QueueAsync(ScoringRunKind.Full, "test", CancellationToken.None);
        await _portal.Services.GetRequiredService<DuplicateScorer>().ScoreAllAsync(runId, CancellationToken.None);

        var truth = JsonSerializer.Deserialize<List<DuplicatePair>>((await _sandbox.Systems.Crm.Store.GetMetaAsync(SeedReport.DuplicatesMetaKey))!)!;
        await using var db = _portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContext();
        var customerOf = await db.SourceLinks.Where(l => l.System == SourceSystem.Crm).ToDictionaryAsync(l => l.ExternalId, l => l.CustomerId);
        var pairs = await db.DuplicateCandidates.Where(d => d.Status == DuplicateStatus.Open)
            .Select(d => new { d.CustomerAId, d.CustomerBId, d.Band }).ToListAsync();
        var proposed = pairs.Select(p => (p.CustomerAId, p.CustomerBId)).ToHashSet();
        var autoLinked = pairs.Where(p => p.Band == MatchBand.AutoLink).Select(p => (p.CustomerAId, p.CustomerBId)).ToHashSet();
        bool Found(DuplicatePair t, HashSet<(Guid, Guid)> set)
        {
            var (a, b) = (customerOf[t.OriginalAccountId.ToString()], customerOf[t.DuplicateAccountId.ToString()]);
            return a == b || set.Contains(a.CompareTo(b) < 0 ? (a, b) : (b, a));
        }

        var recall = truth.Count(t => Found(t, proposed)) / (double)truth.Count;
        var autoLinkRecall = truth.Count(t => Found(t, autoLinked)) / (double)truth.Count;
        var truthKeys = truth.Select(t => (customerOf[t.OriginalAccountId.ToString()], customerOf[t.DuplicateAccountId.ToString()]))
            .Select(k => k.Item1.CompareTo(k.Item2) < 0 ? k : (k.Item2, k.Item1)).ToHashSet();
        var precision = pairs.Count == 0 ? 0 : proposed.Count(truthKeys.Contains) / (double)pairs.Count;
        output.WriteLine($"planted {truth.Count}, proposed pairs {pairs.Count} ({autoLinked.Count} very likely), recall {recall:P1}, very-likely recall {autoLinkRecall:P1}, precision {precision:P1}");
        var missed = truth.Where(t => !Found(t, proposed)).SelectMany(t => t.Variations).GroupBy(v => v).Select(g => $"{g.Key}×{g.Count()}");
        output.WriteLine("variations of missed pairs: " + string.Join(", ", missed));
        Assert.True(truth.Count >= 50, $"the Demo seed plants about 4 % duplicates; found only {truth.Count} in its truth");
        // Measured on seed 20261127: 80 planted, 80 proposed, recall and precision 100 %, all in the very-likely band.
        Assert.True(recall >= 0.95, $"recall {recall:P1}");
        Assert.True(autoLinkRecall >= 0.85, $"very-likely recall {autoLinkRecall:P1}");
        Assert.True(precision >= 0.85, $"precision {precision:P1}");
    }
}
