using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CrmErpPortal.Tests.Sandbox.Dataverse;

/// <summary>A webhook receiver on a free loopback port that records every POST and answers with the next scripted status (then 200).</summary>
public sealed class WebhookListener : IAsyncDisposable
{
    private readonly Channel<ReceivedWebhook> _received = Channel.CreateUnbounded<ReceivedWebhook>();
    private readonly Queue<int> _statuses;
    private WebApplication? _app;

    private WebhookListener(IEnumerable<int> statuses) => _statuses = new Queue<int>(statuses);

    public sealed record ReceivedWebhook(IQueryCollection Query, IHeaderDictionary Headers, string Body);

    public Uri Url { get; private set; } = default!;

    public static async Task<WebhookListener> StartAsync(params int[] statuses)
    {
        var listener = new WebhookListener(statuses);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/hook", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            var headers = new HeaderDictionary(context.Request.Headers.ToDictionary(h => h.Key, h => h.Value));
            await listener._received.Writer.WriteAsync(new ReceivedWebhook(context.Request.Query, headers, body));
            int status;
            lock (listener._statuses)
            {
                status = listener._statuses.TryDequeue(out var scripted) ? scripted : StatusCodes.Status200OK;
            }

            return Results.StatusCode(status);
        });
        await app.StartAsync();
        listener._app = app;
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        listener.Url = new Uri(address.TrimEnd('/') + "/hook");
        return listener;
    }

    /// <summary>The next delivered webhook; fails the test if none arrives within a few seconds.</summary>
    public async Task<ReceivedWebhook> NextAsync() =>
        await _received.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
