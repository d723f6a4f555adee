using CrmErpPortal.Features.Dashboards.Leadership;
using CrmErpPortal.Features.ChangeRequests;
using CrmErpPortal.Components;
using CrmErpPortal.Components.Shared;
using CrmErpPortal.Data;
using CrmErpPortal.Features.Conversions;
using CrmErpPortal.Features.Customers;
using CrmErpPortal.Features.Dashboards;
using CrmErpPortal.Features.Dashboards.Drift;
using CrmErpPortal.Features.Duplicates;
using CrmErpPortal.Features.Home;
using CrmErpPortal.Features.Privacy.AccessRequests;
using CrmErpPortal.Features.Privacy.Breaches;
using CrmErpPortal.Features.Privacy.WhoSawWhat;
using CrmErpPortal.Features.Privacy.Retention;
using CrmErpPortal.Features.Privacy.Corrections;
using CrmErpPortal.Features.QualityFindings;
using CrmErpPortal.Features.SandboxSystems;
using CrmErpPortal.Features.Sync;
using CrmErpPortal.Hosting;
using CrmErpPortal.Integration;
using CrmErpPortal.Jobs;
using CrmErpPortal.Security;

var builder = WebApplication.CreateBuilder(args);

if (StartupChecks.FindProblem(builder.Configuration, builder.Environment) is { } problem)
{
    Console.Error.WriteLine($"CrmErpPortal cannot start: {problem}");
    return 1;
}

builder.AddPortalUi();
builder.AddPortalData();
builder.AddSandboxSystems();
builder.AddPortalSecurity();
builder.AddPortalJobs();
builder.AddPortalHealth();
builder.AddPortalIntegration();
builder.AddHome();
builder.AddCustomers();
builder.AddChangeRequests();
builder.AddConversions();
builder.AddQualityFindings();
builder.AddDashboards();
builder.AddDuplicates();
builder.AddSync();
builder.AddPrivacyAccessRequests();
builder.AddWhoSawWhat();
builder.AddBreaches();
builder.AddPrivacyRetention();
builder.AddPrivacyCorrections();

var app = builder.Build();
await app.MigratePortalDatabaseAsync();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
    app.UseHsts();
}

app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets().AllowAnonymous();
app.MapPortalHealth();
app.MapPortalAccountEndpoints();
app.MapPortalJobsDashboard();
app.MapSync();
app.MapDashboardExports();
app.MapPrivacyAccessRequests();
app.MapWhoSawWhat();
app.MapDriftExports();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

app.UsePortalRecurringJobs();

await app.RunAsync();
return 0;

public partial class Program;
