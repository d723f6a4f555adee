namespace CrmErpPortal.Integration;

public enum WriteOutcome
{
    Applied,

    /// <summary>Someone changed the record since the etag was read (Dataverse 412, Business Central 409/412): never overwrite.</summary>
    Conflict,

    NotFound,
}

public sealed record WriteResult(WriteOutcome Outcome, string? Etag, string? Message)
{
    public static WriteResult Applied(string? etag) => new(WriteOutcome.Applied, etag, null);
}

/// <summary>The ERP order a quote became, found by the quote's external document number.</summary>
public sealed record ErpOrderRef(Guid Id, string Number, string? ExternalDocumentNumber);

/// <summary>An ERP customer as found or created by its number.</summary>
public sealed record ErpCustomerRef(Guid Id, string Number, string DisplayName, string? Etag);

/// <summary>What a new ERP customer is created with: the hub's golden record in the ERP's terms.</summary>
public sealed record ErpCustomerDraft(
    string Number, string DisplayName, string? TaxRegistrationNumber, string? Phone, string? Email, SourceAddress Address, string CurrencyCode);
