using System.Net.Http.Json;
using CrmErpPortal.Sandbox.Faults;

namespace CrmErpPortal.Features.SandboxSystems;

/// <summary>Reads and switches the emulators' faults through the sandbox's own admin endpoints.</summary>
public sealed class SandboxFaultsClient(HttpClient http)
{
    public async Task<FaultSettings> GetAsync(string system, CancellationToken cancellationToken) =>
        await http.GetFromJsonAsync<FaultSettings>($"sandbox/faults/{system}", cancellationToken) ?? new FaultSettings();

    public async Task<FaultSettings> SetAsync(string system, FaultSettings settings, CancellationToken cancellationToken)
    {
        using var response = await http.PutAsJsonAsync($"sandbox/faults/{system}", settings, cancellationToken);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<FaultSettings>(cancellationToken) ?? settings;
    }
}
