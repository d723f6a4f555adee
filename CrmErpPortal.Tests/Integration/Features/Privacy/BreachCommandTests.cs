using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Privacy.Breaches;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Tests.Integration.Features.Privacy;

/// <summary>Recording and editing a breach: validated, audited with before and after, privacy officers only.</summary>
public sealed class BreachCommandTests : IAsyncLifetime
{
    private readonly PrivacyHarness _harness = new();

    public Task InitializeAsync() => _harness.InitializeAsync();

    public Task DisposeAsync() => _harness.DisposeAsync();

    [Fact]
    public async Task RecordsABreach_AndAuditsIt()
    {
        var result = await SaveAsync(null, 0, Valid());

        Assert.True(result.Succeeded);
        await using var db = _harness.Db();
        var audit = await db.AuditEvents.SingleAsync();
        Assert.Equal(("BreachRecorded", nameof(PrivacyBreach), result.BreachId.ToString(), "grace"), (audit.Action, audit.EntityType, audit.EntityId, audit.UserId));
        Assert.Contains("Statement emailed to the wrong customer", audit.AfterJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StoresNothing_WhenAFieldIsInvalid()
    {
        var input = Valid();
        input.Jurisdictions = BreachJurisdictions.None;

        var result = await SaveAsync(null, 0, input);

        Assert.Contains(nameof(BreachInput.Jurisdictions), result.Errors.Keys);
        await using var db = _harness.Db();
        Assert.Equal((0, 0), (await db.PrivacyBreaches.CountAsync(), await db.AuditEvents.CountAsync()));
    }

    [Fact]
    public async Task AnEditIsAuditedWithBeforeAndAfter_AndSetsTheDecisionTime()
    {
        var id = (await SaveAsync(null, 0, Valid())).BreachId!.Value;
        var stored = (await _harness.Get<GetBreachQuery>().ExecuteAsync(id, default))!;
        var edit = stored.Input.Copy();
        edit.Decision = BreachDecision.NotNotifiable;
        edit.HarmWhoHasData = "A customer who confirmed they deleted it";
        edit.DecisionReasoning = "Trusted recipient deleted it; low sensitivity";
        _harness.Clock.Advance(TimeSpan.FromHours(5));

        var result = await SaveAsync(id, stored.Version, edit);

        Assert.True(result.Succeeded);
        var after = (await _harness.Get<GetBreachQuery>().ExecuteAsync(id, default))!;
        Assert.Equal((DateTimeOffset?)_harness.Clock.GetUtcNow(), after.DecidedAt);
        await using var db = _harness.Db();
        var update = await db.AuditEvents.SingleAsync(a => a.Action == "BreachUpdated");
        Assert.Contains("\"Decision\":\"Undecided\"", update.BeforeJson, StringComparison.Ordinal);
        Assert.Contains("\"Decision\":\"NotNotifiable\"", update.AfterJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusesAStaleEdit()
    {
        var id = (await SaveAsync(null, 0, Valid())).BreachId!.Value;
        var stored = (await _harness.Get<GetBreachQuery>().ExecuteAsync(id, default))!;
        _harness.Clock.Advance(TimeSpan.FromMinutes(1));
        await SaveAsync(id, stored.Version, stored.Input.Copy());

        var stale = await SaveAsync(id, stored.Version, stored.Input.Copy());

        Assert.False(stale.Succeeded);
        Assert.Contains("Someone else saved this breach", stale.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyAPrivacyOfficerMayRecord()
    {
        var result = await _harness.Get<SaveBreachCommand>().ExecuteAsync(PrivacyHarness.Aroha, new(null, 0, Valid()), default);

        Assert.False(result.Succeeded);
        await using var db = _harness.Db();
        Assert.Equal(0, await db.PrivacyBreaches.CountAsync());
    }

    [Fact]
    public async Task ANoticeToTheCommissionerMeetsTheNzTarget_AndIsAudited()
    {
        var id = (await SaveAsync(null, 0, Valid())).BreachId!.Value;

        var problem = await _harness.Get<RecordBreachNotificationCommand>().ExecuteAsync(PrivacyHarness.Grace,
            new(id, BreachRecipient.NzPrivacyCommissioner, _harness.Clock.GetUtcNow().AddHours(-1), "NotifyUs ref 123"), default);

        Assert.Null(problem);
        var row = (await _harness.Get<ListBreachesQuery>().ExecuteAsync(default)).Single();
        Assert.Equal(DeadlineState.Met, row.Deadlines.Single(d => d.Key == "nz-commissioner").State);
        await using var db = _harness.Db();
        Assert.Equal(1, await db.AuditEvents.CountAsync(a => a.Action == "BreachNotificationRecorded"));
    }

    private Task<SaveBreachResult> SaveAsync(int? id, long version, BreachInput input) =>
        _harness.Get<SaveBreachCommand>().ExecuteAsync(PrivacyHarness.Grace, new(id, version, input), default);

    private BreachInput Valid() => new()
    {
        Title = "Statement emailed to the wrong customer",
        BecameAwareAt = _harness.Clock.GetUtcNow().AddHours(-3),
        Jurisdictions = BreachJurisdictions.NewZealand,
        PeopleAffected = 1,
    };
}
