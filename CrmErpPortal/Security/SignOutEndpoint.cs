using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace CrmErpPortal.Security;

internal static class SignOutEndpoint
{
    public static async Task<IResult> SignOutAsync(HttpContext context, ActiveAuthenticationMode active, AuditWriter audit)
    {
        await audit.WriteAsync(context.User, "SignedOut", "User", context.User.UserId(), context.RequestAborted);
        if (active.Mode == AuthenticationMode.EntraId)
        {
            // Ends the Entra ID session too, then Entra redirects back to the portal's root.
            return Results.SignOut(
                new AuthenticationProperties { RedirectUri = "/" },
                [CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme]);
        }

        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.LocalRedirect(SecurityRegistration.LoginPath + "?signedOut=true");
    }
}
