using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrmErpPortal.Sandbox.Seed;

/// <summary>What one seeding wrote: rows per entity set and the planted problems, stored as JSON in each store's meta table.</summary>
public sealed class SeedReport
{
    public const string MetaKey = "seed.report";
    public const string DuplicatesMetaKey = "seed.duplicates";

    public int RandomSeed { get; init; }

    public string Scale { get; init; } = "";

    /// <summary>The day every relative date was computed from (ages, expiries, overdue days).</summary>
    public string AnchorDate { get; init; } = "";

    public double Seconds { get; set; }

    public SortedDictionary<string, int> CrmRows { get; init; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, int> ErpRows { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Counts of each planted problem, keyed by the names in <see cref="Planted"/>.</summary>
    public SortedDictionary<string, int> Problems { get; init; } = new(StringComparer.Ordinal);

    /// <summary>Ground truth for duplicate detection: every planted CRM duplicate and how it differs from its original.</summary>
    [JsonIgnore]
    public List<DuplicatePair> DuplicatePairs { get; } = [];

    public int Problem(string name) => Problems.GetValueOrDefault(name);

    internal void Count(string name, int by = 1) => Problems[name] = Problems.GetValueOrDefault(name) + by;

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    public static SeedReport? FromJson(string? json) => json is null ? null : JsonSerializer.Deserialize<SeedReport>(json, JsonOptions);

    internal static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };
}

public sealed record DuplicatePair(Guid OriginalAccountId, Guid DuplicateAccountId, IReadOnlyList<string> Variations);

/// <summary>Names of the planted problems in <see cref="SeedReport.Problems"/>.</summary>
public static class Planted
{
    public const string DuplicateAccounts = "crm.duplicateAccounts";
    public const string DuplicatesSharingAccountNumber = "crm.duplicateAccountsSharingAccountNumber";
    public const string AccountsNotInErp = "crm.accountsNotInErp";
    public const string CustomersNotInCrm = "erp.customersNotInCrm";
    public const string LinkedWithCrmNameVariant = "crm.linkedAccountsWithNameVariant";
    public const string LinkedWithStaleAddress = "crm.linkedAccountsWithStaleAddress";
    public const string LinkedWithBusinessNumberOnOneSide = "linkedPairsWithBusinessNumberOnOneSideOnly";
    public const string InvalidBusinessNumbers = "invalidBusinessNumbers";
    public const string ErpPoBoxAddresses = "erp.customersWithPoBoxAddress";
    public const string BlockedShip = "erp.blocked.Ship";
    public const string BlockedInvoice = "erp.blocked.Invoice";
    public const string BlockedAll = "erp.blocked.All";
    public const string OverCreditLimit = "erp.overCreditLimit";
    public const string QuotesWithOffListPrices = "crm.quotesWithOffListPrices";
    public const string QuoteLinesWithOffListPrices = "crm.quoteLinesWithOffListPrices";
    public const string ExpiredActiveQuotes = "crm.expiredActiveQuotes";
    public const string ActiveQuotesInErp = "crm.activeQuotesCopiedToErpQuote";
    public const string WonQuotesWithErpOrder = "crm.wonQuotesWithErpOrder";
    public const string WonQuotesInvoicedInErp = "crm.wonQuotesInvoicedInErp";
    public const string WonQuotesWithoutErpDocument = "crm.wonQuotesWithoutErpDocument";
    public const string WonQuotesForAccountsNotInErp = "crm.wonQuotesForAccountsNotInErp";
    public const string InvoicesCurrent = "erp.openInvoices.notYetDue";
    public const string InvoicesOverdue1To30 = "erp.openInvoices.overdue1to30";
    public const string InvoicesOverdue31To60 = "erp.openInvoices.overdue31to60";
    public const string InvoicesOverdue61To90 = "erp.openInvoices.overdue61to90";
    public const string InvoicesOverdueOver90 = "erp.openInvoices.overdueOver90";
}
