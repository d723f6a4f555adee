using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace CrmErpPortal.Tests.Sandbox.BusinessCentral;

/// <summary>Small request helpers so tests read as the protocol: send JSON, read JSON, carry an If-Match.</summary>
public static class BcHttp
{
    public static async Task<JsonObject> ReadJsonAsync(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonObject>())!;

    public static Task<HttpResponseMessage> SendJsonAsync(this HttpClient client, HttpMethod method, string url, object? body, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            var json = body is JsonNode node ? node.ToJsonString() : System.Text.Json.JsonSerializer.Serialize(body);
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return client.SendAsync(request);
    }

    public static string ErrorCode(this JsonObject body) => body["error"]!["code"]!.GetValue<string>();

    public static string ErrorMessage(this JsonObject body) => body["error"]!["message"]!.GetValue<string>();

    public static string Text(this JsonNode? node) => node!.GetValue<string>();
}
