using CrmErpPortal.Data.Entities;
using CrmErpPortal.Data.Outbox;
using CrmErpPortal.Features.Sync.Push;
using CrmErpPortal.Integration;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CrmErpPortal.Tests.Integration.Sync;

/// <summary>A send that outlives its lease meets a second sender: the change is written once and the success stands.</summary>
public sealed class OutboxSenderRaceTests : IAsyncLifetime
{
    private readonly SandboxHost _sandbox = new();
    private readonly TestDatabase _database = new();
    private readonly FakeTimeProvider _clock = new(HubRecords.Now);
    private ConnectorHarness _connectors = default!;

    public async Task InitializeAsync()
    {
        await _sandbox.InitializeAsync();
        await _database.InitializeAsync();
        _connectors = new ConnectorHarness(_sandbox);
    }

    public async Task DisposeAsync()
    {
        _connectors.Dispose();
        await _database.DisposeAsync();
        await _sandbox.DisposeAsync();
    }

    [Fact]
    public async Task KeepsTheSecondSendersSuccess_WhenTheFirstSendersLateAttemptFails()
    {
        var accountId = Guid.NewGuid();
        await _sandbox.Systems.Crm.Store.InsertAsync("accounts", accountId, SandboxRows.Account(accountId, "Kiwi Plumbing Ltd"));
        var etag = (await _connectors.Crm.GetAccountAsync(accountId, CancellationToken.None))!.Etag;
        _sandbox.Systems.Crm.Store.Writes.Reset();
        var message = new OutboxMessage
        {
            TargetSystem = SourceSystem.Crm,
            ExternalId = accountId.ToString(),
            Operation = OutboxWriter.UpdateCrmAccount,
            PayloadJson = new OutboxPayload(Guid.NewGuid(), "NZ", etag, [new OutboxFieldChange("Phone", "+6493791234", "+6495550199")]).ToJson(),
            IdempotencyKey = $"test:{accountId:N}",
            Status = OutboxStatus.Pending,
            NextAttemptAt = HubRecords.Now,
            CreatedAt = HubRecords.Now,
        };
        await _database.SeedAsync(db => db.OutboxMessages.Add(message));
        var second = Sender(_connectors.Crm);
        // The first sender's write hangs past its lease; meanwhile the sweep's second sender sends and succeeds; then
        // the first sender's write fails (a 500, as a timeout or a late gateway error would).
        var first = Sender(new LateWriteCrm(_connectors.Crm, async () =>
        {
            _clock.Advance(new PushOptions().Lease + TimeSpan.FromMinutes(1));
            await second.SendAsync(message.Id, "job-second", CancellationToken.None);
        }));

        await first.SendAsync(message.Id, "job-first", CancellationToken.None);

        await using var db = _database.Contexts.CreateDbContext();
        var stored = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == message.Id);
        Assert.Equal(OutboxStatus.Succeeded, stored.Status);
        Assert.Equal(2, stored.Attempts);
        Assert.Equal("+6495550199", (await _connectors.Crm.GetAccountAsync(accountId, CancellationToken.None))!.Phone);
        Assert.Equal(1, Assert.Single(_sandbox.Systems.Crm.Store.Writes.Snapshot(), w => w.Id == accountId).Commits);
    }

    private OutboxSender Sender(ICrmConnector crm) =>
        new(_database.Contexts, crm, _connectors.Erp, Options.Create(new PushOptions()), _clock, NullLogger<OutboxSender>.Instance);

    /// <summary>The real connector, except that its first write runs <paramref name="meanwhile"/> and then fails with a 500.</summary>
    private sealed class LateWriteCrm(ICrmConnector inner, Func<Task> meanwhile) : ICrmConnector
    {
        private int _writes;

        public async Task<WriteResult> UpdateAccountAsync(Guid id, IReadOnlyDictionary<string, object?> columns, string etag, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _writes) > 1)
            {
                return await inner.UpdateAccountAsync(id, columns, etag, cancellationToken);
            }

            await meanwhile();
            throw new SourceUnavailableException("CRM (Dataverse)", "answered 500 after retries") { Status = 500 };
        }

        public IAsyncEnumerable<ChangePage<CrmAccount>> ReadAccountsAsync(string? deltaLink, CancellationToken cancellationToken) => inner.ReadAccountsAsync(deltaLink, cancellationToken);

        public IAsyncEnumerable<ChangePage<CrmContact>> ReadContactsAsync(string? deltaLink, CancellationToken cancellationToken) => inner.ReadContactsAsync(deltaLink, cancellationToken);

        public IAsyncEnumerable<ChangePage<CrmQuote>> ReadQuotesAsync(string? deltaLink, CancellationToken cancellationToken) => inner.ReadQuotesAsync(deltaLink, cancellationToken);

        public IAsyncEnumerable<ChangePage<CrmOpportunity>> ReadOpportunitiesAsync(string? deltaLink, CancellationToken cancellationToken) => inner.ReadOpportunitiesAsync(deltaLink, cancellationToken);

        public IAsyncEnumerable<ChangePage<CrmCase>> ReadCasesAsync(string? deltaLink, CancellationToken cancellationToken) => inner.ReadCasesAsync(deltaLink, cancellationToken);

        public Task<CrmAccount?> GetAccountAsync(Guid id, CancellationToken cancellationToken) => inner.GetAccountAsync(id, cancellationToken);

        public Task<CrmContact?> GetContactAsync(Guid id, CancellationToken cancellationToken) => inner.GetContactAsync(id, cancellationToken);

        public Task<SourceRecordSnapshot?> ReadAccountColumnsAsync(Guid id, IReadOnlyCollection<string> columns, CancellationToken cancellationToken) =>
            inner.ReadAccountColumnsAsync(id, columns, cancellationToken);

        public Task<SourceRecordSnapshot?> ReadQuoteLineColumnsAsync(Guid id, IReadOnlyCollection<string> columns, CancellationToken cancellationToken) =>
            inner.ReadQuoteLineColumnsAsync(id, columns, cancellationToken);

        public Task<WriteResult> UpdateQuoteLineAsync(Guid id, IReadOnlyDictionary<string, object?> columns, string etag, CancellationToken cancellationToken) =>
            inner.UpdateQuoteLineAsync(id, columns, etag, cancellationToken);

        public Task<Guid> ConvertQuoteToSalesOrderAsync(Guid quoteId, CancellationToken cancellationToken) => inner.ConvertQuoteToSalesOrderAsync(quoteId, cancellationToken);

        public Task<CrmQuoteDetail?> GetQuoteAsync(Guid quoteId, CancellationToken cancellationToken) => inner.GetQuoteAsync(quoteId, cancellationToken);

        public Task<Guid> LinkQuoteToErpOrderAsync(Guid quoteId, string erpOrderNumber, CancellationToken cancellationToken) =>
            inner.LinkQuoteToErpOrderAsync(quoteId, erpOrderNumber, cancellationToken);

        public Task<bool> EnsureWebhookAsync(Uri url, string key, IReadOnlyList<string> tables, CancellationToken cancellationToken) =>
            inner.EnsureWebhookAsync(url, key, tables, cancellationToken);
    }
}
