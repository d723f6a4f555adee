namespace CrmErpPortal.Features.Sync.Push;

/// <summary>Push settings (section "Push").</summary>
public sealed class PushOptions
{
    /// <summary>Attempts before a message goes to the dead-letter list.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>First retry delay; doubled per attempt (with jitter), capped by <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long a sender holds a message; after that a sweep may hand it to another (its sender died). Longer than a
    /// connector call can take (3 minutes with retries), so a slow sender is not raced by a second one.
    /// </summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(4);

    /// <summary>The recurring sweep that re-enqueues pending and stuck messages.</summary>
    public string SweepCron { get; set; } = "* * * * *";
}
