using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Conversions;
using static CrmErpPortal.Tests.Integration.Features.Conversions.ConversionHarness;

namespace CrmErpPortal.Tests.Integration.Features.Conversions;

/// <summary>Each failed check against live ERP figures: no order, one open issue per cause (never two), resolved by a fix and a retry.</summary>
public sealed class ConversionCheckFailureTests
{
    private static async Task<(ConvertQuoteResult Result, IReadOnlyList<ConversionIssue> Issues, int Orders)> ConvertOnceAsync(
        ConversionHarness h, IReadOnlyList<(string, decimal, decimal)> lines, string currency = "NZD", int validForDays = 20)
    {
        var (quoteId, crmQuoteId) = await h.AddQuoteAsync(lines, currency: currency, validForDays: validForDays);
        var result = await h.ConvertAsync(quoteId);
        return (result, await h.OpenIssuesAsync(quoteId), (await h.ErpOrdersForAsync(crmQuoteId)).Count);
    }

    private static async Task<T> WithAsync<T>(ConversionHarness h, Func<ConversionHarness, Task<T>> act)
    {
        await h.InitializeAsync();
        try
        {
            return await act(h);
        }
        finally
        {
            await h.DisposeAsync();
        }
    }

    [Fact]
    public async Task FailsTheCreditCheck_OnLiveBalancePlusOpenOrdersPlusThisOrder()
    {
        var (result, issues, orders) = await WithAsync(new ConversionHarness(), async h =>
        {
            await h.OweAsync(9_000m);
            var orderId = Guid.NewGuid();
            await h.Erp.InsertAsync("salesOrders", orderId, TestSupport.SandboxRows.SalesOrder(orderId, "S-ORD9001", h.ErpCustomerId, 500m));
            return await ConvertOnceAsync(h, [(Bolt, 40, 38.50m)]);
        });

        Assert.Equal(ConversionOutcome.Failed, result.Outcome);
        Assert.Equal(0, orders);
        var issue = Assert.Single(issues);
        Assert.Equal((ConversionCause.CreditLimitExceeded, 1_540m, "NZD"), (issue.Cause, issue.Amount, issue.CurrencyCode));
        Assert.StartsWith("Over the credit limit by NZD 1,040.00", issue.Detail);
    }

    [Fact]
    public async Task FailsNoErpCustomer_WhenTheAccountIsNotInTheErp()
    {
        var (result, issues, _) = await WithAsync(new ConversionHarness { InErp = false }, h => ConvertOnceAsync(h, [(Bolt, 1, 38.50m)]));

        Assert.Equal(ConversionOutcome.Failed, result.Outcome);
        Assert.Contains(issues, i => i.Cause == ConversionCause.NoErpCustomer);
    }

    [Theory]
    [InlineData("All")]
    [InlineData("Invoice")]
    public async Task FailsCustomerBlocked_WhenTheErpBlocksOrders(string blocked)
    {
        var (_, issues, orders) = await WithAsync(new ConversionHarness { Blocked = blocked }, h => ConvertOnceAsync(h, [(Bolt, 1, 38.50m)]));

        Assert.Equal([ConversionCause.CustomerBlocked], issues.Select(i => i.Cause));
        Assert.Equal(0, orders);
    }

    [Fact]
    public async Task FailsPriceMismatch_WhenALineIsPricedAwayFromTheErp()
    {
        var (_, issues, _) = await WithAsync(new ConversionHarness(), h => ConvertOnceAsync(h, [(Bolt, 10, 32.00m)]));

        Assert.Contains("the ERP price is NZD 38.50", Assert.Single(issues, i => i.Cause == ConversionCause.PriceMismatch).Detail);
    }

    [Fact]
    public async Task FailsCurrencyMismatch_WhenTheQuoteIsInAnotherCurrency()
    {
        var (_, issues, _) = await WithAsync(new ConversionHarness(), h => ConvertOnceAsync(h, [(Bolt, 10, 38.50m)], currency: "AUD"));

        Assert.Equal([ConversionCause.CurrencyMismatch], issues.Select(i => i.Cause));
    }

    [Fact]
    public async Task FailsInvalidTaxNumber_WhenTheNzbnCheckDigitIsWrong()
    {
        var (_, issues, _) = await WithAsync(new ConversionHarness { BusinessNumber = "9429041535987" }, h => ConvertOnceAsync(h, [(Bolt, 1, 38.50m)]));

        Assert.Equal([ConversionCause.InvalidTaxNumber], issues.Select(i => i.Cause));
    }

    [Fact]
    public async Task FailsMissingAddress_WhenTheCustomerHasNone()
    {
        var (_, issues, _) = await WithAsync(new ConversionHarness(), async h =>
        {
            foreach (var system in new[] { (h.Crm, "accounts", h.CrmAccountId, new[] { "address1_line1", "address1_city", "address1_postalcode" }), (h.Erp, "customers", h.ErpCustomerId, new[] { "addressLine1", "city", "postalCode" }) })
            {
                await system.Item1.UpdateAsync(system.Item2, system.Item3, body =>
                {
                    foreach (var field in system.Item4)
                    {
                        body[field] = "";
                    }

                    return body;
                }, null);
            }

            return await ConvertOnceAsync(h, [(Bolt, 1, 38.50m)]);
        });

        Assert.Equal([ConversionCause.MissingAddress], issues.Select(i => i.Cause));
    }

    [Fact]
    public async Task FailsQuoteExpired_WhenValidUntilHasPassed()
    {
        var (_, issues, _) = await WithAsync(new ConversionHarness(), h => ConvertOnceAsync(h, [(Bolt, 1, 38.50m)], validForDays: -3));

        Assert.Equal([ConversionCause.QuoteExpired], issues.Select(i => i.Cause));
    }

    [Fact]
    public async Task RetriesKeepOneIssuePerCause_AndAFixThenRetryConvertsAndResolvesIt()
    {
        await WithAsync(new ConversionHarness(), async h =>
        {
            var (quoteId, crmQuoteId) = await h.AddQuoteAsync([(Bolt, 10, 32.00m)]);
            await h.ConvertAsync(quoteId);
            await h.ConvertAsync(quoteId, Liam);
            Assert.Single(await h.OpenIssuesAsync(quoteId));

            var line = Assert.Single(await h.Crm.FindByPropertyAsync("quotedetails", "_quoteid_value", crmQuoteId.ToString()));
            await h.Crm.UpdateAsync("quotedetails", line.Id, body => { body["priceperunit"] = 38.50m; return body; }, null);
            await h.Crm.UpdateAsync("quotes", crmQuoteId, body => { body["totalamount"] = 385m; return body; }, null);
            var retried = await h.ConvertAsync(quoteId, Liam);

            Assert.Equal(ConversionOutcome.Converted, retried.Outcome);
            Assert.Empty(await h.OpenIssuesAsync(quoteId));
            Assert.Single(await h.ErpOrdersForAsync(crmQuoteId));
            return 0;
        });
    }
}
