using System.Security.Claims;
using CrmErpPortal.Jobs;
using CrmErpPortal.Security;
using Microsoft.AspNetCore.Components.Routing;
using MudBlazor;

namespace CrmErpPortal.Components.Layout;

public sealed record NavEntry(string Title, string Href, string Icon, string? Policy, NavLinkMatch Match = NavLinkMatch.Prefix, bool SandboxOnly = false);

/// <summary>Every navigation entry and the policy guarding its page; the menu shows a user only what they may open.</summary>
public static class NavCatalog
{
    public static readonly IReadOnlyList<NavEntry> Entries =
    [
        new("Home", "/", Icons.Material.Filled.Home, null, NavLinkMatch.All),
        new("Customers", "/customers", Icons.Material.Filled.Business, Policies.Customers),
        new("My requests", "/my-requests", Icons.Material.Filled.PendingActions, null),
        new("My conversions", "/my-conversions", Icons.Material.Filled.ShoppingCartCheckout, Policies.ConvertQuotes),
        new("Approvals", "/approvals", Icons.Material.Filled.FactCheck, Policies.Approvals),
        new("Stuck conversions", "/conversions", Icons.Material.Filled.ReportProblem, Policies.Conversions),
        new("Credit requests", "/credit-requests", Icons.Material.Filled.CreditScore, Policies.CreditDecisions),
        new("Duplicates", "/duplicates", Icons.Material.Filled.ContentCopy, Policies.Stewardship),
        new("Data quality", "/data-quality", Icons.Material.Filled.FactCheck, Policies.DataQuality),
        new("Dashboard", "/dashboard", Icons.Material.Filled.Insights, Policies.Dashboards),
        new("Drift report", "/dashboard/drift", Icons.Material.Filled.CompareArrows, Policies.DriftReport),
        new("Access requests", "/privacy/access-requests", Icons.Material.Filled.PrivacyTip, Policies.Privacy),
        new("Corrections", "/privacy/corrections", Icons.Material.Filled.EditNote, Policies.Privacy),
        new("Retention", "/privacy/retention", Icons.Material.Filled.AutoDelete, Policies.Privacy),
        new("Who saw what", "/privacy/views", Icons.Material.Filled.ManageSearch, Policies.Privacy),
        new("Breaches", "/privacy/breaches", Icons.Material.Filled.GppMaybe, Policies.Privacy),
        new("Sync monitor", "/sync", Icons.Material.Filled.SyncAlt, Policies.Operations, NavLinkMatch.All),
        new("Dead letters", "/sync/dead-letters", Icons.Material.Filled.SyncProblem, Policies.Stewardship),
        new("Background jobs", JobsRegistration.DashboardPath, Icons.Material.Filled.Schedule, Policies.JobsDashboard),
        new("Sandbox systems", "/sandbox", Icons.Material.Filled.Science, Policies.JobsDashboard, SandboxOnly: true),
    ];

    public static IEnumerable<NavEntry> For(ClaimsPrincipal user, bool sandboxRunning = false) =>
        Entries.Where(e => (e.Policy is null || Policies.RolesByPolicy[e.Policy].Any(user.IsInRole)) && (sandboxRunning || !e.SandboxOnly));
}
