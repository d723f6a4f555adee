namespace CrmErpPortal.Matching.Blocking;

/// <summary>
/// The blocking keys of a record. Two records become a candidate pair when they share any key, so the union of keys
/// is what recall rests on. A key is only made from non-empty values: joining on blanks pairs every record that lacks
/// a field with every other one. Each key starts with the record kind, so a person never pairs with an organisation.
/// </summary>
internal static class BlockingKeys
{
    public static List<string> For(PreparedRecord r)
    {
        var keys = new List<string>(16);
        var kind = r.Kind == RecordKind.Person ? "P" : "O";

        AddDateOfBirth(keys, kind, r.DateOfBirth);
        AddWithOneDeletion(keys, kind + "id:", r.OtherIdentifier);
        AddWithOneDeletion(keys, kind + "bn:", r.BusinessNumber);
        AddIfPresent(keys, kind + "ph:", r.Phone);
        AddIfPresent(keys, kind + "em:", r.Email);

        if (r.GivenPhonetic.Length > 0 && r.SurnamePhonetic.Length > 0)
        {
            // Order-free so that a record with given and surname swapped still lands in the same block.
            var (first, second) = string.CompareOrdinal(r.GivenPhonetic, r.SurnamePhonetic) <= 0
                ? (r.GivenPhonetic, r.SurnamePhonetic)
                : (r.SurnamePhonetic, r.GivenPhonetic);
            keys.Add($"{kind}nm:{first}|{second}");
        }

        var birthYear = r.DateOfBirth.Length == 8 ? r.DateOfBirth[..4] : string.Empty;
        AddPair(keys, kind + "gy:", r.GivenPhonetic, birthYear);
        AddPair(keys, kind + "sy:", r.SurnamePhonetic, birthYear);
        AddPair(keys, kind + "n3:", Prefix(r.GivenName), Prefix(r.Surname));
        AddPair(keys, kind + "sp:", r.SurnamePhonetic, r.Postcode);
        AddPair(keys, kind + "gp:", r.GivenPhonetic, r.Postcode);
        AddPair(keys, kind + "ad:", r.Postcode, r.StreetNumber);
        AddPair(keys, kind + "sn:", r.SurnamePhonetic, r.StreetNumber);
        AddPair(keys, kind + "st:", r.Street, r.Locality);
        AddPair(keys, kind + "sa:", r.Street, r.StreetNumber);
        AddPair(keys, kind + "ls:", r.Locality, r.StreetNumber);
        AddPair(keys, kind + "ol:", r.OrganisationPhonetic, r.Locality);
        AddPair(keys, kind + "op:", r.OrganisationPhonetic, r.Postcode);
        AddIfPresent(keys, kind + "on:", r.OrganisationName);
        return keys;
    }

    private static string Prefix(string value) => value.Length <= 3 ? value : value[..3];

    private static void AddIfPresent(List<string> keys, string prefix, string value)
    {
        if (value.Length > 0)
        {
            keys.Add(prefix + value);
        }
    }

    private static void AddPair(List<string> keys, string prefix, string first, string second)
    {
        if (first.Length > 0 && second.Length > 0)
        {
            keys.Add($"{prefix}{first}|{second}");
        }
    }

    /// <summary>Year plus day and month in either order, so a transposed day/month still meets.</summary>
    private static void AddDateOfBirth(List<string> keys, string kind, string date)
    {
        if (date.Length == 8)
        {
            var (a, b) = (date[4..6], date[6..8]);
            keys.Add(string.CompareOrdinal(a, b) <= 0 ? $"{kind}db:{date[..4]}{a}{b}" : $"{kind}db:{date[..4]}{b}{a}");
        }
        else if (date.Length > 0)
        {
            keys.Add($"{kind}db:{date}");
        }
    }

    /// <summary>
    /// Every one-character deletion of an identifier: two identifiers within one typo or transposition share one of
    /// them (symmetric deletion): a substitution, an adjacent transposition, an insertion or a deletion, so a mistyped
    /// number still blocks with its original. The deletion position is deliberately not part of the key, or a
    /// transposition would be missed.
    /// </summary>
    private static void AddWithOneDeletion(List<string> keys, string prefix, string value)
    {
        if (value.Length < 5)
        {
            AddIfPresent(keys, prefix + "=", value);
            return;
        }

        for (var i = 0; i < value.Length; i++)
        {
            keys.Add(string.Concat(prefix, value.AsSpan(0, i), value.AsSpan(i + 1)));
        }
    }
}
