namespace CrmErpPortal.Matching.Scoring;

/// <summary>What to do with a pair. AutoLink links the records for a steward to see; nothing is ever merged automatically.</summary>
public enum MatchBand
{
    Ignore,
    Review,
    AutoLink,
}
