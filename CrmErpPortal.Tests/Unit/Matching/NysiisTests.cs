using CrmErpPortal.Matching;

namespace CrmErpPortal.Tests.Unit.Matching;

public sealed class NysiisTests
{
    /// <summary>Reference codes from the jellyfish library's NYSIIS test data.</summary>
    [Theory]
    [InlineData("Worthy", "WARTY")]
    [InlineData("Ogata", "OGAT")]
    [InlineData("montgomery", "MANTGANARY")]
    [InlineData("Costales", "CASTAL")]
    [InlineData("Tu", "T")]
    [InlineData("martincevic", "MARTANCAFAC")]
    [InlineData("Catherine", "CATARAN")]
    [InlineData("Katherine", "CATARAN")]
    [InlineData("Johnathan", "JANATAN")]
    [InlineData("John", "JAN")]
    [InlineData("Teresa", "TARAS")]
    [InlineData("Theresa", "TARAS")]
    [InlineData("Jessica", "JASAC")]
    [InlineData("Joshua", "JAS")]
    [InlineData("Bosch", "BAS")]
    [InlineData("Lapher", "LAFAR")]
    [InlineData("wiyh", "WY")]
    [InlineData("MacArthur", "MCARTAR")]
    [InlineData("Pheenard", "FANAD")]
    [InlineData("Schmittie", "SNATY")]
    [InlineData("Knaqze", "NAGS")]
    [InlineData("Knokno", "NAN")]
    [InlineData("Knoko", "NAC")]
    [InlineData("Macaw", "MC")]
    [InlineData("T", "T")]
    [InlineData("K", "C")]
    [InlineData("E", "E")]
    [InlineData("PFEISTER", "FASTAR")]
    [InlineData("SARAH", "SAR")]
    public void EncodesTheReferenceExamples(string name, string expected)
    {
        Assert.Equal(expected, Nysiis.Encode(name));
    }

    [Theory]
    [InlineData("smith", "smithe")]
    [InlineData("knight", "night")]
    [InlineData("macdonald", "mcdonald")]
    [InlineData("phillips", "filips")]
    [InlineData("catherine", "katherine")]
    public void SoundAlikesShareACode(string a, string b)
    {
        Assert.Equal(Nysiis.Encode(a), Nysiis.Encode(b));
    }

    [Theory]
    [InlineData("smith", "jones")]
    [InlineData("neumann", "painter")]
    public void DifferentNamesDiffer(string a, string b)
    {
        Assert.NotEqual(Nysiis.Encode(a), Nysiis.Encode(b));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  - ")]
    public void NoLettersGiveAnEmptyCode(string? name)
    {
        Assert.Equal(string.Empty, Nysiis.Encode(name));
    }
}
