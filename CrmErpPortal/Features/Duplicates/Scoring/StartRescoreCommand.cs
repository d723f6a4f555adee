using System.Security.Claims;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Security;
using Hangfire;
using Microsoft.AspNetCore.Authorization;

namespace CrmErpPortal.Features.Duplicates.Scoring;

/// <summary>"Re-score all": records a queued run (so the page shows it at once) and enqueues the job. Re-checks the policy.</summary>
public sealed class StartRescoreCommand(ScoringRunTracker runs, IBackgroundJobClient jobs, IAuthorizationService authorization)
{
    public async Task<Guid> ExecuteAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(user, Policies.Stewardship)).Succeeded)
        {
            throw new UnauthorizedAccessException("Only a data steward or an admin can re-score duplicates.");
        }

        var runId = await runs.QueueAsync(ScoringRunKind.Full, user.UserId(), cancellationToken);
        jobs.Enqueue<ScoreDuplicatesJob>(job => job.RunFullAsync(runId, CancellationToken.None));
        return runId;
    }
}
