using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CrmErpPortal.Tests.TestSupport;

/// <summary>
/// A webhook receiver on a free loopback port: answers Business Central's validation handshake, records every POST,
/// and replies with the next scripted status (200 once the script runs out).
/// </summary>
public sealed class WebhookListener : IAsyncDisposable
{
    private readonly Channel<ReceivedWebhook> _received = Channel.CreateUnbounded<ReceivedWebhook>();
    private readonly ConcurrentQueue<int> _replies = new();
    private WebApplication? _app;

    private WebhookListener()
    {
    }

    public sealed record ReceivedWebhook(IQueryCollection Query, IHeaderDictionary Headers, string Body);

    /// <summary>When false the handshake answers with a different token, as an endpoint that does not echo it.</summary>
    public bool EchoToken { get; set; } = true;

    public Uri Url { get; private set; } = default!;

    public static async Task<WebhookListener> StartAsync(params int[] replies)
    {
        var listener = new WebhookListener();
        listener.ReplyWith(replies);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/hook", (Delegate)listener.HandleAsync);
        await app.StartAsync();
        listener._app = app;
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        listener.Url = new Uri(address.TrimEnd('/') + "/hook");
        return listener;
    }

    /// <summary>Status codes for the next calls, in order.</summary>
    public void ReplyWith(params int[] statuses)
    {
        foreach (var status in statuses)
        {
            _replies.Enqueue(status);
        }
    }

    /// <summary>The next delivered call; fails the test if none arrives within a few seconds.</summary>
    public async Task<ReceivedWebhook> NextAsync() =>
        await _received.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

    /// <summary>The next Business Central notification's "value" array.</summary>
    public async Task<JsonArray> NextNotificationAsync() =>
        JsonNode.Parse((await NextAsync()).Body)!["value"]!.AsArray();

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private async Task<IResult> HandleAsync(HttpContext context)
    {
        if (context.Request.Query["validationToken"] is { Count: > 0 } token)
        {
            return Results.Text(EchoToken ? token.ToString() : "not-the-token", "text/plain", statusCode: StatusCodes.Status200OK);
        }

        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var headers = new HeaderDictionary(context.Request.Headers.ToDictionary(h => h.Key, h => h.Value));
        await _received.Writer.WriteAsync(new ReceivedWebhook(context.Request.Query, headers, body));
        return Results.StatusCode(_replies.TryDequeue(out var status) ? status : StatusCodes.Status200OK);
    }
}
