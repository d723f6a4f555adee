using System.Text;
using CrmErpPortal.Sandbox.OData;
using CrmErpPortal.Sandbox.Storage;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace CrmErpPortal.Sandbox.Dataverse.Batch;

/// <summary>
/// <c>POST $batch</c> (multipart/mixed). Operations run in order inside this process; a change set is atomic: if one of its
/// operations fails, the records it touched are put back and its webhooks are never sent. <c>$n</c> refers to the record
/// created by the operation with <c>Content-ID: n</c>. Without <c>Prefer: odata.continue-on-error</c> the batch stops at the
/// first failure and answers with that operation's status.
/// </summary>
public sealed class BatchEndpoint(DataverseEmulator emulator, RecordQueries queries, RecordWrites writes, QuoteActions actions)
{
    private const int MaxOperations = 1000;

    public async Task<IResult> ExecuteAsync(HttpContext context)
    {
        var boundary = Boundary(context.Request.ContentType);
        var continueOnError = context.Request.Headers["Prefer"].ToString().Contains("odata.continue-on-error", StringComparison.OrdinalIgnoreCase);
        var reader = new MultipartReader(boundary, context.Request.Body);
        var responseBoundary = $"batchresponse_{Guid.NewGuid()}";
        var output = new StringBuilder();
        var created = new Dictionary<string, string>();
        var operations = 0;
        int? failedStatus = null;
        while (failedStatus is null && await reader.ReadNextSectionAsync(context.RequestAborted) is { } section)
        {
            if (++operations > MaxOperations)
            {
                throw DataverseErrors.BadRequest($"The $batch holds more than {MaxOperations} operations.");
            }

            var isChangeSet = section.ContentType?.StartsWith("multipart/mixed", StringComparison.OrdinalIgnoreCase) == true;
            var results = isChangeSet
                ? await RunChangeSetAsync(context, section, created)
                : [await RunAsync(context, BatchOperation.Parse(await ReadAsync(section), null), created)];
            WriteSection(output, responseBoundary, results, asChangeSet: isChangeSet && !results.Any(r => r.Failed));
            if (!continueOnError && results.FirstOrDefault(r => r.Failed) is { } failure)
            {
                failedStatus = failure.Status;
            }
        }

        output.Append($"--{responseBoundary}--\r\n");
        context.Response.Headers["OData-Version"] = "4.0";
        return Results.Text(output.ToString(), $"multipart/mixed; boundary={responseBoundary}", Encoding.UTF8, failedStatus ?? StatusCodes.Status200OK);
    }

    private async Task<List<BatchResult>> RunChangeSetAsync(HttpContext context, MultipartSection changeSet, Dictionary<string, string> created)
    {
        var reader = new MultipartReader(Boundary(changeSet.ContentType), changeSet.Body);
        var results = new List<BatchResult>();
        var undo = new List<(DataverseTable Table, Guid? Id, StoredRecord? Before, RecordAddress Address)>();
        emulator.Webhooks.Hold();
        while (await reader.ReadNextSectionAsync(context.RequestAborted) is { } section)
        {
            var operation = BatchOperation.Parse(await ReadAsync(section), section.Headers?.TryGetValue("Content-ID", out var id) == true ? id.ToString() : null);
            if (operation.Method == "GET")
            {
                results.Add(Error(StatusCodes.Status400BadRequest, DataverseErrors.InvalidArgument, "A change set cannot contain a GET.", operation.ContentId));
                break;
            }

            var address = TryAddress(Resolve(operation.Url, created).Resource);
            var before = address is { IsCollection: false } ? await emulator.FindAsync(address, context.RequestAborted) : null;
            var result = await RunAsync(context, operation, created);
            results.Add(result);
            if (result.Failed)
            {
                break;
            }

            if (address is not null)
            {
                var createdId = result.EntityId is { Length: > 0 } entityId ? TryAddress(entityId[(entityId.LastIndexOf('/') + 1)..])?.Id : null;
                undo.Add((address.Table, before?.Id ?? createdId ?? address.Id, before, address));
            }
        }

        var failed = results.Any(r => r.Failed);
        if (failed)
        {
            await RollBackAsync(undo);
        }

        emulator.Webhooks.Release(send: !failed);
        // Dataverse answers a failed change set with the failing operation alone.
        return failed ? [results[^1]] : results;
    }

    /// <summary>Puts each touched record back as it was (newest change first); the restores take new versions.</summary>
    private async Task RollBackAsync(List<(DataverseTable Table, Guid? Id, StoredRecord? Before, RecordAddress Address)> undo)
    {
        undo.Reverse();
        foreach (var (table, id, before, address) in undo)
        {
            var recordId = id ?? (await emulator.FindAsync(address, CancellationToken.None))?.Id;
            if (recordId is not { } key)
            {
                continue;
            }

            var current = await emulator.Store.FindAsync(table.EntitySet, key);
            if (before is null && current is not null)
            {
                await emulator.Store.DeleteAsync(table.EntitySet, key);
            }
            else if (before is not null && current is null)
            {
                await emulator.Store.InsertAsync(table.EntitySet, key, before.Body);
            }
            else if (before is not null)
            {
                await emulator.Store.UpdateAsync(table.EntitySet, key, _ => before.Body, expectedVersion: null);
            }
        }
    }

    private async Task<BatchResult> RunAsync(HttpContext outer, BatchOperation operation, Dictionary<string, string> created)
    {
        var (resource, query) = Resolve(operation.Url, created);
        var inner = new DefaultHttpContext { RequestServices = outer.RequestServices };
        inner.Request.Method = operation.Method;
        inner.Request.Scheme = outer.Request.Scheme;
        inner.Request.Host = outer.Request.Host;
        inner.Request.Path = outer.Request.Path.Value![..^"$batch".Length] + resource;
        inner.Request.QueryString = new QueryString(query);
        foreach (var (name, value) in operation.Headers)
        {
            inner.Request.Headers.Append(name, value);
        }

        // "$1" as a bind value (e.g. "parentcustomerid_account@odata.bind":"$1") points at the record created by Content-ID 1.
        var body = created.Aggregate(operation.Body, (text, reference) => text.Replace($"\"${reference.Key}\"", $"\"{reference.Value}\"", StringComparison.Ordinal));
        inner.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        var responseBody = new MemoryStream();
        inner.Response.Body = responseBody;
        IResult result;
        try
        {
            result = await DispatchAsync(inner, resource);
        }
        catch (DataverseException ex)
        {
            result = DataverseErrors.Result(ex.Status, ex.Code, ex.Message);
        }
        catch (ODataSyntaxException ex)
        {
            result = DataverseErrors.Result(StatusCodes.Status400BadRequest, DataverseErrors.QueryNotSupported, ex.Message);
        }

        await result.ExecuteAsync(inner);
        var headers = inner.Response.Headers
            .Where(h => h.Key is "OData-EntityId" or "Location" or "Preference-Applied" or "Content-Type" or "ETag")
            .Select(h => new KeyValuePair<string, string>(h.Key, h.Value.ToString()))
            .ToList();
        var answer = new BatchResult(inner.Response.StatusCode, headers, Encoding.UTF8.GetString(responseBody.ToArray()), operation.ContentId);
        if (operation.ContentId is { } contentId && answer.EntityId.Length > 0)
        {
            created[contentId] = answer.EntityId;
        }

        return answer;
    }

    private Task<IResult> DispatchAsync(HttpContext inner, string resource) => (inner.Request.Method, resource) switch
    {
        ("POST", "ConvertQuoteToSalesOrder") => actions.ConvertQuoteToSalesOrderAsync(inner),
        ("POST", "WinQuote") => actions.WinQuoteAsync(inner),
        ("GET", _) => queries.GetAsync(inner, resource),
        ("POST", _) => writes.CreateAsync(inner, resource),
        ("PATCH", _) => writes.UpsertAsync(inner, resource),
        ("DELETE", _) => writes.DeleteAsync(inner, resource),
        _ => throw new DataverseException(StatusCodes.Status405MethodNotAllowed, DataverseErrors.InvalidArgument, $"{inner.Request.Method} is not supported in a $batch."),
    };

    /// <summary>The part's URL relative to the service root, after replacing a leading <c>$n</c> with the record created by Content-ID n.</summary>
    private static (string Resource, string Query) Resolve(string url, Dictionary<string, string> created)
    {
        if (url.StartsWith('$') && url[1..].TakeWhile(char.IsAsciiDigit).ToArray() is { Length: > 0 } digits)
        {
            var reference = new string(digits);
            url = (created.TryGetValue(reference, out var entityId) ? entityId : throw DataverseErrors.BadRequest($"Content-ID ${reference} is not defined."))
                + url[(1 + reference.Length)..];
        }

        const string api = "/api/data/v9.2/";
        var at = url.IndexOf(api, StringComparison.OrdinalIgnoreCase);
        var relative = at >= 0 ? url[(at + api.Length)..] : url.TrimStart('/');
        var queryAt = relative.IndexOf('?');
        return queryAt >= 0 ? (Uri.UnescapeDataString(relative[..queryAt]), relative[queryAt..]) : (Uri.UnescapeDataString(relative), "");
    }

    private static RecordAddress? TryAddress(string resource)
    {
        try
        {
            return RecordAddress.Parse(resource);
        }
        catch (DataverseException)
        {
            return null;
        }
    }

    private static void WriteSection(StringBuilder output, string boundary, List<BatchResult> results, bool asChangeSet)
    {
        if (!asChangeSet)
        {
            results[0].WriteTo(output, boundary);
            return;
        }

        var changeSet = $"changesetresponse_{Guid.NewGuid()}";
        output.Append($"--{boundary}\r\nContent-Type: multipart/mixed; boundary={changeSet}\r\n\r\n");
        foreach (var result in results)
        {
            result.WriteTo(output, changeSet);
        }

        output.Append($"--{changeSet}--\r\n");
    }

    private static BatchResult Error(int status, string code, string message, string? contentId) =>
        new(status, [new("Content-Type", "application/json; odata.metadata=minimal")],
            System.Text.Json.JsonSerializer.Serialize(new { error = new { code, message } }), contentId);

    private static string Boundary(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var media) && HeaderUtilities.RemoveQuotes(media.Boundary).Value is { Length: > 0 } boundary
            ? boundary
            : throw DataverseErrors.BadRequest("A $batch needs Content-Type: multipart/mixed with a boundary.");

    private static async Task<string> ReadAsync(MultipartSection section)
    {
        using var reader = new StreamReader(section.Body, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }
}
