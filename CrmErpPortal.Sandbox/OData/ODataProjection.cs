using System.Text.Json.Nodes;

namespace CrmErpPortal.Sandbox.OData;

public static class ODataProjection
{
    /// <summary>$select: keeps the listed properties (plus those always returned, such as the key); no list keeps everything.</summary>
    public static JsonObject Select(JsonObject body, string? select, params string[] always)
    {
        if (string.IsNullOrWhiteSpace(select))
        {
            return body.DeepClone().AsObject();
        }

        var wanted = select.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Concat(always).ToHashSet();
        var result = new JsonObject();
        foreach (var (name, value) in body)
        {
            if (wanted.Contains(name))
            {
                result[name] = value?.DeepClone();
            }
        }

        return result;
    }

    /// <summary>An opaque paging cookie: callers must follow links as given, so the emulators hide what is inside.</summary>
    public static string EncodeToken(long afterVersion) =>
        Convert.ToBase64String(BitConverter.GetBytes(afterVersion)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static long DecodeToken(string token)
    {
        try
        {
            var padded = token.Replace('-', '+').Replace('_', '/');
            padded += new string('=', (4 - padded.Length % 4) % 4);
            return BitConverter.ToInt64(Convert.FromBase64String(padded));
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            throw new ODataSyntaxException("The paging token is not valid: follow @odata.nextLink exactly as returned.");
        }
    }
}
