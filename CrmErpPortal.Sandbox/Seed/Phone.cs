namespace CrmErpPortal.Sandbox.Seed;

internal enum PhoneKind
{
    Landline,
    Mobile,
    TollFree,
}

/// <summary>How people write the same number (NZAU.md §3): the national display, with or without brackets, international, or bare digits.</summary>
internal enum PhoneStyle
{
    National,
    Brackets,
    International,
    Compact,
    Dashed,
}

/// <summary>A phone number held as its national significant number (after the trunk 0), written in any style on demand.</summary>
internal sealed record Phone(string Country, PhoneKind Kind, string Nsn)
{
    public static Phone Landline(SeedRandom random, Locality locality)
    {
        var area = locality.AreaCode[1..];
        var lead = locality.LocalLeads;
        var localLength = locality.Country == "NZ" ? 7 : 8;
        var local = lead[..Math.Min(lead.Length, localLength)];
        if (locality.Country == "NZ")
        {
            local = lead[random.Next(lead.Length)].ToString();
        }

        return new Phone(locality.Country, PhoneKind.Landline, area + local + random.Digits(localLength - local.Length));
    }

    public static Phone NewMobile(SeedRandom random, string country) => country == "NZ"
        ? new Phone("NZ", PhoneKind.Mobile, random.Pick(["21", "21", "22", "27", "27", "29"]) + random.Next(1, 10) + random.Digits(6))
        : new Phone("AU", PhoneKind.Mobile, "4" + random.Next(0, 6) + random.Next(1, 10) + random.Digits(6));

    public static Phone NewTollFree(SeedRandom random, string country) => country == "NZ"
        ? new Phone("NZ", PhoneKind.TollFree, random.Pick(["800", "800", "508"]) + random.Next(2, 10) + random.Digits(5))
        : new Phone("AU", PhoneKind.TollFree, random.Pick(["1300", "1300", "1800"]) + random.Next(1, 10) + random.Digits(5));

    public string Format(PhoneStyle style)
    {
        var (trunk, rest) = Split();
        var national = Kind == PhoneKind.TollFree && Country == "AU" ? trunk : "0" + trunk;
        var countryCode = Country == "NZ" ? "+64" : "+61";
        return style switch
        {
            PhoneStyle.National when Country == "AU" && Kind == PhoneKind.Landline => $"({national}) {rest}",
            PhoneStyle.National => $"{national} {rest}",
            PhoneStyle.Brackets when Kind == PhoneKind.Landline => $"({national}) {rest}",
            PhoneStyle.Brackets => $"{national} {rest}",
            PhoneStyle.International when !(Country == "AU" && Kind == PhoneKind.TollFree) => $"{countryCode} {trunk} {rest}",
            PhoneStyle.International => $"{national} {rest}",
            PhoneStyle.Dashed => $"{national}-{rest.Replace(' ', '-')}",
            _ => national + rest.Replace(" ", "", StringComparison.Ordinal),
        };
    }

    /// <summary>E.164, what a matcher should compare.</summary>
    public string E164 => (Country == "NZ" ? "+64" : "+61") + Nsn;

    private (string Trunk, string Tail) Split() => (Country, Kind) switch
    {
        ("NZ", PhoneKind.Landline) => (Nsn[..1], $"{Nsn[1..4]} {Nsn[4..]}"),
        ("NZ", PhoneKind.Mobile) => (Nsn[..2], $"{Nsn[2..5]} {Nsn[5..]}"),
        ("NZ", _) => (Nsn[..3], $"{Nsn[3..6]} {Nsn[6..]}"),
        ("AU", PhoneKind.Landline) => (Nsn[..1], $"{Nsn[1..5]} {Nsn[5..]}"),
        ("AU", PhoneKind.Mobile) => (Nsn[..3], $"{Nsn[3..6]} {Nsn[6..]}"),
        _ => (Nsn[..4], $"{Nsn[4..7]} {Nsn[7..]}"),
    };
}
