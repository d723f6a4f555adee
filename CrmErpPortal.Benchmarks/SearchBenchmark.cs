using System.Diagnostics;
using CrmErpPortal.Data;
using CrmErpPortal.Data.Search;
using CrmErpPortal.Features.Customers.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Benchmarks;

/// <summary>
/// Customer search at scale: bulk-loads N synthetic NZ/AU customers (a fifth with a contact) into a fresh migrated SQLite
/// hub with the search triggers off, rebuilds the index once, then times ≥ 300 queries per kind through
/// SearchCustomersQuery and 30 naive LIKE '%term%' scans in the same run.
/// Usage: dotnet run -c Release --project CrmErpPortal.Benchmarks -- search [customers=1000000] [queries=300] [keep/reuse file]
/// </summary>
public static class SearchBenchmark
{
    private static readonly string[] Syllables = ["ka", "ki", "wi", "ro", "ta", "ma", "nu", "po", "ha", "ri", "te", "mo", "lu", "ra", "no", "pe", "ti", "wa", "ho", "ne", "bri", "str", "an", "el", "or", "us", "in", "on", "er", "al"];
    private static readonly string[] Industry = ["Plumbing", "Electrical", "Builders", "Motors", "Dairy", "Timber", "Logistics", "Engineering", "Foods", "Roofing", "Traders", "Consulting"];
    private static readonly string[] Suffixes = ["Ltd", "Limited", "Pty Ltd", ""];
    private static readonly string[] FirstNames = ["Aroha", "Liam", "Olivia", "Nikau", "Charlotte", "Jack", "Mia", "Tama", "Isla", "Noah", "Ruby", "Wiremu"];

    public static async Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
        var perKind = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 300;
        // A third argument keeps the built file there, and a later run with the same arguments reuses it (the terms are
        // regenerated from the same seed), so a query change can be re-measured without the minutes of building.
        var kept = args.Length > 2 ? Path.GetFullPath(args[2]) : null;
        var file = kept ?? Path.Combine(Path.GetTempPath(), $"crmerpportal-search-{Guid.NewGuid():N}.db");
        var write = !File.Exists(file);
        var options = new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite($"Data Source={file}").Options;
        await using (var db = new SqlitePortalDbContext(options))
        {
            await db.Database.MigrateAsync();
        }

        var random = new Random(42);
        var words = Enumerable.Range(0, 20_000).Select(_ => Word(random)).Distinct().ToArray();
        var rows = new (string Name, string Number, string Phone, string National, string Business, string Email)[count];
        var watch = Stopwatch.StartNew();
        await using (var connection = new SqliteConnection($"Data Source={file}"))
        {
            await connection.OpenAsync();
            await ExecAsync(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;" + SqliteCustomerSearchIndex.DropTriggers);
            await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync();
            var insert = connection.CreateCommand();
            insert.CommandText = """
                INSERT INTO Customers (Id, DisplayName, NormalizedName, CustomerNumber, BusinessNumber, BusinessNumberKind, CountryCode,
                    PhoneE164, Email, Status, CreatedAt, UpdatedAt, Version)
                VALUES ($id, $name, $norm, $number, $bn, $kind, $country, $phone, $email, 'Active', 0, 0, 1)
                """;
            var p = new[] { "$id", "$name", "$norm", "$number", "$bn", "$kind", "$country", "$phone", "$email" }.Select(n => insert.Parameters.Add(n, SqliteType.Text)).ToArray();
            var contact = connection.CreateCommand();
            contact.CommandText = "INSERT INTO Contacts (Id, CustomerId, CrmContactId, FirstName, LastName, IsPrimary, SourceModifiedAt, SyncedAt) VALUES ($id, $c, $crm, $f, $l, 1, 0, 0)";
            var q = new[] { "$id", "$c", "$crm", "$f", "$l" }.Select(n => contact.Parameters.Add(n, SqliteType.Text)).ToArray();
            insert.Transaction = contact.Transaction = tx;
            for (var i = 0; i < count; i++)
            {
                var au = i % 3 == 0;
                var w1 = Pick(words, random);
                var w2 = Pick(words, random);
                var name = $"{Cap(w1)} {Cap(w2)} {Industry[random.Next(Industry.Length)]} {Suffixes[random.Next(Suffixes.Length)]}".Trim();
                var local = random.Next(1_000_000, 9_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
                var phone = au ? $"+6129{local}" : $"+6493{local[..6]}";
                var national = au ? $"(02) 9{local[..3]} {local[3..]}" : $"09 3{local[..2]} {local[2..6]}";
                var business = au ? $"{random.Next(10, 99)}{random.NextInt64(100_000_000, 999_999_999)}" : $"94{random.NextInt64(10_000_000_000, 99_999_999_999)}";
                var id = Guid.CreateVersion7().ToString().ToUpperInvariant();
                rows[i] = (name, $"C{i + 100000}", phone, national, business, $"accounts@{w1}{w2}.{(au ? "com.au" : "co.nz")}");
                object[] values = [id, name, CrmErpPortal.DataQuality.NameNormalizer.Normalize(name), rows[i].Number, business, au ? "Abn" : "Nzbn", au ? "AU" : "NZ", phone, rows[i].Email];
                for (var k = 0; k < values.Length; k++)
                {
                    p[k].Value = values[k];
                }

                if (write)
                {
                    await insert.ExecuteNonQueryAsync();
                }

                if (i % 5 == 0)
                {
                    object[] c = [Guid.CreateVersion7().ToString().ToUpperInvariant(), id, $"crm-{i}", Pick(FirstNames, random), Cap(Pick(words, random))];
                    for (var k = 0; k < c.Length; k++)
                    {
                        q[k].Value = c[k];
                    }

                    if (write)
                    {
                        await contact.ExecuteNonQueryAsync();
                    }
                }
            }

            await tx.CommitAsync();
            if (write)
            {
                Console.WriteLine($"inserted {count:N0} customers in {watch.Elapsed.TotalSeconds:0.0} s");
                watch.Restart();
                await ExecAsync(connection, SqliteCustomerSearchIndex.Rebuild + SqliteCustomerSearchIndex.CreateTriggers + "ANALYZE;");
                Console.WriteLine($"built the search index in {watch.Elapsed.TotalSeconds:0.0} s; file {new FileInfo(file).Length / 1048576.0:0} MiB");
            }
            else
            {
                await ExecAsync(connection, SqliteCustomerSearchIndex.CreateTriggers + "ANALYZE;");
                Console.WriteLine($"reused {file} ({new FileInfo(file).Length / 1048576.0:0} MiB)");
            }
        }

        var query = new SearchCustomersQuery(new Factory(options), new NameVocabulary(TimeProvider.System));
        await query.ExecuteAsync(new SearchCustomersInput("warm up"), CancellationToken.None);
        string Sample() => rows[random.Next(count)].Name;
        var kinds = new (string Kind, Func<string> Term)[]
        {
            ("name prefix", () => Sample().Split(' ')[0][..4]),
            ("two words", () => { var n = Sample().Split(' '); return $"{n[0]} {n[1][..3]}"; }),
            ("typo (1 edit)", () => { var n = Sample().Split(' '); return $"{Typo(n[0], random)} {n[1]}"; }),
            ("customer number", () => rows[random.Next(count)].Number),
            ("phone, national format", () => rows[random.Next(count)].National),
            ("ABN/NZBN with spaces", () => { var b = rows[random.Next(count)].Business; return $"{b[..2]} {b[2..5]} {b[5..8]} {b[8..]}"; }),
            ("email fragment", () => rows[random.Next(count)].Email.Split('@')[1][..7]),
        };

        var all = new List<double>();
        var hitsFound = 0;
        Console.WriteLine($"| kind | queries | p50 ms | p95 ms | with hits |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var (kind, term) in kinds)
        {
            var times = new List<double>();
            var found = 0;
            for (var i = 0; i < perKind; i++)
            {
                var t = term();
                var start = Stopwatch.GetTimestamp();
                var result = await query.ExecuteAsync(new SearchCustomersInput(t), CancellationToken.None);
                times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                found += result.Hits.Count > 0 ? 1 : 0;
            }

            all.AddRange(times);
            hitsFound += found;
            Console.WriteLine($"| {kind} | {perKind} | {P(times, 50):0.00} | {P(times, 95):0.00} | {found}/{perKind} |");
        }

        var naive = new List<double>();
        await using (var connection = new SqliteConnection($"Data Source={file}"))
        {
            await connection.OpenAsync();
            for (var i = 0; i < 30; i++)
            {
                // The same terms the search gets, matched the naive way over every searchable column and ordered by
                // name (a result list must show the best rows, so LIMIT cannot stop the scan early).
                var (_, term) = kinds[i % kinds.Length];
                var command = connection.CreateCommand();
                command.CommandText = """
                    SELECT Id FROM Customers WHERE Status <> 'Merged' AND (NormalizedName LIKE $t OR Email LIKE $t OR PhoneE164 LIKE $t
                        OR CustomerNumber LIKE $t OR BusinessNumber LIKE $t) ORDER BY NormalizedName LIMIT 20
                    """;
                command.Parameters.AddWithValue("$t", $"%{term().ToLowerInvariant()}%");
                var start = Stopwatch.GetTimestamp();
                await using (var reader = await command.ExecuteReaderAsync())
                {
                    while (await reader.ReadAsync())
                    {
                    }
                }

                naive.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }

        Console.WriteLine($"| all kinds | {all.Count} | {P(all, 50):0.00} | {P(all, 95):0.00} | {hitsFound}/{all.Count} |");
        Console.WriteLine($"| naive LIKE '%term%' (5 columns, ORDER BY name LIMIT 20) | 30 | {P(naive, 50):0.00} | {P(naive, 95):0.00} | |");
        Console.WriteLine($"speed-up at p95: {P(naive, 95) / P(all, 95):0.0}x; at p50: {P(naive, 50) / P(all, 50):0.0}x");
        SqliteConnection.ClearAllPools();
        if (kept is null)
        {
            File.Delete(file);
        }

        return 0;
    }

    private static async Task ExecAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync();
    }

    private static string Word(Random random) => string.Concat(Enumerable.Range(0, random.Next(2, 4)).Select(_ => Syllables[random.Next(Syllables.Length)]));

    private static string Pick(string[] items, Random random) => items[(int)Math.Min(items.Length - 1, Math.Pow(random.NextDouble(), 2) * items.Length)];

    private static string Cap(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static string Typo(string word, Random random)
    {
        var at = random.Next(1, word.Length);
        return word.Remove(at, 1);
    }

    private static double P(List<double> values, int percentile)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1)];
    }

    private sealed class Factory(DbContextOptions<SqlitePortalDbContext> options) : IDbContextFactory<PortalDbContext>
    {
        public PortalDbContext CreateDbContext() => new SqlitePortalDbContext(options);
    }
}
