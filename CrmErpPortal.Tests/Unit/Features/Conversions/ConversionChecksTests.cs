using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Conversions.Checks;
using CrmErpPortal.Integration;

namespace CrmErpPortal.Tests.Unit.Features.Conversions;

public sealed class ConversionChecksTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);
    private static readonly ConversionCheckOptions Options = new();
    private static readonly ErpItem Bolt = new(Guid.NewGuid(), "1000-M10", "Galvanised Hex Bolt", 38.50m, 100m, false);
    private static readonly ErpItem Freight = new(Guid.NewGuid(), "FREIGHT-NZ", "Freight", 25m, null, false);

    private static ConversionFacts Facts(
        decimal price = 38.50m, decimal quantity = 10, string currency = "NZD", DateOnly? validUntil = null, ErpCreditFacts? erp = null,
        bool noErp = false, string? businessNumber = "9429041535981", PostalAddress? address = null, bool noAddress = false, CreditOverrideFacts? approved = null,
        IReadOnlyList<QuoteLineFacts>? lines = null)
    {
        lines ??= [new QuoteLineFacts(1, "1000-M10", quantity, price)];
        var amount = lines.Sum(l => l.Quantity * l.UnitPrice);
        return new ConversionFacts(
            new QuoteFacts("QUO-01001-AB12CD", currency, amount, validUntil ?? Today.AddDays(10), lines),
            new CustomerFacts("NZ", businessNumber, null, noAddress ? null : address ?? new PostalAddress("12 Smith Street", null, null, "Auckland", null, "1010", "NZ")),
            noErp ? null : erp ?? new ErpCreditFacts("NZD", 10_000m, 2_000m, 1_000m, CreditBlocked.None),
            [Bolt, Freight],
            Today,
            approved);
    }

    [Fact]
    public void Passes_WhenEverythingIsInOrder()
    {
        var result = ConversionChecks.Run(Facts(), Options);

        Assert.True(result.Passed, string.Join("; ", result.Failures.Select(f => f.Message)));
        Assert.Equal(2_000m + 1_000m + 385m, result.Exposure);
    }

    [Fact]
    public void FailsCreditCheck_WhenBalancePlusOpenOrdersPlusThisOrderExceedTheLimit()
    {
        var result = ConversionChecks.Run(Facts(quantity: 200, erp: new ErpCreditFacts("NZD", 10_000m, 2_000m, 1_000m, CreditBlocked.None)), Options);

        var failure = Assert.Single(result.Failures);
        Assert.Equal(ConversionCause.CreditLimitExceeded, failure.Cause);
        Assert.StartsWith("Over the credit limit by NZD 700.00", failure.Message);
    }

    [Fact]
    public void CountsOpenOrders_InTheExposure()
    {
        var withinOnBalance = Facts(quantity: 200, erp: new ErpCreditFacts("NZD", 10_000m, 2_000m, 0m, CreditBlocked.None));
        var overWithOrders = Facts(quantity: 200, erp: new ErpCreditFacts("NZD", 10_000m, 2_000m, 800m, CreditBlocked.None));

        Assert.True(ConversionChecks.Run(withinOnBalance, Options).Passed);
        Assert.Contains(ConversionChecks.Run(overWithOrders, Options).Failures, f => f.Cause == ConversionCause.CreditLimitExceeded);
    }

    [Fact]
    public void ChecksNoLimit_WhenTheErpLimitIsZero()
    {
        var result = ConversionChecks.Run(Facts(quantity: 10_000, erp: new ErpCreditFacts("NZD", 0m, 50_000m, 0m, CreditBlocked.None)), Options);

        Assert.DoesNotContain(result.Failures, f => f.Cause == ConversionCause.CreditLimitExceeded);
    }

    [Fact]
    public void OverrideLetsTheOrderThrough_OnlyForTheSameAmountAndCurrency()
    {
        var erp = new ErpCreditFacts("NZD", 1_000m, 900m, 0m, CreditBlocked.None);

        var exact = ConversionChecks.Run(Facts(erp: erp, approved: new CreditOverrideFacts(385m, "NZD")), Options);
        var bigger = ConversionChecks.Run(Facts(erp: erp, quantity: 11, approved: new CreditOverrideFacts(385m, "NZD")), Options);
        var otherCurrency = ConversionChecks.Run(Facts(erp: erp, approved: new CreditOverrideFacts(385m, "AUD")), Options);

        Assert.True(exact.Passed);
        Assert.True(exact.OverrideUsed);
        Assert.Contains(bigger.Failures, f => f.Cause == ConversionCause.CreditLimitExceeded);
        Assert.Contains(otherCurrency.Failures, f => f.Cause == ConversionCause.CreditLimitExceeded);
    }

    [Fact]
    public void DoesNotSpendTheOverride_WhenTheOrderIsWithinTheLimit()
    {
        var result = ConversionChecks.Run(Facts(approved: new CreditOverrideFacts(385m, "NZD")), Options);

        Assert.True(result.Passed);
        Assert.False(result.OverrideUsed);
    }

    [Fact]
    public void Fails_WhenTheCustomerHasNoErpCustomer()
    {
        var result = ConversionChecks.Run(Facts(noErp: true), Options);

        Assert.Equal([ConversionCause.NoErpCustomer], result.Failures.Select(f => f.Cause));
    }

    [Theory]
    [InlineData(CreditBlocked.All, true)]
    [InlineData(CreditBlocked.Invoice, true)]
    [InlineData(CreditBlocked.Ship, false)]
    public void BlocksOrders_WhenTheErpCustomerIsBlockedForInvoicesOrAll(CreditBlocked blocked, bool fails)
    {
        var result = ConversionChecks.Run(Facts(erp: new ErpCreditFacts("NZD", 10_000m, 0m, 0m, blocked)), Options);

        Assert.Equal(fails, result.Failures.Any(f => f.Cause == ConversionCause.CustomerBlocked));
        Assert.Equal(!fails, result.Warnings.Count == 1);
    }

    [Fact]
    public void FailsCurrency_WhenTheQuoteIsNotInTheErpCustomersCurrency()
    {
        var result = ConversionChecks.Run(Facts(currency: "AUD"), Options);

        var failure = Assert.Single(result.Failures);
        Assert.Equal(ConversionCause.CurrencyMismatch, failure.Cause);
        Assert.Contains("trades in NZD", failure.Message);
    }

    [Theory]
    [InlineData(38.50, false)]
    [InlineData(38.20, false)]
    [InlineData(37.90, true)]
    [InlineData(42.00, true)]
    public void FailsPrice_OnlyBeyondTheTolerance(double price, bool fails)
    {
        var result = ConversionChecks.Run(Facts(price: (decimal)price), Options);

        Assert.Equal(fails, result.Failures.Any(f => f.Cause == ConversionCause.PriceMismatch));
    }

    [Fact]
    public void FailsPrice_WhenALineIsNotAnErpItem()
    {
        var result = ConversionChecks.Run(Facts(lines: [new QuoteLineFacts(1, "9999-XX", 1, 10m)]), Options);

        Assert.Contains("not an item the ERP sells", Assert.Single(result.Failures).Message);
    }

    [Fact]
    public void FailsAddress_WhenMissing()
    {
        var result = ConversionChecks.Run(Facts(noAddress: true), Options);

        Assert.Equal([ConversionCause.MissingAddress], result.Failures.Select(f => f.Cause));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("9429041535987")]
    public void FailsTaxNumber_WhenMissingOrInvalid(string? number)
    {
        var result = ConversionChecks.Run(Facts(businessNumber: number), Options);

        Assert.Equal([ConversionCause.InvalidTaxNumber], result.Failures.Select(f => f.Cause));
    }

    [Fact]
    public void FailsExpiry_WhenValidUntilHasPassed()
    {
        var result = ConversionChecks.Run(Facts(validUntil: Today.AddDays(-1)), Options);

        Assert.Equal([ConversionCause.QuoteExpired], result.Failures.Select(f => f.Cause));
    }

    [Fact]
    public void WarnsOfStockShortfall_WithTheShortQuantity_WithoutFailing()
    {
        var result = ConversionChecks.Run(Facts(lines: [new QuoteLineFacts(1, "1000-M10", 70, 38.50m), new QuoteLineFacts(2, "1000-M10", 50, 38.50m), new QuoteLineFacts(3, "FREIGHT-NZ", 1, 25m)]), Options);

        Assert.True(result.Passed);
        var shortfall = Assert.Single(result.Shortfalls);
        Assert.Equal((2, 20m, 30m), (shortfall.LineNumber, shortfall.Shortfall, shortfall.OnHand));
    }

    [Fact]
    public void ReportsEveryFailedCause_NotOnlyTheFirst()
    {
        var result = ConversionChecks.Run(Facts(price: 30m, validUntil: Today.AddDays(-3), businessNumber: null, erp: new ErpCreditFacts("NZD", 100m, 0m, 0m, CreditBlocked.All)), Options);

        Assert.Equal(
            new[] { ConversionCause.QuoteExpired, ConversionCause.InvalidTaxNumber, ConversionCause.CustomerBlocked, ConversionCause.CreditLimitExceeded, ConversionCause.PriceMismatch },
            result.Failures.Select(f => f.Cause));
    }
}
