using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace CrmErpPortal.Security.DemoSignIn;

internal static class DemoSignInEndpoints
{
    public static void MapDemoSignIn(this RouteGroupBuilder account)
    {
        account.MapPost("/demo-signin", SignInAsync).AllowAnonymous();
    }

    private static async Task<IResult> SignInAsync(
        HttpContext context,
        AuditWriter audit,
        [FromForm] string? persona,
        [FromForm] string? returnUrl)
    {
        var chosen = DemoPersonas.Find(persona);
        if (chosen is null)
        {
            return Results.Problem(
                title: "Unknown demo persona",
                detail: $"Choose one of: {string.Join(", ", DemoPersonas.All.Select(p => p.Id))}.",
                statusCode: StatusCodes.Status400BadRequest);
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, "demo-" + chosen.Id),
                new Claim(ClaimTypes.Name, chosen.DisplayName),
                new Claim(ClaimTypes.Email, chosen.Email),
                new Claim(ClaimTypes.Role, chosen.Role),
            ],
            CookieAuthenticationDefaults.AuthenticationScheme,
            ClaimTypes.Name,
            ClaimTypes.Role);
        var principal = new ClaimsPrincipal(identity);

        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        await audit.WriteAsync(principal, "SignedIn", "User", principal.UserId(), context.RequestAborted);
        return Results.LocalRedirect(SafeLocalUrl(returnUrl));
    }

    /// <summary>Only same-site paths: an open redirect would let a link sign someone in and send them anywhere.</summary>
    internal static string SafeLocalUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl)
        && returnUrl.StartsWith('/')
        && !returnUrl.StartsWith("//", StringComparison.Ordinal)
        && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
        && !returnUrl.StartsWith(SecurityRegistration.LoginPath, StringComparison.OrdinalIgnoreCase)
            ? returnUrl
            : "/";
}
