using Microsoft.AspNetCore.Authorization;

namespace CrmErpPortal.Security;

/// <summary>One policy per capability; pages, endpoints and commands name the policy, never a role list.</summary>
public static class Policies
{
    public const string Customers = nameof(Customers);
    public const string Stewardship = nameof(Stewardship);
    public const string DataQuality = nameof(DataQuality);
    public const string Approvals = nameof(Approvals);
    public const string Conversions = nameof(Conversions);
    public const string ConvertQuotes = nameof(ConvertQuotes);
    public const string CreditDecisions = nameof(CreditDecisions);
    public const string Dashboards = nameof(Dashboards);
    public const string DriftReport = nameof(DriftReport);
    public const string Operations = nameof(Operations);
    public const string JobsDashboard = nameof(JobsDashboard);
    public const string Privacy = nameof(Privacy);

    public static readonly IReadOnlyDictionary<string, string[]> RolesByPolicy = new Dictionary<string, string[]>
    {
        [Customers] = [Roles.SalesRep, Roles.DataSteward, Roles.CreditController, Roles.Leadership, Roles.Admin, Roles.PrivacyOfficer],
        [Stewardship] = [Roles.DataSteward, Roles.Admin],
        [DataQuality] = [Roles.DataSteward, Roles.Admin],
        [Approvals] = [Roles.DataSteward, Roles.CreditController, Roles.Admin],
        [Conversions] = [Roles.DataSteward, Roles.CreditController, Roles.Admin],
        [ConvertQuotes] = [Roles.SalesRep, Roles.Admin],
        [CreditDecisions] = [Roles.CreditController],
        [Dashboards] = [Roles.Leadership, Roles.Admin],
        // Stewards fix what the report finds ("propose correction" is Stewardship), so they see it without the whole dashboard.
        [DriftReport] = [Roles.Leadership, Roles.Admin, Roles.DataSteward],
        [Operations] = [Roles.Admin, Roles.DataSteward],
        [JobsDashboard] = [Roles.Admin],
        // Deliberately not Admin: privacy work (access requests, purges, who viewed whom) is its own duty.
        [Privacy] = [Roles.PrivacyOfficer],
    };

    public static void AddPortalPolicies(this AuthorizationBuilder builder)
    {
        builder.SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        foreach (var (policy, roles) in RolesByPolicy)
        {
            builder.AddPolicy(policy, p => p.RequireAuthenticatedUser().RequireRole(roles));
        }
    }
}
