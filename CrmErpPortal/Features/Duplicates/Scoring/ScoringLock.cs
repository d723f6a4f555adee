using CrmErpPortal.Jobs;

namespace CrmErpPortal.Features.Duplicates.Scoring;

/// <summary>One scoring run at a time across every job server: two would write the same queue rows.</summary>
public sealed class ScoringLock(StorageLocks locks)
{
    public IDisposable Acquire() => locks.Acquire("crmerpportal:duplicate-scoring", TimeSpan.FromMinutes(30));
}
