namespace CrmErpPortal.Tests.TestSupport;

/// <summary>One portal host shared by the tests of a class (each class gets its own host and database).</summary>
public sealed class PortalAppFixture : IAsyncLifetime
{
    public PortalAppFactory Factory { get; } = new();

    public Task InitializeAsync()
    {
        _ = Factory.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Factory.DisposeAsync();
}
