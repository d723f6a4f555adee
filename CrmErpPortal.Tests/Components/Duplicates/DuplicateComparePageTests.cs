using Bunit;
using CrmErpPortal.Components.Shared;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Duplicates;
using CrmErpPortal.Features.Duplicates.Compare;
using CrmErpPortal.Features.Duplicates.Scoring;
using CrmErpPortal.Security;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrmErpPortal.Tests.Components.Duplicates;

/// <summary>The compare screen on a real SQLite hub: the stored evidence drawn as a waterfall, conflicting fields first.</summary>
public sealed class DuplicateComparePageTests : PortalComponentTest, IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private readonly Customer _a = DuplicatesHarness.Business("Kiwi Plumbing Ltd", "+6493001234", "12 Smith St");
    private readonly Customer _b = DuplicatesHarness.Business("Kiwi Plumbing Limited", "+6493009999", "12 Smith St");
    private DuplicateCandidate _pair = default!;

    async Task IAsyncLifetime.InitializeAsync()
    {
        await _database.InitializeAsync();
        _pair = HubRecords.Duplicate(_a, _b, MatchBand.AutoLink);
        _pair.PriorWeight = -13.3;
        _pair.Evidence =
        [
            new("OrganisationName", "JaroWinkler>=0.92", 6.2, "kiwi plumbing", "kiwi plumbing"),
            new("Email", "Null", 0, null, null),
            new("Phone", "Different", -2.5, "+6493001234", "+6493009999"),
            new("Street", "Exact", 10.5, "smith street", "smith street"),
        ];
        _pair.MatchWeight = -13.3 + 6.2 - 2.5 + 10.5;
        await _database.SeedAsync(db =>
        {
            db.Customers.AddRange(_a, _b);
            db.SourceLinks.Add(HubRecords.Link(_a, SourceSystem.Crm));
            db.DuplicateCandidates.Add(_pair);
        });
        Context.Services.AddSingleton(_database.Contexts);
        Context.Services.AddSingleton(TimeProvider.System);
        Context.Services.AddSingleton(new DisplayTimeZone(new ConfigurationBuilder().Build()));
        Context.Services.AddSingleton<HubCustomerLoader>();
        Context.Services.AddScoped<GetDuplicatePairQuery>();
        Context.Services.AddScoped<DecideDuplicatesCommand>();
        Context.Services.AddSingleton(Microsoft.Extensions.Options.Options.Create(new ViewAlertOptions()));
        Context.Services.AddScoped<PersonalDataViews>();
        Context.AddAuthorization().SetAuthorized("Liam O'Connell").SetRoles(Roles.DataSteward).SetPolicies(Policies.Stewardship);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public void DrawsTheWaterfall_PriorFirst_ThenEachComparisonByTheSizeOfItsContribution()
    {
        var cut = Context.Render<DuplicateComparePage>(p => p.Add(x => x.Id, _pair.Id));

        cut.WaitForAssertion(() =>
        {
            var steps = cut.FindAll("[data-testid=waterfall-step]");
            Assert.Equal(["-13.30", "10.50", "6.20", "-2.50"], steps.Select(s => s.GetAttribute("data-weight")));
            Assert.Equal(["Starting point (prior)", "Street", "Name", "Phone"], steps.Select(s => s.GetAttribute("data-field")));
        });
        var words = cut.Find("[data-testid=waterfall-words]").TextContent;
        Assert.Contains("Phone: different, −2.5 (evidence against)", words);
        Assert.Contains("Street: the same, +10.5 (strong evidence for)", words);
        Assert.Contains("a match weight of +0.9", cut.Find("[data-testid=waterfall-summary]").TextContent);
        Assert.Contains("missing on one side (no evidence either way): Email", cut.Find("[data-testid=waterfall-not-compared]").TextContent);
    }

    [Fact]
    public async Task RecordsAViewOfEachCustomer_OncePerPageOpen()
    {
        var cut = Context.Render<DuplicateComparePage>(p => p.Add(x => x.Id, _pair.Id));
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=field-row]")));
        cut.Render();

        await using var db = _database.Contexts.CreateDbContext();
        var viewed = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.AuditEvents.Where(a => a.Action == PersonalDataViews.ViewedAction).OrderBy(a => a.EntityId).Select(a => a.EntityId));

        Assert.Equal(new[] { _a.Id.ToString(), _b.Id.ToString() }.Order(), viewed);
    }

    [Fact]
    public void ListsConflictingFieldsFirst()
    {
        var cut = Context.Render<DuplicateComparePage>(p => p.Add(x => x.Id, _pair.Id));

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=field-row]")));
        var fields = cut.FindAll("[data-testid=field-row]").Select(r => (Field: r.GetAttribute("data-field"), Conflict: r.TextContent.Contains("Conflict"))).ToList();
        Assert.Equal(["DisplayName", "Phone"], fields.Where(f => f.Conflict).Select(f => f.Field).Order());
        Assert.All(fields.Take(2), f => Assert.True(f.Conflict, $"{f.Field} is not a conflict but is listed first"));
        Assert.Contains(fields.Skip(2), f => f.Field == "BillingAddress");
    }

    [Fact]
    public void OffersMergeNotADuplicateAndDefer_ToASteward()
    {
        var cut = Context.Render<DuplicateComparePage>(p => p.Add(x => x.Id, _pair.Id));

        cut.WaitForAssertion(() => Assert.Equal(["Merge", "Not a duplicate", "Defer"],
            cut.FindAll("[aria-label='Decide this pair'] button").Select(b => b.TextContent.Trim())));
    }
}
