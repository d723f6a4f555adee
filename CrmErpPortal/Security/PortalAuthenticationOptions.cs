namespace CrmErpPortal.Security;

public enum AuthenticationMode
{
    Demo,
    EntraId,
}

/// <summary>The <c>Authentication</c> configuration section.</summary>
public static class PortalAuthenticationOptions
{
    public const string ModeKey = "Authentication:Mode";

    /// <summary>Unset means Demo in Development and EntraId everywhere else.</summary>
    public static AuthenticationMode ResolveMode(IConfiguration configuration, IHostEnvironment environment)
    {
        var value = configuration[ModeKey];
        if (string.IsNullOrWhiteSpace(value))
        {
            return environment.IsDevelopment() ? AuthenticationMode.Demo : AuthenticationMode.EntraId;
        }

        return Enum.TryParse<AuthenticationMode>(value, ignoreCase: true, out var mode)
            ? mode
            : throw new InvalidOperationException($"{ModeKey} is '{value}': set it to Demo or EntraId.");
    }
}
