using System.Security.Claims;
using CrmErpPortal.Data;
using CrmErpPortal.Features.Privacy.Breaches;
using CrmErpPortal.Features.Privacy.WhoSawWhat;
using CrmErpPortal.Security;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CrmErpPortal.Tests.Integration.Features.Privacy;

/// <summary>The privacy audit and breach use cases over a real SQLite hub, a fake clock and the portal's own policies.</summary>
public sealed class PrivacyHarness : IAsyncLifetime
{
    public static readonly ClaimsPrincipal Grace = Person("grace", "Grace Tupou", Roles.PrivacyOfficer);
    public static readonly ClaimsPrincipal Aroha = Person("aroha", "Aroha Ngata", Roles.SalesRep);
    public static readonly ClaimsPrincipal Mei = Person("mei", "Mei Chen", Roles.CreditController);

    private ServiceProvider _services = default!;

    public TestDatabase Database { get; } = new();

    /// <summary>Starts on a whole ten-minute boundary, so a test knows which fixed alert window each view falls in.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 27, 20, 0, 0, TimeSpan.Zero));

    public ViewAlertOptions Alerts { get; } = new() { Threshold = 3, Window = TimeSpan.FromMinutes(10) };

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public PortalDbContext Db() => Database.Contexts.CreateDbContext();

    public static ClaimsPrincipal Person(string id, string name, string role) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, id), new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role)], "Test"));

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddAuthorizationBuilder().AddPortalPolicies();
        services.AddSingleton(Database.Contexts);
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton(Options.Create(Alerts));
        services.AddScoped<PersonalDataViews>();
        services.AddScoped<AuditWriter>();
        services.AddScoped<ListPersonalDataAccessQuery>();
        services.AddScoped<ListViewingAlertsQuery>();
        services.AddScoped<AcknowledgeViewingAlertCommand>();
        services.AddScoped<SaveBreachCommand>();
        services.AddScoped<RecordBreachNotificationCommand>();
        services.AddScoped<GetBreachQuery>();
        services.AddScoped<ListBreachesQuery>();
        _services = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await Database.DisposeAsync();
    }
}
