using CrmErpPortal.Sandbox.Diagnostics;
using CrmErpPortal.Sandbox.Faults;

namespace CrmErpPortal.Sandbox.BusinessCentral;

/// <summary>
/// The Business Central API v2.0 emulator. Base URL: <c>{sandbox}/erp/v2.0/{tenant}/{environment}/api/v2.0/</c>; any
/// tenant and environment are accepted (the portal's default is <c>/erp/v2.0/sandbox/production/</c>).
/// </summary>
public static class BusinessCentralEndpoints
{
    public static IServiceCollection AddBusinessCentral(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = new BusinessCentralSettings();
        configuration.GetSection(BusinessCentralSettings.Section).Bind(settings);
        services.AddSingleton(settings);
        services.AddSingleton<BcChangeFeed>();
        services.AddHttpClient(BcSubscriptions.HttpClientName);
        services.AddSingleton(sp => new BcSubscriptions(
            sp.GetRequiredService<SandboxSystems>().Erp.Store, settings, sp.GetRequiredService<IHttpClientFactory>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new BcNotificationSender(
            sp.GetRequiredService<BcChangeFeed>(), sp.GetRequiredService<BcSubscriptions>(), sp.GetRequiredService<SandboxSystems>().Erp.Store,
            settings, sp.GetRequiredService<IHttpClientFactory>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<BcNotificationSender>>()));
        services.AddHostedService(sp => sp.GetRequiredService<BcNotificationSender>());
        return services;
    }

    public static RouteGroupBuilder MapBusinessCentral(this RouteGroupBuilder erp, EmulatedSystem system, TimeProvider time, SandboxOptions options)
    {
        var services = ((IEndpointRouteBuilder)erp).ServiceProvider;
        foreach (var property in new[] { "customerId", "documentId", "number", "externalDocumentNumber" })
        {
            system.Store.EnsurePropertyIndex(property);
        }

        var store = system.Store;
        var financials = new BcFinancials(store, time);
        var reader = new BcReader(store, financials);
        var expander = new BcExpander(reader);
        var documents = new BcDocuments(store, time);
        var writer = new BcWriter(store, documents, services.GetRequiredService<BcChangeFeed>());
        var api = new BcApi(
            store, reader, new BcCollection(reader, expander), expander, writer, new BcMakeOrder(store, writer, documents, time),
            services.GetRequiredService<BcSubscriptions>());

        var group = erp.MapGroup("/v2.0/{tenant}/{environment}/api/v2.0");
        group.AddEndpointFilter(new BcAuthFilter(options.AccessToken));
        group.AddEndpointFilter(new RequestGaugeFilter(system.Requests));
        group.AddEndpointFilter(new FaultFilter(system.Faults, BcErrors.Write, time));
        group.MapMethods("/{**path}", [HttpMethods.Get, HttpMethods.Post, HttpMethods.Patch, HttpMethods.Delete],
            (HttpContext http, string? path) => api.HandleAsync(http, path ?? ""));
        return erp;
    }
}
