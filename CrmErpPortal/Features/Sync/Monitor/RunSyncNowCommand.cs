using System.Security.Claims;
using CrmErpPortal.Jobs;
using CrmErpPortal.Security;
using Hangfire;
using Microsoft.AspNetCore.Authorization;

namespace CrmErpPortal.Features.Sync.Monitor;

/// <summary>"Run now" / "Retry" on the sync monitor: triggers a recurring pull at once. Re-checks the policy itself.</summary>
public sealed class RunSyncNowCommand(IRecurringJobManager jobs, IAuthorizationService authorization)
{
    public static readonly IReadOnlyList<string> Runnable = [RecurringJobs.CrmPull, RecurringJobs.ErpPull, RecurringJobs.ErpCreditRefresh, RecurringJobs.ErpSubscriptions];

    public async Task ExecuteAsync(ClaimsPrincipal user, string recurringJobId, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(user, Policies.Operations)).Succeeded)
        {
            throw new UnauthorizedAccessException("Only an admin or a data steward can start a sync.");
        }

        if (!Runnable.Contains(recurringJobId))
        {
            throw new ArgumentException($"'{recurringJobId}' is not a sync job.", nameof(recurringJobId));
        }

        cancellationToken.ThrowIfCancellationRequested();
        jobs.Trigger(recurringJobId);
    }
}
