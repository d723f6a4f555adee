using CrmErpPortal.Features.Sync.Monitor;

namespace CrmErpPortal.Features.Sync;

public static class SyncRegistration
{
    public static WebApplicationBuilder AddSync(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<GetSyncStatusQuery>();
        return builder;
    }
}
