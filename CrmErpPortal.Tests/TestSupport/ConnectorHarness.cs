using CrmErpPortal.Integration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrmErpPortal.Tests.TestSupport;

/// <summary>The portal's real connectors, registered exactly as the app registers them, pointed at a sandbox host.</summary>
public sealed class ConnectorHarness : IDisposable
{
    private readonly ServiceProvider _services;

    public ConnectorHarness(SandboxHost sandbox, int crmPageSize = 5000, int erpPageSize = 1000)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Integration:Crm:BaseUrl"] = sandbox.CrmBase.ToString(),
            ["Integration:Crm:Auth"] = "Sandbox",
            ["Integration:Crm:PageSize"] = crmPageSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Integration:Erp:BaseUrl"] = new Uri(sandbox.ErpBase, "v2.0/sandbox/production/").ToString(),
            ["Integration:Erp:Auth"] = "Sandbox",
            ["Integration:Erp:PageSize"] = erpPageSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build();
        _services = new ServiceCollection().AddLogging().AddConnectors(configuration).BuildServiceProvider();
    }

    public ICrmConnector Crm => _services.GetRequiredService<ICrmConnector>();

    public IErpConnector Erp => _services.GetRequiredService<IErpConnector>();

    public void Dispose() => _services.Dispose();
}
