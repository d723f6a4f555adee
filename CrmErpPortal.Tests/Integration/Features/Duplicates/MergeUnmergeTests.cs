using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Duplicates.Merge;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Tests.Integration.Features.Duplicates;

/// <summary>
/// "Kiwi Plumbing Ltd" (CRM) and "Kiwi Plumbing Limited" (ERP), each with its own rows: merge moves everything to the
/// survivor and deletes nothing; unmerge puts every row and every field back (compared as whole SQLite rows).
/// </summary>
public sealed class MergeUnmergeTests : IAsyncLifetime
{
    // Version is the concurrency token: it only grows, so it is the one column a restore does not rewind.
    private static readonly string[] Tables =
        ["Customers", "SourceLinks", "Contacts", "Invoices", "SalesOrders", "Quotes", "Opportunities", "ServiceCases", "CreditProfiles", "DuplicateCandidates", "CreditRequests"];

    private readonly DuplicatesHarness _hub = new();
    private readonly Customer _crmSide = DuplicatesHarness.Business("Kiwi Plumbing Ltd", "+6493001234", "12 Smith St");
    private readonly Customer _erpSide = DuplicatesHarness.Business("Kiwi Plumbing Limited", "+6493009999", "12 Smith Street", businessNumber: "9429039501974");
    private readonly Customer _third = DuplicatesHarness.Business("Kiwi Plumbing & Gas", "+6493001111", "14 Smith Street");
    private readonly CreditRequest _creditRequest = new()
    {
        Kind = CreditRequestKind.Override, CrmQuoteId = "q-1", Amount = 4_200m, CurrencyCode = "NZD", Reason = "Payment promised Friday",
        Status = CreditRequestStatus.Pending, RequestedBy = "aroha", RequestedByName = "Aroha Ngata", RequestedAt = HubRecords.Now,
    };

    private DuplicateCandidate _pair = default!;
    private DuplicateCandidate _otherPair = default!;

    public async Task InitializeAsync()
    {
        await _hub.InitializeAsync();
        _crmSide.Email = "office@kiwiplumbing.co.nz";
        _crmSide.OwnerName = "Aroha Ngata";
        _erpSide.CustomerNumber = "C10001";
        _erpSide.UpdatedAt = HubRecords.Now.AddDays(-3);
        _pair = HubRecords.Duplicate(_crmSide, _erpSide, MatchBand.AutoLink);
        _pair.ClusterId = _crmSide.Id;
        _pair.ClusterSize = 3;
        _otherPair = HubRecords.Duplicate(_erpSide, _third, MatchBand.Review);
        _otherPair.Evidence = [new MatchEvidence("OrganisationName", "WordOverlap>=0.5", 1.5, "kiwi plumbing", "kiwi plumbing gas")];
        await _hub.Database.SeedAsync(db =>
        {
            db.Customers.AddRange(_crmSide, _erpSide, _third);
            var erpLink = HubRecords.Link(_erpSide, SourceSystem.Erp);
            erpLink.ExternalNumber = "C10001";
            db.SourceLinks.AddRange(HubRecords.Link(_crmSide, SourceSystem.Crm), erpLink);
            db.Contacts.Add(new Contact { CustomerId = _crmSide.Id, CrmContactId = "c-1", FirstName = "Mere", LastName = "Parata", IsPrimary = true });
            db.Contacts.Add(new Contact { CustomerId = _erpSide.Id, CrmContactId = "c-2", FirstName = "Tama", LastName = "Hohaia" });
            db.CreditProfiles.Add(HubRecords.Credit(_erpSide, "NZD", limit: 20000m, balance: 2300m));
            db.Invoices.Add(new Invoice { CustomerId = _erpSide.Id, ErpInvoiceId = "i-1", InvoiceNumber = "PSI-1001", CurrencyCode = "NZD", TotalAmount = 2300m, RemainingAmount = 2300m });
            db.SalesOrders.Add(new SalesOrder { CustomerId = _erpSide.Id, ErpOrderId = "o-1", OrderNumber = "S-ORD101001", CurrencyCode = "NZD", TotalAmount = 900m, Status = SalesOrderStatus.Open });
            db.Quotes.Add(new Quote { CustomerId = _erpSide.Id, CrmQuoteId = "q-1", QuoteNumber = "QUO-01001", Name = "Hot water cylinders", CurrencyCode = "NZD" });
            db.Opportunities.Add(new Opportunity { CustomerId = _erpSide.Id, CrmOpportunityId = "p-1", Name = "Fit-out", CurrencyCode = "NZD" });
            db.ServiceCases.Add(new ServiceCase { CustomerId = _erpSide.Id, CrmCaseId = "k-1", Title = "Leaking valve" });
            db.DuplicateCandidates.AddRange(_pair, _otherPair);
            _creditRequest.CustomerId = _erpSide.Id;
            db.CreditRequests.Add(_creditRequest);
        });
    }

    public Task DisposeAsync() => _hub.DisposeAsync();

    [Fact]
    public async Task Merge_MovesEveryRowToTheSurvivor_KeepsTheMergedRecord_AndSubmitsTheSystemChangesForApproval()
    {
        var result = await MergeAsync();

        Assert.True(result.Merged, result.Error);
        await using var db = _hub.Db();
        var merged = await db.Customers.SingleAsync(c => c.Id == _erpSide.Id);
        Assert.Equal((CustomerStatus.Merged, _crmSide.Id), (merged.Status, merged.MergedIntoCustomerId));
        var survivor = await db.Customers.SingleAsync(c => c.Id == _crmSide.Id);
        Assert.Equal(("+6493009999", "C10001", "9429039501974"), (survivor.PhoneE164, survivor.CustomerNumber, survivor.BusinessNumber));
        Assert.Equal("office@kiwiplumbing.co.nz", survivor.Email);
        Assert.Equal(0, await db.SourceLinks.CountAsync(l => l.CustomerId == _erpSide.Id) + await db.Contacts.CountAsync(c => c.CustomerId == _erpSide.Id)
            + await db.Invoices.CountAsync(i => i.CustomerId == _erpSide.Id) + await db.SalesOrders.CountAsync(o => o.CustomerId == _erpSide.Id)
            + await db.Quotes.CountAsync(q => q.CustomerId == _erpSide.Id) + await db.Opportunities.CountAsync(o => o.CustomerId == _erpSide.Id)
            + await db.ServiceCases.CountAsync(s => s.CustomerId == _erpSide.Id) + await db.CreditProfiles.CountAsync(p => p.CustomerId == _erpSide.Id));
        Assert.Equal(2, await db.SourceLinks.CountAsync(l => l.CustomerId == _crmSide.Id));
        Assert.Equal(_erpSide.Id, (await db.SourceLinks.SingleAsync(l => l.System == SourceSystem.Erp)).MergedFromCustomerId);
        Assert.Null((await db.SourceLinks.SingleAsync(l => l.System == SourceSystem.Crm)).MergedFromCustomerId);
        Assert.Equal(3, await db.Customers.CountAsync());
        Assert.Equal(DuplicateStatus.Merged, (await db.DuplicateCandidates.SingleAsync(d => d.Id == _pair.Id)).Status);
        Assert.Equal(DuplicateStatus.Dismissed, (await db.DuplicateCandidates.SingleAsync(d => d.Id == _otherPair.Id)).Status);
        var requests = await db.ChangeRequests.Include(r => r.Fields).Where(r => r.Source == ChangeSource.Merge).ToListAsync();
        Assert.NotEmpty(requests);
        Assert.All(requests, r => Assert.Equal((ChangeRequestStatus.Pending, _crmSide.Id), (r.Status, r.CustomerId)));
        Assert.Contains(requests.SelectMany(r => r.Fields), f => f.FieldName == "crm.account.accountnumber" && f.NewValue == "C10001");
        Assert.Contains(requests.SelectMany(r => r.Fields), f => f.FieldName == "Phone" && f.NewValue == "+6493009999" && f.TargetSystem == ChangeTarget.Crm);
        var audit = await db.AuditEvents.SingleAsync(a => a.Action == "CustomersMerged");
        Assert.Equal(("liam", _crmSide.Id.ToString()), (audit.UserId, audit.EntityId));
        Assert.DoesNotContain("6493009999", audit.AfterJson);
    }

    [Fact]
    public async Task Unmerge_RestoresEveryRowAndFieldExactly()
    {
        var before = await RowSnapshots.ReadAllAsync(_hub.Database.Path, Tables, "Version");
        var result = await MergeAsync();
        Assert.True(result.Merged, result.Error);
        Assert.NotEqual(before, await RowSnapshots.ReadAllAsync(_hub.Database.Path, Tables, "Version"));

        var undone = await UnmergeAsync(result.MergeRecordId!.Value);

        Assert.True(undone.Unmerged, undone.Error);
        var after = await RowSnapshots.ReadAllAsync(_hub.Database.Path, Tables, "Version");
        foreach (var table in Tables)
        {
            Assert.Equal(before[table], after[table]);
        }

        await using var db = _hub.Db();
        Assert.All(await db.ChangeRequests.Where(r => r.Source == ChangeSource.Merge).ToListAsync(), r => Assert.Equal(ChangeRequestStatus.Rejected, r.Status));
        var record = await db.MergeRecords.SingleAsync();
        Assert.Equal("Liam O'Connell", record.UnmergedBy);
        Assert.True(await db.AuditEvents.AnyAsync(a => a.Action == "CustomersUnmerged"));
        Assert.True((await db.Customers.SingleAsync(c => c.Id == _crmSide.Id)).Version >= 2);
    }

    [Fact]
    public async Task Unmerge_IsRefusedTheSecondTime()
    {
        var result = await MergeAsync();
        await UnmergeAsync(result.MergeRecordId!.Value);

        var again = await UnmergeAsync(result.MergeRecordId!.Value);

        Assert.False(again.Unmerged);
    }

    [Fact]
    public async Task Merge_IsRefused_WhenARecordChangedSinceTheStewardLookedAtIt()
    {
        await _hub.UpdateAsync(_erpSide, c => c.Segment = "Trade");

        var result = await MergeAsync();

        Assert.False(result.Merged);
        Assert.Contains("changed since you opened", result.Error);
        await using var db = _hub.Db();
        Assert.Equal(0, await db.MergeRecords.CountAsync());
        Assert.Equal(CustomerStatus.Active, (await db.Customers.SingleAsync(c => c.Id == _erpSide.Id)).Status);
    }

    [Fact]
    public async Task CreditRequests_MoveToTheSurvivor_AndComeBackOnUnmerge()
    {
        var result = await MergeAsync();
        await using (var db = _hub.Db())
        {
            Assert.Equal(_crmSide.Id, (await db.CreditRequests.SingleAsync(r => r.Id == _creditRequest.Id)).CustomerId);
        }

        var undone = await UnmergeAsync(result.MergeRecordId!.Value);

        Assert.True(undone.Unmerged, undone.Error);
        await using var after = _hub.Db();
        var request = await after.CreditRequests.SingleAsync(r => r.Id == _creditRequest.Id);
        Assert.Equal((_erpSide.Id, CreditRequestStatus.Pending), (request.CustomerId, request.Status));
    }

    [Fact]
    public async Task AMergeRecordFromBeforeCreditRequestsMoved_CanStillBeUnmerged()
    {
        var result = await MergeAsync();
        await using (var db = _hub.Db())
        {
            var record = await db.MergeRecords.SingleAsync();
            var image = System.Text.Json.Nodes.JsonNode.Parse(record.MergedBeforeJson)!.AsObject();
            Assert.True(image["moved"]!.AsObject().Remove("creditRequests"));
            record.MergedBeforeJson = image.ToJsonString();
            await db.SaveChangesAsync();
        }

        var undone = await UnmergeAsync(result.MergeRecordId!.Value);

        Assert.True(undone.Unmerged, undone.Error);
        await using var after = _hub.Db();
        Assert.Equal(CustomerStatus.Active, (await after.Customers.SingleAsync(c => c.Id == _erpSide.Id)).Status);
        Assert.Equal(_erpSide.Id, (await after.Invoices.SingleAsync()).CustomerId);
    }

    private Task<MergeCustomersResult> MergeAsync() =>
        _hub.Get<MergeCustomersCommand>().ExecuteAsync(
            new MergeCustomersInput(_pair.Id, _crmSide.Id, _erpSide.Id,
                new Dictionary<string, Guid> { ["Phone"] = _erpSide.Id, ["CustomerNumber"] = _erpSide.Id, ["BusinessNumber"] = _erpSide.Id, ["Email"] = _crmSide.Id },
                SurvivorVersion: 0, MergedVersion: 0, "Same NZBN"),
            DuplicatesHarness.Liam, CancellationToken.None);

    private async Task<UnmergeResult> UnmergeAsync(Guid mergeRecordId)
    {
        await using var db = _hub.Db();
        var version = (await db.MergeRecords.SingleAsync(m => m.Id == mergeRecordId)).Version;
        return await _hub.Get<UnmergeCommand>().ExecuteAsync(new UnmergeInput(mergeRecordId, version), DuplicatesHarness.Liam, CancellationToken.None);
    }
}
