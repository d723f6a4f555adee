using System.Globalization;

namespace CrmErpPortal.Sandbox.Dataverse;

/// <summary>The OData <c>Prefer</c> preferences Dataverse honours; the applied ones are echoed in <c>Preference-Applied</c>.</summary>
public sealed record PreferHeader(int? MaxPageSize, bool TrackChanges, bool ReturnRepresentation, string? IncludeAnnotations)
{
    public const int PageLimit = 5000;

    public static PreferHeader Parse(HttpRequest request)
    {
        int? maxPageSize = null;
        var trackChanges = false;
        var representation = false;
        string? annotations = null;
        foreach (var header in request.Headers["Prefer"])
        {
            foreach (var part in (header ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var (name, value) = part.IndexOf('=') is var at and > 0 ? (part[..at].Trim(), part[(at + 1)..].Trim().Trim('"')) : (part, "");
                switch (name.ToLowerInvariant())
                {
                    case "odata.maxpagesize" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size > 0:
                        maxPageSize = Math.Min(size, PageLimit);
                        break;
                    case "odata.track-changes":
                        trackChanges = true;
                        break;
                    case "return" when value == "representation":
                        representation = true;
                        break;
                    case "odata.include-annotations":
                        annotations = value;
                        break;
                }
            }
        }

        return new PreferHeader(maxPageSize, trackChanges, representation, annotations);
    }

    /// <summary>Whether an annotation term (e.g. Microsoft.Dynamics.CRM.lookuplogicalname) was asked for: "*", "Namespace.*" or the exact term.</summary>
    public bool WantsAnnotation(string term) =>
        IncludeAnnotations is { } list && list.Split(',', StringSplitOptions.TrimEntries).Any(pattern =>
            pattern == "*" || pattern == term || (pattern.EndsWith(".*", StringComparison.Ordinal) && term.StartsWith(pattern[..^1], StringComparison.Ordinal)));
}
