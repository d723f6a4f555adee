namespace CrmErpPortal.DataQuality.Addresses;

/// <summary>How people write postal delivery lines (PO Box, P.O. Box, Private Bag, RMB …), after punctuation is gone.</summary>
internal static class PostalDeliveryWords
{
    private static readonly (string[] Words, PostalDeliveryType Type)[] Forms =
    [
        (["POST", "OFFICE", "BOX"], PostalDeliveryType.PoBox),
        (["P", "O", "BOX"], PostalDeliveryType.PoBox),
        (["PO", "BOX"], PostalDeliveryType.PoBox),
        (["POBOX"], PostalDeliveryType.PoBox),
        (["G", "P", "O", "BOX"], PostalDeliveryType.GpoBox),
        (["GPO", "BOX"], PostalDeliveryType.GpoBox),
        (["GPOBOX"], PostalDeliveryType.GpoBox),
        (["LOCKED", "MAIL", "BAG"], PostalDeliveryType.LockedBag),
        (["LOCKED", "BAG"], PostalDeliveryType.LockedBag),
        (["LMB"], PostalDeliveryType.LockedBag),
        (["PRIVATE", "MAIL", "BAG"], PostalDeliveryType.PrivateBag),
        (["PRIVATE", "BAG"], PostalDeliveryType.PrivateBag),
        (["PMB"], PostalDeliveryType.PrivateBag),
        (["ROADSIDE", "MAIL", "BOX"], PostalDeliveryType.RoadsideMailBox),
        (["ROADSIDE", "MAIL", "BAG"], PostalDeliveryType.RoadsideMailBox),
        (["RMB"], PostalDeliveryType.RoadsideMailBox),
        (["ROADSIDE", "DELIVERY"], PostalDeliveryType.RoadsideDelivery),
        (["RSD"], PostalDeliveryType.RoadsideDelivery),
        (["ROADSIDE", "MAIL", "SERVICE"], PostalDeliveryType.RoadsideMailService),
        (["RMS"], PostalDeliveryType.RoadsideMailService),
        (["COMMUNITY", "MAIL", "BAG"], PostalDeliveryType.CommunityMailBag),
        (["CMB"], PostalDeliveryType.CommunityMailBag),
        (["COMMUNITY", "MAIL", "AGENT"], PostalDeliveryType.CommunityMailAgent),
        (["CMA"], PostalDeliveryType.CommunityMailAgent),
        (["COMMUNITY", "POSTAL", "AGENT"], PostalDeliveryType.CommunityPostalAgent),
        (["CPA"], PostalDeliveryType.CommunityPostalAgent),
        (["MAIL", "SERVICE"], PostalDeliveryType.MailService),
        (["MS"], PostalDeliveryType.MailService),
        (["CARE", "OF", "POST", "OFFICE"], PostalDeliveryType.CarePostOffice),
        (["CARE", "PO"], PostalDeliveryType.CarePostOffice),
        (["POSTE", "RESTANTE"], PostalDeliveryType.CarePostOffice),
    ];

    /// <summary>Types that name a numbered box or bag; the others may stand alone.</summary>
    public static bool NeedsNumber(PostalDeliveryType type) =>
        type is PostalDeliveryType.PoBox or PostalDeliveryType.GpoBox or PostalDeliveryType.LockedBag or PostalDeliveryType.PrivateBag;

    public static string Name(PostalDeliveryType type) => type switch
    {
        PostalDeliveryType.PoBox => "PO Box",
        PostalDeliveryType.GpoBox => "GPO Box",
        PostalDeliveryType.LockedBag => "Locked Bag",
        PostalDeliveryType.PrivateBag => "Private Bag",
        PostalDeliveryType.RoadsideMailBox => "RMB",
        PostalDeliveryType.RoadsideDelivery => "RSD",
        PostalDeliveryType.RoadsideMailService => "RMS",
        PostalDeliveryType.CommunityMailBag => "CMB",
        PostalDeliveryType.CommunityMailAgent => "CMA",
        PostalDeliveryType.CommunityPostalAgent => "CPA",
        PostalDeliveryType.MailService => "MS",
        _ => "Care PO",
    };

    /// <summary>The delivery type a segment starts with and how many words it took.</summary>
    public static (PostalDeliveryType Type, int Length)? Match(IReadOnlyList<string> tokens)
    {
        foreach (var (words, type) in Forms)
        {
            if (tokens.Count >= words.Length && words.Select((word, i) => tokens[i] == word).All(same => same))
            {
                var isBareCode = words.Length == 1 && !NeedsNumber(type);
                var numberFollows = tokens.Count > words.Length && char.IsAsciiDigit(tokens[words.Length][0]);
                if (!isBareCode || numberFollows || tokens.Count == 1)
                {
                    return (type, words.Length);
                }
            }
        }

        return null;
    }
}
