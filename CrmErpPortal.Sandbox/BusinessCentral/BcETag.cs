using System.Globalization;
using System.Text;

namespace CrmErpPortal.Sandbox.BusinessCentral;

/// <summary>
/// BC etags look like <c>W/"JzE5OzEyMzQ1Njc4OTsxMDsn"</c>: base64 of a quoted, semicolon-separated row stamp.
/// Ours carries the store version, so it changes on every write and nowhere else. Clients must treat it as opaque.
/// </summary>
public static class BcETag
{
    public static string For(long version)
    {
        var stamp = version.ToString(CultureInfo.InvariantCulture);
        var inner = $"'{stamp.Length + 16};{stamp};{stamp.Length}0;'";
        return $"W/\"{Convert.ToBase64String(Encoding.UTF8.GetBytes(inner))}\"";
    }

    /// <summary>
    /// Null means "any version" (<c>If-Match: *</c>). A missing header is BadRequest_InvalidToken when
    /// <paramref name="required"/>; an unreadable one too, since BC cannot validate it either.
    /// </summary>
    public static long? ExpectedVersion(HttpRequest request, bool required)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0)
        {
            return required ? throw BcException.MissingToken() : null;
        }

        if (header == "*")
        {
            return null;
        }

        return TryRead(header) ?? throw BcException.MissingToken();
    }

    private static long? TryRead(string etag)
    {
        var value = etag.StartsWith("W/", StringComparison.Ordinal) ? etag[2..] : etag;
        value = value.Trim('"');
        try
        {
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(value)).Trim('\'').Split(';');
            return parts.Length >= 2 && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
