using CrmErpPortal.Features.Conversions.Checks;
using CrmErpPortal.Features.Conversions.Credit;
using CrmErpPortal.Features.Conversions.ErpCustomers;
using CrmErpPortal.Features.Conversions.Prices;

namespace CrmErpPortal.Features.Conversions;

public static class ConversionsRegistration
{
    public static WebApplicationBuilder AddConversions(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<ConversionCheckOptions>(builder.Configuration.GetSection(ConversionCheckOptions.Section));
        builder.Services.AddSingleton<ConversionLocks>();
        builder.Services.AddScoped<ConversionFactsReader>();
        builder.Services.AddScoped<ConversionRecorder>();
        builder.Services.AddScoped<CreditOverrides>();
        builder.Services.AddScoped<FindErpCustomersQuery>();
        builder.Services.AddScoped<RequestErpCustomerCommand>();
        builder.Services.AddScoped<QuotePriceDecisions>();
        builder.Services.AddScoped<GetQuotePricesQuery>();
        builder.Services.AddScoped<AcceptQuotePriceCommand>();
        builder.Services.AddScoped<ConvertQuoteCommand>();
        builder.Services.AddScoped<RaiseCreditRequestCommand>();
        builder.Services.AddScoped<DecideCreditRequestCommand>();
        builder.Services.AddScoped<WithdrawCreditRequestCommand>();
        builder.Services.AddScoped<ListCreditRequestsQuery>();
        builder.Services.AddScoped<ListConversionIssuesQuery>();
        builder.Services.AddScoped<ListQuoteConversionsQuery>();
        builder.Services.AddScoped<ConvertWonQuotesJob>();
        builder.Services.AddScoped<StuckConversionsJob>();
        return builder;
    }
}
