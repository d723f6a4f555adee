namespace CrmErpPortal.Integration;

/// <summary>The ERP in the portal's terms. Business Central today; SAP or NetSuite would be other implementations.</summary>
public interface IErpConnector
{
    /// <summary>
    /// Customers changed after <paramref name="since"/> (all when null), page by page, with their financial detail
    /// (balance, overdue), which the ERP computes and never marks as changed.
    /// </summary>
    IAsyncEnumerable<IReadOnlyList<ErpCustomer>> ReadCustomersAsync(DateTimeOffset? since, CancellationToken cancellationToken);

    /// <summary>Aged receivables of every customer, page by page (a report: no change tracking, read it whole).</summary>
    IAsyncEnumerable<IReadOnlyList<ErpAgedReceivable>> ReadAgedReceivablesAsync(CancellationToken cancellationToken);

    /// <summary>One customer with its financial detail and aging, read live.</summary>
    Task<ErpCreditPosition?> GetCreditPositionAsync(Guid customerId, CancellationToken cancellationToken);

    IAsyncEnumerable<IReadOnlyList<ErpInvoice>> ReadInvoicesAsync(DateTimeOffset? since, CancellationToken cancellationToken);

    IAsyncEnumerable<IReadOnlyList<ErpSalesOrder>> ReadSalesOrdersAsync(DateTimeOffset? since, CancellationToken cancellationToken);

    /// <summary>One customer's sales orders, read live (for the status a rep sees while on the phone).</summary>
    Task<IReadOnlyList<ErpSalesOrder>> ReadCustomerSalesOrdersAsync(Guid customerId, CancellationToken cancellationToken);

    /// <summary>A customer's etag and fields, read fresh for a push; null when the customer does not exist.</summary>
    Task<SourceRecordSnapshot?> ReadCustomerFieldsAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Updates only the given fields, with the etag it was based on (Business Central requires If-Match).</summary>
    Task<WriteResult> UpdateCustomerAsync(Guid id, IReadOnlyDictionary<string, object?> fields, string etag, CancellationToken cancellationToken);

    /// <summary>
    /// Turns an ERP quote into an order (makeOrder removes the quote). Idempotent: when the quote is already gone,
    /// the order is found by the quote's external document number instead of being made twice.
    /// </summary>
    Task<ErpOrderRef?> MakeOrderFromQuoteAsync(Guid quoteId, string externalDocumentNumber, CancellationToken cancellationToken);

    Task<ErpOrderRef?> FindOrderByExternalDocumentNumberAsync(string externalDocumentNumber, CancellationToken cancellationToken);

    /// <summary>
    /// A posted or draft invoice carrying the number: Business Central deletes an order once it is fully invoiced, so a
    /// quote that became an order long ago is found here, not among the orders.
    /// </summary>
    Task<ErpOrderRef?> FindInvoiceByExternalDocumentNumberAsync(string externalDocumentNumber, CancellationToken cancellationToken);

    /// <summary>The ERP quote made from a CRM quote (its id in externalDocumentNumber), if one was made.</summary>
    Task<ErpQuoteRef?> FindQuoteByExternalDocumentNumberAsync(string externalDocumentNumber, CancellationToken cancellationToken);

    /// <summary>Items by number, read live: list price and inventory on hand. Numbers the ERP does not know are left out.</summary>
    Task<IReadOnlyList<ErpItem>> ReadItemsAsync(IReadOnlyCollection<string> numbers, CancellationToken cancellationToken);

    /// <summary>
    /// Creates a sales order with its lines in one deep insert, unless an order with the draft's external document number
    /// exists already (looked up first, PROTOCOLS.md §7: Business Central has no idempotency key), in which case that one
    /// is returned.
    /// </summary>
    Task<ErpOrderRef> CreateSalesOrderAsync(ErpOrderDraft draft, CancellationToken cancellationToken);

    /// <summary>The customer with this number (Business Central's natural key), read live; null when there is none.</summary>
    Task<ErpCustomerRef?> FindCustomerByNumberAsync(string number, CancellationToken cancellationToken);

    /// <summary>
    /// Creates a customer under the draft's number, unless one with that number exists already (looked up first, and
    /// again after a duplicate-key refusal: PROTOCOLS.md §7, Business Central has no upsert or idempotency key), in
    /// which case that one is returned. A retry after a lost answer therefore never makes a second customer.
    /// </summary>
    Task<ErpCustomerRef> CreateCustomerAsync(ErpCustomerDraft draft, CancellationToken cancellationToken);

    /// <summary>Webhook subscriptions: Business Central calls <paramref name="notificationUrl"/> to validate before it answers.</summary>
    Task<ErpSubscription> SubscribeAsync(string resource, string notificationUrl, string clientState, CancellationToken cancellationToken);

    Task<ErpSubscription> RenewSubscriptionAsync(ErpSubscription subscription, string clientState, CancellationToken cancellationToken);

    Task<IReadOnlyList<ErpSubscription>> ListSubscriptionsAsync(CancellationToken cancellationToken);

    /// <summary>The company-scoped resource path a subscription names, e.g. <c>/api/v2.0/companies(…)/customers</c>.</summary>
    Task<string> ResourcePathAsync(string entitySet, CancellationToken cancellationToken);
}
