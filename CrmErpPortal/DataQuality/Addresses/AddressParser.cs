namespace CrmErpPortal.DataQuality.Addresses;

/// <summary>
/// Splits an AU or NZ address into its parts (NZAU.md §2): sub-unit and level, building, street or postal
/// delivery line, NZ rural delivery, suburb, locality, state and postcode, then lists what is wrong with it.
/// </summary>
public static class AddressParser
{
    public static NormalizedAddress Parse(AddressInput input)
    {
        var segments = AddressText.Segments(input.Line1).Concat(AddressText.Segments(input.Line2)).Select(s => s.ToList()).ToList();
        var country = CountryCodes.FromText(input.Country) ?? TakeTrailingCountry(segments);
        var draft = new AddressDraft
        {
            Country = country ?? NullIfEmpty(AddressText.Clean(input.Country)),
            RawState = NullIfEmpty(AddressText.Clean(input.State)),
            Postcode = NullIfEmpty(AddressText.Clean(input.Postcode).Replace(" ", string.Empty, StringComparison.Ordinal)),
            DeliveryPointId = NullIfEmpty(input.DeliveryPointId?.Trim()),
        };
        draft.State = country == "NZ" ? null : AustralianStates.Parse(draft.RawState);
        ReadLocalityField(draft, AddressText.Tokens(input.Locality));
        ReadSegments(draft, segments);
        return AddressValidator.Complete(draft);
    }

    private static void ReadLocalityField(AddressDraft draft, string[] tokens)
    {
        if (tokens.Length == 0)
        {
            return;
        }

        // A separate State field wins, so a locality like "Port Victoria" is never read as one.
        var line = LastLineReader.TryRead(tokens, draft.Country != "NZ" && draft.RawState is null);
        draft.Locality = line is null ? LastLineReader.Locality(tokens) : line.Locality;
        draft.Postcode ??= line?.Postcode;
        draft.State ??= line?.State;
    }

    private static void ReadSegments(AddressDraft draft, List<List<string>> segments)
    {
        var streetIndex = FindStreetSegment(segments);
        var afterStreet = false;
        for (var i = 0; i < segments.Count; i++)
        {
            var segment = segments[i];
            if (TryReadPostal(draft, segment) || TryReadRuralDelivery(draft, segment))
            {
                afterStreet = true;
                continue;
            }

            if (i != streetIndex && (afterStreet || (streetIndex >= 0 && i > streetIndex) || IsLastLine(draft, segment)))
            {
                ReadAfterStreet(draft, segment);
                continue;
            }

            var (unitAndLevel, rest) = UnitAndLevelReader.Read(segment, draft.UnitAndLevel);
            draft.UnitAndLevel = unitAndLevel;
            if (rest.Count == 0)
            {
                continue;
            }

            if (i == streetIndex)
            {
                ReadStreet(draft, rest);
                afterStreet = true;
            }
            else
            {
                draft.BuildingName ??= string.Join(' ', rest);
            }
        }
    }

    /// <summary>
    /// The first segment that starts with a street number (even after a PO Box line, so the clash can be reported);
    /// failing that, the first before any postal line that ends with a street type ("Victoria Street West" after a
    /// PO Box is its lobby).
    /// </summary>
    private static int FindStreetSegment(List<List<string>> segments)
    {
        var firstPostal = segments.FindIndex(s => PostalDeliveryWords.Match(s) is not null);
        var candidates = segments
            .Select((segment, index) => (Index: index, Remaining: UnitAndLevelReader.Read(segment, UnitAndLevel.None).Remaining))
            .Where(c => PostalDeliveryWords.Match(segments[c.Index]) is null && RuralDeliveryReader.Match(segments[c.Index]) is null)
            .ToList();
        var numbered = candidates.FirstOrDefault(c => StreetReader.StartsWithNumber(c.Remaining), (-1, []));
        return numbered.Index >= 0
            ? numbered.Index
            : candidates.FirstOrDefault(c => (firstPostal < 0 || c.Index < firstPostal) && StreetReader.EndsWithStreetType(c.Remaining), (-1, [])).Index;
    }

    private static void ReadStreet(AddressDraft draft, List<string> rest)
    {
        if (LastLineReader.TryRead(rest, draft.Country != "NZ")?.Postcode is not null)
        {
            var end = StreetReader.EndOfStreetBeforeLocality(rest);
            if (end > 0)
            {
                ReadAfterStreet(draft, rest.Skip(end + 1).ToList());
                rest = rest.Take(end + 1).ToList();
            }
        }

        draft.Street = StreetReader.Read(rest);
    }

    private static bool TryReadPostal(AddressDraft draft, List<string> segment)
    {
        if (PostalDeliveryWords.Match(segment) is not { } match)
        {
            return false;
        }

        draft.PostalDeliveryType = match.Type;
        var next = match.Length;
        if (next < segment.Count && char.IsAsciiDigit(segment[next][0]))
        {
            var number = segment[next++];
            // NZ Post writes box numbers without spaces: "PO Box 23 226" is box 23226.
            if (number.Length <= 3 && next < segment.Count && segment[next].Length == 3 && segment[next].All(char.IsAsciiDigit))
            {
                number += segment[next++];
            }

            draft.PostalDeliveryNumber = number;
        }

        if (next < segment.Count)
        {
            ReadAfterStreet(draft, segment.Skip(next).ToList());
        }

        return true;
    }

    private static bool TryReadRuralDelivery(AddressDraft draft, List<string> segment)
    {
        if (RuralDeliveryReader.Match(segment) is not { } match)
        {
            return false;
        }

        draft.RuralDeliveryNumber = match.Number;
        if (match.Taken < segment.Count)
        {
            ReadAfterStreet(draft, segment.Skip(match.Taken).ToList());
        }

        return true;
    }

    private static bool IsLastLine(AddressDraft draft, List<string> segment) =>
        !StreetReader.StartsWithNumber(segment) && LastLineReader.TryRead(segment, draft.Country != "NZ") is not null;

    private static void ReadAfterStreet(AddressDraft draft, List<string> segment)
    {
        if (TryReadRuralDelivery(draft, segment))
        {
            return;
        }

        var (unitAndLevel, remaining) = UnitAndLevelReader.Read(segment, draft.UnitAndLevel);
        if (remaining.Count == 0)
        {
            draft.UnitAndLevel = unitAndLevel;
            return;
        }

        if (LastLineReader.TryRead(segment, draft.Country != "NZ") is { } line)
        {
            draft.Locality ??= line.Locality;
            draft.State ??= line.State;
            draft.Postcode ??= line.Postcode;
            return;
        }

        var text = LastLineReader.Locality(segment);
        if (draft.PostalDeliveryType is not null && draft.Lobby is null)
        {
            draft.Lobby = text;
        }
        else if (draft.Suburb is null)
        {
            draft.Suburb = text;
        }
        else if (draft.Locality is null)
        {
            draft.Locality = text;
        }
        else
        {
            draft.Unplaced.Add(text!);
        }
    }

    private static string? TakeTrailingCountry(List<List<string>> segments)
    {
        if (segments.Count == 0)
        {
            return null;
        }

        var last = segments[^1];
        var whole = CountryCodes.FromText(string.Join(' ', last));
        if (whole is not null && segments.Count > 1)
        {
            segments.RemoveAt(segments.Count - 1);
            return whole;
        }

        // "... NSW 2060 AUSTRALIA": a country name after the postcode.
        for (var take = 1; take <= 2 && take < last.Count; take++)
        {
            var country = CountryCodes.FromText(string.Join(' ', last.Skip(last.Count - take)));
            if (country is not null && last[^(take + 1)].All(char.IsAsciiDigit))
            {
                last.RemoveRange(last.Count - take, take);
                return country;
            }
        }

        return null;
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
