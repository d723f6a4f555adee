using Hangfire;
using Hangfire.Server;

namespace CrmErpPortal.Features.Sync.Push;

/// <summary>
/// The Hangfire entry point for one message. Hangfire's own retries are off: the sender records each attempt and
/// schedules the next itself (with the system's Retry-After), and the sweep re-enqueues anything a lost job left behind.
/// </summary>
public sealed class OutboxSendJob(OutboxSender sender, IBackgroundJobClient jobs)
{
    [AutomaticRetry(Attempts = 0)]
    public async Task SendAsync(Guid messageId, PerformContext? context, CancellationToken cancellationToken)
    {
        var result = await sender.SendAsync(messageId, context?.BackgroundJob.Id ?? "inline", cancellationToken);
        if (result?.RetryAt is { } at)
        {
            jobs.Schedule<OutboxSendJob>(job => job.SendAsync(messageId, null, CancellationToken.None), at);
        }
    }

    public static void Enqueue(IBackgroundJobClient jobs, IEnumerable<Guid> messageIds)
    {
        foreach (var id in messageIds)
        {
            jobs.Enqueue<OutboxSendJob>(job => job.SendAsync(id, null, CancellationToken.None));
        }
    }
}
