using CrmErpPortal.Data.Entities;
using CrmErpPortal.Integration;

namespace CrmErpPortal.Features.Customers.View360;

/// <param name="Cached">The mirror's figures, shown (marked stale) when the ERP cannot answer in time.</param>
public sealed record LiveCreditInput(string ErpCustomerId, CreditFigures Cached, DateTimeOffset CachedAsOf, TimeSpan? Timeout = null);

/// <summary>Either the ERP's figures right now, or the mirror's with their age and a plain reason why they are not live.</summary>
public sealed record LiveCreditResult(CreditFigures Figures, DateTimeOffset AsOf, bool IsLive, string? StaleReason);

/// <summary>
/// Reads the live credit position with a short timeout of its own: the connector retries transient failures,
/// which is right for a sync job and wrong for a rep on the phone. Never throws for an ERP failure.
/// </summary>
public sealed class GetLiveCreditQuery(IErpConnector erp, ILogger<GetLiveCreditQuery> logger)
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(3);

    public async Task<LiveCreditResult> ExecuteAsync(LiveCreditInput input, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(input.ErpCustomerId, out var erpId))
        {
            return Stale(input, $"ERP customer id “{input.ErpCustomerId}” is not one the ERP can look up.");
        }

        var timeout = input.Timeout ?? DefaultTimeout;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            var position = await erp.GetCreditPositionAsync(erpId, deadline.Token);
            return position is null
                ? Stale(input, "ERP has no such customer any more (deleted or renumbered there).")
                : new LiveCreditResult(ToFigures(position, input.Cached), position.ReadAt, IsLive: true, StaleReason: null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Stale(input, $"ERP did not answer within {timeout.TotalSeconds:0.#} s.");
        }
        catch (SourceUnavailableException e)
        {
            return Stale(input, $"ERP unreachable: {e.Message}");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Live credit read failed for ERP customer {ErpCustomerId}", input.ErpCustomerId);
            return Stale(input, $"ERP unreachable: {e.Message}");
        }
    }

    private static LiveCreditResult Stale(LiveCreditInput input, string reason) => new(input.Cached, input.CachedAsOf, IsLive: false, reason);

    private static CreditFigures ToFigures(ErpCreditPosition position, CreditFigures cached)
    {
        var customer = position.Customer;
        var aging = position.Aging;
        return new CreditFigures(
            customer.CurrencyCode,
            customer.CreditLimit,
            customer.Balance,
            customer.OverdueAmount,
            aging?.Current ?? cached.AgingCurrent,
            aging?.Period1 ?? cached.Aging30,
            aging?.Period2 ?? cached.Aging60,
            aging?.Period3 ?? cached.Aging90Plus,
            customer.PaymentTermsId ?? cached.PaymentTermsCode,
            customer.Blocked switch { "Ship" => CreditBlocked.Ship, "Invoice" => CreditBlocked.Invoice, "All" => CreditBlocked.All, _ => CreditBlocked.None });
    }
}
