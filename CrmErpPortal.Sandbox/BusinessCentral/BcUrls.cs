using System.Text;

namespace CrmErpPortal.Sandbox.BusinessCentral;

/// <summary>Absolute URLs the way BC writes them back: the service root up to <c>api/v2.0/</c>, and next links.</summary>
public static class BcUrls
{
    private const string Api = "/api/v2.0/";

    public static string ApiRoot(HttpRequest request)
    {
        var path = request.PathBase + request.Path;
        var value = path.Value ?? "";
        var at = value.IndexOf(Api, StringComparison.Ordinal);
        var root = at < 0 ? value.TrimEnd('/') + "/" : value[..(at + Api.Length)];
        return $"{request.Scheme}://{request.Host}{root}";
    }

    /// <summary>The same request with $skip spent and a fresh $skiptoken; every other option is carried over as sent.</summary>
    public static string NextLink(HttpRequest request, BcSkipToken token)
    {
        var query = new StringBuilder();
        foreach (var (key, values) in request.Query)
        {
            if (key is "$skiptoken" or "$skip")
            {
                continue;
            }

            foreach (var value in values)
            {
                query.Append(query.Length == 0 ? '?' : '&').Append(Uri.EscapeDataString(key).Replace("%24", "$"))
                    .Append('=').Append(Uri.EscapeDataString(value ?? ""));
            }
        }

        query.Append(query.Length == 0 ? '?' : '&').Append("$skiptoken=").Append(token.Encode());
        return $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}{query}";
    }
}
