using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Sync.Pull;
using CrmErpPortal.Integration;
using Hangfire;
using Microsoft.Extensions.Options;

namespace CrmErpPortal.Features.Sync.Webhooks;

/// <summary>
/// Change notifications in. They authenticate with a shared secret (not a user), are size-limited, are recorded,
/// and only ever enqueue a pull: the notification's content is never trusted as data, and a lost one is caught by
/// the next scheduled pull.
/// </summary>
public static partial class WebhookEndpoints
{
    public const int MaxBodyBytes = 256 * 1024;

    public static void MapWebhooks(this WebApplication app)
    {
        var webhooks = app.MapGroup("/webhooks").AllowAnonymous().DisableAntiforgery();
        webhooks.MapMethods("/erp", [HttpMethods.Get, HttpMethods.Post], ReceiveErpAsync);
        webhooks.MapPost("/crm", ReceiveCrmAsync);
    }

    private static async Task<IResult> ReceiveErpAsync(
        HttpContext context, IOptions<ErpOptions> options, WebhookRecorder recorder, IBackgroundJobClient jobs, CancellationToken cancellationToken)
    {
        // Business Central's handshake: echo the token as plain text, without asking the caller to authenticate.
        if (context.Request.Query.TryGetValue("validationToken", out var token))
        {
            return Results.Text(token.ToString(), "text/plain", Encoding.UTF8, StatusCodes.Status200OK);
        }

        if (!HttpMethods.IsPost(context.Request.Method))
        {
            return Results.StatusCode(StatusCodes.Status405MethodNotAllowed);
        }

        var body = await ReadBodyAsync(context, cancellationToken);
        if (body is null)
        {
            await recorder.RecordAsync(SourceSystem.Erp, WebhookEventOutcome.Rejected, null, null, $"Body larger than {MaxBodyBytes} bytes.", cancellationToken);
            return Problem("The notification is too large.", $"At most {MaxBodyBytes} bytes are accepted.");
        }

        List<(string? Resource, string? ChangeType, string? ClientState)> items;
        try
        {
            using var json = JsonDocument.Parse(body);
            items = [.. json.RootElement.GetProperty("value").EnumerateArray().Select(n => (
                n.TryGetProperty("resource", out var r) ? r.GetString() : null,
                n.TryGetProperty("changeType", out var c) ? c.GetString() : null,
                n.TryGetProperty("clientState", out var s) ? s.GetString() : null))];
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            await recorder.RecordAsync(SourceSystem.Erp, WebhookEventOutcome.Rejected, null, null, "Body is not a Business Central notification.", cancellationToken);
            return Problem("The notification could not be read.", "Expected {\"value\":[{\"resource\",\"changeType\",\"clientState\",…}]}.");
        }

        var expected = options.Value.ClientState;
        if (string.IsNullOrEmpty(expected) || items.Any(i => !SecretEquals(i.ClientState, expected)))
        {
            await recorder.RecordAsync(SourceSystem.Erp, WebhookEventOutcome.Rejected, items.FirstOrDefault().Resource, null, "clientState did not match.", cancellationToken);
            return Results.Problem(title: "Unknown sender", detail: "The clientState does not match this portal's subscription.", statusCode: StatusCodes.Status401Unauthorized);
        }

        var pullAll = false;
        foreach (var (resource, changeType, _) in items)
        {
            await recorder.RecordAsync(SourceSystem.Erp, WebhookEventOutcome.Accepted, resource, changeType, null, cancellationToken);
            if (changeType != "deleted" && resource is not null && CustomerResource().Match(resource) is { Success: true } match)
            {
                jobs.Enqueue<ErpPullJob>(job => job.RefreshCustomerAsync(Guid.Parse(match.Groups[1].Value), CancellationToken.None));
            }
            else
            {
                pullAll = true;
            }
        }

        if (pullAll)
        {
            jobs.Enqueue<ErpPullJob>(job => job.RunAsync(CancellationToken.None));
        }

        return Results.Accepted();
    }

    private static async Task<IResult> ReceiveCrmAsync(
        HttpContext context, IOptions<CrmOptions> options, WebhookRecorder recorder, IBackgroundJobClient jobs, CancellationToken cancellationToken)
    {
        var key = options.Value.WebhookKey;
        var sent = context.Request.Query["code"].ToString();
        if (string.IsNullOrEmpty(key) || !SecretEquals(sent, key))
        {
            await recorder.RecordAsync(SourceSystem.Crm, WebhookEventOutcome.Rejected, null, null, "Webhook key missing or wrong.", cancellationToken);
            return Results.Problem(title: "Unknown sender", detail: "The webhook key does not match Integration:Crm:WebhookKey.", statusCode: StatusCodes.Status401Unauthorized);
        }

        var body = await ReadBodyAsync(context, cancellationToken);
        if (body is null)
        {
            await recorder.RecordAsync(SourceSystem.Crm, WebhookEventOutcome.Rejected, null, null, $"Body larger than {MaxBodyBytes} bytes.", cancellationToken);
            return Problem("The notification is too large.", $"At most {MaxBodyBytes} bytes are accepted.");
        }

        string? entity, message, id;
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            entity = root.GetProperty("PrimaryEntityName").GetString();
            message = root.GetProperty("MessageName").GetString();
            id = root.TryGetProperty("PrimaryEntityId", out var pid) ? pid.GetString() : null;
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            await recorder.RecordAsync(SourceSystem.Crm, WebhookEventOutcome.Rejected, null, null, "Body is not a Dataverse RemoteExecutionContext.", cancellationToken);
            return Problem("The notification could not be read.", "Expected a Dataverse RemoteExecutionContext with PrimaryEntityName and MessageName.");
        }

        await recorder.RecordAsync(SourceSystem.Crm, WebhookEventOutcome.Accepted, $"{entity}({id})", message, null, cancellationToken);
        if (TableFor(entity) is { } table)
        {
            jobs.Enqueue<CrmPullJob>(job => job.PullTableAsync(table, CancellationToken.None));
        }

        return Results.Accepted();
    }

    private static CrmTable? TableFor(string? entity) => entity switch
    {
        "account" => CrmTable.Accounts,
        "contact" => CrmTable.Contacts,
        "quote" => CrmTable.Quotes,
        "opportunity" => CrmTable.Opportunities,
        "incident" => CrmTable.Cases,
        _ => null,
    };

    /// <summary>Null when the body is over the limit; read in full otherwise.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpContext context, CancellationToken cancellationToken)
    {
        if (context.Request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await context.Request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBodyBytes)
            {
                return null;
            }
        }

        return buffer.ToArray();
    }

    private static bool SecretEquals(string? sent, string expected) =>
        sent is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(sent), Encoding.UTF8.GetBytes(expected));

    private static IResult Problem(string title, string detail) =>
        Results.Problem(title: title, detail: detail, statusCode: StatusCodes.Status400BadRequest);

    [GeneratedRegex(@"customers\(([0-9a-fA-F-]{36})\)", RegexOptions.CultureInvariant)]
    private static partial Regex CustomerResource();
}
