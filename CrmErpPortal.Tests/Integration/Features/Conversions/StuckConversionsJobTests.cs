using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Conversions;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Tests.Integration.Features.Conversions;

public sealed class StuckConversionsJobTests
{
    [Fact]
    public async Task ListsWonQuotesWithNoOrder_AfterTheConfiguredTime_Once_AndNotThoseTheErpHas()
    {
        var h = new ConversionHarness();
        await h.InitializeAsync();
        try
        {
            var (stuck, _) = await h.AddQuoteAsync([(ConversionHarness.Bolt, 1, 38.50m)]);
            var (recent, _) = await h.AddQuoteAsync([(ConversionHarness.Bolt, 1, 38.50m)]);
            var (ordered, orderedCrmId) = await h.AddQuoteAsync([(ConversionHarness.Bolt, 1, 38.50m)]);
            var order = SandboxRows.SalesOrder(Guid.NewGuid(), "S-ORD9100", h.ErpCustomerId, 38.50m);
            order["externalDocumentNumber"] = orderedCrmId.ToString("N");
            await h.Erp.InsertAsync("salesOrders", Guid.Parse(order["id"]!.GetValue<string>()), order);
            await using (var db = h.Db())
            {
                await db.Quotes.Where(q => q.Id == stuck || q.Id == ordered).ExecuteUpdateAsync(s => s.SetProperty(q => q.WonAt, DateTimeOffset.UtcNow.AddDays(-5)));
            }

            var first = await h.Service<StuckConversionsJob>().RunAsync(CancellationToken.None);
            var second = await h.Service<StuckConversionsJob>().RunAsync(CancellationToken.None);

            Assert.Equal(1, first.NoOrderAfterWin);
            Assert.Equal(0, second.NoOrderAfterWin);
            Assert.Equal(ConversionCause.NoOrderAfterWin, Assert.Single(await h.OpenIssuesAsync(stuck)).Cause);
            Assert.Empty(await h.OpenIssuesAsync(recent));
            Assert.Empty(await h.OpenIssuesAsync(ordered));
        }
        finally
        {
            await h.DisposeAsync();
        }
    }

    [Fact]
    public async Task ListsOpenOrdersOfABlockedCustomer_AsOnCreditHold_Once()
    {
        var h = new ConversionHarness { Blocked = "Ship" };
        await h.InitializeAsync();
        try
        {
            var orderId = Guid.NewGuid();
            await h.Erp.InsertAsync("salesOrders", orderId, SandboxRows.SalesOrder(orderId, "S-ORD9200", h.ErpCustomerId, 1_200m));
            await h.PullAsync();

            await h.Service<StuckConversionsJob>().RunAsync(CancellationToken.None);
            await h.Service<StuckConversionsJob>().RunAsync(CancellationToken.None);

            await using var db = h.Db();
            var issue = Assert.Single(await db.ConversionIssues.Where(i => i.Status == ConversionIssueStatus.Open).ToListAsync());
            Assert.Equal((ConversionCause.OrderOnCreditHold, 1_200m), (issue.Cause, issue.Amount));
            Assert.Contains("S-ORD9200", issue.Detail);
        }
        finally
        {
            await h.DisposeAsync();
        }
    }
}
