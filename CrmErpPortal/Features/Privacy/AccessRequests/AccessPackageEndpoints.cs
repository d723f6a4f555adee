using System.Text;
using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Security;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Privacy.AccessRequests;

/// <summary>
/// Downloads of a gathered package, <c>/privacy/access-requests/{id}/package.json|.html</c>, for privacy officers only.
/// Each download is audited: the package is everything held about a person.
/// </summary>
public static class AccessPackageEndpoints
{
    public static string Url(Guid accessRequestId, string format) => $"/privacy/access-requests/{accessRequestId}/package.{format}";

    public static WebApplication MapPrivacyAccessRequests(this WebApplication app)
    {
        app.MapGet("/privacy/access-requests/{id:guid}/package.{format}", DownloadAsync).RequireAuthorization(Policies.Privacy);
        return app;
    }

    private static async Task<IResult> DownloadAsync(
        Guid id, string format, HttpContext http, IDbContextFactory<PortalDbContext> contexts, AuditWriter audit, CancellationToken cancellationToken)
    {
        if (format is not ("json" or "html"))
        {
            return Results.Problem(statusCode: 400, title: "Unknown format", detail: $"No package format \"{format}\"; formats: json, html.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var package = await db.AccessRequestPackages.AsNoTracking()
            .Where(p => p.AccessRequestId == id)
            .Select(p => new { p.CreatedAt, Body = format == "json" ? p.Json : p.Html })
            .FirstOrDefaultAsync(cancellationToken);
        if (package is null)
        {
            return Results.Problem(statusCode: 404, title: "No package", detail: "This access request has no gathered package yet: gather it first.");
        }

        await audit.WriteAsync(http.User, "AccessPackageDownloaded", nameof(AccessRequest), id.ToString(), cancellationToken,
            System.Text.Json.JsonSerializer.Serialize(new { format }));
        var name = $"access-request-{id.ToString()[..8]}-{package.CreatedAt.UtcDateTime:yyyyMMdd-HHmm}.{format}";
        return Results.File(Encoding.UTF8.GetBytes(package.Body), format == "json" ? "application/json; charset=utf-8" : "text/html; charset=utf-8", name);
    }
}
