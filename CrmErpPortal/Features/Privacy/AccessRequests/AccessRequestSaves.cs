using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Privacy.AccessRequests;

public static class AccessRequestSaves
{
    /// <summary>
    /// The request a decision is about, tracked for the change, when it is still the version the user saw and still
    /// open; otherwise the refusal to show instead.
    /// </summary>
    public static async Task<(AccessRequest? Request, AccessRequestResult? Refusal)> OpenAsync(PortalDbContext db, Guid id, long version, CancellationToken cancellationToken)
    {
        var request = await db.AccessRequests.FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null || request.Version != version)
        {
            return (null, AccessRequestResult.Failed("The request changed meanwhile; reload it and try again."));
        }

        return request.Status.IsClosed() ? (null, AccessRequestResult.Failed("The request is closed.")) : (request, null);
    }

    /// <summary>Saves the change and its audit together; a concurrent edit (version token) saves neither.</summary>
    public static async Task<AccessRequestResult> SaveAsync(PortalDbContext db, Guid id, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return AccessRequestResult.Ok(id);
        }
        catch (DbUpdateConcurrencyException)
        {
            return AccessRequestResult.Failed("The request changed meanwhile; reload it and try again.");
        }
    }
}
