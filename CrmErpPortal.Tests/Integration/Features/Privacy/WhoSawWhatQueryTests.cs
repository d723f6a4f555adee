using System.Text.Json;
using CrmErpPortal.Components.Shared;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Privacy.WhoSawWhat;
using CrmErpPortal.Security;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.Extensions.Configuration;

namespace CrmErpPortal.Tests.Integration.Features.Privacy;

/// <summary>The privacy officer's "who saw what": views, exports and changes of one customer, and nobody else's.</summary>
public sealed class WhoSawWhatQueryTests : IAsyncLifetime
{
    private readonly PrivacyHarness _harness = new();
    private readonly Customer _kiwi = HubRecords.Customer("Kiwi Plumbing Ltd");
    private readonly Customer _other = HubRecords.Customer("Other Ltd");
    private ChangeRequest _request = default!;

    public async Task InitializeAsync()
    {
        await _harness.InitializeAsync();
        _request = HubRecords.ChangeRequest(_kiwi, "aroha", Roles.DataSteward, ChangeRequestStatus.Approved);
        await _harness.Database.SeedAsync(db =>
        {
            db.Customers.AddRange(_kiwi, _other);
            db.Contacts.Add(new Contact { CustomerId = _kiwi.Id, CrmContactId = "c-1", FirstName = "Mere", LastName = "Parata", IsPrimary = true });
            db.ChangeRequests.Add(_request);
        });
    }

    public Task DisposeAsync() => _harness.DisposeAsync();

    [Fact]
    public async Task ListsWhoViewedExportedAndChangedTheCustomer_NewestFirst_WithTheirTimes()
    {
        var start = _harness.Clock.GetUtcNow();
        var views = _harness.Get<PersonalDataViews>();
        var audit = _harness.Get<AuditWriter>();
        await views.RecordAsync(PrivacyHarness.Aroha, "Customer", _kiwi.Id.ToString(), null, default);
        _harness.Clock.Advance(TimeSpan.FromMinutes(1));
        await views.RecordAsync(PrivacyHarness.Mei, "Customer", _other.Id.ToString(), null, default);
        _harness.Clock.Advance(TimeSpan.FromMinutes(1));
        await audit.WriteAsync(PrivacyHarness.Mei, "ChangeRequestApproved", nameof(ChangeRequest), _request.Id.ToString(), default);
        _harness.Clock.Advance(TimeSpan.FromMinutes(1));
        await audit.WriteAsync(PrivacyHarness.Person("sam", "Sam Whitfield", Roles.Leadership), "DashboardExported", "Dashboard", "overdue", default,
            JsonSerializer.Serialize(new { Format = "csv", Customers = new[] { _kiwi.Id } }));
        await audit.WriteAsync(PrivacyHarness.Person("sam", "Sam Whitfield", Roles.Leadership), "DashboardExported", "Dashboard", "pipeline", default,
            JsonSerializer.Serialize(new { Format = "csv", Customers = new[] { _other.Id } }));

        var log = await _harness.Get<ListPersonalDataAccessQuery>().ExecuteAsync(_kiwi.Id, default);

        Assert.NotNull(log);
        Assert.Equal(["Mere Parata"], log.ContactNames);
        Assert.Equal(
            [
                ("Sam Whitfield", AccessKind.Exported, start.AddMinutes(3)),
                ("Mei Chen", AccessKind.Changed, start.AddMinutes(2)),
                ("Aroha Ngata", AccessKind.Viewed, start),
            ],
            log.Entries.Select(e => (e.UserName, e.Kind, e.At)));
    }

    [Fact]
    public async Task SaysNothingWasSeen_ForACustomerNobodyOpened_AndNullForAnUnknownId()
    {
        var log = await _harness.Get<ListPersonalDataAccessQuery>().ExecuteAsync(_other.Id, default);
        var unknown = await _harness.Get<ListPersonalDataAccessQuery>().ExecuteAsync(Guid.NewGuid(), default);

        Assert.Empty(log!.Entries);
        Assert.Null(unknown);
    }

    [Fact]
    public async Task TheCsvHasOneLinePerEntry_WithUtcAndLocalTimes()
    {
        await _harness.Get<PersonalDataViews>().RecordAsync(PrivacyHarness.Aroha, "Customer", _kiwi.Id.ToString(), null, default);
        var log = await _harness.Get<ListPersonalDataAccessQuery>().ExecuteAsync(_kiwi.Id, default);

        var csv = WhoSawWhatEndpoints.ToCsv(log!, new DisplayTimeZone(new ConfigurationBuilder().Build()));

        var lines = csv.TrimEnd().Split(Environment.NewLine);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("2026-11-27 20:00:00,2026-11-28 09:00:00,\"Aroha Ngata\",\"aroha\",Viewed,", lines[1], StringComparison.Ordinal);
    }
}
