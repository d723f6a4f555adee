using System.Security.Claims;

namespace CrmErpPortal.Security;

public static class ClaimsPrincipalExtensions
{
    /// <summary>A stable user id: Entra's object id, else the name identifier the demo sign-in issues.</summary>
    public static string UserId(this ClaimsPrincipal user) =>
        user.FindFirstValue("http://schemas.microsoft.com/identity/claims/objectidentifier")
        ?? user.FindFirstValue("oid")
        ?? user.FindFirstValue(ClaimTypes.NameIdentifier)
        ?? "unknown";

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.Identity?.Name ?? user.FindFirstValue("name") ?? "Signed-in user";

    public static IReadOnlyList<string> PortalRoles(this ClaimsPrincipal user) =>
        [.. Roles.All.Where(user.IsInRole)];
}
