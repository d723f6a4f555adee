using CrmErpPortal.Sandbox.Seed;

namespace CrmErpPortal.Tests.Sandbox.Seed;

/// <summary>Each planted problem is in the stores, as many times as the report says.</summary>
[Collection(DemoSeedCollection.Name)]
public sealed class PlantedProblemsTests(SeededStores seeded)
{
    [Fact]
    public async Task PlantsDuplicateAccountsWithRealisticVariation()
    {
        var accounts = (await SeededStores.RowsAsync(seeded.Crm, "accounts")).ToDictionary(a => (Guid)a["accountid"]!);

        var pairs = seeded.Report.DuplicatePairs;

        Assert.Equal(80, pairs.Count);
        Assert.Equal(pairs.Count, seeded.Report.Problem(Planted.DuplicateAccounts));
        Assert.All(pairs, p => Assert.NotEqual((string)accounts[p.OriginalAccountId]["telephone1"]!, (string)accounts[p.DuplicateAccountId]["telephone1"]!));
        Assert.Contains(pairs, p => p.Variations.Contains("typo"));
        Assert.Contains(pairs, p => p.Variations.Contains("legalSuffix"));
        Assert.Contains(pairs, p => p.Variations.Contains("streetType"));
        Assert.Contains(pairs, p => p.Variations.Contains("businessNumberMissing"));
    }

    [Fact]
    public async Task LeavesAccountsOutOfTheErp_AndCustomersOutOfTheCrm()
    {
        var accounts = await SeededStores.RowsAsync(seeded.Crm, "accounts");
        var customers = await SeededStores.RowsAsync(seeded.Erp, "customers");
        var accountNumbers = accounts.Select(a => (string?)a["accountnumber"]).ToHashSet();

        var withoutNumber = accounts.Count(a => a["accountnumber"] is null);
        var notInCrm = customers.Count(c => !accountNumbers.Contains((string)c["number"]!));

        Assert.Equal(seeded.Report.Problem(Planted.AccountsNotInErp) + seeded.Report.Problem(Planted.DuplicateAccounts)
            - seeded.Report.Problem(Planted.DuplicatesSharingAccountNumber), withoutNumber);
        Assert.Equal(160, seeded.Report.Problem(Planted.AccountsNotInErp));
        Assert.Equal(seeded.Report.Problem(Planted.CustomersNotInCrm), notInCrm);
        Assert.InRange(notInCrm / (double)customers.Count, 0.04, 0.06);
    }

    [Fact]
    public async Task BlocksSomeCustomersAndPutsSomeOverTheirCreditLimit()
    {
        var customers = await SeededStores.RowsAsync(seeded.Erp, "customers");

        var blocked = customers.GroupBy(c => (string)c["blocked"]!).ToDictionary(g => g.Key, g => g.Count());
        var overLimit = customers.Count(c => (decimal)c["creditLimit"]! > 0 && (decimal)c["balanceDue"]! > (decimal)c["creditLimit"]!);

        Assert.Equal(seeded.Report.Problem(Planted.BlockedShip), blocked.GetValueOrDefault("Ship"));
        Assert.Equal(seeded.Report.Problem(Planted.BlockedInvoice), blocked.GetValueOrDefault("Invoice"));
        Assert.Equal(seeded.Report.Problem(Planted.BlockedAll), blocked.GetValueOrDefault("All"));
        Assert.All(new[] { "Ship", "Invoice", "All" }, b => Assert.True(blocked.GetValueOrDefault(b) >= 5));
        Assert.Equal(seeded.Report.Problem(Planted.OverCreditLimit), overLimit);
        Assert.InRange(overLimit, 10, 150);
    }

    [Fact]
    public async Task PricesSomeQuoteLinesAwayFromTheErpPrice()
    {
        var prices = (await SeededStores.RowsAsync(seeded.Erp, "items")).ToDictionary(i => (string)i["number"]!, i => (decimal)i["unitPrice"]!);
        var lines = await SeededStores.RowsAsync(seeded.Crm, "quotedetails");

        var offList = lines.Where(l => (decimal)l["priceperunit"]! != prices[(string)l["productnumber"]!]).ToList();

        Assert.Equal(seeded.Report.Problem(Planted.QuoteLinesWithOffListPrices), offList.Count);
        Assert.Equal(seeded.Report.Problem(Planted.QuotesWithOffListPrices), offList.Select(l => (Guid)l["_quoteid_value"]!).Distinct().Count());
        Assert.InRange(offList.Count, 20, 150);
    }

    [Fact]
    public async Task LeavesSomeExpiredQuotesActive()
    {
        var quotes = await SeededStores.RowsAsync(seeded.Crm, "quotes");

        var expired = quotes.Count(q => (int)q["statecode"]! == 1 && DateOnly.Parse((string)q["effectiveto"]!) < seeded.Today);

        Assert.Equal(seeded.Report.Problem(Planted.ExpiredActiveQuotes), expired);
        Assert.InRange(expired, 30, 200);
    }

    [Fact]
    public async Task ConvertsMostWonQuotesInTheErp_ButNotAll()
    {
        var quotes = await SeededStores.RowsAsync(seeded.Crm, "quotes");
        var linkedAccounts = (await SeededStores.RowsAsync(seeded.Crm, "accounts")).Where(a => a["accountnumber"] is not null).Select(a => (Guid)a["accountid"]!).ToHashSet();
        var orderRefs = (await SeededStores.RowsAsync(seeded.Erp, "salesOrders")).Select(o => (string)o["externalDocumentNumber"]!).ToHashSet();
        var invoiceRefs = (await SeededStores.RowsAsync(seeded.Erp, "salesInvoices")).Select(i => (string)i["externalDocumentNumber"]!).ToHashSet();

        var won = quotes.Where(q => (int)q["statecode"]! == 2 && linkedAccounts.Contains((Guid)q["_customerid_value"]!)).Select(q => ((Guid)q["quoteid"]!).ToString("N")).ToList();

        Assert.Equal(seeded.Report.Problem(Planted.WonQuotesWithErpOrder), won.Count(orderRefs.Contains));
        Assert.Equal(seeded.Report.Problem(Planted.WonQuotesInvoicedInErp), won.Count(invoiceRefs.Contains));
        Assert.Equal(seeded.Report.Problem(Planted.WonQuotesWithoutErpDocument), won.Count(q => !orderRefs.Contains(q) && !invoiceRefs.Contains(q)));
        Assert.True(seeded.Report.Problem(Planted.WonQuotesWithErpOrder) >= 20);
        Assert.True(seeded.Report.Problem(Planted.WonQuotesWithoutErpDocument) >= 20);
        Assert.All(orderRefs, r => Assert.True(r.Length <= 35));
    }

    [Fact]
    public async Task LeavesOverdueInvoicesInEveryAgingBucket()
    {
        var invoices = await SeededStores.RowsAsync(seeded.Erp, "salesInvoices");

        var buckets = invoices.Where(i => (string?)i["status"] == "Open")
            .GroupBy(i => (seeded.Today.DayNumber - DateOnly.Parse((string)i["dueDate"]!).DayNumber) switch
            {
                <= 0 => Planted.InvoicesCurrent,
                <= 30 => Planted.InvoicesOverdue1To30,
                <= 60 => Planted.InvoicesOverdue31To60,
                <= 90 => Planted.InvoicesOverdue61To90,
                _ => Planted.InvoicesOverdueOver90,
            })
            .ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(5, buckets.Count);
        Assert.All(buckets, b => Assert.Equal(seeded.Report.Problem(b.Key), b.Value));
        Assert.All(buckets, b => Assert.True(b.Value >= 5, $"{b.Key}: {b.Value}"));
    }
}
