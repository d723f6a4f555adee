using System.Security.Claims;
using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Duplicates;
using CrmErpPortal.Features.Duplicates.Compare;
using CrmErpPortal.Features.Duplicates.Merge;
using CrmErpPortal.Features.Duplicates.Queue;
using CrmErpPortal.Features.Duplicates.Scoring;
using CrmErpPortal.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CrmErpPortal.Tests.TestSupport;

/// <summary>The duplicate feature's use cases over a real SQLite hub, with a fake clock and the portal's own policies.</summary>
public sealed class DuplicatesHarness : IAsyncLifetime
{
    public static readonly ClaimsPrincipal Liam = new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, "liam"), new Claim(ClaimTypes.Name, "Liam O'Connell"), new Claim(ClaimTypes.Role, Roles.DataSteward)], "Test"));

    public static readonly ClaimsPrincipal Aroha = new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, "aroha"), new Claim(ClaimTypes.Name, "Aroha Ngata"), new Claim(ClaimTypes.Role, Roles.SalesRep)], "Test"));

    private ServiceProvider _services = default!;

    public TestDatabase Database { get; } = new();

    public FakeTimeProvider Clock { get; } = new(HubRecords.Now);

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public PortalDbContext Db() => Database.Contexts.CreateDbContext();

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddAuthorizationBuilder().AddPortalPolicies();
        services.AddSingleton(Database.Contexts);
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<HubCustomerLoader>();
        services.AddSingleton<DuplicateModelStore>();
        services.AddSingleton<ScoringRunTracker>();
        services.AddSingleton<CandidateWriter>();
        services.AddSingleton<ClusterAssigner>();
        services.AddSingleton<DuplicateScorer>();
        services.AddSingleton<DecideDuplicatesCommand>();
        services.AddSingleton<MergeCustomersCommand>();
        services.AddSingleton<UnmergeCommand>();
        services.AddSingleton<GetDuplicatePairQuery>();
        services.AddSingleton<ListDuplicatesQuery>();
        _services = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await Database.DisposeAsync();
    }

    public async Task ScoreAllAsync()
    {
        var runId = await Get<ScoringRunTracker>().QueueAsync(ScoringRunKind.Full, "test", CancellationToken.None);
        await Get<DuplicateScorer>().ScoreAllAsync(runId, CancellationToken.None);
    }

    public async Task ScoreChangedAsync()
    {
        var runId = await Get<ScoringRunTracker>().QueueAsync(ScoringRunKind.Changed, "test", CancellationToken.None);
        await Get<DuplicateScorer>().ScoreChangedAsync(runId, CancellationToken.None);
    }

    public async Task<DuplicateCandidate?> PairAsync(Customer a, Customer b)
    {
        await using var db = Db();
        return await db.DuplicateCandidates.AsNoTracking().SingleOrDefaultAsync(d =>
            (d.CustomerAId == a.Id && d.CustomerBId == b.Id) || (d.CustomerAId == b.Id && d.CustomerBId == a.Id));
    }

    /// <summary>Changes a customer as a sync would: the change and a later UpdatedAt.</summary>
    public async Task UpdateAsync(Customer customer, Action<Customer> change)
    {
        Clock.Advance(TimeSpan.FromMinutes(5));
        await using var db = Db();
        var row = await db.Customers.SingleAsync(c => c.Id == customer.Id);
        change(row);
        row.UpdatedAt = Clock.GetUtcNow();
        await db.SaveChangesAsync();
    }

    /// <summary>An NZ trade customer with a full set of compared fields.</summary>
    public static Customer Business(string name, string phone, string street, string locality = "Auckland", string postcode = "1010", string? businessNumber = null)
    {
        var customer = HubRecords.Customer(name);
        customer.PhoneE164 = phone;
        customer.BusinessNumber = businessNumber;
        customer.BusinessNumberKind = businessNumber is null ? BusinessNumberKind.None : BusinessNumberKind.Nzbn;
        customer.BillingAddress = new PostalAddress(street, null, null, locality, null, postcode, "NZ");
        return customer;
    }
}
