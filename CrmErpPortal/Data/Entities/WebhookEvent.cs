namespace CrmErpPortal.Data.Entities;

/// <summary>A change notification as received: kept whatever became of it, so a lost or refused one can be explained.</summary>
public sealed class WebhookEvent
{
    public long Id { get; init; }
    public SourceSystem System { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public WebhookEventOutcome Outcome { get; set; }
    public string? Resource { get; set; }
    public string? ChangeType { get; set; }
    public string? Detail { get; set; }
}

public enum WebhookEventOutcome
{
    Accepted,
    Rejected,
}
