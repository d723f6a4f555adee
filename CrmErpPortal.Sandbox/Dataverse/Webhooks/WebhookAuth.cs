using System.Xml.Linq;

namespace CrmErpPortal.Sandbox.Dataverse.Webhooks;

/// <summary>How a serviceendpoint's authtype and authvalue turn into the key a webhook receiver checks.</summary>
public static class WebhookAuth
{
    public const int WebhookKey = 4;
    public const int HttpHeader = 5;
    public const int HttpQueryString = 6;

    /// <summary>
    /// 4 appends <c>?code=&lt;authvalue&gt;</c>. 5 and 6 read name/value pairs from authvalue in the Plug-in Registration Tool's
    /// format, <c>&lt;settings&gt;&lt;setting name="x-key" value="secret" /&gt;&lt;/settings&gt;</c>, and send them as headers or
    /// query parameters; the sandbox also accepts <c>name: value</c> pairs separated by ';' or new lines.
    /// </summary>
    public static Uri Apply(string url, int authType, string? authValue, HttpRequestMessage request)
    {
        var query = new List<KeyValuePair<string, string>>();
        switch (authType)
        {
            case WebhookKey when !string.IsNullOrEmpty(authValue):
                query.Add(new("code", authValue));
                break;
            case HttpHeader:
                foreach (var (name, value) in Pairs(authValue))
                {
                    request.Headers.TryAddWithoutValidation(name, value);
                }

                break;
            case HttpQueryString:
                query.AddRange(Pairs(authValue));
                break;
        }

        if (query.Count == 0)
        {
            return new Uri(url);
        }

        var separator = url.Contains('?') ? '&' : '?';
        return new Uri(url + separator + string.Join('&', query.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}")));
    }

    public static IEnumerable<KeyValuePair<string, string>> Pairs(string? authValue)
    {
        if (string.IsNullOrWhiteSpace(authValue))
        {
            return [];
        }

        if (authValue.TrimStart().StartsWith('<'))
        {
            return XElement.Parse(authValue).Elements("setting")
                .Select(s => new KeyValuePair<string, string>((string?)s.Attribute("name") ?? "", (string?)s.Attribute("value") ?? ""))
                .Where(p => p.Key.Length > 0)
                .ToList();
        }

        return authValue.Split([';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(pair => pair.Split([':', '='], 2))
            .Where(parts => parts.Length == 2)
            .Select(parts => new KeyValuePair<string, string>(parts[0].Trim(), parts[1].Trim()))
            .ToList();
    }
}
