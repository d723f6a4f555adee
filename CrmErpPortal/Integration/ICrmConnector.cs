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
}
