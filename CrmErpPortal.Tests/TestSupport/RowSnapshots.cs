using Microsoft.Data.Sqlite;

namespace CrmErpPortal.Tests.TestSupport;

/// <summary>Every column of every row of some tables, read with plain SQL, so a test can compare whole rows before and after.</summary>
public static class RowSnapshots
{
    public static async Task<List<string>> ReadAsync(string databasePath, string table, params string[] ignoredColumns)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY \"Id\"";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            var cells = Enumerable.Range(0, reader.FieldCount)
                .Where(i => !ignoredColumns.Contains(reader.GetName(i)))
                .Select(i => $"{reader.GetName(i)}={(reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))}");
            rows.Add(string.Join("; ", cells));
        }

        return rows;
    }

    public static async Task<Dictionary<string, List<string>>> ReadAllAsync(string databasePath, IEnumerable<string> tables, params string[] ignoredColumns)
    {
        var snapshot = new Dictionary<string, List<string>>();
        foreach (var table in tables)
        {
            snapshot[table] = await ReadAsync(databasePath, table, ignoredColumns);
        }

        return snapshot;
    }
}
