namespace CrmErpPortal.Matching.Scoring;

/// <summary>Probability cut-offs for the bands; a pair at or above <see cref="AutoLink"/> counts as a match.</summary>
public sealed record MatchThresholds(double AutoLink = 0.9, double Review = 0.2)
{
    public MatchBand BandOf(double probability) =>
        probability >= AutoLink ? MatchBand.AutoLink : probability >= Review ? MatchBand.Review : MatchBand.Ignore;
}
