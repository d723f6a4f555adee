using CrmErpPortal.Sandbox.Faults;

namespace CrmErpPortal.Sandbox;

/// <summary>The sandbox's own control surface (not part of either emulated API): read and switch faults.</summary>
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
    }

    private static IResult UnknownSystem(string system) =>
        Results.Problem(title: "Unknown sandbox system", detail: $"'{system}' is neither crm nor erp.", statusCode: StatusCodes.Status404NotFound);
}
