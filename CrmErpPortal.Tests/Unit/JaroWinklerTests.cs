using CrmErpPortal.DataQuality;

namespace CrmErpPortal.Tests.Unit;

public sealed class JaroWinklerTests
{
    [Theory]
    [InlineData("martha", "marhta", 0.961)]
    [InlineData("dwayne", "duane", 0.84)]
    [InlineData("dixon", "dicksonx", 0.813)]
    [InlineData("plumbing", "plumbing", 1.0)]
    [InlineData("abc", "xyz", 0.0)]
    public void MatchesThePublishedValues(string a, string b, double expected)
    {
        var similarity = JaroWinkler.Similarity(a, b);

        Assert.Equal(expected, similarity, 3);
    }
}
