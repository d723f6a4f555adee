namespace CrmErpPortal.Integration;

public sealed record ErpCompany(Guid Id, string Name, string DisplayName);

public sealed record ErpCustomer(
    Guid Id,
    string Number,
    string DisplayName,
    string? TaxRegistrationNumber,
    string? Phone,
    string? Email,
    SourceAddress Address,
    string CurrencyCode,
    decimal CreditLimit,
    decimal Balance,
    decimal OverdueAmount,
    string? PaymentTermsId,
    string Blocked,
    string Etag,
    DateTimeOffset LastModified);

/// <summary>A customer's receivables by age as the ERP computes them (Business Central's agedAccountsReceivables).</summary>
public sealed record ErpAgedReceivable(
    Guid CustomerId,
    string CurrencyCode,
    decimal BalanceDue,
    decimal Current,
    decimal Period1,
    decimal Period2,
    decimal Period3,
    DateOnly AgedAsOf);

/// <summary>One customer's live credit position: the customer (with its financial detail) and its aging.</summary>
public sealed record ErpCreditPosition(ErpCustomer Customer, ErpAgedReceivable? Aging, DateTimeOffset ReadAt);

public sealed record ErpInvoice(
    Guid Id,
    string Number,
    Guid CustomerId,
    string CurrencyCode,
    decimal TotalAmountIncludingTax,
    decimal RemainingAmount,
    DateOnly? InvoiceDate,
    DateOnly? DueDate,
    string Status,
    DateTimeOffset LastModified);

public sealed record ErpSalesOrder(
    Guid Id,
    string Number,
    Guid CustomerId,
    string? ExternalDocumentNumber,
    string CurrencyCode,
    decimal TotalAmountIncludingTax,
    DateOnly? OrderDate,
    string Status,
    bool FullyShipped,
    DateTimeOffset LastModified);

/// <summary>A Business Central webhook subscription as the ERP reports it.</summary>
public sealed record ErpSubscription(string Id, string Resource, string NotificationUrl, DateTimeOffset ExpiresAt, string Etag);

/// <summary>A stock item: its list price and, for inventory items, the quantity on hand (null when the ERP tracks none).</summary>
public sealed record ErpItem(Guid Id, string Number, string DisplayName, decimal UnitPrice, decimal? Inventory, bool Blocked);

/// <summary>An ERP sales quote found by the CRM quote id it carries in externalDocumentNumber.</summary>
public sealed record ErpQuoteRef(Guid Id, string Number, Guid CustomerId, string? ExternalDocumentNumber);

/// <summary>A sales order to create: the CRM quote id goes in externalDocumentNumber, the natural key every retry looks up first.</summary>
public sealed record ErpOrderDraft(Guid CustomerId, string ExternalDocumentNumber, string CurrencyCode, IReadOnlyList<ErpOrderLineDraft> Lines);

public sealed record ErpOrderLineDraft(Guid ItemId, decimal Quantity, decimal UnitPrice);
