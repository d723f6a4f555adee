using System.Net;
using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmErpPortal.Tests.Integration.Features.Privacy;

/// <summary>The package downloads through the real app: privacy officers only, each download audited, bad input a problem.</summary>
public sealed class AccessPackageEndpointsTests(PortalAppFixture app) : IClassFixture<PortalAppFixture>
{
    [Fact]
    public async Task APrivacyOfficer_DownloadsTheJsonAndTheReport_AndEachDownloadIsAudited()
    {
        var id = await SeedRequestAsync(withPackage: true);
        var client = await app.Factory.SignedInClientAsync("grace");

        var json = await client.GetAsync($"/privacy/access-requests/{id}/package.json");
        var html = await client.GetAsync($"/privacy/access-requests/{id}/package.html");

        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        Assert.Equal("application/json", json.Content.Headers.ContentType?.MediaType);
        Assert.Equal("{\"subject\":\"Aroha Smith\"}", await json.Content.ReadAsStringAsync());
        Assert.Equal("attachment", json.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Aroha Smith", await html.Content.ReadAsStringAsync());
        await using var db = Db();
        Assert.Equal(2, await db.AuditEvents.CountAsync(a => a.Action == "AccessPackageDownloaded" && a.EntityId == id.ToString()));
    }

    [Fact]
    public async Task AnAdmin_CannotDownloadAPackage()
    {
        var id = await SeedRequestAsync(withPackage: true);
        var client = await app.Factory.SignedInClientAsync("priya");

        var response = await client.GetAsync($"/privacy/access-requests/{id}/package.json");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        await using var db = Db();
        Assert.Equal(0, await db.AuditEvents.CountAsync(a => a.Action == "AccessPackageDownloaded" && a.EntityId == id.ToString()));
    }

    [Fact]
    public async Task AnUnknownFormat_IsA400Problem_AndARequestWithoutAPackageA404()
    {
        var id = await SeedRequestAsync(withPackage: false);
        var client = await app.Factory.SignedInClientAsync("grace");

        var pdf = await client.GetAsync($"/privacy/access-requests/{id}/package.pdf");
        var missing = await client.GetAsync($"/privacy/access-requests/{id}/package.json");

        Assert.Equal(HttpStatusCode.BadRequest, pdf.StatusCode);
        Assert.Equal("application/problem+json", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }

    private async Task<Guid> SeedRequestAsync(bool withPackage)
    {
        var customer = HubRecords.Customer("Aroha Smith Plumbing");
        var request = new AccessRequest
        {
            RequesterName = "Aroha Smith",
            SubjectKind = AccessSubjectKind.Customer,
            SubjectId = customer.Id,
            SubjectCustomerId = customer.Id,
            SubjectName = "Aroha Smith",
            ReceivedOn = new DateOnly(2026, 11, 20),
            OriginalDueOn = new DateOnly(2026, 12, 18),
            DueOn = new DateOnly(2026, 12, 18),
            LoggedBy = "grace",
            IdentityVerified = true,
            GatherState = withPackage ? GatherState.Succeeded : GatherState.NotStarted,
        };
        await using var db = Db();
        db.Customers.Add(customer);
        db.AccessRequests.Add(request);
        if (withPackage)
        {
            db.AccessRequestPackages.Add(new AccessRequestPackage
            {
                AccessRequestId = request.Id, Json = "{\"subject\":\"Aroha Smith\"}", Html = "<h1>Aroha Smith</h1>", CreatedAt = HubRecords.Now,
            });
        }

        await db.SaveChangesAsync();
        return request.Id;
    }

    private PortalDbContext Db() => app.Factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContext();
}
