using Microsoft.Extensions.Options;

namespace CrmErpPortal.Features.Privacy.Retention;

public static class RetentionRegistration
{
    public static WebApplicationBuilder AddPrivacyRetention(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<RetentionOptions>().Bind(builder.Configuration.GetSection(RetentionOptions.Section)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<RetentionOptions>, RetentionOptionsValidator>();
        builder.Services.AddScoped<ProposeRetentionJob>();
        builder.Services.AddScoped<DecideRetentionCommand>();
        builder.Services.AddScoped<SetLegalHoldCommand>();
        builder.Services.AddScoped<ListRetentionQuery>();
        return builder;
    }
}
