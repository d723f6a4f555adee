using System.Net;
using System.Text;

namespace CrmErpPortal.Tests.Sandbox.Dataverse;

public sealed class DataverseBatchTests : IAsyncLifetime
{
    private readonly DataverseApi _api = new();

    public Task InitializeAsync() => _api.InitializeAsync();

    public Task DisposeAsync() => _api.DisposeAsync();

    [Fact]
    public async Task ChangeSetCreatesRelatedRecords_ReferringToAnEarlierOneByContentId()
    {
        var body = Batch(ChangeSet(
            Part(1, "POST", "accounts", """{"name":"Kauri Ltd"}"""),
            Part(2, "POST", "contacts", """{"lastname":"Ngata","parentcustomerid_account@odata.bind":"$1"}""")));

        using var response = await PostBatchAsync(body);
        var text = await response.Content.ReadAsStringAsync();
        var contacts = await _api.GetJsonAsync("contacts?$select=_parentcustomerid_value");
        var accounts = await _api.GetJsonAsync("accounts?$select=name");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, CountOf(text, "HTTP/1.1 204 No Content"));
        Assert.Contains("--changesetresponse_", text);
        Assert.Equal(accounts["value"]![0]!["accountid"]!.GetValue<string>(), contacts["value"]![0]!["_parentcustomerid_value"]!.GetValue<string>());
    }

    [Fact]
    public async Task FailedChangeSetRollsBackItsEarlierOperations_AndTheBatchTakesTheFailingStatus()
    {
        var body = Batch(ChangeSet(
            Part(1, "POST", "accounts", """{"name":"Kauri Ltd"}"""),
            Part(2, "PATCH", $"accounts({Guid.NewGuid()})", """{"name":"Missing"}""", "If-Match: *")));

        using var response = await PostBatchAsync(body);
        var text = await response.Content.ReadAsStringAsync();
        var accounts = await _api.GetJsonAsync("accounts");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("HTTP/1.1 404 Not Found", text);
        Assert.Empty(accounts["value"]!.AsArray());
    }

    [Fact]
    public async Task AnswersAGetOutsideAChangeSet_WithItsJsonBody()
    {
        await _api.SeedAccountsAsync(2);
        var body = Batch($"--batch_t\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\nGET {_api.Root}accounts?$select=name HTTP/1.1\r\nAccept: application/json\r\n\r\n");

        using var response = await PostBatchAsync(body);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("multipart/mixed", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("\"name\":\"Account 001\"", text);
    }

    private async Task<HttpResponseMessage> PostBatchAsync(string body)
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/mixed; boundary=\"batch_t\"");
        return await _api.Http.PostAsync("$batch", content);
    }

    private static string Batch(string sections) => sections + "--batch_t--\r\n";

    private static string ChangeSet(params string[] parts) =>
        "--batch_t\r\nContent-Type: multipart/mixed; boundary=changeset_t\r\n\r\n" + string.Concat(parts) + "--changeset_t--\r\n";

    private static string Part(int contentId, string method, string url, string json, string? header = null) =>
        $"--changeset_t\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\nContent-ID: {contentId}\r\n\r\n"
        + $"{method} {url} HTTP/1.1\r\nContent-Type: application/json\r\n{(header is null ? "" : header + "\r\n")}\r\n{json}\r\n";

    private static int CountOf(string text, string value) => (text.Length - text.Replace(value, "", StringComparison.Ordinal).Length) / value.Length;
}
