using CrmErpPortal.Data.Entities;
using MudBlazor;

namespace CrmErpPortal.Features.Privacy.Breaches;

public static class BreachWords
{
    public static string Encryption(EncryptionState state) => state switch
    {
        EncryptionState.NotEncrypted => "Not encrypted",
        EncryptionState.PartlyEncrypted => "Partly encrypted",
        EncryptionState.EncryptedKeySafe => "Encrypted, key not exposed",
        EncryptionState.EncryptedKeyExposed => "Encrypted, key exposed too",
        _ => "Not known yet",
    };

    public static string Jurisdictions(BreachJurisdictions j) => j switch
    {
        BreachJurisdictions.NewZealand => "NZ",
        BreachJurisdictions.Australia => "AU",
        BreachJurisdictions.Both => "NZ and AU",
        _ => "Not set",
    };

    public static string Decision(BreachDecision d) => d switch
    {
        BreachDecision.Notifiable => "Notifiable",
        BreachDecision.NotNotifiable => "Not notifiable",
        _ => "Not decided",
    };

    public static string Recipient(BreachRecipient r) => r switch
    {
        BreachRecipient.NzPrivacyCommissioner => "NZ Privacy Commissioner (NotifyUs)",
        BreachRecipient.Oaic => "OAIC",
        _ => "Affected people",
    };

    public static string State(DeadlineState s) => s switch
    {
        DeadlineState.Overdue => "Overdue",
        DeadlineState.Met => "Done",
        DeadlineState.MetLate => "Done late",
        DeadlineState.NotRequired => "Not required",
        _ => "Open",
    };

    public static Color StateColor(DeadlineState s) => s switch
    {
        DeadlineState.Overdue => Color.Error,
        DeadlineState.Met => Color.Success,
        DeadlineState.MetLate => Color.Warning,
        _ => Color.Default,
    };
}
