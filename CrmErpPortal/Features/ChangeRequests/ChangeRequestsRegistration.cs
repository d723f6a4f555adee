namespace CrmErpPortal.Features.ChangeRequests;

public static class ChangeRequestsRegistration
{
    public static WebApplicationBuilder AddChangeRequests(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<DraftChangeRequestCommand>();
        builder.Services.AddScoped<ListCustomerChangeRequestsQuery>();
        builder.Services.AddScoped<DecideChangeRequestCommand>();
        builder.Services.AddScoped<ResolveConflictCommand>();
        builder.Services.AddScoped<SubmitChangeRequestCommand>();
        builder.Services.AddScoped<ListApprovalInboxQuery>();
        builder.Services.AddScoped<GetLiveValuesQuery>();
        builder.Services.AddScoped<ListMyChangeRequestsQuery>();
        return builder;
    }
}
