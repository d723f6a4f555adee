namespace CrmErpPortal.Security;

/// <summary>The app roles. In Entra ID these are the app registration's app role values, spelled the same.</summary>
public static class Roles
{
    public const string SalesRep = nameof(SalesRep);
    public const string DataSteward = nameof(DataSteward);
    public const string CreditController = nameof(CreditController);
    public const string Leadership = nameof(Leadership);
    public const string Admin = nameof(Admin);

    public static readonly IReadOnlyList<string> All = [SalesRep, DataSteward, CreditController, Leadership, Admin];

    public static string DisplayName(string role) => role switch
    {
        SalesRep => "Sales rep",
        DataSteward => "Data steward",
        CreditController => "Credit controller",
        Leadership => "Leadership",
        Admin => "Admin",
        _ => role,
    };
}
