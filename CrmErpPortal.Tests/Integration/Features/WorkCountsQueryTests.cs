using CrmErpPortal.Data.Entities;
using CrmErpPortal.Data.Outbox;
using CrmErpPortal.Features.Home;
using CrmErpPortal.Security;
using CrmErpPortal.Tests.TestSupport;
using Hangfire.InMemory;
using Microsoft.Extensions.Time.Testing;

namespace CrmErpPortal.Tests.Integration.Features;

public sealed class WorkCountsQueryTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task CountsEachQueue_FromTheHub()
    {
        await SeedAsync();
        var query = new GetWorkCountsQuery(_database.Contexts, new InMemoryStorage(), new FakeTimeProvider(HubRecords.Now));

        var counts = await query.ExecuteAsync(new WorkCountsInput("u-aroha", "Aroha Ngata"), CancellationToken.None);

        Assert.Equal(new WorkCounts(
            Customers: 3,
            CustomersLinkedInBoth: 1,
            CustomersOwnedByUser: 1,
            ChangeRequestsByUserInProgress: 1,
            ConversionIssuesOwnedByUser: 1,
            OpenDuplicatePairs: 1,
            OpenConversionIssues: 2,
            ApprovalsAwaitingSteward: 1,
            ApprovalsAwaitingCredit: 1,
            CreditBlockedConversions: 1,
            CustomersOverCreditLimit: 1,
            OutboxWaiting: 1,
            OutboxConflictsAndDeadLetters: 2,
            FailedSyncRunsLastDay: 1,
            FailedBackgroundJobs: 0), counts);
    }

    [Fact]
    public async Task CountsZero_OnAnEmptyHub()
    {
        var query = new GetWorkCountsQuery(_database.Contexts, new InMemoryStorage(), new FakeTimeProvider(HubRecords.Now));

        var counts = await query.ExecuteAsync(new WorkCountsInput("u-aroha", "Aroha Ngata"), CancellationToken.None);

        Assert.Equal(0, counts.Customers + counts.OpenDuplicatePairs + counts.OutboxWaiting + counts.FailedSyncRunsLastDay);
    }

    private Task SeedAsync() => _database.SeedAsync(db =>
    {
        var owned = HubRecords.Customer("Kiwi Plumbing Ltd", ownerUserId: "u-aroha");
        var other = HubRecords.Customer("Harbour Electrical");
        var merged = HubRecords.Customer("Kiwi Plumbing Limited", ownerUserId: "u-aroha", status: CustomerStatus.Merged);
        var both = HubRecords.Customer("Southern Cross Supplies Pty Ltd", "AU");
        db.Customers.AddRange(owned, other, merged, both);
        db.SourceLinks.AddRange(HubRecords.Link(both, SourceSystem.Crm), HubRecords.Link(both, SourceSystem.Erp), HubRecords.Link(owned, SourceSystem.Crm));

        db.ChangeRequests.AddRange(
            HubRecords.ChangeRequest(owned, "u-aroha", Roles.DataSteward, ChangeRequestStatus.Pending),
            HubRecords.ChangeRequest(owned, "u-aroha", Roles.DataSteward, ChangeRequestStatus.Done),
            HubRecords.ChangeRequest(other, "u-liam", Roles.DataSteward, ChangeRequestStatus.Pending),
            HubRecords.ChangeRequest(other, "u-liam", Roles.CreditController, ChangeRequestStatus.Pending));

        db.ConversionIssues.AddRange(
            HubRecords.ConversionIssue(owned, ConversionCause.CreditLimitExceeded, "Aroha Ngata"),
            HubRecords.ConversionIssue(other, ConversionCause.MissingAddress, "Tama Walker"),
            HubRecords.ConversionIssue(other, ConversionCause.CustomerBlocked, "Aroha Ngata", ConversionIssueStatus.Resolved));

        db.DuplicateCandidates.AddRange(
            HubRecords.Duplicate(owned, merged, MatchBand.Review),
            HubRecords.Duplicate(owned, other, MatchBand.Ignore),
            HubRecords.Duplicate(other, both, MatchBand.Review, DuplicateStatus.NotDuplicate));

        db.CreditProfiles.AddRange(HubRecords.Credit(owned, "NZD", 20_000m, 24_200m), HubRecords.Credit(other, "NZD", 50_000m, 10_000m));

        db.OutboxMessages.AddRange(
            Outbox(OutboxStatus.Pending), Outbox(OutboxStatus.DeadLettered), Outbox(OutboxStatus.Conflicted), Outbox(OutboxStatus.Succeeded));

        db.SyncRuns.AddRange(
            new SyncRun { System = SourceSystem.Erp, Entity = "customers", StartedAt = HubRecords.Now.AddHours(-2), Status = SyncRunStatus.Failed },
            new SyncRun { System = SourceSystem.Erp, Entity = "customers", StartedAt = HubRecords.Now.AddDays(-2), Status = SyncRunStatus.Failed },
            new SyncRun { System = SourceSystem.Crm, Entity = "accounts", StartedAt = HubRecords.Now.AddHours(-1), Status = SyncRunStatus.Succeeded });
    });

    private static OutboxMessage Outbox(OutboxStatus status) => new()
    {
        TargetSystem = SourceSystem.Erp,
        ExternalId = Guid.NewGuid().ToString(),
        Operation = "UpdateCustomer",
        PayloadJson = "{}",
        IdempotencyKey = Guid.NewGuid().ToString("N"),
        Status = status,
        CreatedAt = HubRecords.Now,
        NextAttemptAt = HubRecords.Now,
    };
}
