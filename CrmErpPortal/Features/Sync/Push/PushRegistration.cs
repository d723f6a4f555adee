namespace CrmErpPortal.Features.Sync.Push;

public static class PushRegistration
{
    public static WebApplicationBuilder AddPush(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<PushOptions>(builder.Configuration.GetSection("Push"));
        builder.Services.AddScoped<OutboxSender>();
        builder.Services.AddScoped<OutboxSendJob>();
        builder.Services.AddScoped<OutboxSweepJob>();
        builder.Services.AddScoped<DeadLetterCommand>();
        builder.Services.AddScoped<ListDeadLettersQuery>();
        return builder;
    }
}
