namespace CrmErpPortal.Sandbox.Seed;

/// <summary>
/// SplitMix64: a tiny generator whose output depends only on its 64-bit state, so every machine and every .NET version
/// produces the same sandbox (System.Random's seeded sequence is not promised across versions).
/// A generator is derived per record from (seed, stream, index), so any record can be rebuilt without its neighbours.
/// </summary>
internal sealed class SeedRandom(ulong state)
{
    private ulong _state = state;

    public static SeedRandom For(int seed, SeedStream stream, long index, long sub = 0) => new(Mix(seed, stream, index, sub));

    public static ulong Mix(int seed, SeedStream stream, long index, long sub = 0)
    {
        var h = Scramble((ulong)(uint)seed ^ 0x9E3779B97F4A7C15UL);
        h = Scramble(h ^ (ulong)stream);
        h = Scramble(h ^ (ulong)index);
        return Scramble(h ^ (ulong)sub);
    }

    /// <summary>
    /// A GUID that is a pure function of its inputs, version-4 shaped. Its first group rises with the index, like the
    /// sequential GUIDs Dataverse issues, which also lets SQLite append seeded rows instead of splitting pages at random.
    /// </summary>
    public static Guid Id(int seed, SeedStream stream, long index, long sub = 0)
    {
        var start = Mix(seed, stream, -1);
        var first = (uint)((start & 0x3FFF_FFFF) + (ulong)index * (1 + ((start >> 40) & 0x7F)));
        var a = Mix(seed, stream, index, sub);
        var b = Scramble(a ^ 0xD1B54A32D192ED03UL);
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes, first);
        BitConverter.TryWriteBytes(bytes[4..], (uint)a);
        BitConverter.TryWriteBytes(bytes[8..], b);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    public ulong NextUInt64()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Scramble(_state);
    }

    /// <summary>0 ≤ result &lt; <paramref name="maxExclusive"/>.</summary>
    public int Next(int maxExclusive) => maxExclusive <= 1 ? 0 : (int)(NextUInt64() % (ulong)maxExclusive);

    public int Next(int minInclusive, int maxExclusive) => minInclusive + Next(maxExclusive - minInclusive);

    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>Picks an index by relative weights.</summary>
    public int Weighted(ReadOnlySpan<double> weights)
    {
        var total = 0.0;
        foreach (var weight in weights)
        {
            total += weight;
        }

        var roll = NextDouble() * total;
        for (var i = 0; i < weights.Length; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    public string Digits(int count)
    {
        Span<char> chars = stackalloc char[count];
        for (var i = 0; i < count; i++)
        {
            chars[i] = (char)('0' + Next(10));
        }

        return new string(chars);
    }

    /// <summary>Fisher–Yates shuffle of 0..count-1.</summary>
    public int[] Permutation(int count)
    {
        var values = new int[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = i;
        }

        for (var i = count - 1; i > 0; i--)
        {
            var j = Next(i + 1);
            (values[i], values[j]) = (values[j], values[i]);
        }

        return values;
    }

    private static ulong Scramble(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}

/// <summary>Independent random streams, one per kind of thing generated; the numbers are part of the seed's contract.</summary>
internal enum SeedStream : ulong
{
    World = 1,
    Party = 2,
    Duplicate = 3,
    Crm = 4,
    Erp = 5,
    Catalog = 6,
    AccountId = 101,
    ContactId = 102,
    ProductId = 103,
    OpportunityId = 104,
    QuoteId = 105,
    QuoteDetailId = 106,
    IncidentId = 107,
    DuplicateAccountId = 108,
    CompanyId = 201,
    PaymentTermsId = 202,
    ItemId = 203,
    CustomerId = 204,
    SalesQuoteId = 205,
    SalesQuoteLineId = 206,
    SalesOrderId = 207,
    SalesOrderLineId = 208,
    SalesInvoiceId = 209,
    SalesInvoiceLineId = 210,
    CustomerPaymentId = 211,
}
