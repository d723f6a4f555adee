using CrmErpPortal.Data.Entities;

namespace CrmErpPortal.Features.Privacy.Breaches;

public enum DeadlineState
{
    Open,
    Overdue,
    Met,
    MetLate,
    NotRequired,
}

/// <param name="Due">UTC; null for "as soon as practicable", which the law leaves without a fixed date.</param>
public sealed record BreachDeadline(string Key, string Label, DateTimeOffset? Due, DeadlineState State, string Basis);

public sealed record BreachTimeline(
    DateTimeOffset BecameAwareAt,
    BreachJurisdictions Jurisdictions,
    BreachDecision Decision,
    DateTimeOffset? DecidedAt,
    IReadOnlyCollection<(BreachRecipient Recipient, DateTimeOffset SentAt)> Notifications);

/// <summary>
/// The clocks a breach starts (NZAU.md §4.1–4.2). AU, NDB scheme s 26WH: a suspected eligible breach is assessed
/// within 30 calendar days of becoming aware; if eligible, the OAIC and the people are told as soon as practicable
/// (s 26WK/26WL). NZ, Privacy Act 2020 ss 114–115: the Commissioner and affected people are notified as soon as
/// practicable after becoming aware of a notifiable breach; the OPC's stated expectation is within 72 hours.
/// </summary>
public static class BreachDeadlines
{
    public static readonly TimeSpan AuAssessmentPeriod = TimeSpan.FromDays(30);
    public static readonly TimeSpan NzNotificationTarget = TimeSpan.FromHours(72);

    public static IReadOnlyList<BreachDeadline> For(BreachTimeline breach, DateTimeOffset now)
    {
        var deadlines = new List<BreachDeadline>();
        var notifiable = breach.Decision == BreachDecision.Notifiable;
        var notNotifiable = breach.Decision == BreachDecision.NotNotifiable;

        if (breach.Jurisdictions.HasFlag(BreachJurisdictions.NewZealand))
        {
            var target = breach.BecameAwareAt + NzNotificationTarget;
            deadlines.Add(new("nz-commissioner", "NZ: notify the Privacy Commissioner", target,
                notNotifiable ? DeadlineState.NotRequired : StateOf(target, Sent(breach, BreachRecipient.NzPrivacyCommissioner), now),
                "As soon as practicable; the Commissioner expects notice within 72 hours of becoming aware (s 114)."));
            deadlines.Add(new("nz-people", "NZ: notify affected people", null,
                notifiable ? AsSoonAsPracticable(Sent(breach, BreachRecipient.AffectedPeople)) : DeadlineState.NotRequired,
                "As soon as practicable once the breach is found notifiable (s 115), unless an exception applies."));
        }

        if (breach.Jurisdictions.HasFlag(BreachJurisdictions.Australia))
        {
            var due = breach.BecameAwareAt + AuAssessmentPeriod;
            var assessed = breach.Decision == BreachDecision.Undecided ? null : breach.DecidedAt;
            deadlines.Add(new("au-assessment", "AU: finish the assessment", due, StateOf(due, assessed, now),
                "A reasonable and expeditious assessment within 30 days of suspecting an eligible data breach (s 26WH)."));
            deadlines.Add(new("au-oaic", "AU: notify the OAIC and affected people", null,
                notifiable ? AsSoonAsPracticable(Sent(breach, BreachRecipient.Oaic)) : DeadlineState.NotRequired,
                "As soon as practicable after finding an eligible data breach (ss 26WK, 26WL)."));
        }

        return deadlines;
    }

    public static bool AnyOverdue(BreachTimeline breach, DateTimeOffset now) => For(breach, now).Any(d => d.State == DeadlineState.Overdue);

    private static DateTimeOffset? Sent(BreachTimeline breach, BreachRecipient recipient) =>
        breach.Notifications.Where(n => n.Recipient == recipient).Select(n => (DateTimeOffset?)n.SentAt).Min();

    private static DeadlineState StateOf(DateTimeOffset due, DateTimeOffset? doneAt, DateTimeOffset now) => doneAt switch
    {
        { } done when done <= due => DeadlineState.Met,
        not null => DeadlineState.MetLate,
        null when now > due => DeadlineState.Overdue,
        _ => DeadlineState.Open,
    };

    private static DeadlineState AsSoonAsPracticable(DateTimeOffset? sentAt) => sentAt is null ? DeadlineState.Open : DeadlineState.Met;
}
