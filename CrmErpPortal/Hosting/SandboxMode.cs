namespace CrmErpPortal.Hosting;

/// <summary>Whether this process runs the sandbox emulators (the embedded default) and shows their admin page.</summary>
public sealed record SandboxMode(bool Enabled);
