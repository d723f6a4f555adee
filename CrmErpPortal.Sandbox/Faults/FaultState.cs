namespace CrmErpPortal.Sandbox.Faults;

public enum FaultDecision
{
    None,
    Throttle,
    ServerError,
    Outage,
}

/// <summary>One system's current faults. Random draws come from a fixed seed so a test run is repeatable.</summary>
public sealed class FaultState(FaultSettings initial, int seed)
{
    private readonly Lock _gate = new();
    private readonly Random _random = new(seed);
    private FaultSettings _settings = initial;

    public FaultSettings Current
    {
        get
        {
            lock (_gate)
            {
                return _settings;
            }
        }
    }

    /// <summary>When tokens issued before this instant count as expired (set when ExpireDeltaTokens is switched on).</summary>
    public DateTimeOffset? TokensExpireBefore { get; private set; }

    public void Set(FaultSettings settings, DateTimeOffset now)
    {
        lock (_gate)
        {
            if (settings.ExpireDeltaTokens && !_settings.ExpireDeltaTokens)
            {
                TokensExpireBefore = now;
            }
            else if (!settings.ExpireDeltaTokens)
            {
                TokensExpireBefore = null;
            }

            _settings = settings;
        }
    }

    public FaultDecision DecideForRequest()
    {
        lock (_gate)
        {
            if (_settings.Outage)
            {
                return FaultDecision.Outage;
            }

            if (_settings.ThrottleRate > 0 && _random.NextDouble() < _settings.ThrottleRate)
            {
                return FaultDecision.Throttle;
            }

            return _settings.ServerErrorRate > 0 && _random.NextDouble() < _settings.ServerErrorRate
                ? FaultDecision.ServerError
                : FaultDecision.None;
        }
    }

    public bool DropAfterCommit()
    {
        lock (_gate)
        {
            return _settings.TimeoutAfterCommitRate > 0 && _random.NextDouble() < _settings.TimeoutAfterCommitRate;
        }
    }
}
