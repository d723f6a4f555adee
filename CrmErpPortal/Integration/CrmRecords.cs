namespace CrmErpPortal.Integration;

/// <summary>An address as both systems hold it: free lines, no parsing.</summary>
public sealed record SourceAddress(string? Line1, string? Line2, string? City, string? Region, string? Postcode, string? Country);

public sealed record CrmAccount(
    Guid Id,
    string Name,
    string? AccountNumber,
    string? BusinessNumber,
    string? Phone,
    string? Email,
    string? Website,
    SourceAddress Address,
    bool IsActive,
    string Etag,
    DateTimeOffset ModifiedOn);

public sealed record CrmContact(
    Guid Id,
    Guid? AccountId,
    string? FirstName,
    string? LastName,
    string? JobTitle,
    string? Email,
    string? Phone,
    string? Mobile,
    bool IsActive,
    DateTimeOffset ModifiedOn);

public sealed record CrmQuote(
    Guid Id,
    Guid? AccountId,
    string? QuoteNumber,
    string? Name,
    int StateCode,
    string? CurrencyCode,
    decimal? TotalAmount,
    DateOnly? ValidUntil,
    DateTimeOffset ModifiedOn);

public sealed record CrmOpportunity(
    Guid Id,
    Guid? AccountId,
    string? Name,
    decimal? EstimatedValue,
    DateOnly? EstimatedCloseDate,
    int StateCode,
    DateTimeOffset ModifiedOn);

public sealed record CrmCase(
    Guid Id,
    Guid? AccountId,
    string? TicketNumber,
    string? Title,
    int? PriorityCode,
    int StateCode,
    DateTimeOffset CreatedOn,
    DateTimeOffset ModifiedOn);

/// <summary>The CRM tables the portal mirrors.</summary>
public enum CrmTable
{
    Accounts,
    Contacts,
    Quotes,
    Opportunities,
    Cases,
}

/// <summary>A CRM quote read live with its lines (the mirror keeps headers only).</summary>
public sealed record CrmQuoteDetail(CrmQuote Quote, IReadOnlyList<CrmQuoteLine> Lines);

/// <param name="Id">The Dataverse quotedetail id (what a price push writes to).</param>
public sealed record CrmQuoteLine(int LineNumber, string? ProductNumber, string? Description, decimal Quantity, decimal UnitPrice, decimal Amount, Guid? Id = null);
