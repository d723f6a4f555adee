namespace CrmErpPortal.DataQuality.Addresses;

/// <summary>
/// Decides whether two parsed addresses are the same (NZAU.md §2.4). Parts are compared, never raw strings, after
/// folding macrons; sub-unit type is ignored (U 3, Unit 3, Flat 3 and 3/ are all unit 3).
/// </summary>
public static class AddressComparison
{
    public static AddressMatch Compare(NormalizedAddress a, NormalizedAddress b)
    {
        var idsDiffer = false;
        if (a.DeliveryPointId is not null && b.DeliveryPointId is not null)
        {
            if (a.DeliveryPointId == b.DeliveryPointId)
            {
                return new(AddressMatchTier.SameDeliveryPoint, "Same delivery-point id");
            }

            idsDiffer = true;
        }

        if (a.PostalDeliveryType is { } boxA && b.PostalDeliveryType is { } boxB)
        {
            return boxA != boxB
                ? new(AddressMatchTier.NeverTheSame, $"{PostalDeliveryWords.Name(boxA)} and {PostalDeliveryWords.Name(boxB)} are different box types")
                : ConfirmedByIds(ComparePostal(a, b), idsDiffer);
        }

        if ((a.PostalDeliveryType ?? b.PostalDeliveryType) is { } box)
        {
            return new(AddressMatchTier.NeverTheSame, $"A {PostalDeliveryWords.Name(box)} is never the same as a street address");
        }

        return ConfirmedByIds(ComparePhysical(a, b), idsDiffer);
    }

    private static AddressMatch ComparePostal(NormalizedAddress a, NormalizedAddress b)
    {
        var name = PostalDeliveryWords.Name(a.PostalDeliveryType!.Value);
        var mismatch = FirstMismatch(
            (a.Country, b.Country, "Different country"),
            (a.PostalDeliveryNumber, b.PostalDeliveryNumber, $"Different {name} number"),
            (a.Postcode, b.Postcode, "Different postcode"),
            (a.Locality, b.Locality, "Different locality"));
        if (mismatch is not null)
        {
            return new(AddressMatchTier.Different, mismatch);
        }

        return Compare(a.Lobby, b.Lobby) switch
        {
            PartComparison.Differ => new(AddressMatchTier.Different, "Different box lobby"),
            PartComparison.OneSideOnly => new(AddressMatchTier.Probable, "Box lobby on one side only"),
            _ => new(AddressMatchTier.SameDeliveryPoint, $"Same {name}"),
        };
    }

    private static AddressMatch ComparePhysical(NormalizedAddress a, NormalizedAddress b)
    {
        var mismatch = FirstMismatch(
            (a.Country, b.Country, "Different country"),
            (a.Postcode, b.Postcode, "Different postcode"),
            (a.StreetNumber, b.StreetNumber, "Different street number"),
            (a.StreetType, b.StreetType, "Different street type"),
            (a.StreetSuffix, b.StreetSuffix, "Different street suffix"));
        if (mismatch is not null)
        {
            return new(AddressMatchTier.Different, mismatch);
        }

        var probable = new List<string>();
        switch (Compare(a.StreetName, b.StreetName))
        {
            case PartComparison.Differ when OneEditApart(a.StreetName!, b.StreetName!):
                probable.Add("Street name differs by one letter");
                break;
            case PartComparison.Differ or PartComparison.OneSideOnly:
                return new(AddressMatchTier.Different, "Different street");
        }

        foreach (var (x, y, label) in new[] { (SuburbLine(a), SuburbLine(b), "suburb"), (a.Locality, b.Locality, "locality") })
        {
            switch (Compare(x, y))
            {
                case PartComparison.Differ:
                    return new(AddressMatchTier.Different, $"Different {label}");
                case PartComparison.OneSideOnly:
                    probable.Add($"{char.ToUpperInvariant(label[0])}{label[1..]} missing on one side");
                    break;
            }
        }

        var unit = Compare(a.SubUnitNumber, b.SubUnitNumber);
        var level = Compare(LevelKey(a), LevelKey(b));
        var otherUnitOrLevel = unit == PartComparison.Differ || level != PartComparison.Same;
        if (probable.Count > 0)
        {
            return otherUnitOrLevel
                ? new(AddressMatchTier.Different, string.Join("; ", probable.Append("and a different unit or level")))
                : new(AddressMatchTier.Probable, string.Join("; ", unit == PartComparison.OneSideOnly ? probable.Append("Unit on one side only") : probable));
        }

        if (otherUnitOrLevel)
        {
            return new(AddressMatchTier.SameBuilding, unit == PartComparison.Differ ? "Same building, different unit" : "Same building, different level");
        }

        return unit == PartComparison.OneSideOnly
            ? new(AddressMatchTier.Probable, "Unit on one side only")
            : new(AddressMatchTier.SameDeliveryPoint, "Same delivery point");
    }

    /// <summary>Different authoritative ids overrule matching parts: a steward decides.</summary>
    private static AddressMatch ConfirmedByIds(AddressMatch match, bool idsDiffer) =>
        idsDiffer && match.Tier == AddressMatchTier.SameDeliveryPoint
            ? new(AddressMatchTier.Probable, "Parts match but the delivery-point ids differ")
            : match;

    /// <summary>In NZ rural addresses the RD round stands where the suburb would.</summary>
    private static string? SuburbLine(NormalizedAddress address) =>
        address.RuralDeliveryNumber is { } rd ? "RD " + rd : address.Suburb;

    private static string? LevelKey(NormalizedAddress address) => address.LevelType switch
    {
        null => null,
        LevelType.Level or LevelType.Floor => "L" + address.LevelNumber,
        { } type => type + address.LevelNumber,
    };

    private static string? FirstMismatch(params (string? A, string? B, string Reason)[] parts) =>
        parts.FirstOrDefault(p => Compare(p.A, p.B) != PartComparison.Same).Reason;

    private static bool OneEditApart(string a, string b) =>
        EditDistance.Between(AddressText.MatchKey(a)!, AddressText.MatchKey(b)!) == 1;

    private static PartComparison Compare(string? a, string? b)
    {
        var (x, y) = (AddressText.MatchKey(a), AddressText.MatchKey(b));
        return (x, y) switch
        {
            (null, null) => PartComparison.Same,
            (null, _) or (_, null) => PartComparison.OneSideOnly,
            _ => x == y ? PartComparison.Same : PartComparison.Differ,
        };
    }

    private enum PartComparison
    {
        Same,
        OneSideOnly,
        Differ,
    }
}
