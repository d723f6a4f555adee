namespace CrmErpPortal.Matching.Blocking;

/// <summary>
/// Blocking keys → record slots. Slots are stable (a removed record leaves a hole), so pairs can be encoded as two ints.
/// Supports bulk loading followed by <see cref="CandidatePairs"/>, and incremental add / remove / candidates-of-one.
/// </summary>
internal sealed class BlockIndex(BlockingOptions options)
{
    private readonly Dictionary<string, Block> blocks = new(StringComparer.Ordinal);
    private readonly List<PreparedRecord?> records = [];
    private readonly List<List<string>> keysBySlot = [];

    public PreparedRecord? this[int slot] => records[slot];

    public int SlotCount => records.Count;

    public int Add(PreparedRecord record, bool keepSorted)
    {
        var slot = records.Count;
        records.Add(record);
        var keys = BlockingKeys.For(record);
        keysBySlot.Add(keys);
        foreach (var key in keys)
        {
            if (!blocks.TryGetValue(key, out var block))
            {
                block = new Block();
                blocks.Add(key, block);
            }

            if (keepSorted && block.IsSorted)
            {
                var at = FindPosition(block, record, slot);
                block.Members.Insert(at, slot);
            }
            else
            {
                block.Members.Add(slot);
                block.IsSorted = block.Members.Count == 1;
            }
        }

        return slot;
    }

    public void Remove(int slot)
    {
        if (records[slot] is null)
        {
            return;
        }

        foreach (var key in keysBySlot[slot])
        {
            var block = blocks[key];
            block.Members.Remove(slot);
            if (block.Members.Count == 0)
            {
                blocks.Remove(key);
            }
        }

        records[slot] = null;
        keysBySlot[slot] = [];
    }

    /// <summary>Every distinct candidate pair (low slot in the high 32 bits), sorted; <paramref name="allowed"/> filters.</summary>
    public long[] CandidatePairs(Func<int, int, bool> allowed)
    {
        var pairs = new List<long>();
        foreach (var block in blocks.Values)
        {
            if (block.Members.Count > options.PlaceholderBlockSize)
            {
                continue;
            }

            var members = SortedMembers(block);
            var count = members.Count;
            var reach = count <= options.MaxBlockSize ? count : options.Window;
            for (var i = 0; i < count; i++)
            {
                var end = Math.Min(count, i + reach);
                for (var j = i + 1; j < end; j++)
                {
                    var (a, b) = (members[i], members[j]);
                    if (a == b || !allowed(a, b)) continue;
                    pairs.Add(a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a);
                }
            }
        }

        var array = pairs.ToArray();
        Array.Sort(array);
        var distinct = 0;
        for (var i = 0; i < array.Length; i++)
        {
            if (i == 0 || array[i] != array[i - 1])
            {
                array[distinct++] = array[i];
            }
        }

        Array.Resize(ref array, distinct);
        return array;
    }

    /// <summary>The slots a record that is not in the index would be paired with.</summary>
    public HashSet<int> CandidatesOf(PreparedRecord probe)
    {
        var found = new HashSet<int>();
        foreach (var key in BlockingKeys.For(probe))
        {
            if (!blocks.TryGetValue(key, out var block) || block.Members.Count > options.PlaceholderBlockSize)
            {
                continue;
            }

            var members = SortedMembers(block);
            if (members.Count <= options.MaxBlockSize)
            {
                found.UnionWith(members);
                continue;
            }

            var at = FindPosition(block, probe, int.MaxValue);
            var from = Math.Max(0, at - options.Window + 1);
            var to = Math.Min(members.Count, at + options.Window - 1);
            for (var i = from; i < to; i++)
            {
                found.Add(members[i]);
            }
        }

        return found;
    }

    private List<int> SortedMembers(Block block)
    {
        if (!block.IsSorted)
        {
            block.Members.Sort(CompareSlots);
            block.IsSorted = true;
        }

        return block.Members;
    }

    private int CompareSlots(int a, int b)
    {
        var order = string.CompareOrdinal(records[a]!.SortKey, records[b]!.SortKey);
        return order != 0 ? order : a.CompareTo(b);
    }

    private int FindPosition(Block block, PreparedRecord record, int slot)
    {
        var members = SortedMembers(block);
        var (low, high) = (0, members.Count);
        while (low < high)
        {
            var mid = (low + high) / 2;
            var other = members[mid];
            var order = string.CompareOrdinal(records[other]!.SortKey, record.SortKey);
            if (order == 0) order = other.CompareTo(slot);
            if (order < 0) low = mid + 1;
            else high = mid;
        }

        return low;
    }
}
