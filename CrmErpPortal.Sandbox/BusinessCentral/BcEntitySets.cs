namespace CrmErpPortal.Sandbox.BusinessCentral;

public enum BcSetKind
{
    Entity,
    Document,
    DocumentLines,
    Customers,
    FinancialDetails,
    AgedReceivables,
}

/// <summary>
/// How the emulator treats one company-scoped set: where its rows live in the store (computed sets read customers),
/// which fields a client may not write, and whether webhooks can watch it.
/// </summary>
public sealed record BcEntitySet(
    string Name,
    BcSetKind Kind,
    string StoreSet,
    IReadOnlySet<string> ReadOnly,
    bool Webhooks = false,
    string? LinesSet = null,
    string? HeaderSet = null,
    string? NumberPrefix = null)
{
    public bool Computed => Kind is BcSetKind.FinancialDetails or BcSetKind.AgedReceivables;
}

public static class BcEntitySets
{
    private static readonly string[] Always = ["id", "lastModifiedDateTime"];
    private static readonly string[] DocumentTotals =
        ["customerName", "totalAmountExcludingTax", "totalTaxAmount", "totalAmountIncludingTax", "status"];
    private static readonly string[] LineAmounts =
        ["documentId", "amountExcludingTax", "totalTaxAmount", "amountIncludingTax", "netAmount", "netTaxAmount", "netAmountIncludingTax"];

    /// <summary>The fields of API page 30009 "APIV2 - Customers"; any other name in a write is refused, as BC refuses it.</summary>
    public static readonly IReadOnlySet<string> CustomerFields = new HashSet<string>(StringComparer.Ordinal)
    {
        "id", "number", "displayName", "type", "addressLine1", "addressLine2", "city", "state", "country", "postalCode",
        "phoneNumber", "email", "website", "salespersonCode", "balanceDue", "creditLimit", "taxLiable", "taxAreaId",
        "taxAreaDisplayName", "taxRegistrationNumber", "currencyId", "currencyCode", "paymentTermsId", "shipmentMethodId",
        "paymentMethodId", "blocked", "lastModifiedDateTime",
    };

    public static readonly IReadOnlyDictionary<string, BcEntitySet> All = new[]
    {
        new BcEntitySet("customers", BcSetKind.Customers, "customers", ReadOnly("balanceDue", "taxAreaDisplayName"), Webhooks: true, NumberPrefix: "C"),
        new BcEntitySet("items", BcSetKind.Entity, "items", ReadOnly("inventory"), Webhooks: true, NumberPrefix: "I"),
        new BcEntitySet("paymentTerms", BcSetKind.Entity, "paymentTerms", ReadOnly()),
        new BcEntitySet("customerPayments", BcSetKind.Entity, "customerPayments", ReadOnly()),
        Document("salesQuotes", "salesQuoteLines", "SQ"),
        Lines("salesQuoteLines", "salesQuotes"),
        Document("salesOrders", "salesOrderLines", "SO"),
        Lines("salesOrderLines", "salesOrders"),
        Document("salesInvoices", "salesInvoiceLines", "SI", "remainingAmount"),
        Lines("salesInvoiceLines", "salesInvoices"),
        new BcEntitySet("customerFinancialDetails", BcSetKind.FinancialDetails, "customers", ReadOnly()),
        new BcEntitySet("agedAccountsReceivables", BcSetKind.AgedReceivables, "customers", ReadOnly()),
    }.ToDictionary(set => set.Name, StringComparer.Ordinal);

    public static BcEntitySet Find(string name) =>
        All.TryGetValue(name, out var set) ? set : throw BcException.NotFound();

    private static BcEntitySet Document(string name, string lines, string prefix, params string[] extra) =>
        new(name, BcSetKind.Document, name, ReadOnly([.. DocumentTotals, .. extra]), Webhooks: true, LinesSet: lines, NumberPrefix: prefix);

    private static BcEntitySet Lines(string name, string header) =>
        new(name, BcSetKind.DocumentLines, name, ReadOnly(LineAmounts), HeaderSet: header);

    private static HashSet<string> ReadOnly(params string[] fields) => [.. Always, .. fields];
}
