using System.Text.Json.Nodes;
using CrmErpPortal.Sandbox.Seed;

namespace CrmErpPortal.Tests.Sandbox.Seed;

/// <summary>The Demo world: sizes, identifiers and the links between the two systems.</summary>
[Collection(DemoSeedCollection.Name)]
public sealed class DemoWorldTests(SeededStores seeded)
{
    [Theory]
    [InlineData("crm", "accounts", 1_900, 2_100)]
    [InlineData("crm", "contacts", 4_000, 6_000)]
    [InlineData("crm", "opportunities", 450, 750)]
    [InlineData("crm", "quotes", 650, 950)]
    [InlineData("crm", "quotedetails", 2_000, 3_500)]
    [InlineData("crm", "incidents", 200, 400)]
    [InlineData("crm", "products", 140, 160)]
    [InlineData("erp", "companies", 1, 1)]
    [InlineData("erp", "items", 140, 160)]
    [InlineData("erp", "customers", 1_700, 1_950)]
    [InlineData("erp", "salesOrders", 500, 2_000)]
    [InlineData("erp", "salesInvoices", 3_000, 7_000)]
    [InlineData("erp", "customerPayments", 2_500, 6_000)]
    public async Task HoldsDemoSizedTables(string system, string entitySet, int min, int max)
    {
        var count = await (system == "crm" ? seeded.Crm : seeded.Erp).CountAsync(entitySet);

        Assert.InRange(count, min, max);
    }

    [Fact]
    public async Task PutsAboutSixtyPercentOfCustomersInNewZealand()
    {
        var customers = await SeededStores.RowsAsync(seeded.Erp, "customers");

        var share = customers.Count(c => (string?)c["country"] == "NZ") / (double)customers.Count;

        Assert.InRange(share, 0.55, 0.65);
    }

    [Fact]
    public async Task GivesEveryLinkedAccountTheNumberOfAnErpCustomer()
    {
        var customerNumbers = (await SeededStores.RowsAsync(seeded.Erp, "customers")).Select(c => (string)c["number"]!).ToHashSet();
        var accounts = await SeededStores.RowsAsync(seeded.Crm, "accounts");

        var linked = accounts.Where(a => a["accountnumber"] is not null).ToList();

        Assert.All(linked, a => Assert.Contains((string)a["accountnumber"]!, customerNumbers));
        Assert.InRange(linked.Count, 1_700, 1_950);
    }

    [Fact]
    public async Task FailsBusinessNumberChecks_OnlyForThePlantedTypos()
    {
        var crmNumbers = (await SeededStores.RowsAsync(seeded.Crm, "accounts")).Select(a => (string?)a["new_businessnumber"]);
        var erpNumbers = (await SeededStores.RowsAsync(seeded.Erp, "customers")).Select(c => (string?)c["taxRegistrationNumber"]);

        var numbers = crmNumbers.Concat(erpNumbers).Where(n => !string.IsNullOrEmpty(n)).ToList();
        var invalid = numbers.Count(n => !IsValid(n!));

        Assert.True(numbers.Count > 2_500);
        Assert.Equal(seeded.Report.Problem(Planted.InvalidBusinessNumbers), invalid);
        Assert.InRange(invalid, 10, 80);
    }

    [Fact]
    public async Task WritesPhonesTheWayEachCountryDoes()
    {
        var phones = (await SeededStores.RowsAsync(seeded.Erp, "customers")).Select(c => (string)c["phoneNumber"]!).ToList();

        Assert.Contains(phones, p => System.Text.RegularExpressions.Regex.IsMatch(p, @"^0[3-9] \d{3} \d{4}$"));
        Assert.Contains(phones, p => System.Text.RegularExpressions.Regex.IsMatch(p, @"^\(0[2378]\) \d{4} \d{4}$"));
        Assert.Contains(phones, p => System.Text.RegularExpressions.Regex.IsMatch(p, @"^04\d{2} \d{3} \d{3}$"));
    }

    [Fact]
    public async Task KeepsEachCustomersBalanceEqualToItsOpenInvoices()
    {
        var invoices = await SeededStores.RowsAsync(seeded.Erp, "salesInvoices");
        var open = invoices.Where(i => (string?)i["status"] == "Open")
            .GroupBy(i => (string)i["customerNumber"]!)
            .ToDictionary(g => g.Key, g => g.Sum(i => (decimal)i["remainingAmount"]!));

        var customers = await SeededStores.RowsAsync(seeded.Erp, "customers");

        Assert.All(customers, c => Assert.Equal(open.GetValueOrDefault((string)c["number"]!), (decimal)c["balanceDue"]!));
    }

    [Fact]
    public async Task RecordsTheReportInBothStores()
    {
        var crm = SeedReport.FromJson(await seeded.Crm.GetMetaAsync(SeedReport.MetaKey));
        var erp = SeedReport.FromJson(await seeded.Erp.GetMetaAsync(SeedReport.MetaKey));

        Assert.Equal(seeded.Report.Problems, crm!.Problems);
        Assert.Equal(seeded.Report.ErpRows, erp!.ErpRows);
    }

    internal static bool IsValid(string number)
    {
        var digits = new string(number.Where(char.IsAsciiDigit).ToArray());
        return digits.Length switch
        {
            11 => BusinessNumbers.IsValidAbn(number),
            13 => BusinessNumbers.IsValidNzbn(number),
            _ => BusinessNumbers.IsValidIrd(number),
        };
    }

    internal static string? Text(JsonObject row, string name) => (string?)row[name];
}
