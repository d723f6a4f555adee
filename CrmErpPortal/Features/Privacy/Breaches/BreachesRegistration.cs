namespace CrmErpPortal.Features.Privacy.Breaches;

public static class BreachesRegistration
{
    public static WebApplicationBuilder AddBreaches(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ListBreachesQuery>();
        builder.Services.AddScoped<GetBreachQuery>();
        builder.Services.AddScoped<SaveBreachCommand>();
        builder.Services.AddScoped<RecordBreachNotificationCommand>();
        return builder;
    }
}
