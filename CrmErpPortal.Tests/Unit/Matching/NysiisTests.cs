using CrmErpPortal.Matching;

namespace CrmErpPortal.Tests.Unit.Matching;

public sealed class NysiisTests
{
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
