namespace CrmErpPortal.Sandbox.BusinessCentral;

/// <summary>One OData path segment: <c>customers</c>, <c>customers(6d7a…)</c> or <c>subscriptions('abc')</c>.</summary>
public sealed record BcSegment(string Name, string? Key)
{
    public Guid RequireGuid() =>
        Guid.TryParse(Key, out var id) ? id : throw BcException.BadRequest($"'{Key}' is not a valid key for {Name}");
}

/// <summary>The resource path after <c>api/v2.0/</c>, split into segments.</summary>
public static class BcPath
{
    public static IReadOnlyList<BcSegment> Parse(string path)
    {
        var segments = new List<BcSegment>();
        foreach (var part in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var open = part.IndexOf('(');
            if (open < 0)
            {
                segments.Add(new BcSegment(part, null));
                continue;
            }

            if (!part.EndsWith(')') || open == 0)
            {
                throw BcException.BadRequest($"The request URI segment '{part}' is not valid");
            }

            var key = part[(open + 1)..^1].Trim();
            if (key.Length >= 2 && key[0] == '\'' && key[^1] == '\'')
            {
                key = key[1..^1];
            }

            if (key.StartsWith("id=", StringComparison.OrdinalIgnoreCase))
            {
                key = key[3..];
            }

            segments.Add(new BcSegment(part[..open], key));
        }

        return segments;
    }
}
