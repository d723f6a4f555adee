namespace CrmErpPortal.Security;

/// <summary>
/// <c>Privacy:ViewAlert</c>: raise an alert when one user opens more than <see cref="Threshold"/> distinct customers'
/// or contacts' records within <see cref="Window"/>.
/// </summary>
public sealed class ViewAlertOptions
{
    public const string Section = "Privacy:ViewAlert";

    public int Threshold { get; set; } = 50;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(10);
}
