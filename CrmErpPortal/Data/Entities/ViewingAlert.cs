namespace CrmErpPortal.Data.Entities;

/// <summary>
/// One user opened more distinct customers' or contacts' records than <c>Privacy:ViewAlert:Threshold</c> within
/// <c>Privacy:ViewAlert:Window</c> (NZ IPP 5: limits on staff browsing). At most one per user per window, which the
/// unique (UserId, WindowStart) index enforces even when two page opens race.
/// </summary>
public sealed class ViewingAlert
{
    public long Id { get; init; }
    public required string UserId { get; init; }
    public required string UserName { get; init; }

    /// <summary>Start of the fixed window (UTC, a whole multiple of the window length) the alert belongs to.</summary>
    public DateTimeOffset WindowStart { get; init; }
    public DateTimeOffset RaisedAt { get; init; }
    public int DistinctRecords { get; init; }
    public int Threshold { get; init; }
    public int WindowMinutes { get; init; }
    public DateTimeOffset? AcknowledgedAt { get; set; }
    public string? AcknowledgedBy { get; set; }
    public string? AcknowledgedByName { get; set; }
    public string? AcknowledgementNote { get; set; }
}
