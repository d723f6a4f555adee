namespace CrmErpPortal.Integration;

/// <summary>The CRM in the portal's terms. Dataverse today; Salesforce or HubSpot would be other implementations.</summary>
public interface ICrmConnector
{
    /// <summary>
    /// Pages of changes to a table: everything when <paramref name="deltaLink"/> is null (the last page carries the
    /// first delta link), else what changed since that link. Throws <see cref="DeltaTokenExpiredException"/> when the
    /// source has forgotten the link.
    /// </summary>
    IAsyncEnumerable<ChangePage<CrmAccount>> ReadAccountsAsync(string? deltaLink, CancellationToken cancellationToken);

    IAsyncEnumerable<ChangePage<CrmContact>> ReadContactsAsync(string? deltaLink, CancellationToken cancellationToken);

    IAsyncEnumerable<ChangePage<CrmQuote>> ReadQuotesAsync(string? deltaLink, CancellationToken cancellationToken);

    IAsyncEnumerable<ChangePage<CrmOpportunity>> ReadOpportunitiesAsync(string? deltaLink, CancellationToken cancellationToken);

    IAsyncEnumerable<ChangePage<CrmCase>> ReadCasesAsync(string? deltaLink, CancellationToken cancellationToken);

    Task<CrmAccount?> GetAccountAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>A contact read live (e.g. for a privacy access request); null when the contact does not exist.</summary>
    Task<CrmContact?> GetContactAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>An account's etag and the given columns, read fresh for a push; null when the account does not exist.</summary>
    Task<SourceRecordSnapshot?> ReadAccountColumnsAsync(Guid id, IReadOnlyCollection<string> columns, CancellationToken cancellationToken);

    /// <summary>
    /// Updates only the given columns, and only if the row is still at <paramref name="etag"/>: an update never
    /// creates (Dataverse's PATCH without If-Match would upsert), and a stale etag is a conflict, not an overwrite.
    /// </summary>
    Task<WriteResult> UpdateAccountAsync(Guid id, IReadOnlyDictionary<string, object?> columns, string etag, CancellationToken cancellationToken);

    /// <summary>A quote line's etag and the given columns, read fresh for a push; null when the line does not exist.</summary>
    Task<SourceRecordSnapshot?> ReadQuoteLineColumnsAsync(Guid id, IReadOnlyCollection<string> columns, CancellationToken cancellationToken);

    /// <summary>Updates only the given columns of a quote line, only if it is still at <paramref name="etag"/> (as for accounts).</summary>
    Task<WriteResult> UpdateQuoteLineAsync(Guid id, IReadOnlyDictionary<string, object?> columns, string etag, CancellationToken cancellationToken);

    /// <summary>A quote and its lines, read live; null when the quote does not exist.</summary>
    Task<CrmQuoteDetail?> GetQuoteAsync(Guid quoteId, CancellationToken cancellationToken);

    /// <summary>
    /// Links the ERP order back to the CRM quote: the CRM sales order made from the quote (looked up by its quote first,
    /// converted only when there is none, so a retry never makes a second one) records the ERP order number.
    /// Returns the CRM sales order's id.
    /// </summary>
    Task<Guid> LinkQuoteToErpOrderAsync(Guid quoteId, string erpOrderNumber, CancellationToken cancellationToken);

    /// <summary>Dataverse's ConvertQuoteToSalesOrder; returns the new CRM sales order's id.</summary>
    Task<Guid> ConvertQuoteToSalesOrderAsync(Guid quoteId, CancellationToken cancellationToken);

    /// <summary>
    /// Registers a webhook that posts Create/Update/Delete of the given tables to <paramref name="url"/> with the key
    /// as <c>?code=</c>; does nothing when one with that URL exists. Returns true when it registered one.
    /// </summary>
    Task<bool> EnsureWebhookAsync(Uri url, string key, IReadOnlyList<string> tables, CancellationToken cancellationToken);
}
