namespace CrmErpPortal.DataQuality.Identifiers;

/// <summary>
/// The outcome of checking one identifier field. A valid result carries the digits to store and the display form;
/// an invalid one carries a message for the field that never repeats the value.
/// </summary>
public sealed record IdentifierCheck(IdentifierKind Kind, string? Digits, string? Display, string? Message)
{
    public bool IsValid => Message is null;

    internal static IdentifierCheck Valid(IdentifierKind kind, string digits, string display) => new(kind, digits, display, null);

    internal static IdentifierCheck Invalid(IdentifierKind kind, string message) => new(kind, null, null, message);
}
