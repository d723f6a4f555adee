using CrmErpPortal.Integration;
using CrmErpPortal.Integration.Http;

namespace CrmErpPortal.Features.Sync.Pull;

/// <summary>What the sync monitor says when a pull fails: which system, what happened, what happens next.</summary>
public static class SyncFailure
{
    public static bool IsExpected(Exception ex) => ex is SourceUnavailableException or SourceRequestException or DeltaTokenExpiredException;

    public static string Describe(Exception ex) => ex switch
    {
        SourceUnavailableException unavailable => $"{unavailable.Message} Nothing was lost: the next pull continues from the last checkpoint.",
        SourceRequestException request => $"{request.Message} The checkpoint was kept; fix the cause and press Retry.",
        _ => $"{ex.GetType().Name}: {ex.Message}",
    };
}
