using System.Globalization;

namespace CrmErpPortal.Components.Shared;

public static class Money
{
    /// <summary>"NZD 1,234.50": the code is always shown because NZ and AU both write dollars as "$".</summary>
    public static string Format(decimal amount, string currencyCode) =>
        $"{currencyCode} {amount.ToString("N2", CultureInfo.InvariantCulture)}";
}
