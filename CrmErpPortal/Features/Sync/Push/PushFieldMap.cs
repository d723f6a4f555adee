using System.Globalization;
using CrmErpPortal.Data.Entities;

namespace CrmErpPortal.Features.Sync.Push;

/// <summary>
/// Which portal fields each system can be written, and under which wire names (PROTOCOLS.md; the Dataverse account
/// and the Business Central customer). A field with no entry for a system is not pushed there: legal name, segment
/// and owner have no column in either standard schema and stay in the portal. Phone and email are the CRM's, but the
/// ERP holds them too: they go there for a customer the CRM does not know (see <see cref="OutboxWriter"/>).
/// </summary>
public static class PushFieldMap
{
    private static readonly Dictionary<string, PushField> Crm = new[]
    {
        PushField.Text("DisplayName", "name"),
        PushField.Text("BusinessNumber", "new_businessnumber", v => v?.Replace(" ", string.Empty, StringComparison.Ordinal)),
        PushField.Phone("telephone1"),
        PushField.Text("Email", "emailaddress1", v => v?.ToLowerInvariant()),
        PushField.Address("BillingAddress", "address1_line1", "address1_line2", "address1_city", "address1_stateorprovince", "address1_postalcode", "address1_country"),
        PushField.Address("ShippingAddress", "address2_line1", "address2_line2", "address2_city", "address2_stateorprovince", "address2_postalcode", "address2_country"),
        PushField.Text("crm.account.accountnumber", "accountnumber"),
        new PushField("crm.account.statecode", ["statecode", "statuscode"],
            (value, _) => value == "Inactive"
                ? new Dictionary<string, object?> { ["statecode"] = 1, ["statuscode"] = 2 }
                : new Dictionary<string, object?> { ["statecode"] = 0, ["statuscode"] = 1 },
            (snapshot, _) => snapshot["statecode"] is "1" ? "Inactive" : "Active"),
    }.ToDictionary(f => f.Field, StringComparer.Ordinal);

    private static readonly Dictionary<string, PushField> Erp = new[]
    {
        PushField.Text("DisplayName", "displayName"),
        PushField.Text("BusinessNumber", "taxRegistrationNumber", v => v?.Replace(" ", string.Empty, StringComparison.Ordinal)),
        PushField.Phone("phoneNumber"),
        PushField.Text("Email", "email", v => v?.ToLowerInvariant()),
        PushField.Address("BillingAddress", "addressLine1", "addressLine2", "city", "state", "postalCode", "country"),
        PushField.Money("CreditLimit", "creditLimit"),
        PushField.Text("PaymentTerms", "paymentTermsId"),
        new PushField("Blocked", ["blocked"],
            (value, _) => new Dictionary<string, object?> { ["blocked"] = value is null or "None" ? " " : value },
            (snapshot, _) => string.IsNullOrWhiteSpace(snapshot["blocked"]) ? "None" : snapshot["blocked"]!.Trim()),
    }.ToDictionary(f => f.Field, StringComparer.Ordinal);

    /// <summary>
    /// A Dataverse quotedetail's price (a stuck conversion's "accept the ERP price"). ispriceoverridden must be true or
    /// Dataverse re-prices the line from the quote's price list, undoing the write.
    /// </summary>
    private static readonly Dictionary<string, PushField> CrmQuoteLine = new[]
    {
        new PushField(QuoteLineUnitPrice, ["priceperunit", "ispriceoverridden"],
            (value, _) => new Dictionary<string, object?>
            {
                ["priceperunit"] = decimal.Parse(value ?? "0", CultureInfo.InvariantCulture),
                ["ispriceoverridden"] = true,
            },
            (snapshot, _) => decimal.TryParse(snapshot["priceperunit"], NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d.ToString("0.00##", CultureInfo.InvariantCulture) : null),
    }.ToDictionary(f => f.Field, StringComparer.Ordinal);

    public const string QuoteLineUnitPrice = "QuoteLine.UnitPrice";

    public static PushField? Find(SourceSystem system, string field) =>
        (system == SourceSystem.Crm ? Crm : Erp).GetValueOrDefault(field);

    /// <summary>The field map of an outbox operation: customer fields, or a CRM quote line's.</summary>
    public static PushField? Find(SourceSystem system, string operation, string field) =>
        operation == OutboxWriter.UpdateCrmQuoteLine ? (system == SourceSystem.Crm ? CrmQuoteLine.GetValueOrDefault(field) : null) : Find(system, field);

    public static IEnumerable<string> Columns(SourceSystem system, IEnumerable<string> fields) =>
        fields.Select(f => Find(system, f)).OfType<PushField>().SelectMany(f => f.Columns).Distinct();
}
