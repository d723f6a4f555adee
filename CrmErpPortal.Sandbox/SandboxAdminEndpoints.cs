using CrmErpPortal.Sandbox.Diagnostics;
using CrmErpPortal.Sandbox.Faults;

namespace CrmErpPortal.Sandbox;

/// <summary>
/// The sandbox's own control surface (not part of either emulated API): read and switch faults; read (and restart)
/// the load a system has seen — requests in flight, the most at once, committed writes per record.
/// </summary>
public static class SandboxAdminEndpoints
{
    public static void MapSandboxAdmin(this WebApplication app)
    {
        var admin = app.MapGroup("/sandbox");
        admin.MapGet("/faults/{system}", (string system, SandboxSystems systems) =>
            systems.Find(system) is { } found ? Results.Ok(found.Faults.Current) : UnknownSystem(system));
        admin.MapPut("/faults/{system}", (string system, FaultSettings settings, SandboxSystems systems, TimeProvider clock) =>
        {
            if (systems.Find(system) is not { } found)
            {
                return UnknownSystem(system);
            }

            found.Faults.Set(settings, clock.GetUtcNow());
            return Results.Ok(found.Faults.Current);
        });
        admin.MapGet("/load/{system}", (string system, SandboxSystems systems) =>
            systems.Find(system) is { } found ? Results.Ok(Load(found)) : UnknownSystem(system));
        admin.MapPost("/load/{system}/reset", (string system, SandboxSystems systems) =>
        {
            if (systems.Find(system) is not { } found)
            {
                return UnknownSystem(system);
            }

            found.Requests.Reset();
            found.Store.Writes.Reset();
            return Results.Ok(Load(found));
        });
    }

    private static SystemLoad Load(EmulatedSystem system)
    {
        var commits = system.Store.Writes.Snapshot();
        return new SystemLoad(system.Requests.InFlight, system.Requests.MaxInFlight, system.Requests.Total, commits.Sum(c => c.Commits), commits);
    }

    private static IResult UnknownSystem(string system) =>
        Results.Problem(title: "Unknown sandbox system", detail: $"'{system}' is neither crm nor erp.", statusCode: StatusCodes.Status404NotFound);
}

/// <summary>Requests in flight now, the most at once and the total since the last reset; committed writes per record.</summary>
public sealed record SystemLoad(int InFlight, int MaxInFlight, long Requests, int Commits, IReadOnlyList<RecordCommits> Records);
