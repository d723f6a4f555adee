namespace CrmErpPortal.Sandbox.Faults;

/// <summary>What an emulated system does wrong on purpose; settable by configuration and at run time.</summary>
public sealed record FaultSettings
{
    public int LatencyMs { get; init; }

    /// <summary>Share of requests (0..1) answered 429 with Retry-After.</summary>
    public double ThrottleRate { get; init; }

    public int RetryAfterSeconds { get; init; } = 1;

    /// <summary>Share of requests (0..1) answered 500.</summary>
    public double ServerErrorRate { get; init; }

    /// <summary>Every request answered 503, as when the service is down.</summary>
    public bool Outage { get; init; }

    /// <summary>Share of writes (0..1) that commit and then drop the connection, so the caller cannot know it succeeded.</summary>
    public double TimeoutAfterCommitRate { get; init; }

    /// <summary>Faults (429, 5xx, outage) hit only writes; reads pass. For testing what a writer does when only its write fails.</summary>
    public bool WritesOnly { get; init; }

    /// <summary>Delta/change-tracking tokens issued before now are refused as expired.</summary>
    public bool ExpireDeltaTokens { get; init; }
}
