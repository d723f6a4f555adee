namespace CrmErpPortal.Features.QualityFindings;

public static class QualityFindingsRegistration
{
    public static WebApplicationBuilder AddQualityFindings(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ListOpenFindingsQuery>();
        builder.Services.AddScoped<CountOpenFindingsQuery>();
        return builder;
    }
}
