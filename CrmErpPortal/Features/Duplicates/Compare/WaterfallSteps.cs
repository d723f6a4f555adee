using System.Globalization;
using CrmErpPortal.Data.Entities;

namespace CrmErpPortal.Features.Duplicates.Compare;

/// <summary>One bar of the waterfall: where the running total stood before and after this piece of evidence.</summary>
public sealed record WaterfallStep(string Label, string Level, double Weight, double Start, double End, string Words)
{
    public bool IsPrior => Level == "";
}

/// <summary>
/// The score explained from the stored evidence alone: the prior (how likely two customers picked at random are one
/// business), then each comparison's weight in bits (log2 of m/u: +1 doubles the odds, −1 halves them), summing to
/// the match weight whose logistic is the probability.
/// </summary>
public static class WaterfallSteps
{
    public static IReadOnlyList<WaterfallStep> From(double priorWeight, IReadOnlyList<MatchEvidence> evidence)
    {
        var steps = new List<WaterfallStep> { new("Starting point (prior)", "", priorWeight, 0, priorWeight, $"Starting point, {Bits(priorWeight)}: {PriorWords(priorWeight)}.") };
        var total = priorWeight;
        foreach (var e in evidence.Where(e => e.Level != "Null").OrderByDescending(e => Math.Abs(e.Weight)))
        {
            steps.Add(new(FieldLabel(e.Field), e.Level, e.Weight, total, total + e.Weight, Words(e)));
            total += e.Weight;
        }

        return steps;
    }

    /// <summary>The comparisons that could not be made because one side has no value: they weigh nothing either way.</summary>
    public static IReadOnlyList<string> NotCompared(IReadOnlyList<MatchEvidence> evidence) =>
        evidence.Where(e => e.Level == "Null").Select(e => FieldLabel(e.Field)).ToList();

    public static double Probability(double weight) => 1 / (1 + Math.Pow(2, -weight));

    public static string Summary(double priorWeight, double totalWeight) =>
        $"Starting from {Bits(priorWeight)} ({PriorWords(priorWeight)}), the evidence adds {Bits(totalWeight - priorWeight)}, "
        + $"for a match weight of {Bits(totalWeight)}: a probability of {Probability(totalWeight).ToString("P1", CultureInfo.InvariantCulture)} that these are one customer.";

    public static string Bits(double weight) => (weight >= 0 ? "+" : "−") + Math.Abs(weight).ToString("0.0", CultureInfo.InvariantCulture);

    public static string FieldLabel(string field) => field switch
    {
        "OrganisationName" => "Name",
        "GivenName" => "Given name",
        "BusinessNumber" => "Business number",
        "AddressLine2" => "Unit or building",
        "DateOfBirth" => "Date of birth",
        "OtherIdentifier" => "Other identifier",
        _ => field,
    };

    public static string LevelWords(string level) => level switch
    {
        "Exact" => "the same",
        "JaroWinkler>=0.92" => "nearly the same (a small typo)",
        "JaroWinkler>=0.80" => "similar",
        "Phonetic" => "sound the same",
        "WordOverlap>=0.5" => "share most words",
        "Swapped" => "given name and surname swapped",
        "OneEdit" => "one character apart",
        "DayMonthSwapped" => "day and month swapped",
        "SameYear" => "same year only",
        "Conflict" => "different registered numbers",
        "SameDeliveryPoint" => "the same delivery point",
        "Probable" => "probably the same (a unit or suburb on one side only, or one letter apart)",
        "SameBuilding" => "the same building, a different unit or level",
        "StreetClose" => "nearly the same street",
        "NeverTheSame" => "a postal box against a street address",
        "Different" => "different",
        "Null" => "missing on one side",
        _ => level,
    };

    private static string Words(MatchEvidence e)
    {
        var effect = e.Weight switch
        {
            0 => "no evidence either way",
            >= 8 => "strong evidence for",
            > 0 => "evidence for",
            <= -8 => "strong evidence against",
            _ => "evidence against",
        };
        return $"{FieldLabel(e.Field)}: {LevelWords(e.Level)}, {Bits(e.Weight)} ({effect}).";
    }

    private static string PriorWords(double priorWeight)
    {
        var odds = Math.Pow(2, -priorWeight);
        return odds >= 2
            ? $"about 1 in {Math.Round(odds + 1).ToString("N0", CultureInfo.InvariantCulture)} random pairs of customers is the same business"
            : "most pairs are the same business";
    }
}
