using System.Net;
using System.Text.Json;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace CrmErpPortal.Integration.Http;

/// <summary>The error body both systems send: {"error":{"code":"…","message":"…"}}.</summary>
public sealed record SourceError(HttpStatusCode Status, string? Code, string Message);

/// <summary>A call the source answered with an error it meant (a 4xx, or a 5xx after the retries ran out).</summary>
public sealed class SourceRequestException(string system, SourceError error)
    : Exception($"{system} answered {(int)error.Status} {error.Code}: {error.Message}")
{
    public SourceError Error { get; } = error;
}

public static class SourceErrors
{
    public static async Task<SourceError> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        try
        {
            using var json = JsonDocument.Parse(text);
            if (json.RootElement.TryGetProperty("error", out var error))
            {
                return new SourceError(
                    response.StatusCode,
                    error.TryGetProperty("code", out var code) ? code.GetString() : null,
                    error.TryGetProperty("message", out var message) ? message.GetString() ?? text : text);
            }
        }
        catch (JsonException)
        {
            // Not JSON: a proxy or gateway page; report its status and a short excerpt.
        }

        return new SourceError(response.StatusCode, null, text.Length > 300 ? text[..300] : text);
    }

    /// <summary>Turns transport failures into the plain-language "unreachable" the sync monitor shows.</summary>
    public static async Task<HttpResponseMessage> SendAsync(
        HttpClient http, HttpRequestMessage request, string system, CancellationToken cancellationToken)
    {
        try
        {
            return await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (BrokenCircuitException ex)
        {
            throw new SourceUnavailableException(system, "too many failures in a row; calls are paused for a few seconds.", ex);
        }
        catch (TimeoutRejectedException ex)
        {
            throw new SourceUnavailableException(system, "did not answer in time.", ex);
        }
        catch (HttpRequestException ex)
        {
            throw new SourceUnavailableException(system, $"cannot be reached ({ex.Message}).", ex);
        }
    }

    public static async Task EnsureSuccessAsync(HttpResponseMessage response, string system, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var error = await ReadAsync(response, cancellationToken);
        if ((int)response.StatusCode is 429 or >= 500)
        {
            throw new SourceUnavailableException(system, $"answered {(int)response.StatusCode} after retries: {error.Message}")
            {
                Status = (int)response.StatusCode,
                RetryAfter = response.Headers.RetryAfter?.Delta
                    ?? (response.Headers.RetryAfter?.Date is { } date ? date - DateTimeOffset.UtcNow : null),
            };
        }

        throw new SourceRequestException(system, error);
    }
}
