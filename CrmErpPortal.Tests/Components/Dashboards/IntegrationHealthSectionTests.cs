using Bunit;
using CrmErpPortal.Components.Shared;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Dashboards;
using CrmErpPortal.Features.Dashboards.Leadership;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CrmErpPortal.Tests.Components.Dashboards;

/// <summary>The dashboard's integration health: the counts, and the sync lag per system and entity or what to do first.</summary>
public sealed class IntegrationHealthSectionTests : PortalComponentTest
{
    private static readonly DateTimeOffset Now = HubRecords.Now;

    public IntegrationHealthSectionTests()
    {
        Context.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
        Context.Services.AddSingleton(Options.Create(new DashboardOptions()));
        Context.Services.AddSingleton(new DisplayTimeZone(new ConfigurationBuilder().Build()));
    }

    [Fact]
    public void SaysToStartASync_WhenNoneHasRun()
    {
        var cut = Render(new IntegrationSection([], 0, 0, 0, 0, 0));

        Assert.Contains("No sync has run yet: start one from the Sync monitor.", cut.Markup);
        Assert.Empty(cut.FindAll("table"));
    }

    [Fact]
    public void ListsEachEntitysLag_AndTheCounts()
    {
        var lags = new List<SyncLag>
        {
            new(SourceSystem.Crm, "accounts", Now.AddMinutes(-12), TimeSpan.FromMinutes(12), false),
            new(SourceSystem.Erp, "customers", null, null, true),
            new(SourceSystem.Erp, "salesOrders", Now.AddHours(-50), TimeSpan.FromHours(50), false),
        };

        var cut = Render(new IntegrationSection(lags, 2, 3, 1, 4, 5));

        var rows = cut.FindAll("tbody tr").Select(r => string.Join('|', r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()))).ToList();
        Assert.Equal("Crm|accounts|28 Nov 2026 08:48|12 min|ok", rows[0]);
        Assert.Equal("Erp|customers|never|—|failed", rows[1]);
        Assert.EndsWith("|2 days|ok", rows[2]);
        var values = cut.FindAll("[data-testid=kpi-value]").Select(v => v.TextContent).ToList();
        Assert.Equal(["2", "3", "4"], values);
        Assert.Contains("1 push conflicts", cut.Markup);
        Assert.Contains("5 pushes queued", cut.Markup);
    }

    private IRenderedComponent<IntegrationHealthSection> Render(IntegrationSection integration) =>
        Context.Render<IntegrationHealthSection>(p => p.Add(c => c.Integration, integration).Add(c => c.ComputedAt, Now));
}
