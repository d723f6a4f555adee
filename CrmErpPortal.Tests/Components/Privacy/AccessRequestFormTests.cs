using Bunit;
using CrmErpPortal.Components.Shared;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Customers.Search;
using CrmErpPortal.Features.Privacy.AccessRequests;
using CrmErpPortal.Features.Privacy.AccessRequests.Deadlines;
using CrmErpPortal.Security;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CrmErpPortal.Tests.Components.Privacy;

/// <summary>The "log an access request" form with the real command and search on a real SQLite hub.</summary>
public sealed class AccessRequestFormTests : PortalComponentTest, IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private readonly Customer _harbour = HubRecords.Customer("Harbour Electrical Ltd");
    private readonly FakeTimeProvider _clock = new(HubRecords.Now);

    async Task IAsyncLifetime.InitializeAsync()
    {
        await _database.InitializeAsync();
        await _database.SeedAsync(db =>
        {
            db.Customers.Add(_harbour);
            db.Contacts.Add(new Contact { CustomerId = _harbour.Id, CrmContactId = Guid.NewGuid().ToString(), FirstName = "Mereana", LastName = "Walker", Email = "mereana@harbour.co.nz" });
        });
        Context.Services.AddSingleton(_database.Contexts);
        Context.Services.AddSingleton<TimeProvider>(_clock);
        Context.Services.AddSingleton(new DisplayTimeZone(new ConfigurationBuilder().Build()));
        Context.Services.AddSingleton(new NameVocabulary(TimeProvider.System));
        Context.Services.AddScoped<SearchCustomersQuery>();
        Context.Services.AddScoped<FindRequestSubjectsQuery>();
        Context.Services.AddSingleton(new AccessDeadlines(new NzWorkingDays(Holidays())));
        Context.Services.AddScoped<LogAccessRequestCommand>();
        Context.AddAuthorization().SetAuthorized("Grace Tupou").SetRoles(Roles.PrivacyOfficer).SetPolicies(Policies.Privacy);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task SubmittingItEmpty_ShowsAMessageAtEachRequiredField_AndSavesNothing()
    {
        var cut = Context.Render<AccessRequestForm>();

        cut.Find("[data-testid=log-submit]").Click();

        cut.WaitForAssertion(() => Assert.Contains("Enter the name of the person who made the request.", cut.Markup));
        Assert.Contains("Find and choose the person the request is about.", cut.Markup);
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task RefusesABadEmailAndAReceivedDateInTheFuture()
    {
        var cut = Context.Render<AccessRequestForm>();

        cut.Find("input[data-testid=requester-email], [data-testid=requester-email] input").Change("mereana-at-harbour");
        cut.Find("input[data-testid=received-on], [data-testid=received-on] input").Change("2027-01-04");
        cut.Find("[data-testid=log-submit]").Click();

        cut.WaitForAssertion(() => Assert.Contains("Enter an email address like name@example.co.nz, or leave it empty.", cut.Markup));
        Assert.Contains("The received date cannot be in the future.", cut.Markup);
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task FindsTheContactBySearch_AndLogsTheRequestWithItsDueDate()
    {
        Guid? logged = null;
        var cut = Context.Render<AccessRequestForm>(p => p.Add(f => f.OnLogged, id => logged = id));

        cut.Find("input[data-testid=subject-search], [data-testid=subject-search] input").Input("Walker");
        cut.FindAll("button").First(b => b.TextContent.Trim() == "Search").Click();
        cut.WaitForAssertion(() => cut.Find("button[aria-label^='Choose Mereana Walker, Contact at Harbour Electrical Ltd']").Click());
        cut.Find("input[data-testid=requester-name], [data-testid=requester-name] input").Change("Mereana Walker");
        cut.Find("input[data-testid=received-on], [data-testid=received-on] input").Change("2026-11-20");
        cut.Find("[data-testid=log-submit]").Click();

        cut.WaitForAssertion(() => Assert.NotNull(logged));
        await using var db = _database.Contexts.CreateDbContext();
        var request = await db.AccessRequests.SingleAsync();
        Assert.Equal((AccessSubjectKind.Contact, "Mereana Walker", new DateOnly(2026, 12, 18)), (request.SubjectKind, request.SubjectName, request.DueOn));
    }

    private async Task<int> CountAsync()
    {
        await using var db = _database.Contexts.CreateDbContext();
        return await db.AccessRequests.CountAsync();
    }

    private static List<PublicHoliday> Holidays() =>
    [
        new(new DateOnly(2026, 2, 6), "Waitangi Day"), new(new DateOnly(2026, 4, 3), "Good Friday"), new(new DateOnly(2026, 4, 6), "Easter Monday"),
        new(new DateOnly(2026, 4, 27), "Anzac Day (Monday)"), new(new DateOnly(2026, 6, 1), "King's Birthday"), new(new DateOnly(2026, 7, 10), "Matariki"),
        new(new DateOnly(2026, 10, 26), "Labour Day"),
    ];
}
