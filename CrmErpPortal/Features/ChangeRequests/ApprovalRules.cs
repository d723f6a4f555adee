using System.Security.Claims;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Security;

namespace CrmErpPortal.Features.ChangeRequests;

/// <summary>
/// Who may decide a request (ARCHITECTURE.md "Ownership rules"): ERP financial fields need a CreditController, other
/// requests a DataSteward (or an Admin); nobody decides their own request. Enforced by every command, not only hidden
/// in the UI.
/// </summary>
public static class ApprovalRules
{
    public static bool CanDecideRole(ClaimsPrincipal user, string requiredRole) => requiredRole == Roles.CreditController
        ? user.IsInRole(Roles.CreditController)
        : user.IsInRole(Roles.DataSteward) || user.IsInRole(Roles.Admin);

    /// <summary>Null when the user may decide; otherwise why not, in words the user can act on.</summary>
    public static string? WhyNot(ClaimsPrincipal user, ChangeRequest request)
    {
        if (string.Equals(request.RequestedBy, user.UserId(), StringComparison.Ordinal))
        {
            return "You made this request, so someone else must decide it (four-eyes rule).";
        }

        return CanDecideRole(user, request.RequiredApproverRole)
            ? null
            : $"Only a {Roles.DisplayName(request.RequiredApproverRole)} can decide this request.";
    }

    /// <summary>The approver roles a user holds, as the inbox filters by them.</summary>
    public static IReadOnlyList<string> DecidableRoles(ClaimsPrincipal user) =>
        [.. new[] { Roles.DataSteward, Roles.CreditController }.Where(role => CanDecideRole(user, role))];

    /// <summary>Requests of one kind have the same fields: what bulk approval groups by.</summary>
    public static string KindOf(ChangeRequest request) => KindOf(request.Fields.Select(f => f.FieldName));

    public static string KindOf(IEnumerable<string> fieldNames) => string.Join('+', fieldNames.Distinct().Order(StringComparer.Ordinal));
}
