using CrmErpPortal.Components.Shared;
using CrmErpPortal.Features.Conversions;
using CrmErpPortal.Features.Conversions.Checks;
using CrmErpPortal.Features.Conversions.Credit;
using CrmErpPortal.Integration;
using CrmErpPortal.Jobs;
using CrmErpPortal.Tests.TestSupport;
using Hangfire.InMemory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CrmErpPortal.Tests.Components.Conversions;

/// <summary>
/// The conversion use cases as the app registers them, on a test database, with the real connectors pointed at a port
/// nothing listens on: a conversion pressed in these tests meets an unreachable ERP, as in an outage.
/// </summary>
public sealed class ConversionServices : IAsyncDisposable
{
    private readonly ServiceProvider _connectors;

    public ConversionServices(IServiceCollection services, TestDatabase database)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Integration:Crm:BaseUrl"] = "http://127.0.0.1:9/", ["Integration:Crm:Auth"] = "Sandbox",
            ["Integration:Erp:BaseUrl"] = "http://127.0.0.1:9/", ["Integration:Erp:Auth"] = "Sandbox",
        }).Build();
        _connectors = new ServiceCollection().AddLogging().AddConnectors(configuration).BuildServiceProvider();
        services.AddSingleton(database.Contexts);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(new DisplayTimeZone(new ConfigurationBuilder().Build()));
        services.AddSingleton(_connectors.GetRequiredService<ICrmConnector>());
        services.AddSingleton(_connectors.GetRequiredService<IErpConnector>());
        services.AddOptions<ConversionCheckOptions>();
        services.AddSingleton<ILogger<ConvertQuoteCommand>>(NullLogger<ConvertQuoteCommand>.Instance);
        services.AddSingleton(new StorageLocks(new InMemoryStorage()));
        services.AddSingleton<ConversionLocks>();
        services.AddScoped<ConversionFactsReader>();
        services.AddScoped<ConversionRecorder>();
        services.AddScoped<CreditOverrides>();
        services.AddScoped<CrmErpPortal.Features.Conversions.Prices.QuotePriceDecisions>();
        services.AddScoped<ConvertQuoteCommand>();
        services.AddScoped<ListConversionIssuesQuery>();
        services.AddScoped<ListQuoteConversionsQuery>();
        services.AddScoped<RaiseCreditRequestCommand>();
        services.AddScoped<WithdrawCreditRequestCommand>();
        services.AddScoped<ListCreditRequestsQuery>();
    }

    public ValueTask DisposeAsync() => _connectors.DisposeAsync();
}
