using CrmErpPortal.Features.Customers.Search;
using CrmErpPortal.Features.Customers.View360;

namespace CrmErpPortal.Features.Customers;

public static class CustomersRegistration
{
    public static WebApplicationBuilder AddCustomers(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<SearchCustomersQuery>();
        builder.Services.AddSingleton<NameVocabulary>();
        builder.Services.AddScoped<GetCustomer360Query>();
        builder.Services.AddScoped<ListPaidInvoicesQuery>();
        builder.Services.AddScoped<GetLiveCreditQuery>();
        builder.Services.AddScoped<GetLiveOrderStatusQuery>();
        return builder;
    }
}
