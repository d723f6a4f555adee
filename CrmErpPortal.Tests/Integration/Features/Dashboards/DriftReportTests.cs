using System.Security.Claims;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.ChangeRequests;
using CrmErpPortal.Features.Dashboards.Drift;
using CrmErpPortal.Security;
using CrmErpPortal.Tests.Integration.Features.Push;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Tests.Integration.Features.Dashboards;

/// <summary>
/// The drift report end to end: the sandbox emulators hold Kiwi Plumbing in both systems, written differently
/// (Ltd/Limited, "09 379 1234"/"+64 9 379 1234", Street/St); the real pulls store each side's copy, the job compares.
/// </summary>
public sealed class DriftReportTests : IAsyncLifetime
{
    private static readonly ClaimsPrincipal Tui = new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, "tui"), new Claim(ClaimTypes.Name, "Tui Walker"), new Claim(ClaimTypes.Role, Roles.DataSteward)], "Test"));

    private readonly PushHarness _h = new();

    public async Task InitializeAsync()
    {
        await _h.InitializeAsync();
        // The harness's ERP customer has another email; make it the CRM's, written in capitals (formatting only).
        await EditErpAsync("email", "ACCOUNTS@kiwi.co.nz ");
    }

    public Task DisposeAsync() => _h.DisposeAsync();

    [Fact]
    public async Task Pull_StoresEachSystemsOwnCopyOfTheSharedFields()
    {
        await using var db = _h.Db();
        var copies = await db.SourceFieldCopies.Join(db.SourceLinks, c => c.SourceLinkId, l => l.Id, (c, l) => new { l.System, c }).ToListAsync();

        var crm = Assert.Single(copies, c => c.System == SourceSystem.Crm).c;
        var erp = Assert.Single(copies, c => c.System == SourceSystem.Erp).c;
        Assert.Equal(("Kiwi Plumbing Ltd", "09 379 1234"), (crm.Name, crm.Phone));
        Assert.Equal(("Kiwi Plumbing Limited", "+64 9 379 1234", "ACCOUNTS@kiwi.co.nz"), (erp.Name, erp.Phone, erp.Email));
        Assert.Equal(crm.PhoneKey, erp.PhoneKey);
    }

    [Fact]
    public async Task FormattingOnlyDifferences_AreNotDrift()
    {
        var run = await RunJobAsync();

        Assert.Equal(1, run.CustomersCompared);
        Assert.Equal(0, run.Open);
        await using var db = _h.Db();
        Assert.Empty(await db.DriftFindings.ToListAsync());
    }

    [Fact]
    public async Task APlantedDifference_IsDetected_WithBothValuesAndTheOwner()
    {
        await EditErpAsync("phoneNumber", "+64 9 555 0000");

        var run = await RunJobAsync();

        Assert.Equal(1, run.Detected);
        await using var db = _h.Db();
        var finding = await db.DriftFindings.SingleAsync();
        Assert.Equal((_h.CustomerId, SharedField.Phone), (finding.CustomerId, finding.Field));
        Assert.Equal(("09 379 1234", "+64 9 555 0000"), (finding.CrmValue, finding.ErpValue));
        Assert.Equal(SourceSystem.Crm, finding.OwnerSystem);
        Assert.Null(finding.ResolvedAt);
        var summary = await _h.Service<GetDriftSummaryQuery>().ExecuteAsync("NZ", CancellationToken.None);
        Assert.Equal(1, summary.Fields.Single(f => f.Field == SharedField.Phone).Open);
        Assert.Equal(0, (await _h.Service<GetDriftSummaryQuery>().ExecuteAsync("AU", CancellationToken.None)).Total);
    }

    [Fact]
    public async Task ReRunning_UpdatesTheOpenFinding_NeverDuplicatesIt()
    {
        await EditErpAsync("phoneNumber", "+64 9 555 0000");
        await RunJobAsync();
        await EditErpAsync("phoneNumber", "+64 9 555 1111");

        var second = await RunJobAsync();
        var third = await RunJobAsync();

        Assert.Equal((0, 1), (second.Detected, second.Open));
        Assert.Equal((0, 0, 1), (third.Detected, third.Resolved, third.Open));
        await using var db = _h.Db();
        var finding = await db.DriftFindings.SingleAsync();
        Assert.Equal("+64 9 555 1111", finding.ErpValue);
    }

    [Fact]
    public async Task FixedAtTheSource_TheFindingIsResolved()
    {
        await EditErpAsync("phoneNumber", "+64 9 555 0000");
        await RunJobAsync();
        await EditErpAsync("phoneNumber", "(09) 379-1234");

        var run = await RunJobAsync();

        Assert.Equal((1, 0), (run.Resolved, run.Open));
        await using var db = _h.Db();
        Assert.NotNull((await db.DriftFindings.SingleAsync()).ResolvedAt);
        Assert.Empty((await _h.Service<ListDriftQuery>().ExecuteAsync(null, null, 50, CancellationToken.None)).Rows);
    }

    [Fact]
    public async Task ProposeCorrection_SubmitsOneRequestTakingTheCrmValueToTheErp()
    {
        await EditErpAsync("phoneNumber", "+64 9 555 0000");
        await RunJobAsync();
        var finding = await FindingAsync(SharedField.Phone);

        var first = await _h.Service<ProposeDriftCorrectionCommand>().ExecuteAsync(finding.Id, PushHarness.Liam, CancellationToken.None);
        var second = await _h.Service<ProposeDriftCorrectionCommand>().ExecuteAsync(finding.Id, Tui, CancellationToken.None);

        Assert.Null(first.Error);
        Assert.True(second.AlreadyPending);
        Assert.Equal(first.ChangeRequestId, second.ChangeRequestId);
        await using var db = _h.Db();
        var request = await db.ChangeRequests.Include(r => r.Fields).SingleAsync();
        Assert.Equal((ChangeRequestStatus.Pending, ChangeSource.DriftReport), (request.Status, request.Source));
        var field = Assert.Single(request.Fields);
        Assert.Equal(("Phone", ChangeTarget.Erp), (field.FieldName, field.TargetSystem));
        Assert.Equal(("+64 9 555 0000", "+6493791234"), (field.OldValue, field.NewValue));
        Assert.Equal(request.Id, (await db.DriftFindings.SingleAsync()).ChangeRequestId);
    }

    [Fact]
    public async Task ApprovedCorrection_ReachesTheErp_AndTheNextCheckResolvesTheDrift()
    {
        await EditErpAsync("displayName", "Kiwi Plumbing and Gas Limited");
        await RunJobAsync();
        var proposed = await _h.Service<ProposeDriftCorrectionCommand>().ExecuteAsync((await FindingAsync(SharedField.Name)).Id, PushHarness.Liam, CancellationToken.None);

        var messages = await _h.ApproveAsync(proposed.ChangeRequestId!.Value, Tui);
        await _h.SendAsync(Assert.Single(messages));
        await _h.PullAsync();
        var run = await RunJobAsync();

        Assert.Equal("Kiwi Plumbing Ltd", (await _h.ErpCustomerAsync())!.Body["displayName"]!.GetValue<string>());
        Assert.Equal((1, 0), (run.Resolved, run.Open));
    }

    [Fact]
    public async Task ProposeCorrection_IsRefused_ForAUserWhoIsNotASteward()
    {
        await EditErpAsync("phoneNumber", "+64 9 555 0000");
        await RunJobAsync();

        var result = await _h.Service<ProposeDriftCorrectionCommand>().ExecuteAsync((await FindingAsync(SharedField.Phone)).Id, PushHarness.Aroha, CancellationToken.None);

        Assert.NotNull(result.Error);
        await using var db = _h.Db();
        Assert.Empty(await db.ChangeRequests.ToListAsync());
    }

    private async Task EditErpAsync(string property, string value)
    {
        await _h.Sandbox.Systems.Erp.Store.UpdateAsync("customers", _h.ErpCustomerId, body => { body[property] = value; return body; }, expectedVersion: null);
        await _h.PullAsync();
    }

    private Task<DriftRun> RunJobAsync() => _h.Service<DetectDriftJob>().RunAsync(CancellationToken.None);

    private async Task<DriftFinding> FindingAsync(SharedField field)
    {
        await using var db = _h.Db();
        return await db.DriftFindings.SingleAsync(f => f.Field == field && f.ResolvedAt == null);
    }
}
