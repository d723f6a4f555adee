using Microsoft.Playwright;

namespace CrmErpPortal.Tests.TestSupport;

/// <summary>The portal on a real loopback Kestrel port and one Debian chromium, shared by a test class.</summary>
public sealed class BrowserAppFixture : IAsyncLifetime
{
    private readonly PortalAppFactory _factory = new();
    private IPlaywright? _playwright;

    public Uri BaseAddress { get; private set; } = default!;

    public IBrowser Browser { get; private set; } = default!;

    /// <summary>The portal's hub database, for a test that seeds records or checks what a page wrote.</summary>
    public string DatabasePath => _factory.DatabasePath;

    public async Task InitializeAsync()
    {
        BaseAddress = _factory.StartOnLoopback();
        (_playwright, Browser) = await Chromium.LaunchAsync();
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1366, Height = 768 },
            Locale = "en-NZ",
            TimezoneId = "Pacific/Auckland",
        });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
        await _factory.DisposeAsync();
    }
}
