namespace CrmErpPortal.DataQuality.Findings;

/// <summary>
/// What a rule found wrong with one field of a source record. <paramref name="Rule"/> is a stable code (e.g.
/// "abn.invalid") so a repeated finding is recognised; the message never repeats the value.
/// </summary>
public sealed record FieldFinding(string Field, string Rule, FindingSeverity Severity, string Message);

/// <summary>The codes the rules produce, listed so pages can offer them as filters.</summary>
public static class FindingRules
{
    public const string PhoneInvalid = "phone.invalid";
    public const string EmailInvalid = "email.invalid";
    public const string AbnInvalid = "abn.invalid";
    public const string AcnInvalid = "acn.invalid";
    public const string NzbnInvalid = "nzbn.invalid";
    public const string IrdInvalid = "ird.invalid";
    public const string AddressError = "address.error";
    public const string AddressWarning = "address.warning";
    public const string TfnDiscarded = "tfn.discarded";

    public static readonly IReadOnlyList<string> All =
        [PhoneInvalid, EmailInvalid, AbnInvalid, AcnInvalid, NzbnInvalid, IrdInvalid, AddressError, AddressWarning, TfnDiscarded];

    public static string Describe(string rule) => rule switch
    {
        PhoneInvalid => "Phone number invalid",
        EmailInvalid => "Email address invalid",
        AbnInvalid => "ABN invalid",
        AcnInvalid => "ACN invalid",
        NzbnInvalid => "NZBN invalid",
        IrdInvalid => "IRD / GST number invalid",
        AddressError => "Address cannot be used",
        AddressWarning => "Address worth a look",
        TfnDiscarded => "Tax file number discarded",
        _ => rule,
    };
}
