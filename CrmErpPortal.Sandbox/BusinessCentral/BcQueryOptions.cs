using System.Globalization;
using System.Text.Json.Nodes;
using CrmErpPortal.Sandbox.OData;

namespace CrmErpPortal.Sandbox.BusinessCentral;

/// <summary>The OData system query options of one request, parsed and checked.</summary>
public sealed record BcQueryOptions(
    string? Filter,
    Func<JsonObject, bool> Predicate,
    string? Select,
    IReadOnlyList<(string Property, bool Descending)> OrderBy,
    long? Top,
    long Skip,
    bool Count,
    IReadOnlyList<string> Expand,
    BcSkipToken? SkipToken)
{
    public const int MaxPageSize = 20_000;

    public static BcQueryOptions From(HttpRequest request)
    {
        var query = request.Query;
        string? Option(string name) => query.TryGetValue(name, out var value) ? value.ToString() : null;
        var filter = Option("$filter");
        Func<JsonObject, bool> predicate;
        try
        {
            predicate = ODataFilter.Parse(filter);
        }
        catch (ODataSyntaxException ex)
        {
            throw BcException.BadRequest(ex.Message);
        }

        return new BcQueryOptions(
            filter,
            predicate,
            Option("$select"),
            ParseOrderBy(Option("$orderby")),
            ParseCount(Option("$top"), "$top"),
            ParseCount(Option("$skip"), "$skip") ?? 0,
            string.Equals(Option("$count"), "true", StringComparison.OrdinalIgnoreCase),
            ParseExpand(Option("$expand")),
            BcSkipToken.Decode(Option("$skiptoken")));
    }

    /// <summary>Prefer: odata.maxpagesize=N, capped at BC's 20,000 entities per page.</summary>
    public static int? PreferredPageSize(HttpRequest request)
    {
        foreach (var preference in request.Headers["Prefer"].SelectMany(v => (v ?? "").Split(',')))
        {
            var parts = preference.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length == 2 && parts[0].Equals("odata.maxpagesize", StringComparison.OrdinalIgnoreCase)
                && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size > 0)
            {
                return Math.Min(size, MaxPageSize);
            }
        }

        return null;
    }

    private static long? ParseCount(string? text, string name) =>
        text is null ? null
        : long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value
        : throw BcException.BadRequest($"The value '{text}' is not valid for {name}");

    private static List<(string, bool)> ParseOrderBy(string? text)
    {
        var result = new List<(string, bool)>();
        foreach (var clause in (text ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var descending = parts.Length > 1 && parts[1].Equals("desc", StringComparison.OrdinalIgnoreCase);
            if (parts.Length > 2 || (parts.Length == 2 && !descending && !parts[1].Equals("asc", StringComparison.OrdinalIgnoreCase)))
            {
                throw BcException.BadRequest($"The $orderby clause '{clause}' is not valid");
            }

            result.Add((parts[0], descending));
        }

        return result;
    }

    /// <summary>Navigation names only: nested options such as <c>salesOrderLines($select=…)</c> are accepted and ignored.</summary>
    private static List<string> ParseExpand(string? text)
    {
        var names = new List<string>();
        var depth = 0;
        var start = 0;
        text ??= "";
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || (text[i] == ',' && depth == 0))
            {
                var item = text[start..i];
                var open = item.IndexOf('(');
                var name = (open < 0 ? item : item[..open]).Trim();
                if (name.Length > 0)
                {
                    names.Add(name);
                }

                start = i + 1;
            }
            else if (text[i] == '(')
            {
                depth++;
            }
            else if (text[i] == ')')
            {
                depth--;
            }
        }

        return names;
    }
}
