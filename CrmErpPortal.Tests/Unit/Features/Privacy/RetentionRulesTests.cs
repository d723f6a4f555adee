using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Privacy.Retention;

namespace CrmErpPortal.Tests.Unit.Features.Privacy;

public sealed class RetentionRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 0, 0, 0, TimeSpan.Zero);
    private static readonly RetentionOptions Options = new();

    private static CustomerRetentionFacts Facts(
        bool erp = false, bool traded = false, DateTimeOffset? activity = null, DateTimeOffset? lastTransaction = null, bool open = false, string country = "NZ") =>
        new(Guid.NewGuid(), country, erp, traded, activity ?? Now.AddMonths(-1), lastTransaction, open);

    [Fact]
    public void AProspectIsDue_OnlyAfterTheConfiguredMonthsWithoutActivity()
    {
        var due = RetentionRules.ForCustomer(Facts(activity: Now.AddMonths(-25)), Options, Now);
        var notYet = RetentionRules.ForCustomer(Facts(activity: Now.AddMonths(-23)), Options, Now);

        Assert.Equal(RetentionCategory.Prospect, due!.Category);
        Assert.Contains("October 2024", due.Reason);
        Assert.Null(notYet);
    }

    [Theory]
    [InlineData("NZ", 8, true)]
    [InlineData("NZ", 6, false)]
    [InlineData("AU", 8, true)]
    [InlineData("AU", 6, false)]
    public void AFormerCustomerIsDue_SevenYearsAfterTheLastTransaction(string country, int yearsAgo, bool expected)
    {
        var facts = Facts(erp: true, traded: true, activity: Now.AddMonths(-1), lastTransaction: Now.AddYears(-yearsAgo), country: country);

        var due = RetentionRules.ForCustomer(facts, Options, Now);

        Assert.Equal(expected, due is { Category: RetentionCategory.FormerCustomer });
    }

    [Fact]
    public void ACustomerWithAnUnpaidInvoiceOrOpenOrder_IsNeverDue()
    {
        var facts = Facts(erp: true, traded: true, activity: Now.AddYears(-10), lastTransaction: Now.AddYears(-10), open: true);

        Assert.Null(RetentionRules.ForCustomer(facts, Options, Now));
    }

    [Fact]
    public void AContactIsDue_AfterTheConfiguredMonthsUnchanged()
    {
        var customer = Guid.NewGuid();

        Assert.NotNull(RetentionRules.ForContact(new ContactRetentionFacts(Guid.NewGuid(), customer, Now.AddMonths(-37)), Options, Now));
        Assert.Null(RetentionRules.ForContact(new ContactRetentionFacts(Guid.NewGuid(), customer, Now.AddMonths(-35)), Options, Now));
    }

    [Fact]
    public void TheValidator_RefusesAFormerCustomerPeriodShorterThanTheStatutorySevenYears()
    {
        var options = new RetentionOptions { ProspectInactiveMonths = 0 };
        options.FormerCustomerYears["AU"] = 5;

        var result = new RetentionOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.Contains("FormerCustomerYears:AU is 5"));
        Assert.Contains(result.Failures!, f => f.Contains("ProspectInactiveMonths"));
        Assert.True(new RetentionOptionsValidator().Validate(null, new RetentionOptions()).Succeeded);
    }
}
