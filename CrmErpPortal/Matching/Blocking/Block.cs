namespace CrmErpPortal.Matching.Blocking;

/// <summary>The record slots sharing one blocking key, kept in sort-key order once sealed.</summary>
internal sealed class Block
{
    public List<int> Members { get; } = new(2);

    public bool IsSorted { get; set; } = true;
}
