using CrmErpPortal.DataQuality.Findings;
using CrmErpPortal.Features.Sync.Pull;
using CrmErpPortal.Integration;

namespace CrmErpPortal.Tests.Unit.Features.Sync;

public sealed class SourceRecordChecksTests
{
    private static readonly SourceAddress Auckland = new("12 Smith Street", null, "Auckland", null, "1010", "New Zealand");

    [Fact]
    public void KeepsEverySourceValueAsSent_WhenNothingMustBeRefused()
    {
        var account = Account(businessNumber: "51 824 753 557", phone: "09 379");

        var (clean, refused) = SourceRecordChecks.Account(account, "NZ");

        Assert.Equal(account, clean);
        Assert.Empty(refused);
        Assert.Equal(["abn.invalid", "phone.invalid"], SourceRecordChecks.Findings(clean, "NZ").Select(f => f.Rule).Order());
    }

    [Fact]
    public void DropsATaxFileNumber_AndSaysWhereItWas()
    {
        var (clean, refused) = SourceRecordChecks.Account(Account(businessNumber: "TFN 123 456 782", phone: "09 379 1234"), "NZ");

        Assert.Null(clean.BusinessNumber);
        var finding = Assert.Single(refused);
        Assert.Equal(("BusinessNumber", FindingRules.TfnDiscarded, FieldRules.TfnDiscardedMessage), (finding.Field, finding.Rule, finding.Message));
    }

    [Fact]
    public void DropsATaxFileNumber_FromAnAustralianErpTaxRegistration()
    {
        var customer = new ErpCustomer(Guid.NewGuid(), "C1", "Wattle Supplies Pty Ltd", "123 456 782", null, null,
            Auckland with { Country = "AU" }, "AUD", 0m, 0m, 0m, null, " ", "W/\"1\"", DateTimeOffset.UtcNow);

        var (clean, refused) = SourceRecordChecks.Customer(customer, "AU");

        Assert.Null(clean.TaxRegistrationNumber);
        Assert.Equal(FindingRules.TfnDiscarded, Assert.Single(refused).Rule);
    }

    private static CrmAccount Account(string? businessNumber, string? phone) => new(
        Guid.NewGuid(), "Kauri Joinery Ltd", "C20001", businessNumber, phone, "ap@kauri.co.nz", null, Auckland, true, "W/\"1\"", DateTimeOffset.UtcNow);
}
