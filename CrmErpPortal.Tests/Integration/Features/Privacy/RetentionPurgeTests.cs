using System.Security.Claims;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Data.Outbox;
using CrmErpPortal.Features.Customers.Search;
using CrmErpPortal.Features.Privacy.Retention;
using CrmErpPortal.Security;
using CrmErpPortal.Tests.Integration.Features.Push;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Tests.Integration.Features.Privacy;

/// <summary>
/// The retention schedule end to end on a real hub pulled from the emulators: proposals, approval, de-identification
/// (search index included), the source systems' change requests through the outbox, and pulls that must not undo it.
/// </summary>
public sealed class RetentionPurgeTests : IAsyncLifetime
{
    private static readonly ClaimsPrincipal Grace = new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, "grace"), new Claim(ClaimTypes.Name, "Grace Tupou"), new Claim(ClaimTypes.Role, Roles.PrivacyOfficer)], "Test"));

    private readonly PushHarness _h = new();
    private readonly DateTimeOffset _longAgo = DateTimeOffset.UtcNow.AddYears(-3);

    public Task InitializeAsync() => _h.InitializeAsync();

    public Task DisposeAsync() => _h.DisposeAsync();

    [Fact]
    public async Task ApprovedPurge_DeidentifiesExactlyTheDueProspect_NotTheHeldOrRecentOnes_AndSearchNoLongerFindsIt()
    {
        var due = Prospect("Tamsin Whareaitu", "tamsin@whareaitu.co.nz", "+6421555777", _longAgo);
        var held = Prospect("Hemi Brightwater", "hemi@brightwater.co.nz", "+6421555888", _longAgo);
        held.LegalHold = true;
        held.LegalHoldReason = "Disputed invoice, matter 42";
        var recent = Prospect("Ngaio Recent", "ngaio@recent.co.nz", "+6421555999", DateTimeOffset.UtcNow.AddMonths(-2));
        await SeedAsync(db =>
        {
            db.Customers.AddRange(due, held, recent);
            db.Contacts.Add(new Contact { CustomerId = due.Id, CrmContactId = $"c-{Guid.NewGuid():N}", FirstName = "Tamsin", LastName = "Whareaitu", Email = "t.whareaitu@mail.co.nz", SourceModifiedAt = _longAgo, SyncedAt = _longAgo });
        });
        Assert.NotEmpty(await SearchAsync("Whareaitu"));

        await _h.Service<ProposeRetentionJob>().RunAsync(CancellationToken.None);

        var proposals = await ProposalsAsync();
        var proposal = Assert.Single(proposals, p => p.CustomerId != _h.CustomerId);
        Assert.Equal((due.Id, RetentionCategory.Prospect, RetentionProposalStatus.Pending), (proposal.CustomerId, proposal.Category, proposal.Status));
        Assert.Equal("Tamsin Whareaitu", (await CustomerAsync(due.Id)).DisplayName); // nothing changes before approval

        var results = await _h.Service<DecideRetentionCommand>().ApproveAsync([proposal.Id], Grace, CancellationToken.None);

        Assert.Null(Assert.Single(results).Error);
        var purged = await CustomerAsync(due.Id);
        Assert.Equal(Deidentifier.Pseudonym(due.Id), purged.DisplayName);
        Assert.Equal((null, null, null), (purged.Email, purged.PhoneE164, purged.BillingAddress?.Line1 is "" ? null : purged.BillingAddress?.Line1));
        Assert.Equal(("Auckland", "10xx"), (purged.BillingAddress!.Region, purged.BillingAddress.Postcode));
        Assert.NotNull(purged.DeidentifiedAt);
        var contact = Assert.Single(purged.Contacts);
        Assert.Equal((null, Deidentifier.ContactPseudonym, null), (contact.FirstName, contact.LastName, contact.Email));
        Assert.Equal("Hemi Brightwater", (await CustomerAsync(held.Id)).DisplayName);
        Assert.Equal("Ngaio Recent", (await CustomerAsync(recent.Id)).DisplayName);
        Assert.Empty(await SearchAsync("Whareaitu"));
        Assert.Empty(await SearchAsync("tamsin@whareaitu.co.nz"));
        Assert.Empty(await SearchAsync("21555777"));
        Assert.NotEmpty(await SearchAsync("Brightwater"));
        await using var db = _h.Db();
        var stored = (await db.RetentionProposals.AsNoTracking().SingleAsync(p => p.Id == proposal.Id));
        Assert.Equal((RetentionProposalStatus.Purged, "grace"), (stored.Status, stored.DecidedBy));
    }

    [Fact]
    public async Task ThePurgeAudit_NamesFieldsOnly_AndARerunProposesAndPurgesNothingTwice()
    {
        var due = Prospect("Tamsin Whareaitu", "tamsin@whareaitu.co.nz", "+6421555777", _longAgo);
        await SeedAsync(db => db.Customers.Add(due));
        var job = _h.Service<ProposeRetentionJob>();
        await job.RunAsync(CancellationToken.None);
        Assert.Equal(0, await job.RunAsync(CancellationToken.None)); // a pending proposal is not proposed twice
        var proposal = Assert.Single(await ProposalsAsync(), p => p.CustomerId == due.Id);

        await _h.Service<DecideRetentionCommand>().ApproveAsync([proposal.Id], Grace, CancellationToken.None);
        var again = await _h.Service<DecideRetentionCommand>().ApproveAsync([proposal.Id], Grace, CancellationToken.None);
        await job.RunAsync(CancellationToken.None);

        Assert.Contains("Already purged", Assert.Single(again).Error);
        Assert.Single(await ProposalsAsync(), p => p.CustomerId == due.Id);
        await using var db = _h.Db();
        var audit = await db.AuditEvents.AsNoTracking().Where(a => a.Action == "RetentionPurged").ToListAsync();
        var entry = Assert.Single(audit);
        Assert.Null(entry.BeforeJson);
        Assert.Contains("\"Email\"", entry.AfterJson);
        Assert.DoesNotContain("Whareaitu", entry.AfterJson);
        Assert.DoesNotContain("tamsin", entry.AfterJson);
        Assert.DoesNotContain("555777", entry.AfterJson);
        Assert.Equal("grace", entry.UserId);
    }

    [Fact]
    public async Task NothingIsPurgedWithoutAPrivacyOfficer_OrAfterALegalHoldIsPlaced()
    {
        var due = Prospect("Tamsin Whareaitu", "tamsin@whareaitu.co.nz", "+6421555777", _longAgo);
        await SeedAsync(db => db.Customers.Add(due));
        await _h.Service<ProposeRetentionJob>().RunAsync(CancellationToken.None);
        var proposal = Assert.Single(await ProposalsAsync(), p => p.CustomerId == due.Id);
        var decide = _h.Service<DecideRetentionCommand>();

        var bySteward = await decide.ApproveAsync([proposal.Id], PushHarness.Liam, CancellationToken.None);
        Assert.Null(await _h.Service<SetLegalHoldCommand>().ExecuteAsync(new LegalHoldInput(due.Id, null, true, "Inquiry by the regulator"), Grace, CancellationToken.None));
        var afterHold = await decide.ApproveAsync([proposal.Id], Grace, CancellationToken.None);

        Assert.Contains("privacy officer", Assert.Single(bySteward).Error);
        Assert.Contains("legal hold", Assert.Single(afterHold).Error);
        Assert.Equal("Tamsin Whareaitu", (await CustomerAsync(due.Id)).DisplayName);
        await using var db = _h.Db();
        Assert.True(await db.AuditEvents.AnyAsync(a => a.Action == "LegalHoldPlaced" && a.EntityId == due.Id.ToString()));
    }

    [Fact]
    public async Task AFormerCustomerInBothSystems_GetsAChangeRequestToEach_AndAPullBeforeThePushDoesNotReidentifyIt()
    {
        await using (var db = _h.Db())
        {
            var eightYearsAgo = DateTimeOffset.UtcNow.AddYears(-8);
            await db.Customers.Where(c => c.Id == _h.CustomerId).ExecuteUpdateAsync(s => s.SetProperty(c => c.CreatedAt, eightYearsAgo).SetProperty(c => c.UpdatedAt, eightYearsAgo));
        }

        await _h.Service<ProposeRetentionJob>().RunAsync(CancellationToken.None);
        var proposal = Assert.Single(await ProposalsAsync(), p => p.CustomerId == _h.CustomerId);
        Assert.Equal(RetentionCategory.FormerCustomer, proposal.Category);
        Assert.Equal(2, await SourceCopiesAsync()); // the drift report's copy of each system's values

        var result = Assert.Single(await _h.Service<DecideRetentionCommand>().ApproveAsync([proposal.Id], Grace, CancellationToken.None));

        var request = await _h.RequestRowAsync(result.ChangeRequestId!.Value);
        Assert.Equal((ChangeSource.Privacy, ChangeRequestStatus.Approved, "grace"), (request.Source, request.Status, request.DecidedBy));
        Assert.All(request.Fields, f => Assert.Null(f.OldValue));
        await using (var db = _h.Db())
        {
            var messages = await db.OutboxMessages.AsNoTracking().Where(m => m.ChangeRequestId == request.Id).ToListAsync();
            Assert.Equal([SourceSystem.Crm, SourceSystem.Erp], messages.Select(m => m.TargetSystem).Order());
        }

        // The CRM changes the account before the purge reaches it: the pull must keep the hub de-identified.
        await _h.Sandbox.Systems.Crm.Store.UpdateAsync("accounts", _h.CrmAccountId, body => { body["telephone1"] = "09 379 9999"; return body; }, expectedVersion: null);
        await _h.PullAsync();
        var afterPull = await CustomerAsync(_h.CustomerId);
        Assert.Equal((Deidentifier.Pseudonym(_h.CustomerId), null, null), (afterPull.DisplayName, afterPull.Email, afterPull.PhoneE164));
        Assert.Empty(await SearchAsync("Kiwi Plumbing"));
        Assert.Equal(0, await SourceCopiesAsync()); // dropped by the purge, and the pull wrote none back

        await using (var db = _h.Db())
        {
            foreach (var id in await db.OutboxMessages.Where(m => m.ChangeRequestId == request.Id).Select(m => m.Id).ToListAsync())
            {
                await _h.SendAsync(id);
            }
        }

        var account = (await _h.CrmAccountAsync())!.Body;
        var erp = (await _h.ErpCustomerAsync())!.Body;
        Assert.Equal(Deidentifier.Pseudonym(_h.CustomerId), (string?)account["name"]);
        Assert.True(string.IsNullOrEmpty((string?)account["emailaddress1"]) && string.IsNullOrEmpty((string?)account["telephone1"]) && string.IsNullOrEmpty((string?)account["address1_line1"]));
        Assert.Equal(Deidentifier.Pseudonym(_h.CustomerId), (string?)erp["displayName"]);
        Assert.True(string.IsNullOrEmpty((string?)erp["email"]) && string.IsNullOrEmpty((string?)erp["phoneNumber"]) && string.IsNullOrEmpty((string?)erp["addressLine1"]));
    }

    [Fact]
    public async Task AnEarlierApprovedChangeNotYetSent_IsCancelled_SoItCannotWriteTheOldDataBack()
    {
        var earlier = await _h.ApproveAsync(await _h.RequestAsync(("Phone", "09 300 9999")), PushHarness.Liam);
        await BackdateHarnessCustomerAsync();
        await _h.Service<ProposeRetentionJob>().RunAsync(CancellationToken.None);
        var proposal = Assert.Single(await ProposalsAsync(), p => p.CustomerId == _h.CustomerId);

        await _h.Service<DecideRetentionCommand>().ApproveAsync([proposal.Id], Grace, CancellationToken.None);

        var message = await _h.MessageAsync(Assert.Single(earlier));
        Assert.Equal(OutboxStatus.Cancelled, message.Status);
        Assert.DoesNotContain("3009999", message.PayloadJson);
        Assert.DoesNotContain("3791234", message.PayloadJson);
    }

    [Fact]
    public async Task AnInactiveContact_IsPurgedOnItsOwn_AndItsCustomerIsKept()
    {
        var customer = Prospect("Ngaio Recent", "ngaio@recent.co.nz", "+6421555999", DateTimeOffset.UtcNow.AddMonths(-2));
        var contact = new Contact { CustomerId = customer.Id, CrmContactId = $"c-{Guid.NewGuid():N}", FirstName = "Rawiri", LastName = "Old", Email = "rawiri@old.co.nz", SourceModifiedAt = DateTimeOffset.UtcNow.AddYears(-4), SyncedAt = _longAgo };
        await SeedAsync(db => { db.Customers.Add(customer); db.Contacts.Add(contact); });
        await _h.Service<ProposeRetentionJob>().RunAsync(CancellationToken.None);
        var proposal = Assert.Single(await ProposalsAsync(), p => p.CustomerId == customer.Id);
        Assert.Equal((RetentionCategory.InactiveContact, contact.Id), (proposal.Category, proposal.ContactId));

        await _h.Service<DecideRetentionCommand>().ApproveAsync([proposal.Id], Grace, CancellationToken.None);

        var kept = await CustomerAsync(customer.Id);
        Assert.Equal(("Ngaio Recent", null), (kept.DisplayName, kept.DeidentifiedAt));
        Assert.Equal((null, Deidentifier.ContactPseudonym, null), (kept.Contacts[0].FirstName, kept.Contacts[0].LastName, kept.Contacts[0].Email));
        Assert.Empty(await SearchAsync("Rawiri"));
        Assert.NotEmpty(await SearchAsync("Ngaio"));
    }

    private async Task BackdateHarnessCustomerAsync()
    {
        await using var db = _h.Db();
        var eightYearsAgo = DateTimeOffset.UtcNow.AddYears(-8);
        await db.Customers.Where(c => c.Id == _h.CustomerId).ExecuteUpdateAsync(s => s.SetProperty(c => c.CreatedAt, eightYearsAgo).SetProperty(c => c.UpdatedAt, eightYearsAgo));
    }

    private static Customer Prospect(string name, string email, string phone, DateTimeOffset lastActivity)
    {
        var customer = HubRecords.Customer(name, status: CustomerStatus.Prospect);
        customer.Email = email;
        customer.PhoneE164 = phone;
        customer.BillingAddress = new PostalAddress("5 Queen Street", null, null, "Auckland", "Auckland", "1010", "NZ");
        customer.CreatedAt = lastActivity;
        customer.UpdatedAt = lastActivity;
        return customer;
    }

    private async Task SeedAsync(Action<CrmErpPortal.Data.PortalDbContext> add)
    {
        await using var db = _h.Db();
        add(db);
        await db.SaveChangesAsync();
    }

    private async Task<List<RetentionProposal>> ProposalsAsync()
    {
        await using var db = _h.Db();
        return await db.RetentionProposals.AsNoTracking().ToListAsync();
    }

    private async Task<Customer> CustomerAsync(Guid id)
    {
        await using var db = _h.Db();
        return await db.Customers.AsNoTracking().Include(c => c.Contacts).SingleAsync(c => c.Id == id);
    }

    private async Task<IReadOnlyList<CustomerSearchHit>> SearchAsync(string query) =>
        (await _h.Service<SearchCustomersQuery>().ExecuteAsync(new SearchCustomersInput(query), CancellationToken.None)).Hits;

    private async Task<int> SourceCopiesAsync()
    {
        await using var db = _h.Db();
        var links = db.SourceLinks.Where(l => l.CustomerId == _h.CustomerId).Select(l => l.Id);
        return await db.SourceFieldCopies.CountAsync(c => links.Contains(c.SourceLinkId));
    }
}
