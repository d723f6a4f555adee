namespace CrmErpPortal.Integration;

/// <summary>
/// One page of changes from a source: rows created or changed, ids deleted, and where to continue.
/// <see cref="DeltaLink"/> is set on the last page of a change-tracked read; store it to ask for what changed next.
/// </summary>
public sealed record ChangePage<T>(IReadOnlyList<T> Upserts, IReadOnlyList<Guid> Deleted, string? DeltaLink);

/// <summary>The source refused a change-tracking token as too old: read everything again and reconcile deletions by id.</summary>
public sealed class DeltaTokenExpiredException(string message) : Exception(message);

/// <summary>The source could not be reached or kept failing after retries; the message says which and why, in plain words.</summary>
public sealed class SourceUnavailableException(string system, string message, Exception? inner = null)
    : Exception($"{system}: {message}", inner)
{
    public string System { get; } = system;

    /// <summary>The HTTP status when the system answered (429, 5xx); null when it could not be reached or timed out.</summary>
    public int? Status { get; init; }

    /// <summary>How long the system asked the caller to wait (429 / 503 Retry-After), when it said.</summary>
    public TimeSpan? RetryAfter { get; init; }
}
