namespace CrmErpPortal.Security.DemoSignIn;

public sealed record DemoPersona(string Id, string DisplayName, string Role, string JobTitle, string Location, string Email);

/// <summary>One persona per role for the demo sign-in; the people from JOURNEYS.md.</summary>
public static class DemoPersonas
{
    public static readonly IReadOnlyList<DemoPersona> All =
    [
        new("aroha", "Aroha Ngata", Roles.SalesRep, "Account manager", "Auckland", "aroha.ngata@demo.crmerpportal.test"),
        new("liam", "Liam O'Connell", Roles.DataSteward, "Customer master data steward", "Sydney", "liam.oconnell@demo.crmerpportal.test"),
        new("mei", "Mei Chen", Roles.CreditController, "Credit controller", "Wellington", "mei.chen@demo.crmerpportal.test"),
        new("sam", "Sam Whitfield", Roles.Leadership, "GM sales and operations", "Melbourne", "sam.whitfield@demo.crmerpportal.test"),
        new("priya", "Priya Raman", Roles.Admin, "IT systems administrator", "Christchurch", "priya.raman@demo.crmerpportal.test"),
        new("grace", "Grace Tupou", Roles.PrivacyOfficer, "Privacy officer", "Wellington", "grace.tupou@demo.crmerpportal.test"),
    ];

    public static DemoPersona? Find(string? id) =>
        All.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.OrdinalIgnoreCase));
}
