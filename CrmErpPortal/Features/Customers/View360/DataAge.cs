namespace CrmErpPortal.Features.Customers.View360;

/// <summary>How old cached figures are, in the words a rep reads at a glance.</summary>
public static class DataAge
{
    public static string Describe(TimeSpan age) =>
        age.TotalMinutes < 1 ? "less than a minute"
        : age.TotalHours < 1 ? $"{(int)age.TotalMinutes} min"
        : age.TotalDays < 1 ? $"{(int)age.TotalHours} h {age.Minutes} min"
        : $"{(int)age.TotalDays} days";
}
