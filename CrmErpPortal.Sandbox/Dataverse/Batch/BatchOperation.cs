using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace CrmErpPortal.Sandbox.Dataverse.Batch;

/// <summary>One <c>application/http</c> part of a $batch: a request line, headers and an optional body.</summary>
public sealed record BatchOperation(string Method, string Url, IReadOnlyList<KeyValuePair<string, string>> Headers, string Body, string? ContentId)
{
    public static BatchOperation Parse(string text, string? contentId)
    {
        var normalised = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var split = normalised.IndexOf("\n\n", StringComparison.Ordinal);
        var head = (split >= 0 ? normalised[..split] : normalised).Trim('\n').Split('\n');
        var body = split >= 0 ? normalised[(split + 2)..].Trim() : "";
        var requestLine = head[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (requestLine.Length < 2)
        {
            throw DataverseErrors.BadRequest($"The $batch part does not start with a request line: '{head[0]}'.");
        }

        var headers = head.Skip(1)
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2)
            .Select(parts => new KeyValuePair<string, string>(parts[0].Trim(), parts[1].Trim()))
            .ToList();
        contentId ??= headers.FirstOrDefault(h => h.Key.Equals("Content-ID", StringComparison.OrdinalIgnoreCase)).Value;
        return new BatchOperation(requestLine[0].ToUpperInvariant(), requestLine[1], headers, body, contentId);
    }
}

/// <summary>What one operation answered, written back as an <c>application/http</c> response part.</summary>
public sealed record BatchResult(int Status, IReadOnlyList<KeyValuePair<string, string>> Headers, string Body, string? ContentId)
{
    public bool Failed => Status >= 400;

    public string EntityId => Headers.FirstOrDefault(h => h.Key == "OData-EntityId").Value ?? "";

    public void WriteTo(StringBuilder output, string boundary)
    {
        output.Append($"--{boundary}\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n");
        if (ContentId is not null)
        {
            output.Append($"Content-ID: {ContentId}\r\n");
        }

        output.Append($"\r\nHTTP/1.1 {Status} {ReasonPhrases.GetReasonPhrase(Status)}\r\n");
        foreach (var (name, value) in Headers)
        {
            output.Append($"{name}: {value}\r\n");
        }

        output.Append("\r\n").Append(Body).Append("\r\n");
    }
}
