namespace CrmErpPortal.Sandbox.BusinessCentral;

/// <summary>Webhook timings (configuration section <c>Sandbox:BusinessCentral</c>); tests shorten them.</summary>
public sealed class BusinessCentralSettings
{
    public const string Section = "Sandbox:BusinessCentral";

    /// <summary>How long changes are collected before a notification goes out (BC: about 30 seconds).</summary>
    public TimeSpan NotificationDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>More changes than this in one window become a single "collection" notification (BC: 1,000).</summary>
    public int CollectionThreshold { get; set; } = 1_000;

    public TimeSpan SubscriptionLifetime { get; set; } = TimeSpan.FromDays(3);

    /// <summary>First wait after a retryable delivery failure; doubles per attempt. Real BC keeps retrying for up to 36 hours.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    public int MaxDeliveryAttempts { get; set; } = 5;

    /// <summary>Timeout for the handshake and each notification call.</summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
