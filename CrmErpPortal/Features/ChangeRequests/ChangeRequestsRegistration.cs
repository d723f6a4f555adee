namespace CrmErpPortal.Features.ChangeRequests;

public static class ChangeRequestsRegistration
{
    public static WebApplicationBuilder AddChangeRequests(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<DraftChangeRequestCommand>();
        builder.Services.AddScoped<ListCustomerChangeRequestsQuery>();
        return builder;
    }
}
