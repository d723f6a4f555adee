using CrmErpPortal.Sandbox.Diagnostics;
using CrmErpPortal.Sandbox.Faults;
using CrmErpPortal.Sandbox.Storage;

namespace CrmErpPortal.Sandbox;

/// <summary>One emulated system: its tables, its faults, and a gauge of the requests it is handling.</summary>
public sealed record EmulatedSystem(string Name, RecordStore Store, FaultState Faults)
{
    public RequestGauge Requests { get; } = new();
}

/// <summary>The two systems the sandbox runs.</summary>
public sealed record SandboxSystems(EmulatedSystem Crm, EmulatedSystem Erp)
{
    public EmulatedSystem? Find(string name) => name.ToLowerInvariant() switch
    {
        "crm" => Crm,
        "erp" => Erp,
        _ => null,
    };
}
