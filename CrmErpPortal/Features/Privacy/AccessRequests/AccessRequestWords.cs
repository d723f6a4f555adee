using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Privacy.AccessRequests.Deadlines;
using MudBlazor;

namespace CrmErpPortal.Features.Privacy.AccessRequests;

/// <summary>How the register's values read on the pages.</summary>
public static class AccessRequestWords
{
    public static string Date(DateOnly date) => date.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture);

    public static string Jurisdiction(PrivacyJurisdiction jurisdiction) => jurisdiction == PrivacyJurisdiction.Nz
        ? "NZ (Privacy Act 2020: 20 working days)"
        : "AU (APP 12: 30 days)";

    public static string Subject(AccessSubjectKind kind) => kind == AccessSubjectKind.Contact ? "Contact" : "Customer (person)";

    public static Color StatusColor(AccessRequestStatus status) => status switch
    {
        AccessRequestStatus.Released => Color.Success,
        AccessRequestStatus.Refused => Color.Default,
        AccessRequestStatus.Ready => Color.Info,
        AccessRequestStatus.Extended => Color.Warning,
        _ => Color.Primary,
    };

    public static string? Flag(DeadlineFlag flag) => flag switch
    {
        DeadlineFlag.Overdue => "Overdue",
        DeadlineFlag.DueSoon => "Due soon",
        _ => null,
    };

    public static Color FlagColor(DeadlineFlag flag) => flag == DeadlineFlag.Overdue ? Color.Error : Color.Warning;
}
