namespace CrmErpPortal.Components.Layout;

/// <summary>
/// Dark mode is remembered in a cookie so the first, prerendered paint already has the right theme.
/// wwwroot/js/theme.js writes the same cookie.
/// </summary>
public static class ThemePreference
{
    public const string CookieName = "crmerpportal.theme";
    public const string CascadeName = "InitialDarkMode";

    public static bool IsDark(HttpRequest request) => request.Cookies[CookieName] == "dark";
}
