using System.Security.Claims;
using System.Text.Json;
using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Privacy.Breaches;

/// <param name="BreachId">Null to record a new breach.</param>
/// <param name="Version">The version the form was loaded with, so two officers cannot overwrite each other unseen.</param>
public sealed record SaveBreachInput(int? BreachId, long Version, BreachInput Breach);

public sealed record SaveBreachResult(int? BreachId, IReadOnlyDictionary<string, string> Errors, string? Problem = null)
{
    public bool Succeeded => BreachId is not null && Errors.Count == 0 && Problem is null;
}

/// <summary>Records or updates a breach; every save is audited with the record before and after.</summary>
public sealed class SaveBreachCommand(IDbContextFactory<PortalDbContext> contexts, IAuthorizationService authorization, TimeProvider clock)
{
    private static readonly IReadOnlyDictionary<string, string> NoErrors = new Dictionary<string, string>();

    public async Task<SaveBreachResult> ExecuteAsync(ClaimsPrincipal user, SaveBreachInput input, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(user, Policies.Privacy)).Succeeded)
        {
            return new(null, NoErrors, "Only a privacy officer can record breaches.");
        }

        var now = clock.GetUtcNow();
        var errors = BreachRules.Validate(input.Breach, now);
        if (errors.Count > 0)
        {
            return new(null, errors);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        PrivacyBreach breach;
        string? before = null;
        if (input.BreachId is { } id)
        {
            var existing = await db.PrivacyBreaches.SingleOrDefaultAsync(b => b.Id == id, cancellationToken);
            if (existing is null)
            {
                return new(null, NoErrors, "This breach record no longer exists.");
            }

            if (existing.Version != input.Version)
            {
                return new(null, NoErrors, "Someone else saved this breach while you were editing. Reload the page to see their changes.");
            }

            breach = existing;
            before = Snapshot(breach);
        }
        else
        {
            breach = new PrivacyBreach { Title = "", RecordedAt = now, RecordedBy = user.UserId(), RecordedByName = user.DisplayName() };
            db.PrivacyBreaches.Add(breach);
        }

        Apply(breach, input.Breach, now);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new(null, NoErrors, "Someone else saved this breach while you were editing. Reload the page to see their changes.");
        }

        // The audit row needs the new id, so it is a second insert in the same transaction: both are kept or neither.
        db.AuditEvents.Add(AuditEvents.By(user, before is null ? "BreachRecorded" : "BreachUpdated", nameof(PrivacyBreach), breach.Id.ToString(), now, before, Snapshot(breach)));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new(breach.Id, NoErrors);
    }

    private static void Apply(PrivacyBreach breach, BreachInput input, DateTimeOffset now)
    {
        if (breach.Decision != input.Decision)
        {
            breach.DecidedAt = input.Decision == BreachDecision.Undecided ? null : now;
        }

        breach.Title = input.Title!.Trim();
        breach.Description = Clean(input.Description);
        breach.OccurredAt = input.OccurredAt?.ToUniversalTime();
        breach.BecameAwareAt = input.BecameAwareAt!.Value.ToUniversalTime();
        breach.ContainedAt = input.ContainedAt?.ToUniversalTime();
        breach.Jurisdictions = input.Jurisdictions;
        breach.DataTypes = Clean(input.DataTypes);
        breach.PeopleAffected = input.PeopleAffected;
        breach.Recipients = Clean(input.Recipients);
        breach.Encryption = input.Encryption;
        breach.ContainmentActions = Clean(input.ContainmentActions);
        breach.HarmMitigation = Clean(input.HarmMitigation);
        breach.HarmSensitivity = Clean(input.HarmSensitivity);
        breach.HarmNature = Clean(input.HarmNature);
        breach.HarmWhoHasData = Clean(input.HarmWhoHasData);
        breach.HarmSecurityProtection = Clean(input.HarmSecurityProtection);
        breach.HarmOther = Clean(input.HarmOther);
        breach.AuSeriousHarmReasoning = Clean(input.AuSeriousHarmReasoning);
        breach.Decision = input.Decision;
        breach.DecisionReasoning = Clean(input.DecisionReasoning);
        breach.UpdatedAt = now;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Snapshot(PrivacyBreach b) => JsonSerializer.Serialize(new
    {
        b.Title, b.Description, b.OccurredAt, b.BecameAwareAt, b.ContainedAt, Jurisdictions = b.Jurisdictions.ToString(), b.DataTypes, b.PeopleAffected,
        b.Recipients, Encryption = b.Encryption.ToString(), b.ContainmentActions, b.HarmMitigation, b.HarmSensitivity, b.HarmNature, b.HarmWhoHasData,
        b.HarmSecurityProtection, b.HarmOther, b.AuSeriousHarmReasoning, Decision = b.Decision.ToString(), b.DecisionReasoning, b.DecidedAt,
    });
}
