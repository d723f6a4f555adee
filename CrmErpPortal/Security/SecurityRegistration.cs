using CrmErpPortal.Security.DemoSignIn;
using CrmErpPortal.Security.EntraId;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace CrmErpPortal.Security;

public static class SecurityRegistration
{
    public const string LoginPath = "/account/login";
    public const string AccessDeniedPath = "/account/access-denied";

    public static WebApplicationBuilder AddPortalSecurity(this WebApplicationBuilder builder)
    {
        var mode = PortalAuthenticationOptions.ResolveMode(builder.Configuration, builder.Environment);
        builder.Services.AddSingleton(new ActiveAuthenticationMode(mode));

        if (mode == AuthenticationMode.EntraId)
        {
            builder.AddEntraIdSignIn();
        }
        else
        {
            builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
                .AddCookie(options =>
                {
                    options.LoginPath = LoginPath;
                    options.AccessDeniedPath = AccessDeniedPath;
                    options.Cookie.Name = "crmerpportal.auth";
                    options.Cookie.HttpOnly = true;
                    options.Cookie.SameSite = SameSiteMode.Lax;
                    options.SlidingExpiration = true;
                    options.ExpireTimeSpan = TimeSpan.FromHours(8);
                });
        }

        builder.Services.AddAuthorizationBuilder().AddPortalPolicies();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddScoped<AuditWriter>();
        return builder;
    }

    public static WebApplication MapPortalAccountEndpoints(this WebApplication app)
    {
        var mode = app.Services.GetRequiredService<ActiveAuthenticationMode>().Mode;
        var account = app.MapGroup("/account");
        if (mode == AuthenticationMode.Demo)
        {
            account.MapDemoSignIn();
        }

        account.MapPost("/signout", SignOutEndpoint.SignOutAsync);
        return app;
    }
}

/// <summary>The sign-in mode this process runs with, resolved once at start-up.</summary>
public sealed record ActiveAuthenticationMode(AuthenticationMode Mode);
