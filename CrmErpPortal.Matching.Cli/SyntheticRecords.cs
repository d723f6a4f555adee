using System.Globalization;
using System.Text;

namespace CrmErpPortal.Matching.Cli;

/// <summary>
/// `synth`: N fictitious NZ/AU people and organisations, about a fifth of the entities given 1–3 corrupted duplicates
/// (typos, blanks, swapped names, day/month swaps, other legal suffixes), with an entity column for the truth.
/// </summary>
internal static class SyntheticRecords
{
    public static readonly string Header = "id,entity,kind,given_name,surname,organisation,street_number,street,locality,postcode,state,country,phone,email,business_number,date_of_birth";

    private static readonly string[] Onsets = ["b", "br", "c", "ch", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "sh", "st", "t", "th", "v", "w", "z"];
    private static readonly string[] Vowels = ["a", "e", "i", "o", "u", "ai", "ea", "ou", "y"];
    private static readonly string[] Codas = ["", "", "n", "r", "s", "l", "th", "m", "ck", "nd", "tt"];
    private static readonly string[] StreetTypes = ["street", "road", "avenue", "place", "crescent", "drive", "lane", "terrace"];
    private static readonly string[] Suffixes = ["Ltd", "Limited", "Pty Ltd", "", "Co"];
    private static readonly string[] Industries = ["plumbing", "electrical", "logistics", "foods", "holdings", "traders", "consulting", "builders", "motors", "pharmacy"];

    public static void Write(string path, int count, int seed)
    {
        var random = new Random(seed);
        var givenNames = Words(random, 1500);
        var surnames = Words(random, 6000);
        var places = Words(random, 800);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.WriteLine(Header);
        var written = 0;
        for (var entity = 0; written < count; entity++)
        {
            var original = Original(random, entity, givenNames, surnames, places);
            writer.WriteLine(Line($"e{entity}-0", original));
            written++;
            var duplicates = random.NextDouble() < 0.2 ? random.Next(1, 4) : 0;
            for (var d = 1; d <= duplicates && written < count; d++)
            {
                writer.WriteLine(Line($"e{entity}-{d}", Corrupt(random, original)));
                written++;
            }
        }
    }

    private static string[] Words(Random random, int count)
    {
        var words = new HashSet<string>();
        while (words.Count < count)
        {
            var syllables = random.Next(2, 4);
            var word = new StringBuilder();
            for (var s = 0; s < syllables; s++)
            {
                word.Append(Pick(random, Onsets)).Append(Pick(random, Vowels)).Append(Pick(random, Codas));
            }

            words.Add(word.ToString());
        }

        return [.. words];
    }

    /// <summary>Skewed choice: common names are common, as in real registers.</summary>
    private static string Zipf(Random random, string[] values) => values[(int)(values.Length * Math.Pow(random.NextDouble(), 2.5))];

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];

    private static string[] Original(Random random, int entity, string[] givenNames, string[] surnames, string[] places)
    {
        var isPerson = random.NextDouble() < 0.5;
        var country = random.NextDouble() < 0.5 ? "NZ" : "AU";
        var phone = country == "NZ" ? $"+649{random.Next(2000000, 9999999)}" : $"+612{random.Next(20000000, 99999999)}";
        var locality = Pick(random, places);
        var given = isPerson ? Zipf(random, givenNames) : string.Empty;
        var surname = isPerson ? Zipf(random, surnames) : string.Empty;
        var organisation = isPerson ? string.Empty
            : $"{Title(Zipf(random, surnames))} {Title(Pick(random, Industries))} {Pick(random, Suffixes)}".Trim();
        var email = isPerson ? $"{given}.{surname}{random.Next(100)}@example.com" : $"info@{organisation.Split(' ')[0].ToLowerInvariant()}{entity}.example";
        var businessNumber = isPerson ? string.Empty : random.NextInt64(10_000_000_000, 99_999_999_999).ToString(CultureInfo.InvariantCulture);
        var dateOfBirth = isPerson ? new DateOnly(1940, 1, 1).AddDays(random.Next(0, 365 * 65)).ToString("yyyyMMdd", CultureInfo.InvariantCulture) : string.Empty;
        return
        [
            entity.ToString(CultureInfo.InvariantCulture), isPerson ? "person" : "organisation", given, surname, organisation,
            random.Next(1, 400).ToString(CultureInfo.InvariantCulture), $"{Pick(random, places)} {Pick(random, StreetTypes)}", locality,
            random.Next(1000, 9999).ToString(CultureInfo.InvariantCulture), country == "NZ" ? "auk" : Pick(random, ["nsw", "vic", "qld"]), country,
            phone, email, businessNumber, dateOfBirth,
        ];
    }

    private static string[] Corrupt(Random random, string[] original)
    {
        var copy = (string[])original.Clone();
        var changes = random.Next(1, 4);
        for (var c = 0; c < changes; c++)
        {
            var field = random.Next(2, copy.Length);
            if (field == 10 || copy[field].Length == 0) continue;
            switch (random.Next(5))
            {
                case 0: copy[field] = string.Empty; break;
                case 1 when field == 4: copy[field] = string.Join(' ', copy[field].Split(' ').Take(2)) + " " + Pick(random, Suffixes); break;
                case 2 when field is 2 or 3: (copy[2], copy[3]) = (copy[3], copy[2]); break;
                case 3 when field == 14 && copy[field].Length == 8: copy[field] = copy[field][..4] + copy[field][6..8] + copy[field][4..6]; break;
                default: copy[field] = Typo(random, copy[field]); break;
            }
        }

        return copy;
    }

    private static string Typo(Random random, string value)
    {
        var i = random.Next(value.Length);
        return random.Next(3) switch
        {
            0 => value.Remove(i, 1),
            1 when i + 1 < value.Length => string.Concat(value.AsSpan(0, i), value[i + 1].ToString(), value[i].ToString(), value.AsSpan(i + 2)),
            _ => value[..i] + (char.IsAsciiDigit(value[i]) ? (char)('0' + random.Next(10)) : (char)('a' + random.Next(26))) + value[(i + 1)..],
        };
    }

    private static string Title(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static string Line(string id, string[] fields) => string.Join(',', [id, .. fields]);
}
