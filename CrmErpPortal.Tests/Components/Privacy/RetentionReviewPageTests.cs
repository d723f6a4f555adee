using System.Security.Claims;
using Bunit;
using CrmErpPortal.Components.Shared;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Privacy.Retention;
using CrmErpPortal.Security;
using CrmErpPortal.Tests.TestSupport;
using Hangfire;
using Hangfire.InMemory;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrmErpPortal.Tests.Components.Privacy;

/// <summary>The retention review page on a real SQLite hub, signed in as the privacy officer.</summary>
public sealed class RetentionReviewPageTests : PortalComponentTest, IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private readonly Customer _tamsin = HubRecords.Customer("Tamsin Whareaitu", status: CustomerStatus.Prospect);
    private readonly Customer _hemi = HubRecords.Customer("Hemi Brightwater", status: CustomerStatus.Prospect);

    async Task IAsyncLifetime.InitializeAsync()
    {
        await _database.InitializeAsync();
        Context.Services.AddSingleton(_database.Contexts);
        Context.Services.AddSingleton(TimeProvider.System);
        Context.Services.AddSingleton(new DisplayTimeZone(new ConfigurationBuilder().Build()));
        Context.Services.AddSingleton<IBackgroundJobClient>(new BackgroundJobClient(new InMemoryStorage()));
        Context.Services.AddScoped<ListRetentionQuery>();
        Context.Services.AddScoped<DecideRetentionCommand>();
        Context.Services.AddScoped<SetLegalHoldCommand>();
        Context.AddAuthorization().SetAuthorized("Grace Tupou").SetRoles(Roles.PrivacyOfficer)
            .SetClaims(new Claim(ClaimTypes.NameIdentifier, "grace")).SetPolicies(Policies.Privacy);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public void SaysNothingIsDue_WhenThereAreNoProposals()
    {
        var cut = Context.Render<RetentionReviewPage>();

        cut.WaitForAssertion(() => Assert.Contains("Nothing is due", cut.Find("[data-testid=retention-empty]").TextContent));
    }

    [Fact]
    public async Task ListsEachDueRecordWithItsRuleAndReason_AndApprovingTheSelectedOnePurgesOnlyIt()
    {
        await SeedProposalsAsync();
        var cut = Context.Render<RetentionReviewPage>();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=retention-proposal]").Count));
        Assert.Contains("Prospect inactive 24 months", cut.Markup);
        Assert.Contains("last activity March 2023", cut.Markup);

        cut.Find("[aria-label='Select Tamsin Whareaitu'] input, input[aria-label='Select Tamsin Whareaitu']").Change(true);
        cut.WaitForAssertion(() => Assert.Contains("Approve selected (1)", cut.Find("[data-testid=retention-approve-selected]").TextContent));
        cut.Find("[data-testid=retention-approve-selected]").Click();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=retention-proposal]")));
        Assert.Contains("Hemi Brightwater", cut.Find("[data-testid=retention-proposal]").TextContent);
        await using var db = await _database.Contexts.CreateDbContextAsync();
        var customers = await db.Customers.AsNoTracking().ToDictionaryAsync(c => c.Id);
        Assert.NotNull(customers[_tamsin.Id].DeidentifiedAt);
        Assert.Null(customers[_hemi.Id].DeidentifiedAt);
        Assert.Equal("grace", (await db.RetentionProposals.SingleAsync(p => p.CustomerId == _tamsin.Id)).DecidedBy);
    }

    [Fact]
    public async Task KeepingWithoutAReason_SaysWhatIsMissing_AndLeavesTheRecordsPending()
    {
        await SeedProposalsAsync();
        var cut = Context.Render<RetentionReviewPage>();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=retention-proposal]").Count));

        cut.Find("input[aria-label='Select all']").Change(true);
        cut.WaitForAssertion(() => Assert.Contains("Approve selected (2)", cut.Find("[data-testid=retention-approve-selected]").TextContent));
        cut.Find("[data-testid=retention-keep-selected]").Click();

        cut.WaitForAssertion(() => Assert.Contains("Say why the records are kept", cut.Find("[data-testid=retention-error]").TextContent));
        Assert.Equal(2, cut.FindAll("[data-testid=retention-proposal]").Count);
        await using var db = await _database.Contexts.CreateDbContextAsync();
        Assert.Equal(2, await db.RetentionProposals.CountAsync(p => p.Status == RetentionProposalStatus.Pending));
    }

    private Task SeedProposalsAsync() => _database.SeedAsync(db =>
    {
        db.Customers.AddRange(_tamsin, _hemi);
        db.RetentionProposals.AddRange(Proposal(_tamsin), Proposal(_hemi));
    });

    private static RetentionProposal Proposal(Customer customer) => new()
    {
        CustomerId = customer.Id,
        Category = RetentionCategory.Prospect,
        Rule = "Prospect inactive 24 months",
        DueReason = "Never an ERP customer, no orders or invoices; last activity March 2023.",
        ProposedAt = HubRecords.Now,
        Status = RetentionProposalStatus.Pending,
    };
}
