using System.Globalization;
using System.Text;

namespace CrmErpPortal.Sandbox.Seed;

internal enum PayerProfile
{
    Good,
    Slow,
    Bad,
}

/// <summary>One real-world customer: everything both systems know about it, before either system's quirks are applied.</summary>
internal sealed record Party(
    int Index,
    PartyKind Kind,
    string Country,
    bool IsPerson,
    string TradingName,
    string LegalName,
    string AlternateName,
    Address Address,
    Phone Phone,
    string Domain,
    bool FreeMail,
    string Email,
    string? Website,
    string? Abn,
    string? Nzbn,
    string? GstNumber,
    PaymentTerm Terms,
    Salesperson Salesperson,
    PayerProfile Payer,
    DateTimeOffset CreatedOn,
    int? ParentIndex)
{
    public bool InCrm => Kind is not PartyKind.ErpOnly;

    public bool InErp => Kind is PartyKind.Linked or PartyKind.LinkedWithDuplicate;

    public string CurrencyCode => Country == "NZ" ? "NZD" : "AUD";

    public string CountryName => Country == "NZ" ? "New Zealand" : "Australia";

    /// <summary>The registry number a CRM user would type in: ABN in Australia, NZBN in New Zealand.</summary>
    public string? BusinessNumber => Country == "AU" ? Abn : Nzbn;

    public static Party Create(SeedWorld world, int index)
    {
        var random = SeedRandom.For(world.Seed, SeedStream.Party, index);
        var kind = world.KindOf(index);
        var country = random.Chance(0.6) ? "NZ" : "AU";
        var isPerson = random.Chance(kind == PartyKind.ErpOnly ? 0.25 : 0.03);
        var locality = random.Pick(country == "NZ" ? Places.NewZealand : Places.Australia);
        var address = Address.Create(random, locality);

        string trading, legal, alternate;
        if (isPerson)
        {
            trading = legal = alternate = $"{random.Pick(NameParts.FirstNames)} {random.Pick(NameParts.Surnames)}";
        }
        else
        {
            trading = CompanyNames.Decode(world.NameCombination(index), country);
            (legal, alternate) = country == "NZ"
                ? random.Chance(0.7) ? ($"{trading} Limited", $"{trading} Ltd") : ($"{trading} Ltd", $"{trading} Limited")
                : random.Chance(0.85) ? ($"{trading} Pty Ltd", $"{trading} Pty Limited") : ($"{trading} Pty Limited", $"{trading} Pty Ltd");
        }

        var phone = isPerson && random.Chance(0.6) ? Phone.NewMobile(random, country)
            : random.Chance(0.04) ? Phone.NewTollFree(random, country)
            : Phone.Landline(random, locality);
        var freeMail = isPerson ? random.Chance(0.8) : random.Chance(0.12);
        var slug = Slug(trading);
        var domain = freeMail ? random.Pick(country == "NZ" ? NameParts.FreeMailNz : NameParts.FreeMailAu) : slug + (country == "NZ" ? ".co.nz" : ".com.au");
        var email = freeMail ? $"{slug}@{domain}" : $"{random.Pick(NameParts.Mailboxes)}@{domain}";
        var website = freeMail ? null : random.Chance(0.7) ? "www." + domain : "https://" + domain;

        string? abn = null, nzbn = null, gst = null;
        if (country == "AU")
        {
            abn = isPerson ? BusinessNumbers.NewAbn(random) : BusinessNumbers.NewCompanyAbn(random);
        }
        else
        {
            nzbn = BusinessNumbers.NewNzbn(random);
            gst = BusinessNumbers.NewIrd(random);
        }

        var terms = world.Terms[random.Weighted(country == "NZ" ? [0.05, 0.10, 0.15, 0.40, 0.25, 0.05] : [0.05, 0.10, 0.20, 0.10, 0.45, 0.10])];
        if (isPerson && random.Chance(0.5))
        {
            terms = world.Terms[0];
        }

        var salespeople = SeedWorld.Salespeople.Where(s => s.Country == country).ToArray();
        var payer = (PayerProfile)random.Weighted([0.75, 0.18, 0.07]);
        var createdOn = world.Now.AddDays(-random.Next(60, 365 * 8)).AddSeconds(-random.Next(86_400));

        int? parent = null;
        if (kind != PartyKind.ErpOnly && index > 0 && random.Chance(0.02))
        {
            var candidate = index - 1 - random.Next(Math.Min(index, 500));
            parent = world.KindOf(candidate) == PartyKind.ErpOnly ? null : candidate;
        }

        return new Party(index, kind, country, isPerson, trading, legal, alternate, address, phone, domain, freeMail, email, website,
            abn, nzbn, gst, terms, random.Pick(salespeople), payer, createdOn, parent);
    }

    /// <summary>Lower-case ASCII letters and digits only: "Kōwhai O'Brien & Sons" → "kowhaiobriensons".</summary>
    public static string Slug(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    public static string Iso(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Day(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
