using System.Diagnostics;
using System.Text.Json;
using CrmErpPortal.Matching.Scoring;

namespace CrmErpPortal.Matching.Cli;

/// <summary>`dedupe` and `link`: read, map, run the engine, print timings and (with a truth spec) quality.</summary>
internal static class MatchCommand
{
    public static int Run(CliArguments cli, bool link)
    {
        var mapping = FieldMapping.Parse(cli.Option("map") ?? throw new ArgumentException("--map is required."));
        var kind = Enum.Parse<RecordKind>(cli.Option("kind") ?? "Person", ignoreCase: true);
        var truth = cli.Option("truth") is { } spec ? TruthSpec.Parse(spec) : null;
        var thresholds = new MatchThresholds(cli.Number("autolink") ?? 0.9, cli.Number("review") ?? 0.2);

        var clock = Stopwatch.StartNew();
        var separator = cli.Option("separator") is { Length: 1 } given ? given[0] : ',';
        var leftTable = CsvTable.Read(cli.Positional[1], separator);
        var rightTable = link ? CsvTable.Read(cli.Positional[2], separator) : null;
        var left = mapping.Apply(leftTable, kind);
        var right = rightTable is null ? null : mapping.Apply(rightTable, kind);
        Console.WriteLine($"records               {left.Count:N0}{(right is null ? string.Empty : $" x {right.Count:N0}")} (read in {clock.Elapsed.TotalSeconds:F2} s)");

        var options = new MatchEngineOptions
        {
            Thresholds = thresholds,
            Parameters = cli.Option("params") is { } path ? ModelParameters.FromJson(File.ReadAllText(path)) : null,
            RandomPairSamples = (int)(cli.Number("u-samples") ?? 150_000),
            CandidatePairsCounted = n => Console.WriteLine($"candidate pairs       {n:N0}"),
        };
        clock.Restart();
        var engine = new MatchEngine(options);
        var result = right is null ? engine.Deduplicate(left) : engine.Link(left, right);
        var seconds = clock.Elapsed.TotalSeconds;
        if (options.Parameters is null && result.CandidatePairCount < 200)
        {
            Console.WriteLine("warning               few candidate pairs to learn m and u from: score small files with --params trained on more data");
        }

        var t = result.Timings;
        Console.WriteLine($"seconds               {seconds:F2} (prepare {t.Preparing.TotalSeconds:F2}, block {t.Blocking.TotalSeconds:F2}, compare+train {t.Training.TotalSeconds:F2}, score+cluster {t.Scoring.TotalSeconds:F2})");
        Console.WriteLine($"prior                 {result.Parameters.MatchProbability:E3} (log2 odds {Math.Log2(result.Parameters.MatchProbability / (1 - result.Parameters.MatchProbability)):F2})");
        Console.WriteLine($"bands                 AutoLink {result.Pairs.Count(p => p.Band == MatchBand.AutoLink):N0}, Review {result.Pairs.Count(p => p.Band == MatchBand.Review):N0}");
        if (!link)
        {
            Console.WriteLine($"clusters              {result.Clusters.Count:N0} of 2+ records ({result.Clusters.Sum(c => c.RecordIds.Count):N0} records)");
        }

        if (truth is not null)
        {
            Evaluation.Print(result, truth.EntitiesOf(leftTable, left), rightTable is null ? null : truth.EntitiesOf(rightTable, right!), left, right, thresholds, cli.Option("show-missed") == "true");
        }

        if (cli.Option("save-params") is { } saveTo)
        {
            File.WriteAllText(saveTo, result.Parameters.ToJson());
        }

        if (cli.Option("evidence") is { } evidenceTo)
        {
            File.WriteAllText(evidenceTo, JsonSerializer.Serialize(result.Pairs, MatchJson.Options));
        }

        if (cli.Number("time-score-one") is { } probes)
        {
            ScoreOneTimer.Run([.. left, .. right ?? []], new MatchModel(options.Comparisons, result.Parameters), (int)probes);
        }

        return 0;
    }
}
