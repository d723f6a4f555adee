using Bunit;
using CrmErpPortal.Components.Shared;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Privacy.Breaches;
using CrmErpPortal.Security;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CrmErpPortal.Tests.Components.Privacy;

/// <summary>The breach form on a real SQLite hub: messages at the fields, and deadlines computed as the officer types.</summary>
public sealed class BreachFormTests : PortalComponentTest, IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 27, 20, 0, 0, TimeSpan.Zero));

    async Task IAsyncLifetime.InitializeAsync()
    {
        await _database.InitializeAsync();
        Context.Services.AddSingleton(_database.Contexts);
        Context.Services.AddSingleton<TimeProvider>(_clock);
        Context.Services.AddSingleton(new DisplayTimeZone(new ConfigurationBuilder().Build()));
        Context.Services.AddScoped<SaveBreachCommand>();
        Context.AddAuthorization().SetAuthorized("Grace Tupou").SetRoles(Roles.PrivacyOfficer).SetPolicies(Policies.Privacy);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task ShowsAMessageAtEachMissingField_AndStoresNothing()
    {
        var cut = Context.Render<BreachForm>(p => p.Add(x => x.Input, new BreachInput()));

        await cut.Find("[data-testid=breach-save]").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.Contains("Give the breach a short title", cut.Markup));
        Assert.Contains("Enter when the agency became aware of the breach", cut.Markup);
        Assert.Contains("Choose New Zealand, Australia or both", cut.Markup);
        await using var db = _database.Contexts.CreateDbContext();
        Assert.Equal(0, await db.PrivacyBreaches.CountAsync());
    }

    [Fact]
    public void SaysWhatToEnter_BeforeBecomingAwareIsKnown()
    {
        var cut = Context.Render<BreachForm>(p => p.Add(x => x.Input, new BreachInput()));

        Assert.Contains("Enter when you became aware of the breach to see", cut.Find("[data-testid=deadlines-empty]").TextContent);
    }

    [Fact]
    public void ComputesTheNzAndAuDeadlines_FromBecomingAwareInTheUsersZone()
    {
        var input = new BreachInput { Jurisdictions = BreachJurisdictions.Both };
        var cut = Context.Render<BreachForm>(p => p.Add(x => x.Input, input));

        cut.Find("[data-testid=breach-aware] input, input[data-testid=breach-aware]").Change("2026-11-20T09:30");

        cut.WaitForAssertion(() => Assert.Contains("20 Dec 2026 09:30", cut.Find("[data-testid=deadline-au-assessment] [data-testid=deadline-due]").TextContent));
        Assert.Equal(new DateTimeOffset(2026, 11, 19, 20, 30, 0, TimeSpan.Zero), input.BecameAwareAt);
        Assert.Contains("23 Nov 2026 09:30", cut.Find("[data-testid=deadline-nz-commissioner] [data-testid=deadline-due]").TextContent);
        Assert.Equal("Overdue", cut.Find("[data-testid=deadline-nz-commissioner] [data-testid=deadline-state]").TextContent.Trim());
        Assert.Equal("Open", cut.Find("[data-testid=deadline-au-assessment] [data-testid=deadline-state]").TextContent.Trim());
    }

    [Fact]
    public async Task RecordsAValidBreach_AndTellsThePage()
    {
        int? saved = null;
        var input = new BreachInput { Title = "Laptop left on a bus", BecameAwareAt = _clock.GetUtcNow().AddHours(-2), Jurisdictions = BreachJurisdictions.NewZealand };
        var cut = Context.Render<BreachForm>(p => p.Add(x => x.Input, input).Add(x => x.OnSaved, id => saved = id));

        await cut.Find("[data-testid=breach-save]").ClickAsync(new());

        cut.WaitForAssertion(() => Assert.NotNull(saved));
        await using var db = _database.Contexts.CreateDbContext();
        Assert.Equal("Laptop left on a bus", (await db.PrivacyBreaches.SingleAsync()).Title);
    }
}
