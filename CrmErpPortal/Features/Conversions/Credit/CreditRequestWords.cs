using CrmErpPortal.Components.Shared;
using CrmErpPortal.Data.Entities;

namespace CrmErpPortal.Features.Conversions.Credit;

/// <summary>Where a credit request stands, in the words the lists show.</summary>
public static class CreditRequestWords
{
    public static string Status(CreditRequestView r, DisplayTimeZone zone) => r.Status switch
    {
        _ when r.Expired => $"Expired (approved by {r.DecidedByName}, usable until {zone.ToLocal(r.ExpiresAt!.Value):d MMM HH:mm}); ask again if still needed",
        CreditRequestStatus.Pending => "Waiting for a decision",
        CreditRequestStatus.Approved => $"Approved by {r.DecidedByName}" + (r.ExpiresAt is { } e ? $", usable until {zone.ToLocal(e):d MMM HH:mm}" : ""),
        CreditRequestStatus.Rejected => $"Rejected by {r.DecidedByName}" + (r.DecisionComment is { } why ? $": {why}" : ""),
        CreditRequestStatus.Used => $"Used for order {r.UsedForOrderNumber}",
        CreditRequestStatus.Withdrawn => "Withdrawn by the requester",
        _ => r.Status.ToString(),
    };
}
