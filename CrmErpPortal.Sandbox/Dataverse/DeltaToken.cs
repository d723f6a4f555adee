using System.Globalization;

namespace CrmErpPortal.Sandbox.Dataverse;

/// <summary>
/// A change-tracking token, <c>{version}!{issued}</c> like Dataverse's <c>919042!08/22/2017 08:10:44</c>
/// (the sandbox writes the instant as ISO 8601 with milliseconds). Callers must treat it as opaque.
/// </summary>
public sealed record DeltaToken(long Version, DateTimeOffset IssuedAt)
{
    public const string ExpiredMessage = "Version stamp associated with the client has expired. Please perform a full sync.";

    public override string ToString() =>
        $"{Version.ToString(CultureInfo.InvariantCulture)}!{IssuedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture)}";

    public static DeltaToken Parse(string text)
    {
        var parts = text.Split('!', 2);
        if (parts.Length == 2
            && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            && DateTimeOffset.TryParse(parts[1], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var issued))
        {
            return new DeltaToken(version, issued);
        }

        throw DataverseErrors.BadRequest("The $deltatoken is not valid: use @odata.deltaLink exactly as returned.");
    }

    /// <summary>Expired when older than the organisation's retention, or issued before the sandbox's expire-tokens fault was switched on.</summary>
    public bool IsExpired(DateTimeOffset now, TimeSpan lifetime, DateTimeOffset? expireBefore) =>
        IssuedAt < now - lifetime || (expireBefore is { } cutoff && IssuedAt < cutoff);
}
