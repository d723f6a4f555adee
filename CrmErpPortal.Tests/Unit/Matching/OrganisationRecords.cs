using CrmErpPortal.Matching;

namespace CrmErpPortal.Tests.Unit.Matching;

/// <summary>Fictitious organisations, every second one with a near copy (name typo, other legal suffix), for training.</summary>
internal static class OrganisationRecords
{
    private static readonly string[] Words = ["kauri", "tui", "harbour", "summit", "pacific", "southern", "rata", "totara", "alpine", "coastal", "matai", "kowhai"];
    private static readonly string[] Trades = ["plumbing", "electrical", "logistics", "foods", "builders", "motors"];

    public static List<MatchRecord> Create(int count)
    {
        var random = new Random(11);
        var records = new List<MatchRecord>();
        for (var i = 0; i < count; i++)
        {
            var name = $"{Words[random.Next(Words.Length)]} {Words[random.Next(Words.Length)]} {Trades[random.Next(Trades.Length)]} {i % 97}";
            var original = new MatchRecord($"org-{i}", RecordKind.Organisation)
            {
                OrganisationName = name + " Limited",
                BusinessNumber = (9_429_000_000_000 + i * 7919L).ToString(),
                Phone = $"+649{3_000_000 + i}",
                StreetNumber = $"{1 + i % 300}",
                Street = $"{Words[i % Words.Length]} road",
                Locality = Words[(i * 5) % Words.Length],
                Postcode = $"{1000 + i % 900}",
                Country = "NZ",
            };
            records.Add(original);
            if (i % 2 == 0)
            {
                records.Add(original with { Id = $"org-{i}-copy", OrganisationName = name[1..] + " Ltd", Phone = null });
            }
        }

        return records;
    }
}
