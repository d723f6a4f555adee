namespace CrmErpPortal.Data.Entities;

public sealed class DuplicateCandidate : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid CustomerAId { get; set; }
    public Guid CustomerBId { get; set; }
    public double Score { get; set; }
    public double MatchWeight { get; set; }
    public MatchBand Band { get; set; }
    public DuplicateStatus Status { get; set; }
    public List<MatchEvidence> Evidence { get; set; } = [];
    public string? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecisionNote { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public long Version { get; set; }
}

public sealed record MatchEvidence(string Field, string Level, double Weight, string? LeftValue, string? RightValue);

public enum MatchBand
{
    AutoLink,
    Review,
    Ignore,
}

public enum DuplicateStatus
{
    Open,
    Merged,
    NotDuplicate,
    Dismissed,
}
