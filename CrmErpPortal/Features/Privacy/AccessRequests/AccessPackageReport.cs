using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace CrmErpPortal.Features.Privacy.AccessRequests;

/// <summary>The human-readable report of a package: the same content as the JSON, as headed sections and tables.</summary>
public static class AccessPackageReport
{
    private static readonly (string Key, string Title)[] HubSections =
    [
        ("customer", "Customer record (golden record)"),
        ("contacts", "Contact records"),
        ("sourceLinks", "Links to the CRM and ERP records (mirror)"),
        ("quotes", "Quotes"),
        ("opportunities", "Opportunities"),
        ("serviceCases", "Service cases"),
        ("salesOrders", "Sales orders"),
        ("invoices", "Invoices"),
        ("creditProfiles", "Credit profiles"),
        ("changeRequests", "Change requests"),
        ("mergeHistory", "Merge history"),
        ("quoteConversions", "Quote conversions"),
        ("creditRequests", "Credit requests"),
        ("auditEvents", "Audit events"),
    ];

    public static string ToHtml(JsonObject document)
    {
        var subject = document["subject"]!;
        var request = document["accessRequest"]!;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Personal information held about ")
            .Append(E(subject["name"])).Append("</title><style>")
            .Append("body{font-family:system-ui,sans-serif;margin:2rem;max-width:70rem}table{border-collapse:collapse;margin:.5rem 0 1rem}")
            .Append("th,td{border:1px solid #bbb;padding:.25rem .5rem;text-align:left;vertical-align:top}th{background:#f2f2f2}")
            .Append("</style></head><body>");
        html.Append("<h1>Personal information held about ").Append(E(subject["name"])).Append("</h1>");
        html.Append("<p>Access request received ").Append(E(request["receivedOn"])).Append(" (").Append(E(request["jurisdiction"]))
            .Append("), due ").Append(E(request["dueOn"])).Append(". Generated ").Append(E(document["generatedAt"])).Append(" UTC.</p>");

        html.Append("<h2>Where this information is held</h2>");
        Table(html, document["sources"]);
        if (document["warnings"] is JsonArray { Count: > 0 } warnings)
        {
            html.Append("<h2>Could not be read</h2><ul>");
            foreach (var warning in warnings)
            {
                html.Append("<li>").Append(E(warning)).Append("</li>");
            }

            html.Append("</ul>");
        }

        var hub = document["hub"]!.AsObject();
        html.Append("<h2>Held in the Customer 360 hub</h2>");
        foreach (var (key, title) in HubSections.Where(s => hub.ContainsKey(s.Key)))
        {
            html.Append("<h3>").Append(E(title)).Append("</h3>");
            Table(html, hub[key]);
        }

        var live = document["live"]!;
        html.Append("<h2>Read live from the CRM</h2>");
        Table(html, live["crm"]?["accounts"]);
        if (live["crm"]?["contact"] is { } contact)
        {
            html.Append("<h3>Contact</h3>");
            Table(html, contact);
        }

        html.Append("<h2>Read live from the ERP</h2>");
        Table(html, live["erp"]?["customers"]);
        html.Append("</body></html>");
        return html.ToString();
    }

    private static void Table(StringBuilder html, JsonNode? node)
    {
        switch (node)
        {
            case null:
                html.Append("<p>None held.</p>");
                break;
            case JsonArray { Count: 0 }:
                html.Append("<p>None held.</p>");
                break;
            case JsonArray array when array.All(i => i is JsonObject):
                var columns = array.SelectMany(i => i!.AsObject().Select(p => p.Key)).Distinct().ToList();
                html.Append("<table><thead><tr>");
                columns.ForEach(c => html.Append("<th>").Append(E(c)).Append("</th>"));
                html.Append("</tr></thead><tbody>");
                foreach (var item in array)
                {
                    html.Append("<tr>");
                    columns.ForEach(c => html.Append("<td>").Append(Cell(item!.AsObject()[c])).Append("</td>"));
                    html.Append("</tr>");
                }

                html.Append("</tbody></table>");
                break;
            case JsonObject single:
                html.Append("<table><tbody>");
                foreach (var (key, value) in single)
                {
                    html.Append("<tr><th>").Append(E(key)).Append("</th><td>").Append(Cell(value)).Append("</td></tr>");
                }

                html.Append("</tbody></table>");
                break;
            default:
                html.Append("<p>").Append(E(node)).Append("</p>");
                break;
        }
    }

    private static string Cell(JsonNode? value) => value switch
    {
        null => "",
        JsonValue v => E(v),
        JsonArray { Count: 0 } => "",
        _ => InnerTable(value),
    };

    private static string InnerTable(JsonNode value)
    {
        var inner = new StringBuilder();
        Table(inner, value);
        return inner.ToString();
    }

    private static string E(JsonNode? node) => WebUtility.HtmlEncode(node switch
    {
        null => "",
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => node.ToJsonString(),
    });
}
