using CrmErpPortal.Data.Entities;

namespace CrmErpPortal.Tests.TestSupport;

/// <summary>Small builders for hub rows, so a test states only what matters to it.</summary>
public static class HubRecords
{
    public static readonly DateTimeOffset Now = new(2026, 11, 27, 20, 0, 0, TimeSpan.Zero);

    public static Customer Customer(string name, string country = "NZ", string? ownerUserId = null, CustomerStatus status = CustomerStatus.Active) => new()
    {
        DisplayName = name,
        NormalizedName = name.ToLowerInvariant(),
        CountryCode = country,
        OwnerUserId = ownerUserId,
        Status = status,
        CreatedAt = Now,
        UpdatedAt = Now,
    };

    public static DataQualityFinding Finding(Customer customer, string field, string rule, string message,
        CrmErpPortal.DataQuality.Findings.FindingSeverity severity = CrmErpPortal.DataQuality.Findings.FindingSeverity.Error) => new()
    {
        CustomerId = customer.Id,
        SourceSystem = SourceSystem.Crm,
        SourceRecordId = $"crm-{customer.Id:N}",
        Field = field,
        Rule = rule,
        Severity = severity,
        Message = message,
        CountryCode = customer.CountryCode,
        FirstSeenAt = Now,
        LastSeenAt = Now,
    };

    public static SourceLink Link(Customer customer, SourceSystem system) => new()
    {
        CustomerId = customer.Id,
        System = system,
        ExternalId = $"{system}-{Guid.NewGuid():N}",
        LastSeenAt = Now,
    };

    public static CreditProfile Credit(Customer customer, string currency, decimal limit, decimal balance, decimal overdue = 0) => new()
    {
        CustomerId = customer.Id,
        ErpCustomerId = $"C{Guid.NewGuid():N}"[..10],
        CurrencyCode = currency,
        CreditLimit = limit,
        Balance = balance,
        OverdueAmount = overdue,
        AsOf = Now,
        SyncedAt = Now,
    };

    public static ChangeRequest ChangeRequest(Customer customer, string requestedBy, string approverRole, ChangeRequestStatus status) => new()
    {
        CustomerId = customer.Id,
        Reason = "Customer told us",
        RequiredApproverRole = approverRole,
        RequestedBy = requestedBy,
        RequestedAt = Now,
        Status = status,
    };

    public static ConversionIssue ConversionIssue(Customer customer, ConversionCause cause, string owner, ConversionIssueStatus status = ConversionIssueStatus.Open) => new()
    {
        CustomerId = customer.Id,
        Cause = cause,
        Detail = "Explained in plain words",
        OwnerName = owner,
        Status = status,
        CreatedAt = Now,
    };

    public static DuplicateCandidate Duplicate(Customer a, Customer b, MatchBand band, DuplicateStatus status = DuplicateStatus.Open) => new()
    {
        CustomerAId = a.Id,
        CustomerBId = b.Id,
        Score = 0.9,
        Band = band,
        Status = status,
        CreatedAt = Now,
    };
}
