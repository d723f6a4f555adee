using Microsoft.Extensions.Options;

namespace CrmErpPortal.Features.Privacy.Retention;

/// <summary>Configuration section "Retention": how long each category of record is kept (NZ IPP 9, AU APP 11.2).</summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>The shortest record-keeping period the law allows for a customer's transactions (NZAU.md §4.2).</summary>
    public static readonly IReadOnlyDictionary<string, int> StatutoryMinimumYears = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        // NZ: business tax records 7 years (Tax Administration Act s 22). AU: Corporations Act financial records 7 years
        // (the ATO's 5 years is shorter, so the 7 governs).
        ["NZ"] = 7,
        ["AU"] = 7,
    };

    /// <summary>A prospect (no ERP customer, no orders or invoices) with no activity for this many months is due.</summary>
    public int ProspectInactiveMonths { get; set; } = 24;

    /// <summary>A contact not changed in the CRM for this many months is due (its customer may be kept).</summary>
    public int ContactInactiveMonths { get; set; } = 36;

    /// <summary>Years after the last transaction a former customer is kept, by country code; at least the statutory period.</summary>
    public Dictionary<string, int> FormerCustomerYears { get; set; } = new(StringComparer.OrdinalIgnoreCase) { ["NZ"] = 7, ["AU"] = 7 };

    /// <summary>A record a privacy officer chose to keep is not proposed again for this many months.</summary>
    public int KeepDecisionMonths { get; set; } = 12;

    /// <summary>The nightly proposal job's schedule (cron, UTC). 14:00 UTC is 02:00/03:00 in Auckland, 00:00/01:00 in Sydney.</summary>
    public string ProposeCron { get; set; } = "0 14 * * *";

    public int YearsFor(string countryCode) =>
        FormerCustomerYears.TryGetValue(countryCode, out var years) ? years : StatutoryMinimumYears.GetValueOrDefault(countryCode, 7);
}

/// <summary>Refuses settings that would purge too early or never, when the portal starts (not on the first nightly run).</summary>
public sealed class RetentionOptionsValidator : IValidateOptions<RetentionOptions>
{
    public ValidateOptionsResult Validate(string? name, RetentionOptions options)
    {
        var problems = new List<string>();
        if (options.ProspectInactiveMonths is < 1 or > 600)
        {
            problems.Add($"{RetentionOptions.Section}:ProspectInactiveMonths must be between 1 and 600 (is {options.ProspectInactiveMonths}).");
        }

        if (options.ContactInactiveMonths is < 1 or > 600)
        {
            problems.Add($"{RetentionOptions.Section}:ContactInactiveMonths must be between 1 and 600 (is {options.ContactInactiveMonths}).");
        }

        if (options.KeepDecisionMonths is < 1 or > 120)
        {
            problems.Add($"{RetentionOptions.Section}:KeepDecisionMonths must be between 1 and 120 (is {options.KeepDecisionMonths}).");
        }

        foreach (var (country, minimum) in RetentionOptions.StatutoryMinimumYears)
        {
            if (options.YearsFor(country) < minimum)
            {
                problems.Add($"{RetentionOptions.Section}:FormerCustomerYears:{country} is {options.YearsFor(country)}, shorter than the statutory {minimum} years for business records.");
            }
        }

        if (options.FormerCustomerYears.Values.Any(y => y > 100))
        {
            problems.Add($"{RetentionOptions.Section}:FormerCustomerYears values must be at most 100.");
        }

        if (string.IsNullOrWhiteSpace(options.ProposeCron) || options.ProposeCron.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length is not (5 or 6))
        {
            problems.Add($"{RetentionOptions.Section}:ProposeCron must be a cron expression such as \"0 14 * * *\".");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
