using System.Net;
using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace CrmErpPortal.Tests.Integration.Features.Dashboards;

/// <summary>The dashboard's downloads through the real app: files that open with the expected sheets and rows, audited, guarded.</summary>
public sealed class DashboardExportTests(PortalAppFixture app) : IClassFixture<PortalAppFixture>
{
    [Fact]
    public async Task TheOverdueList_DownloadsAsExcelAndCsv_WithTheFilteredRows_AndIsAudited()
    {
        var (nz, au) = (HubRecords.Customer("Kiwi Plumbing Ltd"), HubRecords.Customer("Southern Cross Supplies", country: "AU"));
        await SeedAsync(db =>
        {
            db.Customers.AddRange(nz, au);
            db.CreditProfiles.AddRange(HubRecords.Credit(nz, "NZD", 10_000m, 5_000m, 1_200.50m), HubRecords.Credit(au, "AUD", 10_000m, 5_000m, 900m));
        });
        var client = await app.Factory.SignedInClientAsync("sam");

        var xlsx = await client.GetAsync("/dashboard/export/overdue.xlsx?country=NZ&from=2026-11-01&to=2026-11-30");
        var csv = await client.GetAsync("/dashboard/export/overdue.csv?country=NZ&from=2026-11-01&to=2026-11-30");

        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        await using var book = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        Assert.Equal(["Overdue customers"], MiniExcel.GetSheetNames(book));
        var rows = MiniExcel.Query(book, useHeaderRow: true).Cast<IDictionary<string, object?>>().Where(r => (string?)r["Customer"] is "Kiwi Plumbing Ltd" or "Southern Cross Supplies").ToList();
        var row = Assert.Single(rows);
        Assert.Equal(("NZ", "NZD", 1200.5), ((string?)row["Country"], (string?)row["Currency"], Convert.ToDouble(row["Amount"], System.Globalization.CultureInfo.InvariantCulture)));
        var text = await csv.Content.ReadAsStringAsync();
        Assert.Contains("Kiwi Plumbing Ltd", text);
        Assert.Contains("1200.5", text);
        Assert.DoesNotContain("Southern Cross Supplies", text);
        await using var db = Db();
        Assert.True(await db.AuditEvents.CountAsync(a => a.Action == "DashboardExported" && a.EntityId == "overdue") >= 2);
    }

    [Fact]
    public async Task TheWholeDashboard_IsOneWorkbook_WithASheetPerSection_AndTheWeeklyTrends()
    {
        await SeedAsync(db => db.KpiSnapshots.AddRange(
            Snapshot(new DateOnly(2026, 11, 9), "open-pipeline", "NZD", 12_000m), Snapshot(new DateOnly(2026, 11, 16), "open-pipeline", "NZD", 15_500m),
            Snapshot(new DateOnly(2026, 11, 16), "quotes-won", "", 4m), Snapshot(new DateOnly(2026, 11, 16), "quotes-won", "", 9m, country: "NZ")));
        var client = await app.Factory.SignedInClientAsync("sam");

        var response = await client.GetAsync("/dashboard/export.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var book = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(["Filter", "Revenue and pipeline", "Receivables and credit", "Data quality", "Integration health", "Trends"], MiniExcel.GetSheetNames(book));
        var quality = MiniExcel.Query(book, useHeaderRow: true, sheetName: "Data quality").Cast<IDictionary<string, object?>>().ToList();
        Assert.Contains(quality, r => (string?)r["Figure"] == "Customers");
        var trends = MiniExcel.Query(book, useHeaderRow: true, sheetName: "Trends").Cast<IDictionary<string, object?>>()
            .Select(r => ((string?)r["Week starting"], (string?)r["Key"], (string?)r["Currency"], Convert.ToDecimal(r["Value"], System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Assert.Equal([("2026-11-09", "open-pipeline", "NZD", 12_000m), ("2026-11-16", "open-pipeline", "NZD", 15_500m), ("2026-11-16", "quotes-won", null, 4m)], trends);
    }

    [Theory]
    [InlineData("/dashboard/export/overdue.xlsx?country=FR")]
    [InlineData("/dashboard/export/overdue.csv?from=2026-12-01&to=2026-11-01")]
    [InlineData("/dashboard/export/nonsense.xlsx")]
    [InlineData("/dashboard/export/overdue.pdf")]
    public async Task BadInput_IsA400Problem(string path)
    {
        var client = await app.Factory.SignedInClientAsync("sam");

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ASalesRep_CannotDownloadTheDashboard()
    {
        var client = await app.Factory.SignedInClientAsync("aroha");

        var response = await client.GetAsync("/dashboard/export/overdue.csv");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    private static KpiSnapshot Snapshot(DateOnly week, string kpi, string currency, decimal value, string country = KpiSnapshot.AllCountries) => new()
    {
        WeekStart = week, Kpi = kpi, Country = country, Currency = currency, Value = value, TakenAt = new DateTimeOffset(week.AddDays(7).ToDateTime(new TimeOnly(0, 15)), TimeSpan.Zero),
    };

    private PortalDbContext Db() => app.Factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContext();

    private async Task SeedAsync(Action<PortalDbContext> add)
    {
        await using var db = Db();
        add(db);
        await db.SaveChangesAsync();
    }
}
