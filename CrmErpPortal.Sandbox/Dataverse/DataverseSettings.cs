namespace CrmErpPortal.Sandbox.Dataverse;

/// <summary>The <c>Sandbox:Dataverse</c> configuration section.</summary>
public sealed class DataverseSettings
{
    public const string Section = "Sandbox:Dataverse";

    /// <summary>The organisation's ExpireChangeTrackingInDays: delta tokens older than this are refused (real default 7).</summary>
    public int ChangeTrackingDays { get; set; } = 7;

    /// <summary>What webhooks send as x-ms-dynamics-organization.</summary>
    public string OrganizationName { get; set; } = "sandbox.crm6.dynamics.com";
}
