using System.Text.Json.Nodes;
using CrmErpPortal.Sandbox.Storage;

namespace CrmErpPortal.Sandbox.BusinessCentral;

/// <summary>Turns stored rows into what BC returns: the body plus @odata.etag and lastModifiedDateTime, or a computed view.</summary>
public sealed class BcReader(RecordStore store, BcFinancials financials)
{
    public RecordStore Store => store;

    public BcFinancials Financials => financials;

    public static JsonObject Entity(StoredRecord record)
    {
        var result = new JsonObject { ["@odata.etag"] = BcETag.For(record.Version) };
        if (!record.Body.ContainsKey("id"))
        {
            result["id"] = record.Id.ToString();
        }

        foreach (var (name, value) in record.Body)
        {
            if (name is not ("@odata.etag" or "lastModifiedDateTime"))
            {
                result[name] = value?.DeepClone();
            }
        }

        result["lastModifiedDateTime"] = BcJson.Instant(record.ModifiedAt);
        return result;
    }

    public async Task<IReadOnlyList<JsonObject>> PresentAsync(BcEntitySet set, IReadOnlyList<StoredRecord> records, CancellationToken cancellationToken)
    {
        if (set.Kind is not (BcSetKind.Customers or BcSetKind.FinancialDetails or BcSetKind.AgedReceivables))
        {
            return records.Select(Entity).ToList();
        }

        var finances = await financials.ForCustomersAsync(records.Select(r => r.Id).ToList(), cancellationToken);
        return set.Kind switch
        {
            BcSetKind.Customers => records.Select(r => Customer(r, finances[r.Id])).ToList(),
            BcSetKind.FinancialDetails => records.Select(r => FinancialDetail(r.Id, r.Body, BcETag.For(r.Version), finances[r.Id])).ToList(),
            _ => records.Select(r => AgedReceivable(r.Id, r.Body, finances[r.Id])).ToList(),
        };
    }

    public async Task<JsonObject> PresentOneAsync(BcEntitySet set, StoredRecord record, CancellationToken cancellationToken) =>
        (await PresentAsync(set, [record], cancellationToken))[0];

    private static JsonObject Customer(StoredRecord record, BcCustomerFinances finances)
    {
        var result = Entity(record);
        var modified = result["lastModifiedDateTime"];
        result.Remove("lastModifiedDateTime");
        result["balanceDue"] = finances.Balance;
        result["lastModifiedDateTime"] = modified;
        return result;
    }

    public static JsonObject FinancialDetail(Guid id, JsonObject customer, string etag, BcCustomerFinances finances) => new()
    {
        ["@odata.etag"] = etag,
        ["id"] = id.ToString(),
        ["number"] = customer["number"]?.DeepClone(),
        ["balance"] = finances.Balance,
        ["totalSalesExcludingTax"] = finances.TotalSalesExcludingTax,
        ["overdueAmount"] = finances.Overdue,
    };

    public JsonObject AgedReceivable(Guid id, JsonObject customer, BcCustomerFinances finances) => new()
    {
        ["customerId"] = id.ToString(),
        ["customerNumber"] = customer["number"]?.DeepClone(),
        ["name"] = customer["displayName"]?.DeepClone(),
        ["currencyCode"] = customer["currencyCode"]?.DeepClone() ?? "",
        ["balanceDue"] = finances.Balance,
        ["currentAmount"] = finances.Current,
        ["period1Amount"] = finances.Period1,
        ["period2Amount"] = finances.Period2,
        ["period3Amount"] = finances.Period3,
        ["agedAsOfDate"] = BcJson.Date(financials.Today),
        ["periodLengthFilter"] = $"{BcFinancials.PeriodDays}D",
    };
}
