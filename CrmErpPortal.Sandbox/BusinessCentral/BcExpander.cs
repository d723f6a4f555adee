using System.Text.Json.Nodes;

namespace CrmErpPortal.Sandbox.BusinessCentral;

/// <summary>
/// $expand for the navigations clients use: a customer's customerFinancialDetail and agedAccountsReceivable, and a
/// document's lines (in sequence order). Each is one batched query per page, not one per row.
/// </summary>
public sealed class BcExpander(BcReader reader)
{
    public void Check(BcEntitySet set, IReadOnlyList<string> expand)
    {
        foreach (var name in expand)
        {
            var known = set.Kind switch
            {
                BcSetKind.Customers => name is "customerFinancialDetail" or "agedAccountsReceivable",
                BcSetKind.Document => name == set.LinesSet,
                _ => false,
            };
            if (!known)
            {
                throw BcException.BadRequest($"Could not find a property named '{name}' on type 'Microsoft.NAV.{Singular(set.Name)}'");
            }
        }
    }

    public async Task<IReadOnlyList<JsonObject>> ExpandAsync(
        BcEntitySet set, IReadOnlyList<JsonObject> rows, IReadOnlyList<string> expand, CancellationToken cancellationToken)
    {
        if (expand.Count == 0 || rows.Count == 0)
        {
            return rows;
        }

        var ids = rows.Select(row => BcJson.ReadGuid(row["id"]) ?? Guid.Empty).ToList();
        foreach (var name in expand)
        {
            if (set.Kind == BcSetKind.Customers)
            {
                var finances = await reader.Financials.ForCustomersAsync(ids, cancellationToken);
                for (var i = 0; i < rows.Count; i++)
                {
                    var money = finances[ids[i]];
                    rows[i][name] = name == "customerFinancialDetail"
                        ? BcReader.FinancialDetail(ids[i], rows[i], BcJson.ReadString(rows[i]["@odata.etag"]) ?? "", money)
                        : reader.AgedReceivable(ids[i], rows[i], money);
                }
            }
            else
            {
                var lines = await LinesAsync(set.LinesSet!, ids, cancellationToken);
                foreach (var row in rows)
                {
                    var documentId = BcJson.ReadString(row["id"]) ?? "";
                    row[name] = new JsonArray(lines.Where(l => BcJson.ReadString(l["documentId"]) == documentId).Select(l => (JsonNode)l).ToArray());
                }
            }
        }

        return rows;
    }

    public async Task<IReadOnlyList<JsonObject>> LinesAsync(string linesSet, IReadOnlyCollection<Guid> documentIds, CancellationToken cancellationToken)
    {
        var records = await reader.Store.FindByPropertyInAsync(
            linesSet, "documentId", documentIds.Select(id => id.ToString()).ToArray(), cancellationToken);
        return records.OrderBy(r => BcJson.ReadDecimal(r.Body["sequence"])).Select(BcReader.Entity).ToList();
    }

    public static string Singular(string setName) => setName switch
    {
        "customers" => "customer",
        "agedAccountsReceivables" => "agedAccountsReceivable",
        _ => setName.TrimEnd('s'),
    };
}
