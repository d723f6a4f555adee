using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Conversions.Checks;
using CrmErpPortal.Integration;

namespace CrmErpPortal.Tests.Unit.Features.Conversions;

/// <summary>Price decisions applied to a quote before the checks: only at the recorded prices, CRM side passes, ERP side reprices.</summary>
public sealed class AcceptedPricesTests
{
    private static readonly ErpItem Bolt = new(Guid.NewGuid(), "1000-M10", "Bolt", 38.50m, 100m, false);
    private static readonly QuoteFacts Quote = new("QUO-1", "NZD", 370m, null, [new QuoteLineFacts(1, "1000-M10", 10, 32.00m), new QuoteLineFacts(2, "1000-M10", 1, 50m)]);

    [Fact]
    public void AnAcceptedCrmPrice_MarksOnlyThatLine()
    {
        var applied = AcceptedPrices.Apply(Quote, [Bolt], [new AcceptedPrice(1, "1000-M10", PriceSide.Crm, 32.00m, 38.50m)]);

        Assert.Equal([true, false], applied.Lines.Select(l => l.CrmPriceAccepted));
        Assert.Equal((370m, 32.00m), (applied.Amount, applied.Lines[0].UnitPrice));
    }

    [Fact]
    public void AnAcceptedErpPrice_RepricesTheLine_AndMovesTheAmountByTheDifference()
    {
        var applied = AcceptedPrices.Apply(Quote, [Bolt], [new AcceptedPrice(1, "1000-M10", PriceSide.Erp, 32.00m, 38.50m)]);

        Assert.Equal((38.50m, false), (applied.Lines[0].UnitPrice, applied.Lines[0].CrmPriceAccepted));
        Assert.Equal(370m + 65m, applied.Amount);
    }

    [Theory]
    [InlineData(31.00, 38.50)]
    [InlineData(32.00, 39.90)]
    public void ADecision_NoLongerHolds_OnceEitherPriceMoved(double crm, double erp)
    {
        var decision = new AcceptedPrice(1, "1000-M10", PriceSide.Crm, (decimal)crm, (decimal)erp);

        var applied = AcceptedPrices.Apply(Quote, [Bolt], [decision]);

        Assert.All(applied.Lines, l => Assert.False(l.CrmPriceAccepted));
        Assert.Equal(370m, applied.Amount);
    }

    [Fact]
    public void APassingCheck_FollowsACrmDecision_AndAFailingOneFollowsNone()
    {
        var options = new ConversionCheckOptions();
        var customer = new CustomerFacts("NZ", "9429041535981", null, new PostalAddress("12 Smith Street", null, "Grey Lynn", "Auckland", null, "1021", "NZ"));
        var credit = new ErpCreditFacts("NZD", 0m, 0m, 0m, CreditBlocked.None);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var quote = Quote with { Lines = [Quote.Lines[0]], Amount = 320m };

        var without = ConversionChecks.Run(new ConversionFacts(quote, customer, credit, [Bolt], today), options);
        var with = ConversionChecks.Run(new ConversionFacts(AcceptedPrices.Apply(quote, [Bolt], [new AcceptedPrice(1, "1000-M10", PriceSide.Crm, 32.00m, 38.50m)]), customer, credit, [Bolt], today), options);

        Assert.Contains(without.Failures, f => f.Cause == ConversionCause.PriceMismatch);
        Assert.DoesNotContain(with.Failures, f => f.Cause == ConversionCause.PriceMismatch);
    }
}
