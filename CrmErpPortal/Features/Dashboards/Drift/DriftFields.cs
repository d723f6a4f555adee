using CrmErpPortal.Data.Entities;

namespace CrmErpPortal.Features.Dashboards.Drift;

/// <summary>
/// The shared fields as the report names them, the change-request field each corrects, and whose value wins.
/// ARCHITECTURE.md "Ownership rules": the account name, phone, email and address as sales knows them are the CRM's
/// (the ERP receives name and addresses); the golden record also takes the business number from the CRM before the
/// ERP (GoldenRecord). So for every shared field the CRM is the owner and a correction takes its value to the ERP.
/// </summary>
public static class DriftFields
{
    public static readonly IReadOnlyList<SharedField> All = Enum.GetValues<SharedField>();

    public static SourceSystem Owner(SharedField field) => field switch
    {
        _ => SourceSystem.Crm,
    };

    public static SourceSystem Other(SharedField field) => Owner(field) == SourceSystem.Crm ? SourceSystem.Erp : SourceSystem.Crm;

    public static string Label(SharedField field) => field switch
    {
        SharedField.BusinessNumber => "Business number",
        _ => field.ToString(),
    };

    /// <summary>The <c>ChangeableFields</c> name a correction is requested on.</summary>
    public static string ChangeField(SharedField field) => field switch
    {
        SharedField.Name => "DisplayName",
        SharedField.Address => "BillingAddress",
        SharedField.Phone => "Phone",
        SharedField.Email => "Email",
        SharedField.BusinessNumber => "BusinessNumber",
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    public static string Slug(SharedField field) => field == SharedField.BusinessNumber ? "business-number" : field.ToString().ToLowerInvariant();

    public static SharedField? FromSlug(string? slug) => All.Cast<SharedField?>().FirstOrDefault(f => Slug(f!.Value) == slug);
}
