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

    /// <summary>
    /// Registers a webhook that posts Create/Update/Delete of the given tables to <paramref name="url"/> with the key
    /// as <c>?code=</c>; does nothing when one with that URL exists. Returns true when it registered one.
    /// </summary>
    Task<bool> EnsureWebhookAsync(Uri url, string key, IReadOnlyList<string> tables, CancellationToken cancellationToken);
}
