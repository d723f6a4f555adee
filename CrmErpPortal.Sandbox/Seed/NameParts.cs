namespace CrmErpPortal.Sandbox.Seed;

/// <summary>Parts that company, person and product names are built from. Lengths matter: see <see cref="CompanyNames"/>.</summary>
internal static class NameParts
{
    /// <summary>NZ place and Māori words as business names; as long as <see cref="AuPlaces"/> so each maps one-to-one.</summary>
    public static readonly string[] NzPlaces =
    [
        "Kiwi", "Tasman", "Aoraki", "Kōwhai", "Tōtara", "Rimu", "Waitematā", "Pūkeko", "Tūī", "Kererū", "Ruapehu", "Taranaki",
        "Hauraki", "Manukau", "Rangitoto", "Kaimai", "Tararua", "Remarkables", "Canterbury", "Southland", "Otago", "Waikato",
        "Coromandel", "Hawke's Bay", "Northland", "Harbourside", "Te Rapa", "Mahurangi", "Pōhutukawa", "Kaikōura", "Nelson Bays",
        "Wairarapa", "Awatere", "Tongariro", "Whenua", "Matariki", "Moana", "Takitimu", "Aotea", "Ōtautahi", "Pōneke", "Takapuna",
        "Selwyn", "Mackenzie", "Rakaia", "Waimakariri", "Hokianga", "Kāpiti",
    ];

    public static readonly string[] AuPlaces =
    [
        "Southern Cross", "Outback", "Banksia", "Wattle", "Kookaburra", "Murray River", "Bondi", "Eureka", "Hunter Valley", "Barossa",
        "Coastal", "Gold Coast", "Sunshine Coast", "Riverina", "Gippsland", "Illawarra", "Mallee", "Kimberley", "Pilbara", "Swan Valley",
        "Darling Downs", "Hawkesbury", "Blue Mountains", "Capricorn", "Top End", "Westgate", "Port Phillip", "Moreton Bay", "Brindabella",
        "Yarra", "Derwent", "Tamar", "Fitzroy", "Burdekin", "Macarthur", "Nepean", "Limestone Coast", "Fleurieu", "Goldfields",
        "Great Southern", "Red Centre", "Cape York", "Whitsunday", "Wimmera", "Monaro", "Snowy", "Tablelands", "Jarrah",
    ];

    public static readonly string[] Brands =
    [
        "Pacific", "Summit", "Apex", "Premier", "Allied", "United", "Trident", "Keystone", "Ironbark", "Bluegum", "Redwood",
        "Silverfern", "Northstar", "Southern", "Coastline", "Horizon", "Pinnacle", "Landmark", "Benchmark", "Cornerstone",
        "Precision", "Reliance", "Frontier", "Heritage", "Crown", "Anchor", "Compass", "Beacon", "Harbour", "Meridian", "Trans-Tasman",
        "Evergreen", "Greenfield", "Longbeach", "Highland", "Riverside", "Lakeside", "Parkside", "Bayside", "Westside", "Eastern",
        "Metro", "Central", "National", "Capital", "Royal", "Atlas", "Vector",
    ];

    public static readonly string[] Trades =
    [
        "Plumbing", "Electrical", "Building Supplies", "Joinery", "Engineering", "Refrigeration", "Roofing", "Landscapes", "Hydraulics",
        "Fasteners", "Hardware", "Timber", "Concrete", "Drainage", "Fencing", "Glass & Glazing", "Paints", "Flooring", "Kitchens",
        "Motors", "Marine", "Irrigation", "Pumps", "Welding", "Scaffolding", "Civil", "Air Conditioning", "Solar", "Security",
        "Signs", "Print", "Packaging", "Logistics", "Freight", "Cool Stores", "Dairy Supplies", "Rural Supplies", "Vineyard Services",
        "Horticulture", "Hospitality Supplies", "Catering Equipment", "Cleaning Supplies", "Safety", "Tools", "Industrial Supplies",
        "Bearings", "Steel", "Aluminium", "Plastics", "Electrical Wholesale", "Plumbing Supplies", "Pool & Spa", "Automotive",
        "Tyres", "Forestry", "Earthmoving", "Cabinetry", "Interiors", "Traders", "Builders", "Contractors", "Drilling", "Gas Fitting",
        "Mechanical",
    ];

    public static readonly string[] Surnames =
    [
        "Smith", "Wilson", "Williams", "Brown", "Taylor", "Jones", "Walker", "Thompson", "Anderson", "Campbell", "Stewart", "Robinson",
        "Kelly", "Murphy", "O'Brien", "O'Connor", "McKenzie", "MacDonald", "Fraser", "Morrison", "Harris", "Clarke", "Mitchell", "Young",
        "King", "Wright", "Scott", "Green", "Baker", "Hall", "Allen", "Hughes", "Edwards", "Turner", "Parker", "Collins", "Bennett",
        "Cooper", "Ward", "Reid", "Ross", "Hamilton", "Graham", "Sutherland", "Henderson", "Gibson", "Marshall", "Hunter", "Russell",
        "Ngata", "Tipene", "Parata", "Horomona", "Rangi", "Tamihana", "Te Whata", "Wihongi", "Paewai", "Karaka", "Te Huia", "Waaka",
        "Tuhiwai", "Herewini", "Pōtae", "Kereama", "Fa'amausili", "Tuilagi", "Fifita", "Tupou", "Leota", "Aumua", "Singh", "Patel",
        "Sharma", "Wang", "Li", "Chen", "Zhang", "Liu", "Nguyen", "Tran", "Kim", "Park", "Lee", "Wong", "Tanaka", "Fernandes",
        "D'Souza", "Rossi", "Papadopoulos", "Kowalski", "Van der Berg", "de Vries", "Schmidt", "Müller", "Jensen", "Novak", "Costa",
    ];

    public static readonly string[] FirstNames =
    [
        "James", "Olivia", "Jack", "Charlotte", "Oliver", "Amelia", "Noah", "Isla", "Liam", "Mia", "William", "Sophie", "Lucas",
        "Emma", "Thomas", "Grace", "Henry", "Ruby", "George", "Harper", "Samuel", "Chloe", "Benjamin", "Ella", "Daniel", "Lily",
        "Matthew", "Zoe", "Andrew", "Hannah", "Michael", "Sarah", "David", "Rachel", "Mark", "Karen", "Peter", "Michelle", "Craig",
        "Leanne", "Wayne", "Kylie", "Shane", "Tracey", "Aroha", "Tama", "Wiremu", "Mere", "Hemi", "Anahera", "Nikau", "Manaia",
        "Kahu", "Ariki", "Moana", "Ngaio", "Rāwiri", "Hine", "Sione", "Mele", "Losa", "Tevita", "Malia", "Wei", "Priya", "Raj",
        "Min-jun", "Hiroshi", "Anjali", "Mei", "Jia", "Arjun", "Thanh", "Siobhan", "Seán", "Zoë", "Chloé", "Bree", "Jarrah", "Kirra",
    ];

    public static readonly string[] JobTitles =
    [
        "Owner", "Director", "Managing Director", "General Manager", "Operations Manager", "Office Manager", "Purchasing Manager",
        "Procurement Officer", "Accounts Payable", "Accounts Payable", "Financial Controller", "Site Manager", "Store Manager", "Buyer",
        "Buyer", "Project Manager", "Estimator", "Workshop Manager", "Contracts Administrator", "Warehouse Supervisor",
    ];

    public static readonly string[] FreeMailNz = ["xtra.co.nz", "gmail.com", "outlook.co.nz", "slingshot.co.nz", "hotmail.com"];

    public static readonly string[] FreeMailAu = ["bigpond.com", "gmail.com", "outlook.com.au", "optusnet.com.au", "iinet.net.au"];

    public static readonly string[] Mailboxes = ["accounts", "info", "sales", "admin", "office", "orders", "enquiries"];
}
