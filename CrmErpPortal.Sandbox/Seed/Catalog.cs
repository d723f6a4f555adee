using System.Globalization;

namespace CrmErpPortal.Sandbox.Seed;

/// <summary>One stock item, the same in both systems: the ERP item and the CRM product whose productnumber is the item number.</summary>
internal sealed record CatalogItem(int Index, string Number, string Name, string Type, string UnitOfMeasure, decimal UnitPrice, decimal Inventory);

/// <summary>A trade supplier's range: families of items with variants ("1000-BLK"), ~150 in all.</summary>
internal static class Catalog
{
    // number | name ({0} = variant label) | unit of measure | base price | variants "CODE=label*factor"
    private static readonly string[] Families =
    [
        "1000|Galvanised Hex Bolt {0} (Box 100)|BOX|38.50|M8=M8 x 40*0.8,M10=M10 x 50*1,M12=M12 x 75*1.45,M16=M16 x 100*2.6",
        "1010|Stainless Tek Screw {0} (Box 500)|BOX|64.00|10G=10g x 16*0.9,12G=12g x 20*1,14G=14g x 25*1.3",
        "1020|Chemical Anchor Cartridge {0}|EA|29.90|300=300 ml*1,410=410 ml*1.3",
        "1100|PVC Pressure Pipe {0} x 6 m|EA|22.40|20MM=20 mm*0.55,25MM=25 mm*0.75,32MM=32 mm*1,50MM=50 mm*1.9",
        "1110|PVC Elbow 90° {0}|EA|3.20|20MM=20 mm*0.6,25MM=25 mm*0.8,32MM=32 mm*1,50MM=50 mm*1.7",
        "1120|Copper Pipe {0} x 5.5 m|EA|58.00|15MM=15 mm*1,20MM=20 mm*1.6",
        "1130|Brass Ball Valve {0}|EA|24.50|15MM=15 mm*1,20MM=20 mm*1.35,25MM=25 mm*1.9",
        "1140|Mixer Tap {0}|EA|189.00|CHR=Chrome*1,BLK=Matte Black*1.25,BRS=Brushed Brass*1.4",
        "1150|Hot Water Cylinder {0}|EA|1450.00|135L=135 L*0.8,180L=180 L*1,250L=250 L*1.3",
        "1200|TPS Cable 2.5 mm² Twin & Earth {0}|ROLL|145.00|50M=50 m*0.55,100M=100 m*1",
        "1210|LED Downlight 9 W {0}|EA|24.90|WHT=White*1,BLK=Black*1.1,BRS=Brushed Chrome*1.2",
        "1220|Double Power Point {0}|EA|16.80|WHT=White*1,BLK=Black*1.15,USB=White with USB-C*1.9",
        "1230|RCBO 1P+N {0}|EA|62.00|10A=10 A*1,16A=16 A*1,20A=20 A*1.05,32A=32 A*1.1",
        "1240|Conduit 20 mm x 4 m {0}|EA|5.60|GRY=Grey*1,ORG=Orange*1.1",
        "1300|Exterior Acrylic Paint {0} 10 L|PAIL|219.00|WHT=White*1,BLK=Black*1,GRY=Ironsand Grey*1.05,CRM=Cream*1",
        "1310|Interior Low Sheen Paint {0} 4 L|PAIL|96.00|WHT=White*1,CRM=Cream*1,GRY=Grey*1.05",
        "1320|Paint Roller Kit {0}|KIT|27.50|230=230 mm*1,270=270 mm*1.2",
        "1400|Hi-Vis Vest Day/Night {0}|EA|18.90|M=M*1,L=L*1,XL=XL*1,XXL=XXL*1.1",
        "1410|Safety Glasses {0}|EA|8.40|CLR=Clear*1,TNT=Tinted*1.1,AF=Anti-fog*1.3",
        "1420|Nitrile Gloves {0} (Box 100)|BOX|19.50|M=M*1,L=L*1,XL=XL*1",
        "1430|Steel Cap Boots {0}|PR|169.00|8=Size 8*1,9=Size 9*1,10=Size 10*1,11=Size 11*1,12=Size 12*1.05",
        "1440|Earmuffs Class {0}|EA|34.00|4=4*1,5=5*1.4",
        "1450|First Aid Kit {0}|KIT|89.00|SML=Small Workplace*1,LRG=Large Workplace*2.2,VEH=Vehicle*0.9",
        "1500|Cordless Drill 18 V {0}|EA|289.00|SKN=Skin Only*0.7,KIT=2 x 5 Ah Kit*1.6",
        "1510|Angle Grinder 125 mm {0}|EA|189.00|SKN=Skin Only*1,KIT=Kit*1.7",
        "1520|Circular Saw 184 mm {0}|EA|329.00|SKN=Skin Only*1,KIT=Kit*1.5",
        "1530|Drill Bit Set {0}|SET|49.00|HSS=HSS 19 pc*1,MAS=Masonry 8 pc*0.8,SDS=SDS 5 pc*1.4",
        "1540|Tape Measure {0}|EA|21.00|5M=5 m*0.8,8M=8 m*1,10M=10 m*1.25",
        "1550|Spirit Level {0}|EA|42.00|600=600 mm*0.8,1200=1200 mm*1,1800=1800 mm*1.4",
        "1600|H3.2 Treated Pine 90 x 45 {0}|EA|14.90|24=2.4 m*0.6,36=3.6 m*0.9,48=4.8 m*1.2,60=6.0 m*1.5",
        "1610|Plywood CD Structural 2400 x 1200 {0}|SHT|74.00|12=12 mm*0.9,17=17 mm*1.3,25=25 mm*1.9",
        "1620|Decking Kwila 140 x 19 {0}|M|13.80|RND=Reeded*1,SMT=Smooth*1.05",
        "1700|Concrete Mix {0}|BAG|11.20|20K=20 kg*0.6,40K=40 kg*1",
        "1710|Rapid Set Concrete {0}|BAG|16.90|20K=20 kg*1,30K=30 kg*1.4",
        "1720|Reinforcing Mesh SE62 {0}|SHT|89.00|STD=6 x 2.4 m*1,HLF=3 x 2.4 m*0.55",
        "1800|Silicone Sealant {0}|EA|12.50|CLR=Clear*1,WHT=White*1,GRY=Grey*1",
        "1810|Construction Adhesive {0}|EA|9.80|310=310 ml*1,420=420 ml*1.25",
        "1820|Builders Film 200 µm {0}|ROLL|119.00|4M=4 x 25 m*1,2M=2 x 50 m*1",
        "1900|Irrigation Dripper Line {0}|ROLL|68.00|50M=50 m*1,100M=100 m*1.85",
        "1910|Garden Tap {0}|EA|15.50|15MM=15 mm*1,20MM=20 mm*1.2",
        "1920|Submersible Pump {0}|EA|245.00|400W=400 W*1,750W=750 W*1.5",
        "2000|Pallet Wrap {0}|ROLL|24.00|500=500 mm x 300 m*1,HAND=Hand Roll*0.7",
        "2010|Packing Tape 48 mm {0} (36 rolls)|CTN|79.00|CLR=Clear*1,BRN=Brown*1",
        "2020|Cable Ties {0} (Pack 100)|PK|7.90|200=200 mm*0.8,300=300 mm*1,500=500 mm*1.6",
        "2100|Heat Pump Split System {0}|EA|1890.00|25KW=2.5 kW*0.8,50KW=5.0 kW*1,80KW=8.0 kW*1.45",
        "2110|Ceiling Insulation R3.2 {0}|BAG|89.00|430=430 mm*1,580=580 mm*1.2",
        "2120|Rangehood Stainless {0}|EA|449.00|600=600 mm*1,900=900 mm*1.35",
        "2200|Wheelbarrow {0}|EA|129.00|90L=90 L*1,100L=100 L Pneumatic*1.3",
        "2210|Extension Lead {0}|EA|39.00|10M=10 m*0.7,20M=20 m*1,30M=30 m*1.35",
        "2220|Work Light LED {0}|EA|79.00|20W=20 W*0.8,50W=50 W*1.2,TRI=Tripod Twin*2.1",
        "2230|Padlock Laminated {0}|EA|18.50|40=40 mm*0.8,50=50 mm*1,KA=50 mm Keyed Alike*1.2",
        "2240|Roof Screw Class 4 {0} (Box 250)|BOX|72.00|12X50=12g x 50*1,12X65=12g x 65*1.15,14X75=14g x 75*1.4",
        "2250|Downpipe PVC {0} x 3 m|EA|32.00|80=80 mm Round*1,100X50=100 x 50 mm*1.2,GRY=80 mm Grey*1.05",
        "2260|Gutter Bracket {0} (Pack 10)|PK|24.00|SLV=Silver*1,BLK=Black*1.05,WHT=White*1.05",
    ];

    private static readonly (string Number, string Name, string Uom, decimal Price)[] Services =
    [
        ("FREIGHT-NZ", "Freight within New Zealand", "EA", 25.00m),
        ("FREIGHT-AU", "Freight to Australia", "EA", 95.00m),
        ("LABOUR", "Installation labour (per hour)", "HR", 110.00m),
        ("RESTOCK", "Restocking fee", "EA", 35.00m),
    ];

    /// <summary>The service items (freight, labour) come last in the list.</summary>
    public static int ServiceItems => Services.Length;

    public static IReadOnlyList<CatalogItem> Build(int seed)
    {
        var random = SeedRandom.For(seed, SeedStream.Catalog, 0);
        var items = new List<CatalogItem>();
        foreach (var family in Families)
        {
            var parts = family.Split('|');
            var basePrice = decimal.Parse(parts[3], CultureInfo.InvariantCulture);
            foreach (var variant in parts[4].Split(','))
            {
                var code = variant[..variant.IndexOf('=')];
                var label = variant[(code.Length + 1)..variant.IndexOf('*')];
                var factor = decimal.Parse(variant[(variant.IndexOf('*') + 1)..], CultureInfo.InvariantCulture);
                var price = Math.Round(basePrice * factor, 1) + 0.00m - (random.Chance(0.5) ? 0.01m : 0m);
                var inventory = random.Chance(0.08) ? 0 : random.Next(3, 60) * (price < 50 ? 20 : 2);
                items.Add(new CatalogItem(items.Count, $"{parts[0]}-{code}", string.Format(CultureInfo.InvariantCulture, parts[1], label),
                    "Inventory", parts[2], price, inventory));
            }
        }

        foreach (var (number, name, uom, price) in Services)
        {
            items.Add(new CatalogItem(items.Count, number, name, "Service", uom, price, 0));
        }

        return items;
    }
}
