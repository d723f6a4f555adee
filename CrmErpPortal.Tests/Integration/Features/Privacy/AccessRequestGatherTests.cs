using System.Security.Claims;
using System.Text.Json;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Privacy.AccessRequests;
using CrmErpPortal.Features.Privacy.AccessRequests.Deadlines;
using CrmErpPortal.Security;
using CrmErpPortal.Tests.TestSupport;
using Hangfire;
using Hangfire.InMemory;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CrmErpPortal.Tests.Integration.Features.Privacy;

/// <summary>
/// The access request flow on a real SQLite hub with the real connectors against the sandbox emulators: the gather job
/// finds the person everywhere the hub holds them and reads the CRM and ERP live; nothing is gathered or released
/// without a verified identity; release, refusal and extension are recorded and audited.
/// </summary>
public sealed class AccessRequestGatherTests : IAsyncLifetime
{
    private static readonly ClaimsPrincipal Grace = User("grace", "Grace Tupou", Roles.PrivacyOfficer);
    private readonly TestDatabase _database = new();
    private readonly SandboxHost _sandbox = new();
    private readonly FakeTimeProvider _clock = new(HubRecords.Now);
    private readonly InMemoryStorage _jobStorage = new();
    private readonly Guid _crmAccount = Guid.NewGuid();
    private readonly Guid _crmContact = Guid.NewGuid();
    private readonly Guid _erpCustomer = Guid.NewGuid();
    private readonly Customer _walker = HubRecords.Customer("Mereana Walker Plumbing");
    private readonly Customer _other = HubRecords.Customer("Harbour Electrical Ltd");
    private readonly Customer _mergedAway = HubRecords.Customer("M Walker Plumbing", status: CustomerStatus.Merged);
    private readonly Customer _stranger = HubRecords.Customer("Kauri Timber Ltd");
    private Contact _mereana = default!;
    private ConnectorHarness _connectors = default!;
    private ServiceProvider _services = default!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await _sandbox.InitializeAsync();
        await _sandbox.Systems.Crm.Store.InsertAsync("accounts", _crmAccount, SandboxRows.Account(_crmAccount, "Mereana Walker Plumbing"));
        await _sandbox.Systems.Crm.Store.InsertAsync("contacts", _crmContact, SandboxRows.Contact(_crmContact, _crmAccount, "Mereana", "Walker"));
        await _sandbox.Systems.Erp.Store.InsertAsync("companies", SandboxRows.CompanyId, SandboxRows.Company());
        await _sandbox.Systems.Erp.Store.InsertAsync("customers", _erpCustomer, SandboxRows.Customer(_erpCustomer, "C30001", "Walker Plumbing (ERP)", 5000m));
        _connectors = new ConnectorHarness(_sandbox);
        await SeedHubAsync();

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddAuthorizationBuilder().AddPortalPolicies();
        services.AddSingleton(_database.Contexts);
        services.AddSingleton<TimeProvider>(_clock);
        services.AddSingleton(_connectors.Crm);
        services.AddSingleton(_connectors.Erp);
        services.AddSingleton<IBackgroundJobClient>(new BackgroundJobClient(_jobStorage));
        services.AddSingleton(Options.Create(new AccessRequestOptions
        {
            DataLocations =
            [
                new() { Store = "Hub database", System = "Hub", Region = "Australia East (Sydney)", Provider = "Azure SQL" },
                new() { Store = "Dataverse", System = "Crm", Region = "Australia", Provider = "Microsoft" },
                new() { Store = "Business Central", System = "Erp", Region = "Australia", Provider = "Microsoft" },
                new() { Store = "Backups", Region = "Australia Southeast (Melbourne)", Provider = "Azure" },
            ],
        }));
        services.AddSingleton(new AccessDeadlines(new NzWorkingDays(Holidays2026())));
        services.AddSingleton<LogAccessRequestCommand>();
        services.AddSingleton<VerifyIdentityCommand>();
        services.AddSingleton<StartGatherCommand>();
        services.AddSingleton<ReleaseAccessRequestCommand>();
        services.AddSingleton<RefuseAccessRequestCommand>();
        services.AddSingleton<ExtendAccessRequestCommand>();
        services.AddSingleton<GetAccessRequestQuery>();
        services.AddSingleton<AccessPackageCollector>();
        services.AddSingleton<GatherAccessPackageJob>();
        _services = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        _connectors.Dispose();
        await _sandbox.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Gather_FindsASoleTraderInEveryHubTable_AndReadsTheCrmAndErpLive()
    {
        var id = await LogAsync(AccessSubjectKind.Customer, _walker.Id);
        await VerifyAsync(id);

        using var package = await GatherAsync(id);

        var hub = package.RootElement.GetProperty("hub");
        Assert.Equal("Mereana Walker Plumbing", hub.GetProperty("customer").GetProperty("displayName").GetString());
        Assert.Equal(2, hub.GetProperty("contacts").GetArrayLength());
        Assert.Equal(["Crm", "Erp"], hub.GetProperty("sourceLinks").EnumerateArray().Select(l => l.GetProperty("system").GetString()).Order());
        Assert.Equal("Q-1001", Assert.Single(hub.GetProperty("quotes").EnumerateArray()).GetProperty("quoteNumber").GetString());
        var change = Assert.Single(hub.GetProperty("changeRequests").EnumerateArray());
        Assert.Equal("+6421555019", Assert.Single(change.GetProperty("fields").EnumerateArray()).GetProperty("newValue").GetString());
        Assert.Equal(_mergedAway.Id, Assert.Single(hub.GetProperty("mergeHistory").EnumerateArray()).GetProperty("mergedCustomerId").GetGuid());
        Assert.Equal("PO-77", Assert.Single(hub.GetProperty("quoteConversions").EnumerateArray()).GetProperty("erpOrderNumber").GetString());
        Assert.Equal("Busy season", Assert.Single(hub.GetProperty("creditRequests").EnumerateArray()).GetProperty("reason").GetString());
        Assert.Contains(hub.GetProperty("auditEvents").EnumerateArray(), a => a.GetProperty("action").GetString() == "CustomersMerged");
        Assert.DoesNotContain(hub.GetProperty("auditEvents").EnumerateArray(), a => a.GetProperty("action").GetString() == "StrangerViewed");
        var live = package.RootElement.GetProperty("live");
        Assert.Equal(_crmAccount, Assert.Single(live.GetProperty("crm").GetProperty("accounts").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal("Walker Plumbing (ERP)", Assert.Single(live.GetProperty("erp").GetProperty("customers").EnumerateArray()).GetProperty("customer").GetProperty("displayName").GetString());
        Assert.Empty(package.RootElement.GetProperty("warnings").EnumerateArray());
    }

    [Fact]
    public async Task Gather_ForAContact_ReadsTheirCrmContactLive_AndFindsThemAtAnotherCustomerByEmail()
    {
        var id = await LogAsync(AccessSubjectKind.Contact, _mereana.Id);
        await VerifyAsync(id);

        using var package = await GatherAsync(id);

        var contacts = package.RootElement.GetProperty("hub").GetProperty("contacts").EnumerateArray().ToList();
        Assert.Equal(new[] { _walker.Id, _other.Id }.Order(), contacts.Select(c => c.GetProperty("customerId").GetGuid()).Order());
        var crmContact = package.RootElement.GetProperty("live").GetProperty("crm").GetProperty("contact");
        Assert.Equal("mereana@example.co.nz", crmContact.GetProperty("email").GetString());
        Assert.Equal(_crmContact, crmContact.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Package_ListsEverySystemWithWhereItIsHosted_AndTheReportSaysSoToo()
    {
        var id = await LogAsync(AccessSubjectKind.Contact, _mereana.Id);
        await VerifyAsync(id);

        using var package = await GatherAsync(id);

        var sources = package.RootElement.GetProperty("sources").EnumerateArray().ToList();
        Assert.Equal(["Hub", "Crm", "Erp"], sources.Take(3).Select(s => s.GetProperty("system").GetString()));
        Assert.Equal("Australia East (Sydney)", sources[0].GetProperty("region").GetString());
        Assert.Contains(sources, s => s.GetProperty("store").GetString() == "Backups");
        await using var db = _database.Contexts.CreateDbContext();
        var html = await db.AccessRequestPackages.Where(p => p.AccessRequestId == id).Select(p => p.Html).SingleAsync();
        Assert.Contains("Personal information held about Mereana Walker", html);
        Assert.Contains("Australia Southeast (Melbourne)", html);
    }

    [Fact]
    public async Task RefusesToGatherOrRelease_UntilTheIdentityIsVerified()
    {
        var id = await LogAsync(AccessSubjectKind.Contact, _mereana.Id);

        var gather = await _services.GetRequiredService<StartGatherCommand>().ExecuteAsync(id, Grace, CancellationToken.None);
        var release = await _services.GetRequiredService<ReleaseAccessRequestCommand>().ExecuteAsync(new ReleaseAccessRequestInput(id, "Emailed", await VersionAsync(id)), Grace, CancellationToken.None);

        Assert.False(gather.Saved);
        Assert.Contains("identity", gather.Error);
        Assert.False(release.Saved);
        Assert.Equal(0, _jobStorage.GetMonitoringApi().EnqueuedCount("default"));
        var request = await RequestAsync(id);
        Assert.Equal(GatherState.NotStarted, request.GatherState);
        Assert.Equal(AccessRequestStatus.Received, request.Status);
    }

    [Fact]
    public async Task Release_IsRecordedAndAudited()
    {
        var id = await LogAsync(AccessSubjectKind.Contact, _mereana.Id);
        await VerifyAsync(id);
        (await GatherAsync(id)).Dispose();

        var result = await _services.GetRequiredService<ReleaseAccessRequestCommand>()
            .ExecuteAsync(new ReleaseAccessRequestInput(id, "Emailed to the verified address", await VersionAsync(id)), Grace, CancellationToken.None);

        Assert.True(result.Saved, result.Error);
        var request = await RequestAsync(id);
        Assert.Equal((AccessRequestStatus.Released, "Emailed to the verified address", "Grace Tupou"), (request.Status, request.ReleaseMethod, request.DecidedByName));
        var audit = Assert.Single(await AuditAsync(id, "AccessRequestReleased"));
        Assert.Equal("grace", audit.UserId);
    }

    [Fact]
    public async Task Refusal_KeepsTheReasons_AndIsAudited()
    {
        var id = await LogAsync(AccessSubjectKind.Contact, _mereana.Id);

        var result = await _services.GetRequiredService<RefuseAccessRequestCommand>()
            .ExecuteAsync(new RefuseAccessRequestInput(id, "Identity could not be confirmed (s 53(c))", await VersionAsync(id)), Grace, CancellationToken.None);

        Assert.True(result.Saved, result.Error);
        var request = await RequestAsync(id);
        Assert.Equal((AccessRequestStatus.Refused, "Identity could not be confirmed (s 53(c))"), (request.Status, request.RefusalReason));
        Assert.Contains("s 53(c)", Assert.Single(await AuditAsync(id, "AccessRequestRefused")).AfterJson);
    }

    [Fact]
    public async Task Extension_MovesTheDueDate_KeepsTheOldOneAndTheReason_AndIsAudited()
    {
        var id = await LogAsync(AccessSubjectKind.Contact, _mereana.Id);
        var before = await RequestAsync(id);

        var result = await _services.GetRequiredService<ExtendAccessRequestCommand>().ExecuteAsync(
            new ExtendAccessRequestInput(id, before.DueOn.AddDays(14), "Large volume of records to search", before.Version), Grace, CancellationToken.None);

        Assert.True(result.Saved, result.Error);
        var detail = (await _services.GetRequiredService<GetAccessRequestQuery>().ExecuteAsync(id, CancellationToken.None))!;
        Assert.Equal(before.DueOn.AddDays(14), detail.Request.DueOn);
        Assert.Equal(before.DueOn, detail.Request.OriginalDueOn);
        var extension = Assert.Single(detail.Extensions);
        Assert.Equal((before.DueOn, "Large volume of records to search", "Grace Tupou"), (extension.PreviousDueOn, extension.Reason, extension.ExtendedByName));
        Assert.Single(await AuditAsync(id, "AccessRequestExtended"));
    }

    [Fact]
    public async Task Extension_ToADateNotAfterTheCurrentOne_IsRefusedAtTheField()
    {
        var id = await LogAsync(AccessSubjectKind.Contact, _mereana.Id);
        var before = await RequestAsync(id);

        var result = await _services.GetRequiredService<ExtendAccessRequestCommand>().ExecuteAsync(
            new ExtendAccessRequestInput(id, before.DueOn, "", before.Version), Grace, CancellationToken.None);

        Assert.NotNull(result.FieldError("NewDueOn"));
        Assert.NotNull(result.FieldError("Reason"));
        Assert.Equal(before.DueOn, (await RequestAsync(id)).DueOn);
        Assert.Empty(await AuditAsync(id, "AccessRequestExtended"));
    }

    [Fact]
    public async Task Logging_WorksOutTheNzDueDate_AndAuditsIt()
    {
        var id = await LogAsync(AccessSubjectKind.Contact, _mereana.Id, new DateOnly(2026, 11, 20));

        var request = await RequestAsync(id);

        Assert.Equal(new DateOnly(2026, 12, 18), request.DueOn);
        Assert.Equal("Mereana Walker", request.SubjectName);
        Assert.Equal(_walker.Id, request.SubjectCustomerId);
        Assert.Single(await AuditAsync(id, "AccessRequestLogged"));
    }

    [Fact]
    public async Task AnAdminCannotWorkOnAccessRequests()
    {
        var admin = User("sam", "Sam Admin", Roles.Admin);

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => _services.GetRequiredService<LogAccessRequestCommand>().ExecuteAsync(
            new LogAccessRequestInput("Mereana", null, null, AccessSubjectKind.Contact, _mereana.Id, PrivacyJurisdiction.Nz, new DateOnly(2026, 11, 20), null), admin, CancellationToken.None));
    }

    private async Task SeedHubAsync()
    {
        _mereana = new Contact { CustomerId = _walker.Id, CrmContactId = _crmContact.ToString(), FirstName = "Mereana", LastName = "Walker", Email = "mereana@example.co.nz", IsPrimary = true };
        var quote = new Quote { CustomerId = _walker.Id, CrmQuoteId = Guid.NewGuid().ToString(), QuoteNumber = "Q-1001", Name = "Hot water cylinder", CurrencyCode = "NZD", TotalAmount = 2400m };
        var change = HubRecords.ChangeRequest(_walker, "aroha", Roles.DataSteward, ChangeRequestStatus.Pending);
        change.Fields.Add(new ChangeRequestField { FieldName = "Phone", OldValue = "+6493791234", NewValue = "+6421555019", TargetSystem = ChangeTarget.Crm });
        await _database.SeedAsync(db =>
        {
            db.Customers.AddRange(_walker, _other, _mergedAway, _stranger);
            db.SourceLinks.Add(new SourceLink { CustomerId = _walker.Id, System = SourceSystem.Crm, ExternalId = _crmAccount.ToString(), LastSeenAt = HubRecords.Now });
            db.SourceLinks.Add(new SourceLink { CustomerId = _walker.Id, System = SourceSystem.Erp, ExternalId = _erpCustomer.ToString(), LastSeenAt = HubRecords.Now });
            db.SourceLinks.Add(HubRecords.Link(_stranger, SourceSystem.Crm));
            db.Contacts.Add(_mereana);
            db.Contacts.Add(new Contact { CustomerId = _walker.Id, CrmContactId = Guid.NewGuid().ToString(), FirstName = "Tama", LastName = "Walker", Email = "tama@example.co.nz" });
            db.Contacts.Add(new Contact { CustomerId = _other.Id, CrmContactId = Guid.NewGuid().ToString(), FirstName = "Mereana", LastName = "Walker", Email = "mereana@example.co.nz" });
            db.Contacts.Add(new Contact { CustomerId = _stranger.Id, CrmContactId = Guid.NewGuid().ToString(), FirstName = "Hemi", LastName = "Parata", Email = "hemi@example.co.nz" });
            db.Quotes.Add(quote);
            db.QuoteConversions.Add(new QuoteConversion { QuoteId = quote.Id, CustomerId = _walker.Id, CrmQuoteId = quote.CrmQuoteId, CurrencyCode = "NZD", Amount = 2400m, ErpOrderNumber = "PO-77", Status = QuoteConversionStatus.Converted });
            db.CreditRequests.Add(new CreditRequest { CustomerId = _walker.Id, CurrencyCode = "NZD", Amount = 8000m, Reason = "Busy season", RequestedBy = "aroha", Kind = CreditRequestKind.NewLimit });
            db.ChangeRequests.Add(change);
            db.MergeRecords.Add(new MergeRecord { SurvivorCustomerId = _walker.Id, MergedCustomerId = _mergedAway.Id, FieldChoicesJson = "{}", SurvivorBeforeJson = "{}", MergedBeforeJson = "{}", MergedBy = "liam" });
            db.AuditEvents.Add(AuditEvents.By(User("liam", "Liam O'Connell", Roles.DataSteward), "CustomersMerged", nameof(Customer), _walker.Id.ToString(), HubRecords.Now));
            db.AuditEvents.Add(AuditEvents.By(User("liam", "Liam O'Connell", Roles.DataSteward), "StrangerViewed", nameof(Customer), _stranger.Id.ToString(), HubRecords.Now));
        });
    }

    private async Task<Guid> LogAsync(AccessSubjectKind kind, Guid subjectId, DateOnly? receivedOn = null)
    {
        var result = await _services.GetRequiredService<LogAccessRequestCommand>().ExecuteAsync(
            new LogAccessRequestInput("Mereana Walker", "mereana@example.co.nz", null, kind, subjectId, PrivacyJurisdiction.Nz, receivedOn ?? new DateOnly(2026, 11, 20), null),
            Grace, CancellationToken.None);
        Assert.True(result.Saved, result.Error);
        return result.Id!.Value;
    }

    private async Task VerifyAsync(Guid id)
    {
        var result = await _services.GetRequiredService<VerifyIdentityCommand>()
            .ExecuteAsync(new VerifyIdentityInput(id, "Driver licence sighted", await VersionAsync(id)), Grace, CancellationToken.None);
        Assert.True(result.Saved, result.Error);
    }

    /// <summary>Starts the gather as the page does (a job in Hangfire storage), then runs that job as a worker would.</summary>
    private async Task<JsonDocument> GatherAsync(Guid id)
    {
        var started = await _services.GetRequiredService<StartGatherCommand>().ExecuteAsync(id, Grace, CancellationToken.None);
        Assert.True(started.Saved, started.Error);
        Assert.Equal(1, _jobStorage.GetMonitoringApi().EnqueuedCount("default"));

        await _services.GetRequiredService<GatherAccessPackageJob>().RunAsync(id, CancellationToken.None);

        var request = await RequestAsync(id);
        Assert.Equal((GatherState.Succeeded, 100, AccessRequestStatus.Ready), (request.GatherState, request.GatherPercent, request.Status));
        await using var db = _database.Contexts.CreateDbContext();
        return JsonDocument.Parse(await db.AccessRequestPackages.Where(p => p.AccessRequestId == id).Select(p => p.Json).SingleAsync());
    }

    private async Task<AccessRequest> RequestAsync(Guid id)
    {
        await using var db = _database.Contexts.CreateDbContext();
        return await db.AccessRequests.AsNoTracking().SingleAsync(r => r.Id == id);
    }

    private async Task<long> VersionAsync(Guid id) => (await RequestAsync(id)).Version;

    private async Task<List<AuditEvent>> AuditAsync(Guid id, string action)
    {
        await using var db = _database.Contexts.CreateDbContext();
        return await db.AuditEvents.AsNoTracking().Where(a => a.EntityId == id.ToString() && a.Action == action).ToListAsync();
    }

    private static ClaimsPrincipal User(string id, string name, string role) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, id), new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role)], "Test", ClaimTypes.Name, ClaimTypes.Role));

    private static List<PublicHoliday> Holidays2026() =>
    [
        new(new DateOnly(2026, 2, 6), "Waitangi Day"), new(new DateOnly(2026, 4, 3), "Good Friday"), new(new DateOnly(2026, 4, 6), "Easter Monday"),
        new(new DateOnly(2026, 4, 27), "Anzac Day (Monday)"), new(new DateOnly(2026, 6, 1), "King's Birthday"), new(new DateOnly(2026, 7, 10), "Matariki"),
        new(new DateOnly(2026, 10, 26), "Labour Day"),
        new(new DateOnly(2027, 2, 8), "Waitangi Day (Monday)"), new(new DateOnly(2027, 3, 26), "Good Friday"), new(new DateOnly(2027, 3, 29), "Easter Monday"),
        new(new DateOnly(2027, 4, 26), "Anzac Day (Monday)"), new(new DateOnly(2027, 6, 7), "King's Birthday"), new(new DateOnly(2027, 6, 25), "Matariki"),
        new(new DateOnly(2027, 10, 25), "Labour Day"),
    ];
}
