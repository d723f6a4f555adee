using System.Text.Json;
using System.Text.Json.Nodes;
using CrmErpPortal.Sandbox.Storage;

namespace CrmErpPortal.Sandbox.BusinessCentral;

/// <summary>Routes a request under <c>api/v2.0/</c> by its OData path segments to the read, write or action it names.</summary>
public sealed class BcApi(
    RecordStore store, BcReader reader, BcCollection collection, BcExpander expander, BcWriter writer, BcMakeOrder makeOrder,
    BcSubscriptions subscriptions)
{
    public async Task<IResult> HandleAsync(HttpContext http, string path)
    {
        try
        {
            var segments = BcPath.Parse(path);
            var method = http.Request.Method;
            return segments switch
            {
                [] when HttpMethods.IsGet(method) => ServiceDocument(http),
                [{ Name: "companies" }, ..] => await CompanyAsync(http, segments),
                [{ Name: "subscriptions" } subscription] => await SubscriptionAsync(http, subscription),
                _ => throw BcException.NotFound(),
            };
        }
        catch (BcException ex)
        {
            return BcErrors.From(ex);
        }
    }

    private async Task<IResult> CompanyAsync(HttpContext http, IReadOnlyList<BcSegment> segments)
    {
        var method = http.Request.Method;
        var ct = http.RequestAborted;
        if (segments[0].Key is null)
        {
            return segments.Count == 1 && HttpMethods.IsGet(method)
                ? await collection.ExecuteAsync(http, Companies, BcRowSources.WholeSet(store, "companies"), "companies")
                : throw BcException.NotFound();
        }

        var companyId = Guid.TryParse(segments[0].Key, out var parsed) ? parsed : Guid.Empty;
        var company = await store.FindAsync("companies", companyId, ct)
            ?? throw new BcException(StatusCodes.Status404NotFound, "Internal_CompanyNotFound", $"The company '{segments[0].Key}' does not exist");
        var context = $"companies({company.Id})";
        if (segments.Count == 1)
        {
            return HttpMethods.IsGet(method) ? Single(CompanyBody(company)) : throw BcException.NotFound();
        }

        var set = BcEntitySets.Find(segments[1].Name);
        context += "/" + set.Name;
        if (segments[1].Key is null)
        {
            return segments.Count == 2 ? await SetAsync(http, set, context) : throw BcException.NotFound();
        }

        var id = segments[1].RequireGuid();
        return segments.Count switch
        {
            2 => await EntityAsync(http, set, id),
            3 when segments[2].Key is not null && set.LinesSet == segments[2].Name =>
                await EntityAsync(http, BcEntitySets.Find(set.LinesSet), segments[2].RequireGuid()),
            3 => await NavigationAsync(http, set, id, segments[2], context),
            _ => throw BcException.NotFound(),
        };
    }

    private async Task<IResult> SetAsync(HttpContext http, BcEntitySet set, string context)
    {
        var method = http.Request.Method;
        if (HttpMethods.IsGet(method))
        {
            return await collection.ExecuteAsync(http, set, BcRowSources.ForFilter(store, set.StoreSet, http.Request.Query["$filter"]), context);
        }

        if (HttpMethods.IsPost(method))
        {
            return await CreatedAsync(http, set, await writer.CreateAsync(set, await BodyAsync(http), null, http.RequestAborted));
        }

        throw MethodNotAllowed();
    }

    private async Task<IResult> EntityAsync(HttpContext http, BcEntitySet set, Guid id)
    {
        var method = http.Request.Method;
        var ct = http.RequestAborted;
        if (HttpMethods.IsGet(method))
        {
            var record = await store.FindAsync(set.StoreSet, id, ct) ?? throw BcException.NotFound();
            return await RepresentAsync(http, set, record);
        }

        if (HttpMethods.IsPatch(method))
        {
            var expected = BcETag.ExpectedVersion(http.Request, required: true);
            return await RepresentAsync(http, set, await writer.UpdateAsync(set, id, await BodyAsync(http), expected, ct));
        }

        if (HttpMethods.IsDelete(method))
        {
            await writer.DeleteAsync(set, id, BcETag.ExpectedVersion(http.Request, required: false), ct);
            return Results.NoContent();
        }

        throw MethodNotAllowed();
    }

    private async Task<IResult> NavigationAsync(HttpContext http, BcEntitySet set, Guid id, BcSegment navigation, string context)
    {
        var ct = http.RequestAborted;
        var method = http.Request.Method;
        if (navigation.Name == "Microsoft.NAV.makeOrder" && set.Name == "salesQuotes" && HttpMethods.IsPost(method))
        {
            await makeOrder.ExecuteAsync(id, ct);
            return Results.NoContent();
        }

        if (navigation.Name == set.LinesSet && navigation.Key is null)
        {
            var lines = BcEntitySets.Find(set.LinesSet);
            _ = await store.FindAsync(set.StoreSet, id, ct) ?? throw BcException.NotFound();
            if (HttpMethods.IsPost(method))
            {
                return await CreatedAsync(http, lines, await writer.CreateAsync(lines, await BodyAsync(http), id, ct));
            }

            var rows = await store.FindByPropertyAsync(lines.StoreSet, "documentId", id.ToString(), ct);
            return HttpMethods.IsGet(method)
                ? await collection.ExecuteAsync(http, lines, BcRowSources.Fixed(rows), $"{context}({id})/{lines.Name}")
                : throw MethodNotAllowed();
        }

        if (navigation.Key is null && HttpMethods.IsGet(method) && set.Kind == BcSetKind.Customers
            && navigation.Name is "customerFinancialDetail" or "agedAccountsReceivable")
        {
            var view = BcEntitySets.Find(navigation.Name + "s");
            var customer = await store.FindAsync("customers", id, ct) ?? throw BcException.NotFound();
            return Single(await reader.PresentOneAsync(view, customer, ct));
        }

        throw BcException.NotFound();
    }

    private async Task<IResult> SubscriptionAsync(HttpContext http, BcSegment segment)
    {
        var method = http.Request.Method;
        var ct = http.RequestAborted;
        if (segment.Key is null)
        {
            if (HttpMethods.IsPost(method))
            {
                var created = await subscriptions.CreateAsync(await BodyAsync(http), ct);
                return BcJson.Ok(BcSubscriptions.Present(created), StatusCodes.Status201Created);
            }

            if (HttpMethods.IsGet(method))
            {
                var all = await subscriptions.AllAsync(ct);
                return BcJson.Ok(new JsonObject
                {
                    ["@odata.context"] = $"{BcUrls.ApiRoot(http.Request)}$metadata#subscriptions",
                    ["value"] = new JsonArray(all.Select(s => (JsonNode)BcSubscriptions.Present(s)).ToArray()),
                });
            }

            throw MethodNotAllowed();
        }

        var id = BcSubscriptions.ParseId(segment.Key);
        if (HttpMethods.IsGet(method))
        {
            var record = await store.FindAsync(BcSubscriptions.StoreSet, id, ct) ?? throw BcException.NotFound();
            return Single(BcSubscriptions.Present(record));
        }

        if (HttpMethods.IsPatch(method))
        {
            var expected = BcETag.ExpectedVersion(http.Request, required: true);
            return Single(BcSubscriptions.Present(await subscriptions.RenewAsync(id, await BodyAsync(http), expected, ct)));
        }

        if (HttpMethods.IsDelete(method))
        {
            await subscriptions.DeleteAsync(id, BcETag.ExpectedVersion(http.Request, required: false), ct);
            return Results.NoContent();
        }

        throw MethodNotAllowed();
    }

    private async Task<IResult> RepresentAsync(HttpContext http, BcEntitySet set, StoredRecord record, int status = StatusCodes.Status200OK)
    {
        var options = BcQueryOptions.From(http.Request);
        expander.Check(set, options.Expand);
        var row = await reader.PresentOneAsync(set, record, http.RequestAborted);
        row = (await expander.ExpandAsync(set, [row], options.Expand, http.RequestAborted))[0];
        return Single(BcCollection.Project(row, options.Select, options.Expand), status);
    }

    private async Task<IResult> CreatedAsync(HttpContext http, BcEntitySet set, StoredRecord record) =>
        await RepresentAsync(http, set, record, StatusCodes.Status201Created);

    private static IResult Single(JsonObject body, int status = StatusCodes.Status200OK) =>
        new SingleResult(body, status);

    private static IResult ServiceDocument(HttpContext http) => BcJson.Ok(new JsonObject
    {
        ["@odata.context"] = $"{BcUrls.ApiRoot(http.Request)}$metadata",
        ["value"] = new JsonArray(new[] { "companies", "subscriptions" }
            .Select(name => (JsonNode)new JsonObject { ["name"] = name, ["kind"] = "EntitySet", ["url"] = name }).ToArray()),
    });

    private static readonly BcEntitySet Companies = new("companies", BcSetKind.Entity, "companies", new HashSet<string>());

    private static JsonObject CompanyBody(StoredRecord company)
    {
        var body = company.Body.DeepClone().AsObject();
        body["id"] = company.Id.ToString();
        return body;
    }

    private static async Task<JsonObject> BodyAsync(HttpContext http)
    {
        try
        {
            var node = await JsonNode.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
            return node as JsonObject ?? throw BcException.BadRequest("The request body must be a JSON object");
        }
        catch (JsonException)
        {
            throw BcException.BadRequest("The request body is not valid JSON");
        }
    }

    private static BcException MethodNotAllowed() =>
        new(StatusCodes.Status405MethodNotAllowed, "BadRequest_MethodNotAllowed", "The HTTP method is not allowed on this resource");

    /// <summary>A single entity: its body, and its etag also as the ETag header.</summary>
    private sealed class SingleResult(JsonObject body, int status) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            if (BcJson.ReadString(body["@odata.etag"]) is { } etag)
            {
                httpContext.Response.Headers.ETag = etag;
            }

            return BcJson.Ok(body, status).ExecuteAsync(httpContext);
        }
    }
}
