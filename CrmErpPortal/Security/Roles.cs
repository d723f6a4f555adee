namespace CrmErpPortal.Security;

/// <summary>The app roles. In Entra ID these are the app registration's app role values, spelled the same.</summary>
public static class Roles
{
    public const string SalesRep = nameof(SalesRep);
    public const string DataSteward = nameof(DataSteward);
    public const string CreditController = nameof(CreditController);
    public const string Leadership = nameof(Leadership);
    public const string Admin = nameof(Admin);
    public const string PrivacyOfficer = nameof(PrivacyOfficer);

    public static readonly IReadOnlyList<string> All = [SalesRep, DataSteward, CreditController, Leadership, Admin, PrivacyOfficer];

    public static string DisplayName(string role) => role switch
    {
        SalesRep => "Sales rep",
        DataSteward => "Data steward",
        CreditController => "Credit controller",
        Leadership => "Leadership",
        Admin => "Admin",
        PrivacyOfficer => "Privacy officer",
        _ => role,
    };
}
