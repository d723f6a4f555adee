using CrmErpPortal.Matching.Comparisons;

namespace CrmErpPortal.Matching.Scoring;

/// <summary>Comparisons plus their parameters, turned into match weights: log2(m/u) per level, log2 odds for the prior.</summary>
public sealed class MatchModel
{
    private const double MaxAbsoluteWeight = 25;
    private readonly double[][] weights;

    public MatchModel(ComparisonSet comparisons, ModelParameters parameters)
    {
        if (parameters.Comparisons.Count != comparisons.Comparisons.Count
            || parameters.Comparisons.Zip(comparisons.Comparisons).Any(p => p.First.Name != p.Second.Name || p.First.Levels.Count != p.Second.Levels.Count))
        {
            throw new ArgumentException("The parameters were trained for other comparisons.", nameof(parameters));
        }

        Comparisons = comparisons;
        Parameters = parameters;
        PriorWeight = Math.Log2(parameters.MatchProbability / (1 - parameters.MatchProbability));
        weights = parameters.Comparisons
            .Select(c => c.Levels.Select(l => Math.Clamp(Math.Log2(l.M / l.U), -MaxAbsoluteWeight, MaxAbsoluteWeight)).ToArray())
            .ToArray();
    }

    public ComparisonSet Comparisons { get; }

    public ModelParameters Parameters { get; }

    public double PriorWeight { get; }

    public double LevelWeight(int comparison, int level) => level == Comparison.Null ? 0 : weights[comparison][level];

    public static double Probability(double totalWeight) => 1 / (1 + Math.Pow(2, -totalWeight));

    internal double TotalWeight(ulong pattern)
    {
        var total = PriorWeight;
        for (var c = 0; c < weights.Length; c++)
        {
            total += LevelWeight(c, ComparisonSet.LevelOf(pattern, c));
        }

        return total;
    }

    internal PairEvidence Explain(PreparedRecord left, PreparedRecord right, ulong pattern, MatchThresholds thresholds)
    {
        var evidence = new ComparisonEvidence[weights.Length];
        var total = PriorWeight;
        for (var c = 0; c < weights.Length; c++)
        {
            var level = ComparisonSet.LevelOf(pattern, c);
            var comparison = Comparisons.Comparisons[c];
            var weight = LevelWeight(c, level);
            total += weight;
            evidence[c] = new ComparisonEvidence(comparison.Name, level == Comparison.Null ? "Null" : comparison.Levels[level].Name, weight);
        }

        var probability = Probability(total);
        return new PairEvidence(left.Source.Id, right.Source.Id, PriorWeight, evidence, total, probability, thresholds.BandOf(probability));
    }

    internal PairEvidence Explain(PreparedRecord left, PreparedRecord right, MatchThresholds thresholds) =>
        Explain(left, right, Comparisons.Pattern(left, right), thresholds);
}
