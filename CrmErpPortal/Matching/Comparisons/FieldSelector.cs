namespace CrmErpPortal.Matching.Comparisons;

/// <summary>Picks one normalised field of a prepared record.</summary>
internal delegate string FieldSelector(PreparedRecord record);
