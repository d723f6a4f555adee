using System.Security.Claims;
using CrmErpPortal.Security;
using Microsoft.AspNetCore.Authorization;

namespace CrmErpPortal.Features.Privacy.AccessRequests;

/// <summary>What a command on an access request did: saved, or why not (a field's message keyed by the field's name).</summary>
public sealed record AccessRequestResult(bool Saved, string? Error = null, IReadOnlyDictionary<string, string>? FieldErrors = null, Guid? Id = null)
{
    public static AccessRequestResult Ok(Guid id) => new(true, Id: id);

    public static AccessRequestResult Failed(string error) => new(false, error);

    public static AccessRequestResult Invalid(IReadOnlyDictionary<string, string> fieldErrors) =>
        new(false, "Some fields need attention.", fieldErrors);

    public string? FieldError(string field) => FieldErrors is not null && FieldErrors.TryGetValue(field, out var message) ? message : null;
}

/// <summary>Commands re-check the policy: a hidden button is not a permission (CONVENTIONS.md 10).</summary>
public static class PrivacyAuthorization
{
    public static async Task EnsureAsync(IAuthorizationService authorization, ClaimsPrincipal user)
    {
        if (!(await authorization.AuthorizeAsync(user, Policies.Privacy)).Succeeded)
        {
            throw new UnauthorizedAccessException("Only a privacy officer can work on access requests.");
        }
    }

    public static string Words(this Data.Entities.AccessRequestStatus status) => status switch
    {
        Data.Entities.AccessRequestStatus.Received => "Received",
        Data.Entities.AccessRequestStatus.Gathering => "Gathering",
        Data.Entities.AccessRequestStatus.Ready => "Ready to release",
        Data.Entities.AccessRequestStatus.Extended => "Extended",
        Data.Entities.AccessRequestStatus.Released => "Released",
        Data.Entities.AccessRequestStatus.Refused => "Refused",
        _ => status.ToString(),
    };

    public static bool IsClosed(this Data.Entities.AccessRequestStatus status) =>
        status is Data.Entities.AccessRequestStatus.Released or Data.Entities.AccessRequestStatus.Refused;
}
