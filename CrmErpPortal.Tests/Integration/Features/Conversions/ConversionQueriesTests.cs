using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Conversions;
using CrmErpPortal.Features.Conversions.Credit;
using static CrmErpPortal.Tests.Integration.Features.Conversions.ConversionHarness;

namespace CrmErpPortal.Tests.Integration.Features.Conversions;

/// <summary>The read side the pages use: the queue, a rep's conversions, and the credit inbox with payment history.</summary>
public sealed class ConversionQueriesTests : IAsyncLifetime
{
    private readonly ConversionHarness _h = new();

    public async Task InitializeAsync()
    {
        await _h.InitializeAsync();
        await _h.OweAsync(9_000m);
    }

    public Task DisposeAsync() => _h.DisposeAsync();

    [Fact]
    public async Task TheQueue_FiltersByCause_AndSortsByAmount()
    {
        var (small, _) = await _h.AddQuoteAsync([(Bolt, 30, 38.50m)]);
        var (large, _) = await _h.AddQuoteAsync([(Bolt, 60, 38.50m)]);
        var (priced, _) = await _h.AddQuoteAsync([(Bolt, 1, 30m)]);
        foreach (var quote in new[] { small, large, priced })
        {
            await _h.ConvertAsync(quote);
        }

        var credit = await _h.Service<ListConversionIssuesQuery>().ExecuteAsync(
            new ConversionIssueFilter(ConversionCause.CreditLimitExceeded, Sort: ConversionIssueSort.LargestAmount), CancellationToken.None);

        Assert.Equal(2, credit.TotalCount);
        Assert.Equal([large, small], credit.Items.Select(i => i.QuoteId!.Value));
        Assert.All(credit.Items, i => Assert.Equal("Kiwi Plumbing Ltd", i.CustomerName));
    }

    [Fact]
    public async Task MyConversions_ShowTheLastOutcome_AndItsOpenCauses()
    {
        var (failed, _) = await _h.AddQuoteAsync([(Bolt, 40, 38.50m)]);
        var (converted, _) = await _h.AddQuoteAsync([(Bolt, 2, 38.50m)]);
        await _h.ConvertAsync(failed);
        await _h.ConvertAsync(converted);
        await _h.ConvertAsync(converted, Liam);

        var mine = await _h.Service<ListQuoteConversionsQuery>().ExecuteAsync(new QuoteConversionFilter(RequestedBy: "aroha"), CancellationToken.None);

        var row = Assert.Single(mine);
        Assert.Equal((failed, QuoteConversionStatus.Failed), (row.QuoteId, row.Status));
        Assert.Equal([ConversionCause.CreditLimitExceeded], row.OpenCauses);
        Assert.Equal(9_000m + 1_540m, row.Exposure);
    }

    [Fact]
    public async Task TheCreditInbox_ShowsPendingRequests_WithTheCustomersBalance()
    {
        var (quoteId, _) = await _h.AddQuoteAsync([(Bolt, 40, 38.50m)]);
        await _h.ConvertAsync(quoteId);
        await _h.Service<RaiseCreditRequestCommand>().ExecuteAsync(new RaiseCreditRequestInput(_h.CustomerId, CreditRequestKind.Override, "Payment promised", quoteId), Aroha, CancellationToken.None);
        await _h.PullAsync();

        var inbox = await _h.Service<ListCreditRequestsQuery>().ExecuteAsync(CreditRequestStatus.Pending, CancellationToken.None);

        var request = Assert.Single(inbox);
        Assert.Equal((1_540m, "NZD", "QUO-05001-TEST"), (request.Amount, request.CurrencyCode, request.QuoteNumber));
        Assert.Equal(9_000m, request.History!.Balance);
    }
}
