using CrmErpPortal.Sandbox.Faults;

namespace CrmErpPortal.Sandbox;

/// <summary>The <c>Sandbox</c> configuration section.</summary>
public sealed class SandboxOptions
{
    public const string Section = "Sandbox";

    /// <summary>Where the emulators listen; the CRM is under /crm, the ERP under /erp.</summary>
    public string Url { get; set; } = "http://127.0.0.1:5081";

    /// <summary>Folder for the two SQLite files (sandbox-crm.db, sandbox-erp.db); relative to the content root.</summary>
    public string DataFolder { get; set; } = "App_Data";

    /// <summary>Seed scale: "None" (empty tables), "Demo" (~2,000 accounts), or a number of customers for benchmarks (100000, 1000000).</summary>
    public string Scale { get; set; } = "Demo";

    /// <summary>Seed for the generated data and the fault dice, so every machine gets the same sandbox.</summary>
    public int RandomSeed { get; set; } = 20261127;

    /// <summary>When set, callers must send "Authorization: Bearer {AccessToken}", as a real tenant demands a token.</summary>
    public string? AccessToken { get; set; }

    public FaultSettings CrmFaults { get; set; } = new();

    public FaultSettings ErpFaults { get; set; } = new();
}
