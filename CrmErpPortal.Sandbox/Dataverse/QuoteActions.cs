using System.Text.Json;
using System.Text.Json.Nodes;

namespace CrmErpPortal.Sandbox.Dataverse;

/// <summary>The quote-to-order unbound actions: <c>WinQuote</c> and <c>ConvertQuoteToSalesOrder</c>.</summary>
public sealed class QuoteActions(DataverseEmulator emulator, RecordWrites writes)
{
    private const int Active = 1;
    private const int Won = 2;
    private const int WonStatus = 4;

    private static readonly DataverseTable Quotes = DataverseTables.Find("quotes")!;
    private static readonly DataverseTable QuoteDetails = DataverseTables.Find("quotedetails")!;
    private static readonly DataverseTable SalesOrders = DataverseTables.Find("salesorders")!;
    private static readonly DataverseTable SalesOrderDetails = DataverseTables.Find("salesorderdetails")!;

    /// <summary>Columns a quote line shares with an order line; the rest of the line belongs to the quote.</summary>
    private static readonly string[] LineColumns =
    [
        "_productid_value", "_uomid_value", "productdescription", "isproductoverridden", "quantity", "priceperunit", "baseamount",
        "extendedamount", "manualdiscountamount", "tax", "lineitemnumber", "sequencenumber", "description",
    ];

    private static readonly string[] HeaderColumns =
    [
        "name", "_customerid_value", "_customerid_value@" + WireFormat.LookupLogicalName, "_opportunityid_value", "_pricelevelid_value",
        "totalamount", "totallineitemamount", "totaldiscountamount", "totaltax", "description", "_transactioncurrencyid_value",
    ];

    public static void EnsureIndexes(DataverseEmulator emulator) => emulator.Store.EnsurePropertyIndex("_quoteid_value");

    /// <summary><c>{"QuoteClose":{"quoteid@odata.bind":"/quotes(id)",…},"Status":-1}</c>: closes an active quote as Won (-1 = default reason 4).</summary>
    public async Task<IResult> WinQuoteAsync(HttpContext context)
    {
        var body = await ReadObjectAsync(context);
        var bind = body["QuoteClose"]?["quoteid@odata.bind"]?.GetValue<string>() ?? throw DataverseErrors.BadRequest("QuoteClose.quoteid@odata.bind is required.");
        var quoteId = Guid.TryParse(bind.Split('(', ')')[^2], out var id) ? id : throw DataverseErrors.BadRequest($"'{bind}' is not a quote reference.");
        var quote = await emulator.Store.FindAsync(Quotes.EntitySet, quoteId, context.RequestAborted) ?? throw DataverseErrors.NotFound(Quotes, quoteId.ToString());
        if ((int?)quote.Body["statecode"] != Active)
        {
            throw DataverseErrors.BadRequest("The quote cannot be won because it is not active (statecode 1). Activate it first.");
        }

        var status = (int?)body["Status"] is { } s and > 0 ? s : WonStatus;
        await writes.UpdateRecordAsync(Quotes, quote, new JsonObject { ["statecode"] = Won, ["statuscode"] = status }, context.RequestAborted);
        return Results.NoContent();
    }

    /// <summary><c>{"QuoteId":"…","ColumnSet":{"AllColumns":false,"Columns":[…]}}</c> → the new salesorder with the requested columns.</summary>
    public async Task<IResult> ConvertQuoteToSalesOrderAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var body = await ReadObjectAsync(context);
        var quoteId = Guid.TryParse(body["QuoteId"]?.ToString(), out var id) ? id : throw DataverseErrors.BadRequest("QuoteId is required and must be a GUID.");
        var quote = await emulator.Store.FindAsync(Quotes.EntitySet, quoteId, cancellationToken) ?? throw DataverseErrors.NotFound(Quotes, quoteId.ToString());
        if ((int?)quote.Body["statecode"] is not (Active or Won))
        {
            throw DataverseErrors.BadRequest("The quote cannot be converted to an order because it is not active or won. Activate the quote first.");
        }

        var lines = await emulator.Store.FindByPropertyAsync(QuoteDetails.EntitySet, "_quoteid_value", quoteId.ToString(), cancellationToken);
        var header = Copy(quote.Body, HeaderColumns);
        header["_quoteid_value"] = quoteId.ToString();
        header["totalamount"] ??= lines.Sum(l => (decimal?)l.Body["extendedamount"] ?? 0m);
        var orderId = Guid.NewGuid();
        var order = await writes.CreateRecordAsync(SalesOrders, orderId, header, cancellationToken);
        foreach (var line in lines)
        {
            var orderLine = Copy(line.Body, LineColumns);
            orderLine["_salesorderid_value"] = orderId.ToString();
            await writes.CreateRecordAsync(SalesOrderDetails, Guid.NewGuid(), orderLine, cancellationToken);
        }

        if ((int?)quote.Body["statecode"] != Won)
        {
            await writes.UpdateRecordAsync(Quotes, quote, new JsonObject { ["statecode"] = Won, ["statuscode"] = WonStatus }, cancellationToken);
        }

        var result = WireFormat.ToWire(order, SalesOrders, Columns(body["ColumnSet"]), PreferHeader.Parse(context.Request));
        var response = new JsonObject { ["@odata.context"] = $"{ODataResponses.ServiceRoot(context.Request)}$metadata#salesorders/$entity" };
        foreach (var (name, value) in result)
        {
            response[name] = value?.DeepClone();
        }

        return ODataResponses.Json(response);
    }

    private static Selection Columns(JsonNode? columnSet)
    {
        if (columnSet is null || (bool?)columnSet["AllColumns"] == true || columnSet["Columns"] is not JsonArray columns)
        {
            return Selection.All;
        }

        // A ColumnSet names logical attributes (customerid); the Web API returns a lookup as _customerid_value.
        return new Selection([.. columns.Select(c => c!.GetValue<string>())
            .Select(c => SalesOrders.Lookups.FirstOrDefault(l => l.Attribute == c)?.ReadName ?? c)]);
    }

    private static JsonObject Copy(JsonObject source, IEnumerable<string> columns)
    {
        var copy = new JsonObject();
        foreach (var column in columns.Where(source.ContainsKey))
        {
            copy[column] = source[column]?.DeepClone();
        }

        return copy;
    }

    private static async Task<JsonObject> ReadObjectAsync(HttpContext context)
    {
        try
        {
            return await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted) as JsonObject
                ?? throw DataverseErrors.BadRequest("The request body must be a JSON object.");
        }
        catch (JsonException ex)
        {
            throw DataverseErrors.BadRequest($"Invalid JSON in the request body: {ex.Message}");
        }
    }
}
