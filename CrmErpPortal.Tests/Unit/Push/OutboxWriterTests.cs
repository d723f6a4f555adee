using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Sync.Push;
using CrmErpPortal.Tests.TestSupport;

namespace CrmErpPortal.Tests.Unit.Push;

public sealed class OutboxWriterTests
{
    private static readonly DateTimeOffset Now = HubRecords.Now;

    [Fact]
    public void ACrmFieldOfACustomerOnlyTheErpKnows_GoesToTheErp()
    {
        var customer = HubRecords.Customer("Southern Cross Supplies");
        var erp = HubRecords.Link(customer, SourceSystem.Erp);
        erp.SourceEtag = "W/\"7\"";
        var request = Request(customer, ("Phone", "+6493001234", "+6493009999", ChangeTarget.Crm));

        var (messages, portalOnly) = OutboxWriter.For(request, customer, [erp], Now);

        var message = Assert.Single(messages);
        Assert.Equal((SourceSystem.Erp, erp.ExternalId), (message.TargetSystem, message.ExternalId));
        Assert.Empty(portalOnly);
    }

    [Fact]
    public void OneMessagePerSystemAndRecord_WithAStableIdempotencyKey_AndTheEtagEachSystemWasAt()
    {
        var customer = HubRecords.Customer("Kiwi Plumbing Ltd");
        var crm = HubRecords.Link(customer, SourceSystem.Crm);
        var erp = HubRecords.Link(customer, SourceSystem.Erp);
        var request = Request(customer,
            ("DisplayName", "Kiwi Plumbing Ltd", "Kiwi Plumbing & Gas Ltd", ChangeTarget.Both),
            ("Email", null, "ap@kiwi.co.nz", ChangeTarget.Crm),
            ("Segment", null, "Trade", ChangeTarget.Crm));
        request.Fields[0].BasedOnEtag = "crm-1";
        request.Fields[0].BasedOnErpEtag = "erp-1";

        var (messages, portalOnly) = OutboxWriter.For(request, customer, [crm, erp], Now);
        var again = OutboxWriter.For(request, customer, [crm, erp], Now).Messages;

        Assert.Equal(2, messages.Count);
        var toCrm = messages.Single(m => m.TargetSystem == SourceSystem.Crm);
        var toErp = messages.Single(m => m.TargetSystem == SourceSystem.Erp);
        Assert.Equal(["DisplayName", "Email"], OutboxPayload.FromJson(toCrm.PayloadJson).Fields.Select(f => f.Field));
        Assert.Equal(["DisplayName"], OutboxPayload.FromJson(toErp.PayloadJson).Fields.Select(f => f.Field));
        Assert.Equal(("crm-1", "erp-1"), (OutboxPayload.FromJson(toCrm.PayloadJson).BasedOnEtag, OutboxPayload.FromJson(toErp.PayloadJson).BasedOnEtag));
        Assert.Equal(messages.Select(m => m.IdempotencyKey).Order(), again.Select(m => m.IdempotencyKey).Order());
        Assert.Equal("Segment", Assert.Single(portalOnly).FieldName);
    }

    private static ChangeRequest Request(Customer customer, params (string Field, string? Old, string? New, ChangeTarget Target)[] fields)
    {
        var request = new ChangeRequest { CustomerId = customer.Id, Reason = "x", RequiredApproverRole = "DataSteward", RequestedBy = "aroha" };
        request.Fields.AddRange(fields.Select(f => new ChangeRequestField { FieldName = f.Field, OldValue = f.Old, NewValue = f.New, TargetSystem = f.Target }));
        return request;
    }
}
