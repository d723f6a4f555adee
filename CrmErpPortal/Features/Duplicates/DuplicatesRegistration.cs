using CrmErpPortal.Features.Duplicates.Compare;
using CrmErpPortal.Features.Duplicates.Merge;
using CrmErpPortal.Features.Duplicates.Queue;
using CrmErpPortal.Features.Duplicates.Scoring;

namespace CrmErpPortal.Features.Duplicates;

public static class DuplicatesRegistration
{
    public static WebApplicationBuilder AddDuplicates(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<HubCustomerLoader>();
        builder.Services.AddSingleton<DuplicateModelStore>();
        builder.Services.AddSingleton<ScoringRunTracker>();
        builder.Services.AddSingleton<CandidateWriter>();
        builder.Services.AddSingleton<ClusterAssigner>();
        builder.Services.AddSingleton<DuplicateScorer>();
        builder.Services.AddSingleton<ScoringLock>();
        builder.Services.AddTransient<ScoreDuplicatesJob>();
        builder.Services.AddScoped<StartRescoreCommand>();
        builder.Services.AddScoped<GetScoringStatusQuery>();
        builder.Services.AddScoped<ListDuplicatesQuery>();
        builder.Services.AddScoped<DecideDuplicatesCommand>();
        builder.Services.AddScoped<GetDuplicatePairQuery>();
        builder.Services.AddScoped<MergeCustomersCommand>();
        builder.Services.AddScoped<UnmergeCommand>();
        builder.Services.AddScoped<ListMergesQuery>();
        return builder;
    }
}
