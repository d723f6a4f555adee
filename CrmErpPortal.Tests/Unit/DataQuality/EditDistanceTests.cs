using CrmErpPortal.DataQuality;

namespace CrmErpPortal.Tests.Unit.DataQuality;

public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("SMITH", "SMITH", 0)]
    [InlineData("SMITH", "SMYTH", 1)]
    [InlineData("SMITH", "SMIHT", 1)]
    [InlineData("SMITH", "SMITHS", 1)]
    [InlineData("SMITH", "JONES", 5)]
    [InlineData("", "ABC", 3)]
    public void CountsInsertsDeletesSubstitutionsAndSwaps(string a, string b, int distance)
    {
        Assert.Equal(distance, EditDistance.Between(a, b));
    }
}
