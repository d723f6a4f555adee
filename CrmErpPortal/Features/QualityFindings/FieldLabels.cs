namespace CrmErpPortal.Features.QualityFindings;

/// <summary>The words a steward reads for the field names findings are stored under.</summary>
public static class FieldLabels
{
    public static string For(string field) => field switch
    {
        "DisplayName" => "Name",
        "BusinessNumber" => "Business number",
        "BillingAddress" => "Billing address",
        "AccountNumber" => "Account number",
        "ContactName" => "Contact name",
        "ContactJobTitle" => "Contact job title",
        "ContactEmail" => "Contact email",
        "ContactPhone" => "Contact phone",
        "ContactMobile" => "Contact mobile",
        _ => field,
    };
}
