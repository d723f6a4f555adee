namespace CrmErpPortal.DataQuality.Addresses;

/// <summary>Tidies a read address (locality fallbacks, leading zeros, inferred country) and lists its issues.</summary>
internal static class AddressValidator
{
    public static NormalizedAddress Complete(AddressDraft draft)
    {
        var issues = new List<AddressIssue>();
        Tidy(draft);
        var country = draft.Country ?? InferCountry(draft);
        draft.Country = country;
        CheckDeliveryLine(draft, issues);
        CheckLocality(draft, issues);
        switch (country)
        {
            case "AU":
                CheckAustralia(draft, issues);
                break;
            case "NZ":
                CheckNewZealand(draft, issues);
                break;
            case null:
                issues.Add(new(AddressField.Country, AddressIssueSeverity.Warning, "Country is missing, so the postcode was not checked"));
                break;
            default:
                issues.Add(new(AddressField.Country, AddressIssueSeverity.Warning, "Only Australian and New Zealand addresses are checked"));
                break;
        }

        issues.AddRange(draft.Unplaced.Select(text => new AddressIssue(AddressField.Other, AddressIssueSeverity.Warning, $"Could not tell what '{text}' is")));
        return ToAddress(draft, issues);
    }

    private static void Tidy(AddressDraft draft)
    {
        if (draft.Locality is null && draft.Suburb is not null)
        {
            (draft.Locality, draft.Suburb) = (draft.Suburb, null);
        }

        if (SameText(draft.Suburb, draft.Locality))
        {
            draft.Suburb = null;
        }

        // The lobby line may be dropped when it names the town (NZ Post), so a lobby equal to the locality says nothing.
        if (SameText(draft.Lobby, draft.Locality))
        {
            draft.Lobby = null;
        }
    }

    private static string? InferCountry(AddressDraft draft) =>
        draft.State is not null ? "AU" : draft.RuralDeliveryNumber is not null ? "NZ" : null;

    private static void CheckDeliveryLine(AddressDraft draft, List<AddressIssue> issues)
    {
        var hasStreet = draft.Street?.Name is not null;
        if (draft.PostalDeliveryType is { } postal)
        {
            var name = PostalDeliveryWords.Name(postal);
            if (hasStreet)
            {
                issues.Add(new(AddressField.PostalDelivery, AddressIssueSeverity.Error, $"Use either a street address or a {name}, not both"));
            }

            if (draft.PostalDeliveryNumber is null && PostalDeliveryWords.NeedsNumber(postal))
            {
                issues.Add(new(AddressField.PostalDelivery, AddressIssueSeverity.Error, $"{name} number is missing"));
            }
        }
        else if (!hasStreet && draft.RuralDeliveryNumber is null)
        {
            issues.Add(new(AddressField.Street, AddressIssueSeverity.Error, "Street address or PO Box is missing"));
        }
    }

    private static void CheckLocality(AddressDraft draft, List<AddressIssue> issues)
    {
        if (draft.Locality is null)
        {
            issues.Add(new(AddressField.Locality, AddressIssueSeverity.Error, "Suburb or town is missing"));
        }
    }

    private static void CheckAustralia(AddressDraft draft, List<AddressIssue> issues)
    {
        if (draft.State is null && draft.RawState is not null)
        {
            issues.Add(new(AddressField.State, AddressIssueSeverity.Error, $"'{draft.RawState}' is not an Australian state or territory"));
        }

        if (!CheckPostcodeFormat(draft, issues))
        {
            if (draft.State is null && draft.RawState is null)
            {
                issues.Add(new(AddressField.State, AddressIssueSeverity.Error, "State is missing"));
            }

            return;
        }

        var postcode = draft.Postcode!;
        var states = AustralianPostcodes.StatesFor(postcode);
        if (states.Count == 0)
        {
            issues.Add(new(AddressField.Postcode, AddressIssueSeverity.Error, $"Postcode {postcode} is not an Australian postcode"));
        }
        else if (draft.State is null && draft.RawState is null)
        {
            draft.State = states[0];
            issues.Add(new(AddressField.State, AddressIssueSeverity.Warning, $"State was missing; {states[0]} taken from postcode {postcode}"));
        }
        else if (draft.State is not null && !states.Contains(draft.State))
        {
            // A warning, not an error: border localities can carry a neighbouring state's postcode.
            issues.Add(new(AddressField.Postcode, AddressIssueSeverity.Warning, $"Postcode {postcode} is not in {draft.State}"));
        }
    }

    private static void CheckNewZealand(AddressDraft draft, List<AddressIssue> issues)
    {
        if (draft.RawState is not null)
        {
            issues.Add(new(AddressField.State, AddressIssueSeverity.Warning, $"NZ addresses carry no region; '{draft.RawState}' was left out"));
        }

        if (draft.Street?.Number?.Contains('-', StringComparison.Ordinal) == true)
        {
            issues.Add(new(AddressField.Street, AddressIssueSeverity.Warning, "NZ Post does not use number ranges; use the first number"));
        }

        if (CheckPostcodeFormat(draft, issues) && !NewZealandPostcodes.IsValid(draft.Postcode!))
        {
            issues.Add(new(AddressField.Postcode, AddressIssueSeverity.Error, $"Postcode {draft.Postcode} is not a New Zealand postcode"));
        }
    }

    /// <returns>True when there is a 4-digit postcode to check further.</returns>
    private static bool CheckPostcodeFormat(AddressDraft draft, List<AddressIssue> issues)
    {
        if (draft.Postcode is null)
        {
            issues.Add(new(AddressField.Postcode, AddressIssueSeverity.Error, "Postcode is missing"));
            return false;
        }

        if (draft.Postcode.Length == 3 && draft.Postcode.All(char.IsAsciiDigit))
        {
            // Spreadsheets drop the leading zero of NT, ACT and Northland/Auckland postcodes.
            issues.Add(new(AddressField.Postcode, AddressIssueSeverity.Warning, $"Postcode {draft.Postcode} was missing its leading zero"));
            draft.Postcode = "0" + draft.Postcode;
        }

        if (draft.Postcode.Length != 4 || !draft.Postcode.All(char.IsAsciiDigit))
        {
            issues.Add(new(AddressField.Postcode, AddressIssueSeverity.Error, "Postcode must be 4 digits"));
            return false;
        }

        return true;
    }

    private static NormalizedAddress ToAddress(AddressDraft draft, List<AddressIssue> issues) => new()
    {
        Country = draft.Country,
        BuildingName = draft.BuildingName,
        SubUnitType = draft.UnitAndLevel.SubUnitType,
        SubUnitNumber = draft.UnitAndLevel.SubUnitNumber,
        LevelType = draft.UnitAndLevel.LevelType,
        LevelNumber = draft.UnitAndLevel.LevelNumber,
        StreetNumber = draft.Street?.Number,
        StreetName = draft.Street?.Name,
        StreetType = draft.Street?.Type,
        StreetSuffix = draft.Street?.Suffix,
        PostalDeliveryType = draft.PostalDeliveryType,
        PostalDeliveryNumber = draft.PostalDeliveryNumber,
        Lobby = draft.Lobby,
        RuralDeliveryNumber = draft.RuralDeliveryNumber,
        Suburb = draft.Suburb,
        Locality = draft.Locality,
        State = draft.Country == "NZ" ? null : draft.State,
        Postcode = draft.Postcode,
        DeliveryPointId = draft.DeliveryPointId,
        Issues = issues,
    };

    private static bool SameText(string? a, string? b) =>
        a is not null && b is not null && AddressText.MatchKey(a) == AddressText.MatchKey(b);
}
