using CrmErpPortal.Data.Entities;
using CrmErpPortal.Integration;

namespace CrmErpPortal.Features.Customers.View360;

public sealed record LiveOrderStatusInput(string ErpCustomerId, DateTimeOffset CachedAsOf, TimeSpan? Timeout = null);

/// <summary>
/// The ERP's status of each of the customer's orders right now (by ERP order id), or nothing with the mirror's age
/// and a plain reason. Orders the ERP no longer has are absent from <see cref="Statuses"/>.
/// </summary>
public sealed record LiveOrderStatusResult(IReadOnlyDictionary<string, SalesOrderStatus> Statuses, DateTimeOffset AsOf, bool IsLive, string? StaleReason)
{
    public SalesOrderStatus? StatusOf(string erpOrderId) => Statuses.TryGetValue(erpOrderId, out var status) ? status : null;
}

/// <summary>Reads the customer's order status live with the same short timeout as the credit read; never throws for an ERP failure.</summary>
public sealed class GetLiveOrderStatusQuery(IErpConnector erp, TimeProvider clock, ILogger<GetLiveOrderStatusQuery> logger)
{
    public async Task<LiveOrderStatusResult> ExecuteAsync(LiveOrderStatusInput input, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(input.ErpCustomerId, out var erpId))
        {
            return Stale(input, $"ERP customer id “{input.ErpCustomerId}” is not one the ERP can look up.");
        }

        var timeout = input.Timeout ?? GetLiveCreditQuery.DefaultTimeout;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            var orders = await erp.ReadCustomerSalesOrdersAsync(erpId, deadline.Token);
            var statuses = orders.ToDictionary(o => o.Id.ToString(), o => o.ToHubStatus(), StringComparer.OrdinalIgnoreCase);
            return new LiveOrderStatusResult(statuses, clock.GetUtcNow(), IsLive: true, StaleReason: null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Stale(input, $"ERP did not answer within {timeout.TotalSeconds:0.#} s.");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            if (e is not SourceUnavailableException)
            {
                logger.LogWarning(e, "Live order status read failed for ERP customer {ErpCustomerId}", input.ErpCustomerId);
            }

            return Stale(input, $"ERP unreachable: {e.Message}");
        }
    }

    private static LiveOrderStatusResult Stale(LiveOrderStatusInput input, string reason) =>
        new(new Dictionary<string, SalesOrderStatus>(), input.CachedAsOf, IsLive: false, reason);
}
