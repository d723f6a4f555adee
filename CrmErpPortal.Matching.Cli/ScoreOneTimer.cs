using System.Diagnostics;
using CrmErpPortal.Matching.Scoring;

namespace CrmErpPortal.Matching.Cli;

/// <summary>Builds a live index of every record and times scoring single records against it, as the app would.</summary>
internal static class ScoreOneTimer
{
    public static void Run(IReadOnlyList<MatchRecord> records, MatchModel model, int probes)
    {
        var clock = Stopwatch.StartNew();
        var index = new MatchIndex(model);
        index.AddRange(records);
        Console.WriteLine($"index build           {clock.Elapsed.TotalSeconds:F2} s for {index.Count:N0} records");

        // A long-running app scores with warm (JIT-compiled) code, so the first few calls are not timed.
        var random = new Random(7);
        for (var i = 0; i < 20; i++)
        {
            _ = index.Score(records[random.Next(records.Count)] with { Id = $"warm-up-{i}" });
        }

        var times = new List<double>(probes);
        for (var i = 0; i < probes; i++)
        {
            var probe = records[random.Next(records.Count)] with { Id = $"probe-{i}" };
            clock.Restart();
            _ = index.Score(probe);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        Console.WriteLine($"score one record      median {times[times.Count / 2]:F3} ms, p99 {times[(int)(times.Count * 0.99)]:F3} ms, max {times[^1]:F3} ms over {probes:N0} probes");

        clock.Restart();
        var victim = records[0];
        index.Remove(victim.Id);
        index.Add(victim);
        Console.WriteLine($"remove + re-add one   {clock.Elapsed.TotalMilliseconds:F3} ms");
    }
}
