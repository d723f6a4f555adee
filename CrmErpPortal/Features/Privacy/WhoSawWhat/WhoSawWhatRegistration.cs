using CrmErpPortal.Security;

namespace CrmErpPortal.Features.Privacy.WhoSawWhat;

public static class WhoSawWhatRegistration
{
    public static WebApplicationBuilder AddWhoSawWhat(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ViewAlertOptions>()
            .BindConfiguration(ViewAlertOptions.Section)
            .Validate(o => o.Threshold >= 1 && o.Window > TimeSpan.Zero, "Privacy:ViewAlert needs a Threshold of at least 1 and a positive Window, e.g. 00:10:00.")
            .ValidateOnStart();
        builder.Services.AddScoped<PersonalDataViews>();
        builder.Services.AddScoped<ListPersonalDataAccessQuery>();
        builder.Services.AddScoped<ListViewingAlertsQuery>();
        builder.Services.AddScoped<AcknowledgeViewingAlertCommand>();
        return builder;
    }
}
