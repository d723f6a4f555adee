using System.Security.Claims;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.ChangeRequests;
using CrmErpPortal.Security;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Tests.Integration.Features.ChangeRequests;

/// <summary>"Request a change" on the 360 page saves a validated draft on real SQLite, or nothing at all.</summary>
public sealed class DraftChangeRequestCommandTests : IAsyncLifetime
{
    private static readonly ClaimsPrincipal Aroha = new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, "aroha"), new Claim(ClaimTypes.Name, "Aroha Ngata"), new Claim(ClaimTypes.Role, Roles.SalesRep)], "Test"));

    private readonly TestDatabase _database = new();
    private Customer _kiwi = default!;
    private SourceLink _crm = default!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _kiwi = HubRecords.Customer("Kiwi Plumbing Ltd");
        _kiwi.PhoneE164 = "+6493001234";
        _crm = HubRecords.Link(_kiwi, SourceSystem.Crm);
        _crm.SourceEtag = "W/\"4711\"";
        var merged = HubRecords.Customer("Kiwi Plumbing Limited", status: CustomerStatus.Merged);
        await _database.SeedAsync(db =>
        {
            db.Customers.AddRange(_kiwi, merged);
            db.SourceLinks.Add(_crm);
        });
    }

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task SavesADraft_WithTheNormalisedValueTheOldOneTheTargetAndTheEtagItWasBasedOn()
    {
        var result = await ExecuteAsync(new FieldChangeInput("Phone", "09 300 9999"), reason: "Customer rang with their new number");

        Assert.True(result.Saved, string.Join("; ", result.Errors.Values));
        await using var db = _database.Contexts.CreateDbContext();
        var request = await db.ChangeRequests.Include(r => r.Fields).SingleAsync();
        Assert.Equal(ChangeRequestStatus.Draft, request.Status);
        Assert.Equal(ChangeSource.Customer360, request.Source);
        Assert.Equal(Roles.DataSteward, request.RequiredApproverRole);
        Assert.Equal("aroha", request.RequestedBy);
        var field = Assert.Single(request.Fields);
        Assert.Equal(("Phone", "+6493001234", "+6493009999", ChangeTarget.Crm, "W/\"4711\""), (field.FieldName, field.OldValue, field.NewValue, field.TargetSystem, field.BasedOnEtag));
        var audit = await db.AuditEvents.SingleAsync(a => a.Action == "ChangeRequestDrafted");
        Assert.Equal(_kiwi.Id.ToString(), audit.EntityId);
        Assert.DoesNotContain("9999", audit.AfterJson);
    }

    [Theory]
    [InlineData("Phone", "09 300", "Phone")]
    [InlineData("Email", "accounts at kiwi", "Email")]
    [InlineData("BusinessNumber", "9429041234568", "BusinessNumber")]
    [InlineData("DisplayName", "  ", "DisplayName")]
    [InlineData("Phone", "+64 9 300 1234", "Phone")] // the value it already has
    [InlineData("CustomerNumber", "C1", "CustomerNumber")] // a key, not requestable
    public async Task RefusesBadValues_AtTheField_AndSavesNothing(string field, string value, string errorKey)
    {
        var result = await ExecuteAsync(new FieldChangeInput(field, value), reason: "typo");

        Assert.False(result.Saved);
        Assert.True(result.Errors.ContainsKey(errorKey));
        if (value.Trim().Length > 0)
        {
            Assert.DoesNotContain(value.Trim(), result.Errors[errorKey], StringComparison.Ordinal);
        }

        await AssertNothingSavedAsync();
    }

    [Theory]
    [InlineData("51 824 753 557", "ABN check digits do not match — check for a typo.")]
    [InlineData("9429039501976", "NZBN check digit does not match — check for a typo.")]
    [InlineData("5182475355", "NZBN must have 13 digits; this has 10.")] // an NZ customer: read against the NZ identifier
    [InlineData("TFN 123 456 782", "Tax file numbers must not be recorded here. Remove the number; identify a business by its ABN instead.")]
    public async Task BusinessNumber_GetsThePreciseMessage(string value, string message)
    {
        var result = await ExecuteAsync(new FieldChangeInput("BusinessNumber", value), reason: "typo");

        Assert.Equal(message, result.Errors["BusinessNumber"]);
        await AssertNothingSavedAsync();
    }

    [Fact]
    public async Task Phone_GetsThePhoneParsersMessage_ReadInTheCustomersCountry()
    {
        var result = await ExecuteAsync(new FieldChangeInput("Phone", "09 300"), reason: "typo");

        Assert.Equal("Phone number is too short.", result.Errors["Phone"]);
    }

    [Fact]
    public async Task Address_WithAnError_CannotBeSent()
    {
        var result = await ExecuteAsync(new FieldChangeInput("BillingAddress", "12 Smith Street, Auckland"), reason: "moved");

        Assert.Equal("Postcode is missing.", result.Errors["BillingAddress"]);
        await AssertNothingSavedAsync();
    }

    [Fact]
    public async Task Address_IsStoredInItsNormalisedForm()
    {
        var result = await ExecuteAsync(new FieldChangeInput("BillingAddress", "3/12 Smith St, Grey Lynn, Auckland 1021"), reason: "moved");

        Assert.True(result.Saved, string.Join("; ", result.Errors.Values));
        await using var db = _database.Contexts.CreateDbContext();
        Assert.Equal("UNIT 3, 12 SMITH STREET, GREY LYNN, AUCKLAND 1021", (await db.ChangeRequestFields.SingleAsync()).NewValue);
    }

    [Fact]
    public async Task NeedsAReason()
    {
        var result = await ExecuteAsync(new FieldChangeInput("Email", "accounts@kiwiplumbing.co.nz"), reason: " ");

        Assert.False(result.Saved);
        Assert.Contains("Reason", result.Errors.Keys);
        await AssertNothingSavedAsync();
    }

    [Fact]
    public async Task ErpFieldsOfACustomerWithoutAnErpLink_AreRefusedAtTheField()
    {
        var result = await ExecuteAsync(new FieldChangeInput("CreditLimit", "25,000"), reason: "New contract");

        Assert.False(result.Saved);
        Assert.Contains("not linked to an ERP customer", result.Errors["CreditLimit"]);
        await AssertNothingSavedAsync();
    }

    [Fact]
    public async Task ErpFinancialFields_NeedACreditController_AndNameGoesToBothSystems()
    {
        var erp = HubRecords.Link(_kiwi, SourceSystem.Erp);
        erp.SourceEtag = "W/\"erp-9\"";
        await _database.SeedAsync(db =>
        {
            db.SourceLinks.Add(erp);
            db.CreditProfiles.Add(new CreditProfile { CustomerId = _kiwi.Id, ErpCustomerId = erp.ExternalId, CurrencyCode = "NZD", CreditLimit = 10_000m });
        });

        var result = await ExecuteAsync([new FieldChangeInput("CreditLimit", "25,000"), new FieldChangeInput("DisplayName", "Kiwi Plumbing & Gas Ltd")], "New contract");

        Assert.True(result.Saved, string.Join("; ", result.Errors.Values));
        await using var db = _database.Contexts.CreateDbContext();
        var request = await db.ChangeRequests.Include(r => r.Fields).SingleAsync();
        Assert.Equal(Roles.CreditController, request.RequiredApproverRole);
        Assert.Equal("25000.00", request.Fields.Single(f => f.FieldName == "CreditLimit").NewValue);
        Assert.Equal(ChangeTarget.Erp, request.Fields.Single(f => f.FieldName == "CreditLimit").TargetSystem);
        Assert.Equal(("10000.00", "W/\"erp-9\""), (request.Fields.Single(f => f.FieldName == "CreditLimit").OldValue, request.Fields.Single(f => f.FieldName == "CreditLimit").BasedOnEtag));
        var name = request.Fields.Single(f => f.FieldName == "DisplayName");
        Assert.Equal((ChangeTarget.Both, "W/\"4711\"", "W/\"erp-9\""), (name.TargetSystem, name.BasedOnEtag, name.BasedOnErpEtag));
    }

    [Fact]
    public async Task RefusesAMergedCustomer()
    {
        await using (var db = _database.Contexts.CreateDbContext())
        {
            var merged = await db.Customers.SingleAsync(c => c.Status == CustomerStatus.Merged);
            var result = await new DraftChangeRequestCommand(_database.Contexts, TimeProvider.System)
                .ExecuteAsync(new DraftChangeRequestInput(merged.Id, [new FieldChangeInput("Email", "a@b.co.nz")], "x"), Aroha, CancellationToken.None);
            Assert.False(result.Saved);
            Assert.Contains("merged", result.Errors[""]);
        }

        await AssertNothingSavedAsync();
    }

    [Fact]
    public async Task TheCustomersRequestsAreListedNewestFirst()
    {
        await ExecuteAsync(new FieldChangeInput("Email", "first@kiwiplumbing.co.nz"), "one");
        await ExecuteAsync(new FieldChangeInput("Email", "second@kiwiplumbing.co.nz"), "two");

        var list = await new ListCustomerChangeRequestsQuery(_database.Contexts).ExecuteAsync(_kiwi.Id, CancellationToken.None);

        Assert.Equal(["two", "one"], list.Select(r => r.Reason));
        Assert.Equal("Email", list[0].Fields.Single().Label);
        Assert.Equal("second@kiwiplumbing.co.nz", list[0].Fields.Single().NewValue);
    }

    private Task<DraftChangeRequestResult> ExecuteAsync(FieldChangeInput change, string reason) => ExecuteAsync([change], reason);

    private Task<DraftChangeRequestResult> ExecuteAsync(IReadOnlyList<FieldChangeInput> changes, string reason) =>
        new DraftChangeRequestCommand(_database.Contexts, TimeProvider.System)
            .ExecuteAsync(new DraftChangeRequestInput(_kiwi.Id, changes, reason), Aroha, CancellationToken.None);

    private async Task AssertNothingSavedAsync()
    {
        await using var db = _database.Contexts.CreateDbContext();
        Assert.Equal(0, await db.ChangeRequests.CountAsync());
        Assert.Equal(0, await db.AuditEvents.CountAsync(a => a.Action == "ChangeRequestDrafted"));
    }
}
