using CsvHelper;

namespace CrmErpPortal.Matching.Cli;

/// <summary>
/// A CSV file as text cells. Spaces around values are trimmed, which also reads FEBRL's ", " separator (skip initial
/// whitespace); CRLF and LF endings and a missing final newline are all accepted.
/// </summary>
internal sealed record CsvTable(IReadOnlyList<string> Headers, IReadOnlyList<string[]> Rows)
{
    public static CsvTable Read(string path, char separator)
    {
        var options = new CsvReaderOptions { Separator = separator, TrimWhitespace = true, HasHeader = true };
        using var reader = CsvReader.FromFile(path, options);
        var headers = reader.Headers.ToArray();
        var rows = new List<string[]>();
        while (reader.Read())
        {
            var row = new string[headers.Length];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = i < reader.FieldCount ? reader.GetString(i) : string.Empty;
            }

            rows.Add(row);
        }

        return new CsvTable(headers, rows);
    }

    public int Column(string name)
    {
        for (var i = 0; i < Headers.Count; i++)
        {
            if (string.Equals(Headers[i], name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        throw new ArgumentException($"Column '{name}' is not in the file (columns: {string.Join(", ", Headers)}).");
    }
}
