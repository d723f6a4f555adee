using System.Text.Json;

namespace CrmErpPortal.Features.Sync.Push;

/// <summary>One field of a push in the portal's terms: the value the request was based on and the value to write.</summary>
public sealed record OutboxFieldChange(string Field, string? OldValue, string? NewValue);

/// <summary>
/// What an outbox message writes: the customer it belongs to, the country its values are read in, the etag of the
/// source record the request was based on, and the field changes. Mapped to the system's wire names when sent.
/// </summary>
/// <param name="Overwrite">
/// Write even if the record moved since: a retention purge must de-identify whatever the source holds now, so a
/// concurrent edit there is not a conflict for a steward but more data to remove.
/// </param>
public sealed record OutboxPayload(Guid CustomerId, string CountryCode, string? BasedOnEtag, IReadOnlyList<OutboxFieldChange> Fields, bool Overwrite = false)
{
    public string ToJson() => JsonSerializer.Serialize(this);

    public static OutboxPayload FromJson(string json) =>
        JsonSerializer.Deserialize<OutboxPayload>(json) ?? throw new InvalidOperationException("An outbox payload was empty.");
}
