using CrmErpPortal.Features.Privacy.AccessRequests.Deadlines;
using Microsoft.Extensions.Options;

namespace CrmErpPortal.Features.Privacy.AccessRequests;

public static class AccessRequestsRegistration
{
    public static WebApplicationBuilder AddPrivacyAccessRequests(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<AccessRequestOptions>().Bind(builder.Configuration.GetSection(AccessRequestOptions.Section));
        builder.Services.AddSingleton(services => new NzWorkingDays(services.GetRequiredService<IOptions<AccessRequestOptions>>().Value.NzPublicHolidays));
        builder.Services.AddSingleton<AccessDeadlines>();
        builder.Services.AddScoped<FindRequestSubjectsQuery>();
        builder.Services.AddScoped<ListAccessRequestsQuery>();
        builder.Services.AddScoped<GetAccessRequestQuery>();
        builder.Services.AddScoped<LogAccessRequestCommand>();
        builder.Services.AddScoped<VerifyIdentityCommand>();
        builder.Services.AddScoped<StartGatherCommand>();
        builder.Services.AddScoped<ExtendAccessRequestCommand>();
        builder.Services.AddScoped<ReleaseAccessRequestCommand>();
        builder.Services.AddScoped<RefuseAccessRequestCommand>();
        builder.Services.AddScoped<AccessPackageCollector>();
        builder.Services.AddScoped<GatherAccessPackageJob>();
        return builder;
    }
}
