namespace CrmErpPortal.DataQuality.Phones;

/// <summary>
/// A phone as stored (NZAU.md §3): the E.164 form, the raw input and the detected line type. An invalid number has
/// no E.164 form, only a message, so nothing ever stores a half-formatted guess.
/// </summary>
public sealed record ParsedPhone(string Raw, string? E164, string? RegionCode, PhoneLineType LineType, string? Message)
{
    public bool IsValid => E164 is not null;

    /// <summary>Digits after "ext", "x" or "#"; dialled after the call connects, so not part of E.164.</summary>
    public string? Extension { get; init; }

    internal static ParsedPhone Invalid(string raw, string message) => new(raw, null, null, PhoneLineType.Unknown, message);
}
