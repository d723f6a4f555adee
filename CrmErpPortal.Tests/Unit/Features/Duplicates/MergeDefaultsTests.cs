using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Duplicates.Merge;
using CrmErpPortal.Tests.TestSupport;

namespace CrmErpPortal.Tests.Unit.Features.Duplicates;

/// <summary>Default survivor and values follow the ownership rules first, and say why.</summary>
public sealed class MergeDefaultsTests
{
    private static readonly Customer CrmRecord = Make("Kiwi Plumbing Ltd", "+6493001234", number: null, updated: HubRecords.Now);
    private static readonly Customer ErpRecord = Make("Kiwi Plumbing Limited", "+6493009999", number: "C10001", updated: HubRecords.Now.AddDays(1));
    private static readonly MergeSide Crm = new(CrmRecord, [SourceSystem.Crm], ChildRows: 5);
    private static readonly MergeSide Erp = new(ErpRecord, [SourceSystem.Erp], ChildRows: 1);

    [Fact]
    public void TheSurvivor_IsTheRecordLinkedToTheErp()
    {
        var survivor = MergeDefaults.Survivor(Crm, Erp);

        Assert.Equal(ErpRecord.Id, survivor.CustomerId);
        Assert.Contains("linked to the ERP", survivor.Reason);
    }

    [Fact]
    public void ACrmOwnedField_KeepsTheCrmValue_EvenWhenTheErpOneIsNewer()
    {
        var phone = MergeDefaults.Field(MergeFields.Find("Phone")!, Erp, Crm);

        Assert.Equal(CrmRecord.Id, phone.CustomerId);
        Assert.Contains("The CRM owns this field", phone.Reason);
    }

    [Fact]
    public void AValueBeatsNone_AndAgreeingFieldsStayWithTheSurvivor()
    {
        Assert.Equal(ErpRecord.Id, MergeDefaults.Field(MergeFields.Find("CustomerNumber")!, Crm, Erp).CustomerId);
        Assert.Equal("Both records agree.", MergeDefaults.Field(MergeFields.Find("Country")!, Crm, Erp).Reason);
    }

    [Fact]
    public void WithNoOwnerOrTrustDifference_TheMoreRecentValueWins()
    {
        var a = new MergeSide(CrmRecord, [SourceSystem.Crm], 1);
        var b = new MergeSide(Make("Kiwi Plumbing", "+6493001234", null, HubRecords.Now.AddDays(2), email: "new@kiwi.co.nz"), [SourceSystem.Crm], 1);
        var older = a with { Customer = Make("Kiwi Plumbing", "+6493001234", null, HubRecords.Now, email: "old@kiwi.co.nz") };

        var email = MergeDefaults.Field(MergeFields.Find("Email")!, older, b);

        Assert.Equal(b.Customer.Id, email.CustomerId);
        Assert.Contains("updated more recently", email.Reason);
    }

    private static Customer Make(string name, string phone, string? number, DateTimeOffset updated, string? email = null)
    {
        var customer = HubRecords.Customer(name);
        customer.PhoneE164 = phone;
        customer.CustomerNumber = number;
        customer.UpdatedAt = updated;
        customer.Email = email;
        return customer;
    }
}
