namespace CrmErpPortal.Sandbox.BusinessCentral;

public sealed record BcChange(string Set, Guid Id, string ChangeType, DateTimeOffset ModifiedAt);

/// <summary>
/// Changes to webhook-enabled sets, held per set for the coalescing delay (BC waits about 30 s after the first change).
/// Within a window a record appears once: its latest change, except that created-then-updated stays created.
/// </summary>
public sealed class BcChangeFeed(BusinessCentralSettings settings, TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Window> _windows = new(StringComparer.Ordinal);
    private TaskCompletionSource _signal = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes at the next change; take it before <see cref="TakeDue"/> so no change slips between the two.</summary>
    public Task Signal
    {
        get
        {
            lock (_gate)
            {
                return _signal.Task;
            }
        }
    }

    public DateTimeOffset? NextDue
    {
        get
        {
            lock (_gate)
            {
                return _windows.Count == 0 ? null : _windows.Values.Min(w => w.Due);
            }
        }
    }

    public void Record(BcChange change)
    {
        TaskCompletionSource signal;
        lock (_gate)
        {
            if (!_windows.TryGetValue(change.Set, out var window))
            {
                window = new Window(time.GetUtcNow() + settings.NotificationDelay);
                _windows[change.Set] = window;
            }

            if (window.Changes.TryGetValue(change.Id, out var earlier) && earlier.ChangeType == "created" && change.ChangeType == "updated")
            {
                change = change with { ChangeType = "created" };
            }

            window.Changes.Remove(change.Id);
            window.Changes[change.Id] = change;
            signal = _signal;
            _signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        signal.TrySetResult();
    }

    public IReadOnlyList<(string Set, IReadOnlyList<BcChange> Changes)> TakeDue(DateTimeOffset now)
    {
        lock (_gate)
        {
            var due = _windows.Where(w => w.Value.Due <= now).ToList();
            foreach (var (set, _) in due)
            {
                _windows.Remove(set);
            }

            return due.Select(w => (w.Key, (IReadOnlyList<BcChange>)[.. w.Value.Changes.Values])).ToList();
        }
    }

    private sealed record Window(DateTimeOffset Due)
    {
        public Dictionary<Guid, BcChange> Changes { get; } = [];
    }
}
