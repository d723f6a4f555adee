using System.Text.Json.Nodes;
using CrmErpPortal.Sandbox.Storage;

namespace CrmErpPortal.Sandbox.BusinessCentral;

/// <summary>One customer's receivables as of a day, from its posted invoices.</summary>
public sealed record BcCustomerFinances(
    decimal Balance, decimal TotalSalesExcludingTax, decimal Overdue, decimal Current, decimal Period1, decimal Period2, decimal Period3)
{
    public static readonly BcCustomerFinances None = new(0, 0, 0, 0, 0, 0, 0);
}

/// <summary>
/// customerFinancialDetail, agedAccountsReceivable and the customer's balanceDue, computed on every read from
/// salesInvoices with status Open or Paid (BC's posted invoices), as BC computes them from customer ledger entries.
/// balance = open remainingAmount; overdueAmount = that part due before today (BC sets Date Filter ..WorkDate-1);
/// aged buckets of 30 days by days past due. Stored balanceDue values are ignored, so all three always agree.
/// </summary>
public sealed class BcFinancials(RecordStore store, TimeProvider time)
{
    public const int PeriodDays = 30;

    public DateOnly Today => BcJson.Today(time);

    public async Task<IReadOnlyDictionary<Guid, BcCustomerFinances>> ForCustomersAsync(
        IReadOnlyCollection<Guid> customerIds, CancellationToken cancellationToken)
    {
        if (customerIds.Count == 0)
        {
            return new Dictionary<Guid, BcCustomerFinances>();
        }

        var invoices = await store.FindByPropertyInAsync(
            "salesInvoices", "customerId", customerIds.Select(id => id.ToString()).ToArray(), cancellationToken);
        var today = Today;
        var result = customerIds.Distinct().ToDictionary(id => id, _ => BcCustomerFinances.None);
        foreach (var invoice in invoices)
        {
            if (BcJson.ReadGuid(invoice.Body["customerId"]) is not { } customerId || !result.TryGetValue(customerId, out var sum))
            {
                continue;
            }

            result[customerId] = Add(sum, invoice.Body, today);
        }

        return result;
    }

    private static BcCustomerFinances Add(BcCustomerFinances sum, JsonObject invoice, DateOnly today)
    {
        var status = BcJson.ReadString(invoice["status"]);
        if (status is not ("Open" or "Paid"))
        {
            return sum;
        }

        var sales = BcJson.ReadDecimal(invoice["totalAmountExcludingTax"]);
        var remaining = status == "Open" ? BcJson.ReadDecimal(invoice["remainingAmount"]) : 0m;
        var daysPastDue = BcJson.ReadDate(invoice["dueDate"]) is { } due ? today.DayNumber - due.DayNumber : 0;
        return sum with
        {
            Balance = sum.Balance + remaining,
            TotalSalesExcludingTax = sum.TotalSalesExcludingTax + sales,
            Overdue = sum.Overdue + (daysPastDue > 0 ? remaining : 0),
            Current = sum.Current + (daysPastDue <= 0 ? remaining : 0),
            Period1 = sum.Period1 + (daysPastDue is > 0 and <= PeriodDays ? remaining : 0),
            Period2 = sum.Period2 + (daysPastDue is > PeriodDays and <= 2 * PeriodDays ? remaining : 0),
            Period3 = sum.Period3 + (daysPastDue > 2 * PeriodDays ? remaining : 0),
        };
    }
}
