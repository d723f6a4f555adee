using CrmErpPortal.DataQuality.Addresses;

namespace CrmErpPortal.DataQuality.Findings;

/// <summary>An address's issues as findings: at most one error and one warning per address field, messages joined.</summary>
public static class AddressRules
{
    public static IEnumerable<FieldFinding> Check(string field, AddressInput input)
    {
        if (string.IsNullOrWhiteSpace(input.Line1) && string.IsNullOrWhiteSpace(input.Line2))
        {
            return [];
        }

        return AddressParser.Parse(input).Issues
            .GroupBy(i => i.Severity)
            .Select(g => new FieldFinding(
                field,
                g.Key == AddressIssueSeverity.Error ? FindingRules.AddressError : FindingRules.AddressWarning,
                g.Key == AddressIssueSeverity.Error ? FindingSeverity.Error : FindingSeverity.Warning,
                string.Join("; ", g.Select(StoredMessage).Distinct())));
    }

    /// <summary>
    /// A few parser messages quote what the source typed ('…'); a stored finding must not keep free text that could
    /// hold personal data, so those are replaced by what the problem is.
    /// </summary>
    public static string StoredMessage(AddressIssue issue) =>
        !issue.Message.Contains('\'', StringComparison.Ordinal) ? issue.Message
        : issue.Field switch
        {
            AddressField.State when issue.Severity == AddressIssueSeverity.Error => "The state is not an Australian state or territory",
            AddressField.State => "NZ addresses carry no region; the region line was left out",
            _ => "Part of the address could not be read",
        };
}
