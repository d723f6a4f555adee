using System.Globalization;

namespace CrmErpPortal.Sandbox.Seed;

internal enum PartyKind : byte
{
    /// <summary>In both systems; the CRM accountnumber holds the ERP customer number.</summary>
    Linked,

    /// <summary>Linked, and a salesperson has also created a second CRM account for it.</summary>
    LinkedWithDuplicate,

    /// <summary>A CRM account with no ERP customer (prospects, or never set up for credit).</summary>
    CrmOnly,

    /// <summary>An ERP customer nobody put in the CRM (cash sales, sole traders, accounts opened by the finance team).</summary>
    ErpOnly,
}

internal sealed record PaymentTerm(Guid Id, string Code, string DisplayName, string DueDateCalculation, Func<DateOnly, DateOnly> DueDate);

internal sealed record Salesperson(string Code, string Name, string Country);

/// <summary>
/// What every record of one seeding is derived from: the seed, the day it is anchored to, the mix of party kinds and the
/// shared tables (items, payment terms). Holds one byte per party, so a million parties cost a megabyte.
/// </summary>
internal sealed class SeedWorld
{
    public const double DuplicateShare = 0.04;
    public const double CrmOnlyShare = 0.08;
    public const double ErpOnlyShareOfErp = 0.05;

    private readonly PartyKind[] _kinds;
    private readonly int[] _names;

    public SeedWorld(int seed, SeedScale scale, DateTimeOffset now)
    {
        Seed = seed;
        Scale = scale;
        Now = now;
        Today = DateOnly.FromDateTime(now.UtcDateTime);
        Duplicates = (int)Math.Round(scale.Accounts * DuplicateShare);
        CrmOnly = (int)Math.Round(scale.Accounts * CrmOnlyShare);
        Linked = scale.Accounts - Duplicates - CrmOnly;
        ErpOnly = (int)Math.Round(Linked * ErpOnlyShareOfErp / (1 - ErpOnlyShareOfErp));
        Parties = Linked + CrmOnly + ErpOnly;

        var world = SeedRandom.For(seed, SeedStream.World, 0);
        var order = world.Permutation(Parties);
        _kinds = new PartyKind[Parties];
        for (var rank = 0; rank < Parties; rank++)
        {
            _kinds[order[rank]] = rank < Duplicates ? PartyKind.LinkedWithDuplicate
                : rank < Linked ? PartyKind.Linked
                : rank < Linked + CrmOnly ? PartyKind.CrmOnly
                : PartyKind.ErpOnly;
        }

        _names = world.Permutation(CompanyNames.Count);
        Items = Catalog.Build(seed);
        Terms =
        [
            Term(0, "COD", "Cash on delivery", "0D", d => d),
            Term(1, "7 DAYS", "Net 7 days", "7D", d => d.AddDays(7)),
            Term(2, "14 DAYS", "Net 14 days", "14D", d => d.AddDays(14)),
            Term(3, "20TH MONTH", "20th of the month following", "CM+20D", d => new DateOnly(d.Year, d.Month, 1).AddMonths(1).AddDays(19)),
            Term(4, "30 DAYS", "Net 30 days", "30D", d => d.AddDays(30)),
            Term(5, "60 DAYS", "Net 60 days", "60D", d => d.AddDays(60)),
        ];
    }

    public int Seed { get; }

    public SeedScale Scale { get; }

    public DateTimeOffset Now { get; }

    public DateOnly Today { get; }

    public int Linked { get; }

    public int Duplicates { get; }

    public int CrmOnly { get; }

    public int ErpOnly { get; }

    public int Parties { get; }

    public IReadOnlyList<CatalogItem> Items { get; }

    public IReadOnlyList<PaymentTerm> Terms { get; }

    public static IReadOnlyList<Salesperson> Salespeople { get; } =
    [
        new("AN", "Aroha Ngata", "NZ"), new("BW", "Ben Walker", "NZ"), new("PS", "Priya Sharma", "NZ"), new("TH", "Tom Harris", "NZ"),
        new("JM", "Jack Murphy", "AU"), new("ML", "Mei Lin", "AU"), new("SK", "Sarah Kelly", "AU"),
    ];

    public PartyKind KindOf(int party) => _kinds[party];

    public int NameCombination(int party) => _names[party % _names.Length];

    public Guid Id(SeedStream stream, long index, long sub = 0) => SeedRandom.Id(Seed, stream, index, sub);

    public Guid AccountId(int party) => Id(SeedStream.AccountId, party);

    public Guid DuplicateAccountId(int party) => Id(SeedStream.DuplicateAccountId, party);

    public Guid CustomerId(int party) => Id(SeedStream.CustomerId, party);

    public static string CustomerNumber(int party) => "C" + (10_000 + party).ToString(CultureInfo.InvariantCulture);

    public Guid ItemId(CatalogItem item) => Id(SeedStream.ItemId, item.Index);

    public Guid ProductId(CatalogItem item) => Id(SeedStream.ProductId, item.Index);

    private PaymentTerm Term(int index, string code, string name, string formula, Func<DateOnly, DateOnly> due) =>
        new(Id(SeedStream.PaymentTermsId, index), code, name, formula, due);
}
