using Bunit;
using CrmErpPortal.Components.Shared;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.ChangeRequests;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrmErpPortal.Tests.Components.ChangeRequests;

/// <summary>The change requests on a customer's 360 page: a status chip, each system's push state and why one failed or conflicted.</summary>
public sealed class CustomerChangeRequestsTests : PortalComponentTest
{
    public CustomerChangeRequestsTests() => Context.Services.AddSingleton(new DisplayTimeZone(new ConfigurationBuilder().Build()));

    [Fact]
    public void ShowsTheStatus_TheSystemsPushStates_AndTheConflictingValue()
    {
        var request = new ChangeRequestSummary(Guid.NewGuid(), ChangeRequestStatus.Conflicted, "aroha", HubRecords.Now, "Customer emailed",
            [new FieldChangeSummary("Email", "Email", "old@kiwi.co.nz", "new@kiwi.co.nz", ChangeTarget.Crm, ConflictValue: "other@kiwi.co.nz")])
        {
            Pushes = [new SystemPushState(CrmErpPortal.Data.Entities.SourceSystem.Crm, PushStateKind.Conflicted, null, null)],
        };

        var cut = Context.Render<CustomerChangeRequests>(p => p.Add(x => x.Requests, [request]));

        Assert.Equal("Conflict: needs a decision", cut.Find("[data-testid=change-status]").TextContent.Trim());
        Assert.Contains("CRM: conflicted", cut.Find("[data-testid=push-state]").TextContent);
        Assert.Contains("other@kiwi.co.nz", cut.Find("[data-testid=change-conflict]").TextContent);
    }

    [Fact]
    public void SaysWhyAPushFailed()
    {
        var request = new ChangeRequestSummary(Guid.NewGuid(), ChangeRequestStatus.Failed, "aroha", HubRecords.Now, "Customer emailed",
            [new FieldChangeSummary("CreditLimit", "Credit limit", "20000.00", "35000.00", ChangeTarget.Erp)])
        {
            Pushes = [new SystemPushState(CrmErpPortal.Data.Entities.SourceSystem.Erp, PushStateKind.Failed, "The ERP refused the change (400): over the company maximum.", null)],
        };

        var cut = Context.Render<CustomerChangeRequests>(p => p.Add(x => x.Requests, [request]));

        Assert.Equal("Failed", cut.Find("[data-testid=change-status]").TextContent.Trim());
        Assert.Equal("The ERP refused the change (400): over the company maximum.", cut.Find("[data-testid=push-problem]").TextContent.Trim());
    }
}
