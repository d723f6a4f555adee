namespace CrmErpPortal.Sandbox.Seed;

/// <summary>A real delivery area: NZ suburb + town/city, or AU locality + state, with its postcode and phone area.</summary>
internal sealed record Locality(string Country, string Suburb, string City, string State, string Postcode, string AreaCode, string LocalLeads);

/// <summary>
/// Hand-picked NZ and AU localities (real postcodes, area codes and typical leading local digits), weighted by
/// repetition towards the commercial areas where a trade supplier's customers sit.
/// </summary>
internal static class Places
{
    public static readonly IReadOnlyList<Locality> NewZealand = Nz(
        // Auckland and Northland (09)
        ("Penrose", "Auckland", "1061", "09", "5"), ("Onehunga", "Auckland", "1061", "09", "6"), ("Mount Wellington", "Auckland", "1060", "09", "5"),
        ("East Tāmaki", "Auckland", "2013", "09", "2"), ("Wiri", "Auckland", "2104", "09", "2"), ("Ōtāhuhu", "Auckland", "1062", "09", "2"),
        ("Papatoetoe", "Auckland", "2025", "09", "2"), ("Newmarket", "Auckland", "1023", "09", "5"), ("Parnell", "Auckland", "1052", "09", "3"),
        ("Ponsonby", "Auckland", "1011", "09", "3"), ("Grey Lynn", "Auckland", "1021", "09", "3"), ("Mount Eden", "Auckland", "1024", "09", "6"),
        ("Avondale", "Auckland", "1026", "09", "8"), ("Henderson", "Auckland", "0612", "09", "8"), ("New Lynn", "Auckland", "0600", "09", "8"),
        ("Rosedale", "Auckland", "0632", "09", "4"), ("Albany", "Auckland", "0632", "09", "4"), ("Wairau Valley", "Auckland", "0627", "09", "4"),
        ("Takapuna", "Auckland", "0622", "09", "4"), ("Silverdale", "Auckland", "0932", "09", "4"), ("Pukekohe", "Pukekohe", "2120", "09", "2"),
        ("Whangārei", "Whangārei", "0110", "09", "4"), ("Kerikeri", "Kerikeri", "0230", "09", "4"),
        // Waikato and Bay of Plenty (07)
        ("Te Rapa", "Hamilton", "3200", "07", "8"), ("Frankton", "Hamilton", "3204", "07", "8"), ("Hamilton East", "Hamilton", "3216", "07", "8"),
        ("Mount Maunganui", "Tauranga", "3116", "07", "5"), ("Greerton", "Tauranga", "3112", "07", "5"), ("Tauranga Central", "Tauranga", "3110", "07", "5"),
        ("Fenton Park", "Rotorua", "3010", "07", "3"), ("Taupō", "Taupō", "3330", "07", "3"), ("Cambridge", "Cambridge", "3434", "07", "8"),
        ("Te Awamutu", "Te Awamutu", "3800", "07", "8"), ("Whakatāne", "Whakatāne", "3120", "07", "3"),
        // Lower and central North Island (06)
        ("Onekawa", "Napier", "4110", "06", "8"), ("Hastings", "Hastings", "4122", "06", "8"), ("Palmerston North Central", "Palmerston North", "4410", "06", "3"),
        ("Whanganui", "Whanganui", "4500", "06", "3"), ("Bell Block", "New Plymouth", "4312", "06", "7"), ("New Plymouth Central", "New Plymouth", "4310", "06", "7"),
        ("Gisborne", "Gisborne", "4010", "06", "8"), ("Masterton", "Masterton", "5810", "06", "3"), ("Feilding", "Feilding", "4702", "06", "3"),
        // Wellington region (04)
        ("Te Aro", "Wellington", "6011", "04", "3"), ("Thorndon", "Wellington", "6011", "04", "4"), ("Kilbirnie", "Wellington", "6022", "04", "3"),
        ("Ngauranga", "Wellington", "6035", "04", "4"), ("Johnsonville", "Wellington", "6037", "04", "4"), ("Petone", "Lower Hutt", "5012", "04", "5"),
        ("Seaview", "Lower Hutt", "5010", "04", "5"), ("Naenae", "Lower Hutt", "5011", "04", "5"), ("Trentham", "Upper Hutt", "5018", "04", "5"),
        ("Porirua", "Porirua", "5022", "04", "2"), ("Paraparaumu", "Paraparaumu", "5032", "04", "2"),
        // South Island (03)
        ("Sockburn", "Christchurch", "8042", "03", "3"), ("Hornby", "Christchurch", "8042", "03", "3"), ("Addington", "Christchurch", "8024", "03", "3"),
        ("Woolston", "Christchurch", "8023", "03", "3"), ("Sydenham", "Christchurch", "8023", "03", "3"), ("Papanui", "Christchurch", "8053", "03", "3"),
        ("Wigram", "Christchurch", "8025", "03", "3"), ("Riccarton", "Christchurch", "8011", "03", "3"), ("Rolleston", "Rolleston", "7614", "03", "3"),
        ("Stoke", "Nelson", "7011", "03", "5"), ("Nelson Central", "Nelson", "7010", "03", "5"), ("Blenheim", "Blenheim", "7201", "03", "5"),
        ("Timaru", "Timaru", "7910", "03", "6"), ("Ashburton", "Ashburton", "7700", "03", "3"), ("Greymouth", "Greymouth", "7805", "03", "7"),
        ("Dunedin Central", "Dunedin", "9016", "03", "4"), ("South Dunedin", "Dunedin", "9012", "03", "4"), ("Mosgiel", "Mosgiel", "9024", "03", "4"),
        ("Frankton", "Queenstown", "9300", "03", "4"), ("Invercargill", "Invercargill", "9810", "03", "2"), ("Ōamaru", "Ōamaru", "9400", "03", "4"));

    public static readonly IReadOnlyList<Locality> Australia = Au(
        ("Sydney", "NSW", "2000", "02", "92"), ("North Sydney", "NSW", "2060", "02", "99"), ("Alexandria", "NSW", "2015", "02", "96"),
        ("Parramatta", "NSW", "2150", "02", "98"), ("Silverwater", "NSW", "2128", "02", "97"), ("Smithfield", "NSW", "2164", "02", "97"),
        ("Wetherill Park", "NSW", "2164", "02", "97"), ("Moorebank", "NSW", "2170", "02", "96"), ("Castle Hill", "NSW", "2154", "02", "98"),
        ("Penrith", "NSW", "2750", "02", "47"), ("Newcastle", "NSW", "2300", "02", "49"), ("Wollongong", "NSW", "2500", "02", "42"),
        ("Wagga Wagga", "NSW", "2650", "02", "69"), ("Coffs Harbour", "NSW", "2450", "02", "66"), ("Fyshwick", "ACT", "2609", "02", "62"),
        ("Mitchell", "ACT", "2911", "02", "62"),
        ("Melbourne", "VIC", "3000", "03", "96"), ("Port Melbourne", "VIC", "3207", "03", "96"), ("Richmond", "VIC", "3121", "03", "94"),
        ("Dandenong South", "VIC", "3175", "03", "97"), ("Laverton North", "VIC", "3026", "03", "93"), ("Tullamarine", "VIC", "3043", "03", "93"),
        ("Thomastown", "VIC", "3074", "03", "94"), ("Braeside", "VIC", "3195", "03", "95"), ("Sunshine", "VIC", "3020", "03", "93"),
        ("Geelong", "VIC", "3220", "03", "52"), ("Ballarat", "VIC", "3350", "03", "53"), ("Bendigo", "VIC", "3550", "03", "54"),
        ("Hobart", "TAS", "7000", "03", "62"), ("Moonah", "TAS", "7009", "03", "62"), ("Launceston", "TAS", "7250", "03", "63"),
        ("Brisbane City", "QLD", "4000", "07", "32"), ("Fortitude Valley", "QLD", "4006", "07", "32"), ("Eagle Farm", "QLD", "4009", "07", "38"),
        ("Rocklea", "QLD", "4106", "07", "32"), ("Acacia Ridge", "QLD", "4110", "07", "32"), ("Yatala", "QLD", "4207", "07", "38"),
        ("Southport", "QLD", "4215", "07", "55"), ("Toowoomba", "QLD", "4350", "07", "46"), ("Townsville", "QLD", "4810", "07", "47"),
        ("Cairns", "QLD", "4870", "07", "40"), ("Mackay", "QLD", "4740", "07", "49"),
        ("Adelaide", "SA", "5000", "08", "82"), ("Wingfield", "SA", "5013", "08", "83"), ("Lonsdale", "SA", "5160", "08", "83"),
        ("Mile End", "SA", "5031", "08", "83"), ("Mount Gambier", "SA", "5290", "08", "87"),
        ("Perth", "WA", "6000", "08", "92"), ("Osborne Park", "WA", "6017", "08", "92"), ("Welshpool", "WA", "6106", "08", "93"),
        ("Malaga", "WA", "6090", "08", "92"), ("Canning Vale", "WA", "6155", "08", "94"), ("O'Connor", "WA", "6163", "08", "93"),
        ("Bunbury", "WA", "6230", "08", "97"), ("Darwin", "NT", "0800", "08", "89"), ("Winnellie", "NT", "0820", "08", "89"));

    public static readonly string[] NzStreets =
    [
        "Great South", "Station", "Church", "Carr", "Kahikatea", "Pōhutukawa", "Kōwhai", "Tōtara", "Rimu", "Nikau", "Mānuka", "Rātā",
        "Hobson", "Fanshawe", "Victoria", "Queen", "Princes", "Selwyn", "Lambton", "Cuba", "Willis", "Tory", "Rangitīkei", "Heretaunga",
        "Hinemoa", "Tainui", "Ruapehu", "Taupō", "Waikato", "Marua", "Carbine", "Vestey", "Lunn", "Ellice", "Moorhouse", "Colombo",
        "Te Irirangi", "Ti Rakau", "Manukau", "Dominion", "Karangahape", "Khyber Pass", "Tamaki", "Kerikeri", "Kaimiro", "Wairau",
        "Mahunga", "Ormiston", "Springs", "Vickery", "Hutt", "Jackson", "Gracefield", "Shortland", "Devon", "Gloucester", "Cameron",
    ];

    public static readonly string[] AuStreets =
    [
        "George", "Pitt", "Elizabeth", "Collins", "Flinders", "Bourke", "Swanston", "Hunter", "Macquarie", "Parramatta", "Anzac",
        "Wattle", "Banksia", "Acacia", "Waratah", "Jacaranda", "Bottlebrush", "Hume", "Pacific", "Princes", "Stirling", "Hay", "Murray",
        "Wickham", "Ann", "Boundary", "Railway", "Station", "Industrial", "Enterprise", "Commerce", "Export", "Kingsford Smith",
        "Lytton", "Ipswich", "Gympie", "Canning", "Great Eastern", "Church", "High", "Main", "King", "Victoria", "Albert", "Warrigal",
        "Fitzgerald", "Kewdale", "Dunlop", "Frankston", "Woodpark", "Cosgrove", "Heathcote", "Cowpasture", "Tomago", "Kent",
    ];

    public static readonly string[] StreetTypes =
    [
        "Street", "Street", "Street", "Road", "Road", "Road", "Avenue", "Drive", "Place", "Crescent", "Court", "Lane", "Way", "Parade",
        "Terrace", "Highway", "Close", "Grove",
    ];

    /// <summary>AS/NZS 4819 abbreviations people type; the canonical stored form is the full word (NZAU.md §2.3).</summary>
    public static readonly IReadOnlyDictionary<string, string> StreetTypeAbbreviations = new Dictionary<string, string>
    {
        ["Street"] = "St", ["Road"] = "Rd", ["Avenue"] = "Ave", ["Drive"] = "Dr", ["Place"] = "Pl", ["Crescent"] = "Cres",
        ["Court"] = "Ct", ["Parade"] = "Pde", ["Terrace"] = "Tce", ["Highway"] = "Hwy", ["Close"] = "Cl", ["Grove"] = "Gr",
    };

    private static Locality[] Nz(params (string Suburb, string City, string Postcode, string Area, string Leads)[] rows) =>
        [.. rows.Select(r => new Locality("NZ", r.Suburb, r.City, "", r.Postcode, r.Area, r.Leads))];

    private static Locality[] Au(params (string Locality, string State, string Postcode, string Area, string Leads)[] rows) =>
        [.. rows.Select(r => new Locality("AU", r.Locality, r.Locality, r.State, r.Postcode, r.Area, r.Leads))];
}
