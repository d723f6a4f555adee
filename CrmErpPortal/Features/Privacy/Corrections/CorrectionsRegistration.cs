namespace CrmErpPortal.Features.Privacy.Corrections;

public static class CorrectionsRegistration
{
    public static WebApplicationBuilder AddPrivacyCorrections(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<LogCorrectionCommand>();
        builder.Services.AddScoped<GetCorrectionStatementsQuery>();
        builder.Services.AddScoped<ListCorrectionsQuery>();
        return builder;
    }
}
