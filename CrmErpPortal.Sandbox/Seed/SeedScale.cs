using System.Globalization;

namespace CrmErpPortal.Sandbox.Seed;

/// <summary>
/// How much to generate: <see cref="Accounts"/> CRM accounts (ERP customers follow at ~0.93×). Above
/// <see cref="ThinAbove"/> accounts child records are thinned (one contact per account, a quarter of the documents,
/// shorter documents) so a million accounts seed in minutes.
/// </summary>
public sealed record SeedScale(int Accounts, bool Thin)
{
    public const int DemoAccounts = 2_000;
    public const int ThinAbove = 10_000;

    public static SeedScale Demo { get; } = new(DemoAccounts, Thin: false);

    /// <summary>"None" → null (empty tables); "Demo"; or a number of accounts such as "100000".</summary>
    public static SeedScale? Parse(string? scale)
    {
        if (string.IsNullOrWhiteSpace(scale) || scale.Equals("None", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (scale.Equals("Demo", StringComparison.OrdinalIgnoreCase))
        {
            return Demo;
        }

        if (int.TryParse(scale.Replace("_", "", StringComparison.Ordinal), NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var accounts)
            && accounts > 0)
        {
            return new SeedScale(accounts, accounts > ThinAbove);
        }

        throw new ArgumentException($"Sandbox:Scale must be None, Demo or a positive number of accounts, not '{scale}'.", nameof(scale));
    }
}
