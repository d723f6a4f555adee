using System.Security.Claims;
using System.Text.Json;
using CrmErpPortal.Security;
using Microsoft.AspNetCore.Authorization;

namespace CrmErpPortal.Features.Dashboards.Trends;

/// <summary>"Take snapshot now" on the dashboard (Leadership, Admin): records this week's KPIs at once. Re-checks the policy itself.</summary>
public sealed class TakeKpiSnapshotCommand(RecordKpiSnapshotsJob job, IAuthorizationService authorization, AuditWriter audit)
{
    public async Task<KpiSnapshotRun> ExecuteAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(user, Policies.Dashboards)).Succeeded)
        {
            throw new UnauthorizedAccessException("Only leadership or an admin can take a KPI snapshot.");
        }

        var run = await job.RunAsync(cancellationToken);
        await audit.WriteAsync(user, "KpiSnapshotTaken", "KpiSnapshot", run.WeekStart.ToString("yyyy-MM-dd"), cancellationToken,
            JsonSerializer.Serialize(new { run.WeekStart, run.Rows }));
        return run;
    }
}
