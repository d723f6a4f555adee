using CrmErpPortal.Data.Entities;

namespace CrmErpPortal.Features.Privacy.Breaches;

/// <summary>Field checks for a breach record and a notification; each message is shown at its field.</summary>
public static class BreachRules
{
    public const int TitleMaxLength = 200;
    public const int TextMaxLength = 4000;

    /// <summary>Clocks on staff machines drift; a time a minute or two ahead is not "in the future".</summary>
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    public static IReadOnlyDictionary<string, string> Validate(BreachInput input, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(input.Title))
        {
            errors[nameof(input.Title)] = "Give the breach a short title, e.g. \"Invoice emailed to the wrong customer\".";
        }
        else if (input.Title.Trim().Length > TitleMaxLength)
        {
            errors[nameof(input.Title)] = $"Keep the title under {TitleMaxLength} characters; put the detail in the description.";
        }

        var latest = now + ClockSkew;
        if (input.BecameAwareAt is not { } aware)
        {
            errors[nameof(input.BecameAwareAt)] = "Enter when the agency became aware of the breach; the notification clocks start then.";
        }
        else if (aware > latest)
        {
            errors[nameof(input.BecameAwareAt)] = "Becoming aware cannot be in the future.";
        }

        if (input.OccurredAt is { } occurred)
        {
            if (occurred > latest)
            {
                errors[nameof(input.OccurredAt)] = "The breach cannot have occurred in the future.";
            }
            else if (input.BecameAwareAt is { } a && occurred > a)
            {
                errors[nameof(input.OccurredAt)] = "The breach must have occurred on or before becoming aware of it.";
            }
        }

        if (input.ContainedAt is { } contained)
        {
            if (contained > latest)
            {
                errors[nameof(input.ContainedAt)] = "Containment cannot be in the future; leave it empty until the breach is contained.";
            }
            else if (input.OccurredAt is { } o && contained < o)
            {
                errors[nameof(input.ContainedAt)] = "The breach cannot be contained before it occurred.";
            }
        }

        if (input.Jurisdictions == BreachJurisdictions.None)
        {
            errors[nameof(input.Jurisdictions)] = "Choose New Zealand, Australia or both: it decides which deadlines apply.";
        }

        if (input.PeopleAffected is < 0)
        {
            errors[nameof(input.PeopleAffected)] = "The number of people affected cannot be negative; leave it empty if unknown.";
        }

        if (input.Decision != BreachDecision.Undecided)
        {
            if (string.IsNullOrWhiteSpace(input.DecisionReasoning))
            {
                errors[nameof(input.DecisionReasoning)] = "Explain why the breach is or is not notifiable; the reasoning is what a regulator will ask for.";
            }

            if (HarmFactors(input).All(string.IsNullOrWhiteSpace))
            {
                errors[nameof(input.HarmNature)] = "Assess serious harm against the s 113 factors before deciding; at least one must be recorded.";
            }

            if (input.Jurisdictions.HasFlag(BreachJurisdictions.Australia) && string.IsNullOrWhiteSpace(input.AuSeriousHarmReasoning))
            {
                errors[nameof(input.AuSeriousHarmReasoning)] = "For Australia, say whether serious harm is likely and whether remedial action prevented it.";
            }
        }

        foreach (var (name, value) in Texts(input))
        {
            if (value?.Length > TextMaxLength && !errors.ContainsKey(name))
            {
                errors[name] = $"Keep this under {TextMaxLength} characters.";
            }
        }

        return errors;
    }

    public static string? ValidateNotification(DateTimeOffset? sentAt, DateTimeOffset becameAwareAt, DateTimeOffset now) => sentAt switch
    {
        null => "Enter when the notice was sent.",
        { } s when s > now + ClockSkew => "A notice cannot have been sent in the future.",
        { } s when s < becameAwareAt => "A notice cannot have been sent before becoming aware of the breach.",
        _ => null,
    };

    private static IEnumerable<string?> HarmFactors(BreachInput i) =>
        [i.HarmMitigation, i.HarmSensitivity, i.HarmNature, i.HarmWhoHasData, i.HarmSecurityProtection, i.HarmOther];

    private static IEnumerable<(string Name, string? Value)> Texts(BreachInput i) =>
    [
        (nameof(i.Description), i.Description), (nameof(i.DataTypes), i.DataTypes), (nameof(i.Recipients), i.Recipients),
        (nameof(i.ContainmentActions), i.ContainmentActions), (nameof(i.HarmMitigation), i.HarmMitigation), (nameof(i.HarmSensitivity), i.HarmSensitivity),
        (nameof(i.HarmNature), i.HarmNature), (nameof(i.HarmWhoHasData), i.HarmWhoHasData), (nameof(i.HarmSecurityProtection), i.HarmSecurityProtection),
        (nameof(i.HarmOther), i.HarmOther), (nameof(i.AuSeriousHarmReasoning), i.AuSeriousHarmReasoning), (nameof(i.DecisionReasoning), i.DecisionReasoning),
    ];
}
