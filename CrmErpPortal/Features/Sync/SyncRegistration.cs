using CrmErpPortal.Features.Sync.Monitor;
using CrmErpPortal.Features.Sync.Pull;
using CrmErpPortal.Features.Sync.Push;
using CrmErpPortal.Features.Sync.Webhooks;

namespace CrmErpPortal.Features.Sync;

public static class SyncRegistration
{
    public static WebApplicationBuilder AddSync(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<GetSyncStatusQuery>();
        builder.Services.AddScoped<RunSyncNowCommand>();
        builder.Services.AddSingleton<SyncCheckpointStore>();
        builder.Services.AddSingleton<SyncRunRecorder>();
        builder.Services.AddSingleton<CrmMirrorWriter>();
        builder.Services.AddSingleton<ErpMirrorWriter>();
        builder.Services.AddSingleton<ExactKeyLinker>();
        builder.Services.AddSingleton<SourceLinkReconciler>();
        builder.Services.AddSingleton<WebhookRecorder>();
        builder.Services.AddTransient<CrmPullJob>();
        builder.Services.AddTransient<ErpPullJob>();
        builder.Services.AddTransient<ErpSubscriptionJob>();
        builder.Services.AddTransient<CrmWebhookJob>();
        builder.AddPush();
        return builder;
    }

    public static WebApplication MapSync(this WebApplication app)
    {
        app.MapWebhooks();
        return app;
    }
}
