using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CrmErpPortal.Sandbox.Dataverse;

public enum CursorMode
{
    ByVersion,
    BySortKey,
    InitialSync,
    Delta,
}

/// <summary>
/// Where the next page starts, hidden in an opaque $skiptoken (callers must follow nextLink as given).
/// Until is the version a change-tracking read was pinned to on its first page; From is the delta token's version;
/// Phase 1 of a delta lists deletions, after all changed rows, as Dataverse orders them.
/// </summary>
public sealed record PageCursor(
    CursorMode Mode, long After, long Until = 0, long From = 0, int Phase = 0, JsonArray? Keys = null, Guid? LastId = null)
{
    public string Encode() => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(this));

    public static PageCursor? Decode(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<PageCursor>(Base64Url.DecodeFromChars(token));
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            throw DataverseErrors.BadRequest("The $skiptoken is not valid: follow @odata.nextLink exactly as returned.");
        }
    }
}
