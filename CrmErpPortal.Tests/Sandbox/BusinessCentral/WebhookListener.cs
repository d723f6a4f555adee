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

namespace CrmErpPortal.Tests.Sandbox.BusinessCentral;

/// <summary>A subscriber's notification endpoint on loopback: answers the handshake and records every notification.</summary>
public sealed class WebhookListener : IAsyncDisposable
{
    private readonly Channel<JsonObject> _notifications = Channel.CreateUnbounded<JsonObject>();
    private readonly ConcurrentQueue<int> _replies = new();
    private WebApplication _app = default!;

    private WebhookListener()
    {
    }

    /// <summary>When false the handshake answers with a different token, as an endpoint that does not echo it.</summary>
    public bool EchoToken { get; set; } = true;

    public Uri Url { get; private set; } = default!;

    public static async Task<WebhookListener> StartAsync()
    {
        var listener = new WebhookListener();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        listener._app = builder.Build();
        listener._app.MapPost("/hook", (Delegate)listener.HandleAsync);
        await listener._app.StartAsync();
        var address = listener._app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        listener.Url = new Uri(address.TrimEnd('/') + "/hook");
        return listener;
    }

    /// <summary>Status codes for the next notification calls, in order; 200 once they run out.</summary>
    public void ReplyWith(params int[] statuses)
    {
        foreach (var status in statuses)
        {
            _replies.Enqueue(status);
        }
    }

    public async Task<JsonArray> NextNotificationAsync() =>
        (await _notifications.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(5)))["value"]!.AsArray();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> HandleAsync(HttpContext context)
    {
        if (context.Request.Query["validationToken"] is { Count: > 0 } token)
        {
            return Results.Text(EchoToken ? token.ToString() : "not-the-token", "text/plain", statusCode: 200);
        }

        var body = await JsonNode.ParseAsync(context.Request.Body);
        await _notifications.Writer.WriteAsync(body!.AsObject());
        return Results.StatusCode(_replies.TryDequeue(out var status) ? status : 200);
    }
}
