using CrmErpPortal.Matching;
using CrmErpPortal.Matching.Blocking;

namespace CrmErpPortal.Tests.Unit.Matching;

public sealed class BlockingTests
{
    [Fact]
    public void NeverPairsRecordsOnEmptyValues()
    {
        var blanks = Enumerable.Range(0, 200).Select(i => new MatchRecord($"p{i}", RecordKind.Person)
        {
            GivenName = " ", Surname = "", Postcode = null, DateOfBirth = "--", Phone = " ", Email = "",
        }).ToList();
        blanks.AddRange(Enumerable.Range(0, 200).Select(i => new MatchRecord($"o{i}", RecordKind.Organisation)
        {
            OrganisationName = "  ", BusinessNumber = "n/a", Locality = "",
        }));
        long? reported = null;
        var engine = new MatchEngine(new MatchEngineOptions { CandidatePairsCounted = n => reported = n });

        var result = engine.Deduplicate(blanks);

        Assert.Equal(0, result.CandidatePairCount);
        Assert.Equal(0, reported);
        Assert.Empty(result.Pairs);
    }

    [Fact]
    public void PairsIdentifiersOneTranspositionApart()
    {
        var records = new[]
        {
            new MatchRecord("a", RecordKind.Person) { OtherIdentifier = "8638391" },
            new MatchRecord("b", RecordKind.Person) { OtherIdentifier = "8368391" },
            new MatchRecord("c", RecordKind.Person) { OtherIdentifier = "1234567" },
        };

        var result = new MatchEngine().Deduplicate(records);

        Assert.Equal([new CandidatePair(0, 1)], result.CandidatePairs);
    }

    [Fact]
    public void NeverPairsAPersonWithAnOrganisation()
    {
        var records = new[]
        {
            new MatchRecord("person", RecordKind.Person) { Phone = "+6493001234", Email = "info@kiwi.example" },
            new MatchRecord("company", RecordKind.Organisation) { Phone = "+6493001234", Email = "info@kiwi.example" },
        };

        var result = new MatchEngine().Deduplicate(records);

        Assert.Equal(0, result.CandidatePairCount);
    }

    [Fact]
    public void SkipsAValueSharedBySoManyRecordsThatItIsAPlaceholder()
    {
        var records = Enumerable.Range(0, 300).Select(i => new MatchRecord($"p{i}", RecordKind.Person) { Phone = "+6490000000" }).ToList();
        var options = new MatchEngineOptions { Blocking = new BlockingOptions(MaxBlockSize: 60, Window: 12, PlaceholderBlockSize: 200) };

        var result = new MatchEngine(options).Deduplicate(records);

        Assert.Equal(0, result.CandidatePairCount);
    }
}
