using CrmErpPortal.Features.Customers.Search;

namespace CrmErpPortal.Features.Customers;

public static class CustomersRegistration
{
    public static WebApplicationBuilder AddCustomers(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<SearchCustomersQuery>();
        builder.Services.AddSingleton<NameVocabulary>();
        return builder;
    }
}
