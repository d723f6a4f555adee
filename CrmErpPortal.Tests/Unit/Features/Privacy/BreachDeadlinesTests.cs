using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Privacy.Breaches;

namespace CrmErpPortal.Tests.Unit.Features.Privacy;

/// <summary>NZAU.md §4: AU assessment within 30 days of becoming aware; NZ Commissioner notice within the 72-hour target.</summary>
public sealed class BreachDeadlinesTests
{
    private static readonly DateTimeOffset Aware = new(2026, 11, 2, 22, 15, 0, TimeSpan.Zero);

    [Fact]
    public void AuAssessmentIsDueThirtyCalendarDaysAfterBecomingAware()
    {
        var deadlines = BreachDeadlines.For(Breach(BreachJurisdictions.Australia), Aware.AddDays(1));

        var assessment = Assert.Single(deadlines, d => d.Key == "au-assessment");
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 22, 15, 0, TimeSpan.Zero), assessment.Due);
        Assert.Equal(DeadlineState.Open, assessment.State);
        Assert.DoesNotContain(deadlines, d => d.Key.StartsWith("nz-", StringComparison.Ordinal));
    }

    [Fact]
    public void NzCommissionerTargetIsSeventyTwoHoursAfterBecomingAware()
    {
        var deadlines = BreachDeadlines.For(Breach(BreachJurisdictions.NewZealand), Aware.AddHours(1));

        var notice = Assert.Single(deadlines, d => d.Key == "nz-commissioner");
        Assert.Equal(new DateTimeOffset(2026, 11, 5, 22, 15, 0, TimeSpan.Zero), notice.Due);
        Assert.DoesNotContain(deadlines, d => d.Key.StartsWith("au-", StringComparison.Ordinal));
    }

    [Fact]
    public void NzNoticeIsOverdue_OneMinutePastSeventyTwoHours_WithoutANoticeSent()
    {
        var justBefore = BreachDeadlines.For(Breach(BreachJurisdictions.Both), Aware.AddHours(72));
        var justAfter = BreachDeadlines.For(Breach(BreachJurisdictions.Both), Aware.AddHours(72).AddMinutes(1));

        Assert.Equal(DeadlineState.Open, justBefore.Single(d => d.Key == "nz-commissioner").State);
        Assert.Equal(DeadlineState.Overdue, justAfter.Single(d => d.Key == "nz-commissioner").State);
    }

    [Fact]
    public void AuAssessmentIsOverdue_AfterThirtyDaysUndecided_AndMet_WhenDecidedInTime()
    {
        var late = BreachDeadlines.For(Breach(BreachJurisdictions.Australia), Aware.AddDays(31));
        var decided = BreachDeadlines.For(Breach(BreachJurisdictions.Australia, BreachDecision.NotNotifiable, decidedAt: Aware.AddDays(10)), Aware.AddDays(31));
        var decidedLate = BreachDeadlines.For(Breach(BreachJurisdictions.Australia, BreachDecision.Notifiable, decidedAt: Aware.AddDays(30.5)), Aware.AddDays(31));

        Assert.Equal(DeadlineState.Overdue, late.Single(d => d.Key == "au-assessment").State);
        Assert.Equal(DeadlineState.Met, decided.Single(d => d.Key == "au-assessment").State);
        Assert.Equal(DeadlineState.MetLate, decidedLate.Single(d => d.Key == "au-assessment").State);
    }

    [Fact]
    public void NzNoticeIsMet_WhenTheCommissionerWasNotifiedInTime_AndNotRequired_WhenNotNotifiable()
    {
        var notified = BreachDeadlines.For(
            Breach(BreachJurisdictions.NewZealand, BreachDecision.Notifiable, Aware.AddHours(20), (BreachRecipient.NzPrivacyCommissioner, Aware.AddHours(30))), Aware.AddDays(5));
        var notNotifiable = BreachDeadlines.For(Breach(BreachJurisdictions.NewZealand, BreachDecision.NotNotifiable, Aware.AddHours(20)), Aware.AddDays(5));

        Assert.Equal(DeadlineState.Met, notified.Single(d => d.Key == "nz-commissioner").State);
        Assert.Equal(DeadlineState.Open, notified.Single(d => d.Key == "nz-people").State);
        Assert.Equal(DeadlineState.NotRequired, notNotifiable.Single(d => d.Key == "nz-commissioner").State);
        Assert.False(BreachDeadlines.AnyOverdue(Breach(BreachJurisdictions.NewZealand, BreachDecision.NotNotifiable, Aware.AddHours(20)), Aware.AddDays(5)));
    }

    [Fact]
    public void OaicNotice_IsOnlyRequiredOnceTheBreachIsFoundNotifiable()
    {
        var undecided = BreachDeadlines.For(Breach(BreachJurisdictions.Australia), Aware.AddDays(2));
        var notifiable = BreachDeadlines.For(Breach(BreachJurisdictions.Australia, BreachDecision.Notifiable, Aware.AddDays(1)), Aware.AddDays(2));

        Assert.Equal(DeadlineState.NotRequired, undecided.Single(d => d.Key == "au-oaic").State);
        var oaic = notifiable.Single(d => d.Key == "au-oaic");
        Assert.Equal((DeadlineState.Open, (DateTimeOffset?)null), (oaic.State, oaic.Due));
    }

    private static BreachTimeline Breach(
        BreachJurisdictions where, BreachDecision decision = BreachDecision.Undecided, DateTimeOffset? decidedAt = null, params (BreachRecipient, DateTimeOffset)[] sent) =>
        new(Aware, where, decision, decidedAt, sent);
}
