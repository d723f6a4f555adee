using System.Net;
using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace CrmErpPortal.Tests.Integration.Features.Dashboards;

/// <summary>The drift report through the real app: who may open it, its downloads (filtered, audited) and bad input.</summary>
public sealed class DriftExportTests(PortalAppFixture app) : IClassFixture<PortalAppFixture>
{
    [Theory]
    [InlineData("sam", true)]
    [InlineData("liam", true)]
    [InlineData("priya", true)]
    [InlineData("aroha", false)]
    [InlineData("mei", false)]
    public async Task TheReport_OpensForLeadershipAdminAndStewards_Only(string persona, bool allowed)
    {
        var client = await app.Factory.SignedInClientAsync(persona);

        var response = await client.GetAsync("/dashboard/drift");

        Assert.Equal(allowed ? HttpStatusCode.OK : HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task TheDashboard_CarriesTheDriftCard()
    {
        var client = await app.Factory.SignedInClientAsync("sam");

        var html = await client.GetStringAsync("/dashboard");

        Assert.Contains("CRM and ERP drift", html);
    }

    [Fact]
    public async Task TheList_DownloadsAsExcelAndCsv_FilteredByFieldAndCountry_AndIsAudited()
    {
        var (nz, au) = (HubRecords.Customer("Drift Kiwi Ltd"), HubRecords.Customer("Drift Wattle Pty Ltd", country: "AU"));
        await SeedAsync(db =>
        {
            db.Customers.AddRange(nz, au);
            db.DriftFindings.AddRange(Finding(nz, SharedField.Phone, "+6493791234", "+6495550000"), Finding(au, SharedField.Phone, "+61299990000", "+61299991111"),
                Finding(nz, SharedField.Email, "a@kiwi.co.nz", "b@kiwi.co.nz"));
        });
        var client = await app.Factory.SignedInClientAsync("liam");

        var xlsx = await client.GetAsync("/dashboard/drift/export.xlsx?field=phone&country=NZ");
        var csv = await client.GetAsync("/dashboard/drift/export.csv?field=phone&country=NZ");

        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        await using var book = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        var rows = MiniExcel.Query(book, useHeaderRow: true).Cast<IDictionary<string, object?>>().Where(r => ((string?)r["Customer"])?.StartsWith("Drift ", StringComparison.Ordinal) == true).ToList();
        var row = Assert.Single(rows);
        Assert.Equal(("Drift Kiwi Ltd", "Phone", "+6493791234", "+6495550000", "CRM"),
            ((string?)row["Customer"], (string?)row["Field"], (string?)row["CRM value"], (string?)row["ERP value"], (string?)row["Owner"]));
        var text = await csv.Content.ReadAsStringAsync();
        Assert.Contains("+6495550000", text);
        Assert.DoesNotContain("Drift Wattle", text);
        Assert.DoesNotContain("b@kiwi.co.nz", text);
        await using var db = Db();
        Assert.True(await db.AuditEvents.CountAsync(a => a.Action == "DashboardExported" && a.EntityId == "drift") >= 2);
    }

    [Theory]
    [InlineData("/dashboard/drift/export.pdf")]
    [InlineData("/dashboard/drift/export.csv?field=fax")]
    [InlineData("/dashboard/drift/export.csv?country=FR")]
    public async Task BadInput_IsA400Problem(string path)
    {
        var client = await app.Factory.SignedInClientAsync("sam");

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ASalesRep_CannotDownloadIt()
    {
        var client = await app.Factory.SignedInClientAsync("aroha");

        var response = await client.GetAsync("/dashboard/drift/export.csv");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    private static DriftFinding Finding(Customer customer, SharedField field, string crm, string erp) => new()
    {
        CustomerId = customer.Id,
        Field = field,
        CrmValue = crm,
        ErpValue = erp,
        OwnerSystem = SourceSystem.Crm,
        CountryCode = customer.CountryCode,
        DetectedAt = HubRecords.Now,
        LastCheckedAt = HubRecords.Now,
    };

    private PortalDbContext Db() => app.Factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContext();

    private async Task SeedAsync(Action<PortalDbContext> add)
    {
        await using var db = Db();
        add(db);
        await db.SaveChangesAsync();
    }
}
