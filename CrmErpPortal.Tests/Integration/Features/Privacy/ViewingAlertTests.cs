using CrmErpPortal.Features.Privacy.WhoSawWhat;
using CrmErpPortal.Security;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Tests.Integration.Features.Privacy;

/// <summary>NZ IPP 5 "limits on staff browsing": an alert when one user opens more than N distinct records within T (here N = 3, T = 10 min).</summary>
public sealed class ViewingAlertTests : IAsyncLifetime
{
    private readonly PrivacyHarness _harness = new();

    public Task InitializeAsync() => _harness.InitializeAsync();

    public Task DisposeAsync() => _harness.DisposeAsync();

    [Fact]
    public async Task RaisesNoAlert_AtTheThreshold()
    {
        await ViewAsync(PrivacyHarness.Aroha, "c1", "c2", "c3");

        Assert.Equal(0, await AlertCountAsync());
    }

    [Fact]
    public async Task RaisesOneAlert_AtThresholdPlusOneDistinctRecords_WithTheCount()
    {
        await ViewAsync(PrivacyHarness.Aroha, "c1", "c2", "c3", "c4");

        await using var db = _harness.Db();
        var alert = await db.ViewingAlerts.SingleAsync();
        Assert.Equal(("aroha", "Aroha Ngata", 4, 3, 10), (alert.UserId, alert.UserName, alert.DistinctRecords, alert.Threshold, alert.WindowMinutes));
    }

    [Fact]
    public async Task CountsDistinctRecords_NotPageOpens()
    {
        await ViewAsync(PrivacyHarness.Aroha, "c1", "c2", "c1", "c2", "c3", "c3", "c1");

        Assert.Equal(0, await AlertCountAsync());
    }

    [Fact]
    public async Task RaisesOnlyOnce_PerUserPerWindow()
    {
        await ViewAsync(PrivacyHarness.Aroha, "c1", "c2", "c3", "c4", "c5", "c6", "c7");

        Assert.Equal(1, await AlertCountAsync());
    }

    [Fact]
    public async Task RaisesAgain_InTheNextWindow_AndSeparatelyForAnotherUser()
    {
        await ViewAsync(PrivacyHarness.Aroha, "c1", "c2", "c3", "c4");
        await ViewAsync(PrivacyHarness.Mei, "c1", "c2", "c3", "c4");
        _harness.Clock.Advance(TimeSpan.FromMinutes(11));
        await ViewAsync(PrivacyHarness.Aroha, "c5", "c6", "c7", "c8");

        await using var db = _harness.Db();
        var alerts = await db.ViewingAlerts.OrderBy(a => a.Id).Select(a => a.UserId).ToListAsync();
        Assert.Equal(["aroha", "mei", "aroha"], alerts);
    }

    [Fact]
    public async Task ForgetsViewsOlderThanTheWindow()
    {
        await ViewAsync(PrivacyHarness.Aroha, "c1", "c2");
        _harness.Clock.Advance(TimeSpan.FromMinutes(10));
        await ViewAsync(PrivacyHarness.Aroha, "c3", "c4");

        Assert.Equal(0, await AlertCountAsync());
    }

    [Fact]
    public async Task AnAcknowledgementNeedsANote_IsKeptWithTheOfficersName_AndIsAudited()
    {
        await ViewAsync(PrivacyHarness.Aroha, "c1", "c2", "c3", "c4");
        var acknowledge = _harness.Get<AcknowledgeViewingAlertCommand>();
        var id = (await _harness.Get<ListViewingAlertsQuery>().ExecuteAsync(5, default)).Alerts.Single().Id;

        var empty = await acknowledge.ExecuteAsync(PrivacyHarness.Grace, new(id, "  "), default);
        var byRep = await acknowledge.ExecuteAsync(PrivacyHarness.Aroha, new(id, "Looks fine"), default);
        var done = await acknowledge.ExecuteAsync(PrivacyHarness.Grace, new(id, "Call list for the March campaign"), default);

        Assert.False(empty.Succeeded);
        Assert.False(byRep.Succeeded);
        Assert.True(done.Succeeded);
        var list = await _harness.Get<ListViewingAlertsQuery>().ExecuteAsync(5, default);
        Assert.Equal((0, "Grace Tupou", "Call list for the March campaign"), (list.OpenCount, list.Alerts.Single().AcknowledgedByName, list.Alerts.Single().Note));
        await using var db = _harness.Db();
        Assert.Equal(1, await db.AuditEvents.CountAsync(a => a.Action == "ViewingAlertAcknowledged" && a.UserId == "grace"));
    }

    private async Task ViewAsync(System.Security.Claims.ClaimsPrincipal user, params string[] customers)
    {
        var views = _harness.Get<PersonalDataViews>();
        foreach (var customer in customers)
        {
            await views.RecordAsync(user, "Customer", customer, null, default);
            _harness.Clock.Advance(TimeSpan.FromSeconds(5));
        }
    }

    private async Task<int> AlertCountAsync()
    {
        await using var db = _harness.Db();
        return await db.ViewingAlerts.CountAsync();
    }
}
