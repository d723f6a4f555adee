using CrmErpPortal.Data.Outbox;
using CrmErpPortal.Data.Configurations;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.DataQuality.Identifiers;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Data;

public abstract class PortalDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<Customer> Customers => Set<Customer>();
    public DbSet<SourceLink> SourceLinks => Set<SourceLink>();
    public DbSet<Contact> Contacts => Set<Contact>();
    public DbSet<Quote> Quotes => Set<Quote>();
    public DbSet<QuoteLine> QuoteLines => Set<QuoteLine>();
    public DbSet<Opportunity> Opportunities => Set<Opportunity>();
    public DbSet<ServiceCase> ServiceCases => Set<ServiceCase>();
    public DbSet<CreditProfile> CreditProfiles => Set<CreditProfile>();
    public DbSet<Invoice> Invoices => Set<Invoice>();
    public DbSet<SalesOrder> SalesOrders => Set<SalesOrder>();
    public DbSet<SalesOrderStatusChange> SalesOrderStatusChanges => Set<SalesOrderStatusChange>();
    public DbSet<DuplicateCandidate> DuplicateCandidates => Set<DuplicateCandidate>();
    public DbSet<MergeRecord> MergeRecords => Set<MergeRecord>();
    public DbSet<DuplicateModel> DuplicateModels => Set<DuplicateModel>();
    public DbSet<DuplicateScoringRun> DuplicateScoringRuns => Set<DuplicateScoringRun>();
    public DbSet<ChangeRequest> ChangeRequests => Set<ChangeRequest>();
    public DbSet<ChangeRequestField> ChangeRequestFields => Set<ChangeRequestField>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<OutboxAttempt> OutboxAttempts => Set<OutboxAttempt>();
    public DbSet<ConversionIssue> ConversionIssues => Set<ConversionIssue>();
    public DbSet<QuoteConversion> QuoteConversions => Set<QuoteConversion>();
    public DbSet<CreditRequest> CreditRequests => Set<CreditRequest>();
    public DbSet<QuotePriceAcceptance> QuotePriceAcceptances => Set<QuotePriceAcceptance>();
    public DbSet<DataQualityFinding> DataQualityFindings => Set<DataQualityFinding>();
    public DbSet<SourceFieldCopy> SourceFieldCopies => Set<SourceFieldCopy>();
    public DbSet<DriftFinding> DriftFindings => Set<DriftFinding>();
    public DbSet<DriftRun> DriftRuns => Set<DriftRun>();
    public DbSet<SyncCheckpoint> SyncCheckpoints => Set<SyncCheckpoint>();
    public DbSet<SyncRun> SyncRuns => Set<SyncRun>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<WebhookEvent> WebhookEvents => Set<WebhookEvent>();
    public DbSet<WebhookSubscription> WebhookSubscriptions => Set<WebhookSubscription>();
    public DbSet<AccessRequest> AccessRequests => Set<AccessRequest>();
    public DbSet<AccessRequestExtension> AccessRequestExtensions => Set<AccessRequestExtension>();
    public DbSet<AccessRequestPackage> AccessRequestPackages => Set<AccessRequestPackage>();
    public DbSet<ViewingAlert> ViewingAlerts => Set<ViewingAlert>();
    public DbSet<PrivacyBreach> PrivacyBreaches => Set<PrivacyBreach>();
    public DbSet<BreachNotification> BreachNotifications => Set<BreachNotification>();
    public DbSet<KpiSnapshot> KpiSnapshots => Set<KpiSnapshot>();
    public DbSet<RetentionProposal> RetentionProposals => Set<RetentionProposal>();
    public DbSet<CorrectionRequest> CorrectionRequests => Set<CorrectionRequest>();
    public DbSet<CorrectionStatement> CorrectionStatements => Set<CorrectionStatement>();

    /// <summary>The shared key ring for cookies and antiforgery, so every instance (and a restart) can read them.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        PrepareForSave();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        PrepareForSave();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new CustomerConfiguration());
        modelBuilder.ApplyConfiguration(new SourceLinkConfiguration());
        modelBuilder.ApplyConfiguration(new SourceFieldCopyConfiguration());
        modelBuilder.ApplyConfiguration(new DriftFindingConfiguration());
        modelBuilder.ApplyConfiguration(new DriftRunConfiguration());

        // Mirror rows cascade with their customer (a privacy purge takes them too); work queues restrict, so a customer with open work cannot vanish.
        modelBuilder.ApplyConfiguration(new ContactConfiguration());
        modelBuilder.ApplyConfiguration(new QuoteConfiguration());
        modelBuilder.ApplyConfiguration(new QuoteLineConfiguration());
        modelBuilder.ApplyConfiguration(new OpportunityConfiguration());
        modelBuilder.ApplyConfiguration(new ServiceCaseConfiguration());
        modelBuilder.ApplyConfiguration(new CreditProfileConfiguration());
        modelBuilder.ApplyConfiguration(new InvoiceConfiguration());
        modelBuilder.ApplyConfiguration(new SalesOrderConfiguration());
        modelBuilder.ApplyConfiguration(new SalesOrderStatusChangeConfiguration());

        modelBuilder.ApplyConfiguration(new DuplicateCandidateConfiguration());
        modelBuilder.ApplyConfiguration(new MergeRecordConfiguration());
        modelBuilder.ApplyConfiguration(new DuplicateModelConfiguration());
        modelBuilder.ApplyConfiguration(new DuplicateScoringRunConfiguration());
        modelBuilder.ApplyConfiguration(new ChangeRequestConfiguration());
        modelBuilder.ApplyConfiguration(new ChangeRequestFieldConfiguration());
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new OutboxAttemptConfiguration());
        modelBuilder.ApplyConfiguration(new ConversionIssueConfiguration());
        modelBuilder.ApplyConfiguration(new QuoteConversionConfiguration());
        modelBuilder.ApplyConfiguration(new CreditRequestConfiguration());
        modelBuilder.ApplyConfiguration(new QuotePriceAcceptanceConfiguration());
        modelBuilder.ApplyConfiguration(new DataQualityFindingConfiguration());

        modelBuilder.ApplyConfiguration(new SyncCheckpointConfiguration());
        modelBuilder.ApplyConfiguration(new SyncRunConfiguration());
        modelBuilder.ApplyConfiguration(new AuditEventConfiguration());
        modelBuilder.ApplyConfiguration(new WebhookEventConfiguration());
        modelBuilder.ApplyConfiguration(new WebhookSubscriptionConfiguration());
        modelBuilder.ApplyConfiguration(new AccessRequestConfiguration());
        modelBuilder.ApplyConfiguration(new AccessRequestExtensionConfiguration());
        modelBuilder.ApplyConfiguration(new AccessRequestPackageConfiguration());
        modelBuilder.ApplyConfiguration(new ViewingAlertConfiguration());
        modelBuilder.ApplyConfiguration(new PrivacyBreachConfiguration());
        modelBuilder.ApplyConfiguration(new BreachNotificationConfiguration());
        modelBuilder.ApplyConfiguration(new KpiSnapshotConfiguration());
        modelBuilder.ApplyConfiguration(new RetentionProposalConfiguration());
        modelBuilder.ApplyConfiguration(new CorrectionRequestConfiguration());
        modelBuilder.ApplyConfiguration(new CorrectionStatementConfiguration());
    }

    private static readonly string[] RedactedAuditProperties = [nameof(AuditEvent.BeforeJson), nameof(AuditEvent.AfterJson)];

    private void PrepareForSave()
    {
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.Entity is AuditEvent && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("Audit events are append-only: they cannot be changed or deleted.");
            }

            if (entry.Entity is AuditEvent && entry.State == EntityState.Added)
            {
                // The audit trail outlives the records it describes, so it must never hold a tax file number (NZAU.md §4.3).
                foreach (var property in RedactedAuditProperties)
                {
                    var value = entry.Property(property);
                    value.CurrentValue = TfnRedactor.Redact((string?)value.CurrentValue);
                }
            }

            if (entry.Entity is IVersioned versioned && entry.State == EntityState.Modified)
            {
                versioned.Version++;
            }
        }
    }
}
