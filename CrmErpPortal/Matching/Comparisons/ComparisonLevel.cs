namespace CrmErpPortal.Matching.Comparisons;

/// <summary>
/// A level of a comparison. <paramref name="FixedM"/>, when set, is not learned: it pins evidence the data cannot teach
/// without labels (two different business numbers are almost never the same entity).
/// </summary>
public sealed record ComparisonLevel(string Name, double? FixedM = null);
