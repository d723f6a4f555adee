namespace CrmErpPortal.Matching.Training;

/// <summary>
/// Draws record pairs uniformly from the pairs the engine could ever compare: same kind, and for a link one record
/// from each side. <paramref name="leftCount"/> is 0 for a dedupe.
/// </summary>
internal sealed class RandomPairSampler
{
    private readonly PreparedRecord[] records;
    private readonly Dictionary<RecordKind, int[]> leftByKind;
    private readonly Dictionary<RecordKind, int[]> rightByKind;
    private readonly int[] leftAll;

    public RandomPairSampler(PreparedRecord[] records, int leftCount)
    {
        this.records = records;
        var link = leftCount > 0;
        var left = link ? Enumerable.Range(0, leftCount) : Enumerable.Range(0, records.Length);
        var right = link ? Enumerable.Range(leftCount, records.Length - leftCount) : Enumerable.Range(0, records.Length);
        leftAll = left.ToArray();
        leftByKind = leftAll.GroupBy(i => records[i].Kind).ToDictionary(g => g.Key, g => g.ToArray());
        rightByKind = right.GroupBy(i => records[i].Kind).ToDictionary(g => g.Key, g => g.ToArray());
        TotalPairs = leftByKind.Sum(k =>
        {
            double n = k.Value.Length;
            return link ? n * rightByKind.GetValueOrDefault(k.Key, []).Length : n * (n - 1) / 2;
        });
    }

    public double TotalPairs { get; }

    public (PreparedRecord, PreparedRecord)? Draw(Random random)
    {
        var i = leftAll[random.Next(leftAll.Length)];
        var partners = rightByKind.GetValueOrDefault(records[i].Kind, []);
        if (partners.Length == 0)
        {
            return null;
        }

        var j = partners[random.Next(partners.Length)];
        return i == j ? null : (records[i], records[j]);
    }
}
