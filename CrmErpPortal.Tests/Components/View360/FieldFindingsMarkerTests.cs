using Bunit;
using CrmErpPortal.Components.Shared;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.DataQuality.Findings;
using CrmErpPortal.Features.Customers.View360;
using CrmErpPortal.Security;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrmErpPortal.Tests.Components.View360;

/// <summary>The header's warning markers: only beside fields with an open finding, the message readable without a mouse.</summary>
public sealed class FieldFindingsMarkerTests : PortalComponentTest
{
    public FieldFindingsMarkerTests()
    {
        Context.Services.AddSingleton(new DisplayTimeZone(new ConfigurationBuilder().Build()));
        Context.AddAuthorization().SetAuthorized("Aroha Ngata").SetRoles(Roles.DataSteward);
    }

    [Fact]
    public void MarksOnlyTheFlaggedField_WithTheMessageAsItsAccessibleName()
    {
        var customer = Customer([new OpenFindingView("BusinessNumber", SourceSystem.Crm, FindingSeverity.Error, "ABN check digits do not match — check for a typo")]);

        var cut = Context.Render<CustomerHeader>(p => p.Add(x => x.Customer, customer));

        var marker = cut.Find("[data-testid=finding-BusinessNumber]");
        Assert.Equal("img", marker.GetAttribute("role"));
        Assert.Equal("Data quality: CRM: ABN check digits do not match — check for a typo", marker.GetAttribute("aria-label"));
        Assert.Single(cut.FindAll("[data-testid^=finding-]"));
    }

    [Fact]
    public void ShowsNoMarker_WhenNothingIsOpen()
    {
        var cut = Context.Render<CustomerHeader>(p => p.Add(x => x.Customer, Customer([])));

        Assert.Empty(cut.FindAll("[data-testid^=finding-]"));
    }

    private static Customer360 Customer(IReadOnlyList<OpenFindingView> findings) => new(
        Guid.NewGuid(), "Kauri Joinery Ltd", null, CustomerStatus.Active,
        [
            new CustomerField("BusinessNumber", "Business number", null, OwnerSystem.Crm, null),
            new CustomerField("Phone", "Phone", "+6493791234", OwnerSystem.Crm, null),
        ],
        [], [], 0, null, [], 0, new PaidInvoicePage([], 0), [], [], [], [], [])
    {
        Findings = findings,
    };
}
