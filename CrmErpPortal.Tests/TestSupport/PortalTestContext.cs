using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace CrmErpPortal.Tests.TestSupport;

/// <summary>
/// bUnit with MudBlazor's services. xunit v2 disposes test classes synchronously and MudBlazor's services are
/// async-disposable only, so tests hold this context and dispose it in DisposeAsync rather than deriving from it.
/// </summary>
public abstract class PortalComponentTest : IAsyncLifetime
{
    protected PortalComponentTest()
    {
        Context.Services.AddMudServices(o => o.PopoverOptions.CheckForPopoverProvider = false);
        Context.JSInterop.Mode = JSRuntimeMode.Loose;
    }

    protected BunitContext Context { get; } = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Context.DisposeAsync();
}
