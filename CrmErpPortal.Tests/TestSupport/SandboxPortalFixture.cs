using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;

namespace CrmErpPortal.Tests.TestSupport;

/// <summary>
/// The portal as the README runs it: the embedded sandbox (Demo seed) started by the portal itself on a free port,
/// connectors pointed at it, recurring sync registered but no pull on start, on real Kestrel, with chromium.
/// </summary>
public sealed class SandboxPortalFixture : IAsyncLifetime
{
    private readonly string _folder = TestFiles.NewPath("embedded-sandbox");
    private PortalAppFactory _factory = default!;
    private readonly SemaphoreSlim _pullGate = new(1, 1);
    private IPlaywright? _playwright;
    private bool _pulled;

    public const string AccessToken = "e2e-sandbox-token";

    public Uri BaseAddress { get; private set; } = default!;

    public Uri SandboxAddress { get; private set; } = default!;

    public IBrowser Browser { get; private set; } = default!;

    /// <summary>The portal's hub database, for a test that must pick a record the generated seed produced.</summary>
    public string DatabasePath => _factory.DatabasePath;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        SandboxAddress = new Uri($"http://127.0.0.1:{FreePort()}/");
        _factory = new PortalAppFactory()
            .With("Sandbox:Enabled", "true")
            .With("Sandbox:Url", SandboxAddress.ToString().TrimEnd('/'))
            .With("Sandbox:DataFolder", _folder)
            .With("Sandbox:Scale", "Demo")
            .With("Sandbox:AccessToken", AccessToken)
            .With("Integration:Crm:SandboxToken", AccessToken)
            .With("Integration:Erp:SandboxToken", AccessToken)
            .With("Integration:Crm:BaseUrl", new Uri(SandboxAddress, "crm/").ToString())
            .With("Integration:Erp:BaseUrl", new Uri(SandboxAddress, "erp/v2.0/sandbox/production/").ToString())
            .With("Sync:Enabled", "true")
            .With("Sync:PullOnStart", "false")
            // Tests start every pull themselves: a scheduled pull starting just before a test's change would show
            // "Succeeded" for a run that never saw it.
            .With("Sync:CrmPullCron", Hangfire.Cron.Never())
            .With("Sync:ErpPullCron", Hangfire.Cron.Never());
        BaseAddress = _factory.StartOnLoopback();
        (_playwright, Browser) = await Chromium.LaunchAsync();
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1366, Height = 768 },
        });
        return await context.NewPageAsync();
    }

    /// <summary>
    /// Pulls the CRM and then the ERP through the sync monitor, as a data steward would, the first time any test of the
    /// class asks; the class's tests then share that hub (pulling again would only slow the suite).
    /// </summary>
    public async Task PullBothSystemsOnceAsync()
    {
        await _pullGate.WaitAsync();
        try
        {
            if (_pulled)
            {
                return;
            }

            var page = await NewPageAsync();
            await page.SignInAsync("Liam O'Connell", "/sync");
            await page.GetByRole(AriaRole.Button, new() { Name = "Pull CRM now" }).ClickAsync();
            await Assertions.Expect(SyncEntityRow(page, "contacts")).ToContainTextAsync("Succeeded", new() { Timeout = 120_000 });
            await page.GetByRole(AriaRole.Button, new() { Name = "Pull ERP now" }).ClickAsync();
            await Assertions.Expect(SyncEntityRow(page, "customers")).ToContainTextAsync("Succeeded", new() { Timeout = 120_000 });
            await Assertions.Expect(SyncEntityRow(page, "salesOrders")).ToContainTextAsync("Succeeded", new() { Timeout = 120_000 });
            await page.Context.CloseAsync();
            _pulled = true;
        }
        finally
        {
            _pullGate.Release();
        }
    }

    /// <summary>The sync monitor's row for one entity.</summary>
    public static ILocator SyncEntityRow(IPage page, string entity) =>
        page.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Cell, new() { Name = entity, Exact = true }) }).First;

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        await _factory.DisposeAsync();
        _pullGate.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
