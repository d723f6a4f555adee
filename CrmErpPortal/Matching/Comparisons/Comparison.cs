namespace CrmErpPortal.Matching.Comparisons;

/// <summary>
/// One Fellegi–Sunter comparison: ordered levels, most alike first. <see cref="Compare"/> returns the index of the
/// first level two records reach, or <see cref="Null"/> when either value is missing (weight 0).
/// </summary>
public abstract class Comparison
{
    public const int Null = -1;

    protected Comparison(string name, IReadOnlyList<ComparisonLevel> levels)
    {
        if (levels.Count is < 2 or > 14)
        {
            throw new ArgumentException("A comparison needs 2 to 14 levels.", nameof(levels));
        }

        Name = name;
        Levels = levels;
    }

    public string Name { get; }

    public IReadOnlyList<ComparisonLevel> Levels { get; }

    internal abstract int Compare(PreparedRecord left, PreparedRecord right);
}
