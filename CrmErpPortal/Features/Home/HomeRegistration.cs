namespace CrmErpPortal.Features.Home;

public static class HomeRegistration
{
    public static WebApplicationBuilder AddHome(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<GetWorkCountsQuery>();
        return builder;
    }
}
