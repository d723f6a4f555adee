using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Privacy.Breaches;

public sealed record BreachNotificationRow(BreachRecipient Recipient, DateTimeOffset SentAt, string? Details, string RecordedByName);

public sealed record BreachDetail(
    int Id, long Version, BreachInput Input, DateTimeOffset RecordedAt, string RecordedByName, DateTimeOffset UpdatedAt, DateTimeOffset? DecidedAt,
    IReadOnlyList<BreachNotificationRow> Notifications)
{
    public BreachTimeline Timeline(BreachInput? editing = null)
    {
        var input = editing ?? Input;
        return new(input.BecameAwareAt ?? Input.BecameAwareAt!.Value, input.Jurisdictions, input.Decision,
            input.Decision == Input.Decision ? DecidedAt : null, Notifications.Select(n => (n.Recipient, n.SentAt)).ToList());
    }
}

public sealed class GetBreachQuery(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<BreachDetail?> ExecuteAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var b = await db.PrivacyBreaches.AsNoTracking().Include(x => x.Notifications).SingleOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (b is null)
        {
            return null;
        }

        var input = new BreachInput
        {
            Title = b.Title, Description = b.Description, OccurredAt = b.OccurredAt, BecameAwareAt = b.BecameAwareAt, ContainedAt = b.ContainedAt,
            Jurisdictions = b.Jurisdictions, DataTypes = b.DataTypes, PeopleAffected = b.PeopleAffected, Recipients = b.Recipients, Encryption = b.Encryption,
            ContainmentActions = b.ContainmentActions, HarmMitigation = b.HarmMitigation, HarmSensitivity = b.HarmSensitivity, HarmNature = b.HarmNature,
            HarmWhoHasData = b.HarmWhoHasData, HarmSecurityProtection = b.HarmSecurityProtection, HarmOther = b.HarmOther,
            AuSeriousHarmReasoning = b.AuSeriousHarmReasoning, Decision = b.Decision, DecisionReasoning = b.DecisionReasoning,
        };
        var notifications = b.Notifications.OrderBy(n => n.SentAt).Select(n => new BreachNotificationRow(n.Recipient, n.SentAt, n.Details, n.RecordedByName)).ToList();
        return new BreachDetail(b.Id, b.Version, input, b.RecordedAt, b.RecordedByName, b.UpdatedAt, b.DecidedAt, notifications);
    }
}
