using CrmErpPortal.Features.Dashboards.Overview;

namespace CrmErpPortal.Features.Dashboards;

public static class DashboardsRegistration
{
    public static WebApplicationBuilder AddDashboards(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<DashboardOptions>(builder.Configuration.GetSection(DashboardOptions.Section));
        builder.Services.AddScoped<GetOverviewQuery>();
        builder.Services.AddScoped<Leadership.GetLeadershipDashboardQuery>();
        builder.Services.AddSingleton<Leadership.DashboardSnapshots>();
        builder.Services.AddScoped<Leadership.PrecomputeDashboardsJob>();
        builder.Services.AddScoped<Leadership.GetDashboardListQuery>();
        builder.Services.AddScoped<Leadership.GetDashboardFilterOptionsQuery>();
        builder.Services.AddScoped<Trends.RecordKpiSnapshotsJob>();
        builder.Services.AddScoped<Trends.GetKpiTrendsQuery>();
        builder.Services.AddScoped<Trends.TakeKpiSnapshotCommand>();
        builder.Services.AddScoped<Drift.GetDriftSummaryQuery>();
        builder.Services.AddScoped<Drift.ListDriftQuery>();
        builder.Services.AddScoped<Drift.ProposeDriftCorrectionCommand>();
        builder.Services.AddTransient<Drift.DetectDriftJob>();
        return builder;
    }
}
