using System.Globalization;
using System.Text.Json.Nodes;

namespace CrmErpPortal.Sandbox.Seed;

internal sealed record DealLine(CatalogItem Item, int Quantity, decimal UnitPrice)
{
    public decimal Amount => Quantity * UnitPrice;
}

/// <summary>A CRM quote as the ERP side needs it: won ones become orders, some active ones ERP quotes.</summary>
internal sealed record CrmSide(List<QuoteDeal> Deals, bool HasBusinessNumber);

internal sealed record QuoteDeal(Guid Id, string Number, int State, DateOnly From, DateOnly To, DateOnly? WonOn, List<DealLine> Lines);

/// <summary>
/// Turns parties into the rows of both systems. Every party's records come from random streams keyed by the party's
/// index, so the output is the same on every machine and any party can be regenerated on its own; only the running
/// document numbers depend on order, and generation always runs in index order.
/// </summary>
internal sealed partial class SeedGenerator(SeedWorld world, SeedReport report)
{
    private const string LookupSuffix = "@Microsoft.Dynamics.CRM.lookuplogicalname";
    private int _quoteNumber;
    private int _caseNumber;

    private double Density => world.Scale.Thin ? 0.25 : 1.0;

    public void AddReferenceData(SeedBatch batch)
    {
        var random = SeedRandom.For(world.Seed, SeedStream.World, 1);
        var established = world.Now.AddDays(-730);
        batch.Erp("companies", world.Id(SeedStream.CompanyId, 0), new JsonObject
        {
            ["id"] = world.Id(SeedStream.CompanyId, 0),
            ["systemVersion"] = "27.0.38460.40035",
            ["timestamp"] = 0,
            ["name"] = "Tasman Trading Limited",
            ["displayName"] = "Tasman Trading Limited",
            ["businessProfileId"] = "",
        }, established);

        foreach (var term in world.Terms)
        {
            batch.Erp("paymentTerms", term.Id, new JsonObject
            {
                ["id"] = term.Id,
                ["code"] = term.Code,
                ["displayName"] = term.DisplayName,
                ["dueDateCalculation"] = term.DueDateCalculation,
                ["discountDateCalculation"] = "",
                ["discountPercent"] = 0,
                ["calculateDiscountOnCreditMemos"] = false,
            }, established);
        }

        foreach (var item in world.Items)
        {
            var modified = Modified(random, established);
            batch.Erp("items", world.ItemId(item), new JsonObject
            {
                ["id"] = world.ItemId(item),
                ["number"] = item.Number,
                ["displayName"] = item.Name,
                ["type"] = item.Type,
                ["blocked"] = false,
                ["baseUnitOfMeasureCode"] = item.UnitOfMeasure,
                ["unitPrice"] = item.UnitPrice,
                ["priceIncludesTax"] = false,
                ["inventory"] = item.Inventory,
            }, modified);
            batch.Crm("products", world.ProductId(item), new JsonObject
            {
                ["productid"] = world.ProductId(item),
                ["productnumber"] = item.Number,
                ["name"] = item.Name,
                ["price"] = item.UnitPrice,
                ["quantitydecimal"] = 0,
                ["statecode"] = 0,
                ["statuscode"] = 1,
                ["createdon"] = Party.Iso(established),
            }, modified);
        }
    }

    public void AddParty(int index, SeedBatch batch)
    {
        var party = Party.Create(world, index);
        var crm = party.InCrm ? AddCrmAccount(party, batch) : new CrmSide([], HasBusinessNumber: false);
        var deals = crm.Deals;
        if (party.Kind != PartyKind.CrmOnly)
        {
            AddErpCustomer(party, crm, batch);
        }

        if (party.Kind == PartyKind.ErpOnly)
        {
            report.Count(Planted.CustomersNotInCrm);
        }
        else if (party.Kind == PartyKind.CrmOnly)
        {
            report.Count(Planted.AccountsNotInErp);
            report.Count(Planted.WonQuotesForAccountsNotInErp, deals.Count(d => d.State == 2));
        }
    }

    private CrmSide AddCrmAccount(Party party, SeedBatch batch)
    {
        var random = SeedRandom.For(world.Seed, SeedStream.Crm, party.Index);
        var accountId = world.AccountId(party.Index);
        var contacts = world.Scale.Thin ? 1 : random.Next(1, 5);
        var primaryContactId = world.Id(SeedStream.ContactId, party.Index, 0);

        var name = party.LegalName;
        if (party.InErp && !party.IsPerson && random.Chance(0.35))
        {
            name = random.Chance(0.7) ? party.AlternateName : party.TradingName;
            report.Count(Planted.LinkedWithCrmNameVariant);
        }

        var address = party.Address;
        if (party.InErp && random.Chance(0.02))
        {
            // The customer moved; the finance team updated the ERP, nobody told the CRM.
            address = Address.Create(random, random.Pick(party.Country == "NZ" ? Places.NewZealand : Places.Australia));
            report.Count(Planted.LinkedWithStaleAddress);
        }

        var businessNumber = party.BusinessNumber;
        if (businessNumber is not null && random.Chance(0.3))
        {
            businessNumber = null;
        }
        else if (businessNumber is not null && random.Chance(0.01))
        {
            businessNumber = BusinessNumbers.WithWrongCheckDigit(businessNumber);
            report.Count(Planted.InvalidBusinessNumbers);
        }

        var account = AccountBody(party, accountId, name, address, random.Chance(0.25), businessNumber, primaryContactId,
            phoneStyle: (PhoneStyle)random.Weighted([0.45, 0.15, 0.25, 0.10, 0.05]), random);
        account["accountnumber"] = party.InErp ? SeedWorld.CustomerNumber(party.Index) : null;
        account["_parentaccountid_value"] = party.ParentIndex is { } parent ? world.AccountId(parent) : null;
        var inactive = !party.InErp && random.Chance(0.15);
        account["statecode"] = inactive ? 1 : 0;
        account["statuscode"] = inactive ? 2 : 1;
        batch.Crm("accounts", accountId, account, Modified(random, party.CreatedOn));

        var primaryContact = "";
        for (var k = 0; k < contacts; k++)
        {
            var contactName = AddContact(party, accountId, world.Id(SeedStream.ContactId, party.Index, k), random, batch, null);
            primaryContact = k == 0 ? contactName : primaryContact;
        }

        var deals = AddDeals(party, accountId, random, batch);
        AddIncidents(party, accountId, random, batch, Density);

        if (party.Kind == PartyKind.LinkedWithDuplicate)
        {
            AddDuplicate(party, account, primaryContact, batch);
        }

        return new CrmSide(deals, businessNumber is not null);
    }

    private JsonObject AccountBody(
        Party party, Guid accountId, string name, Address address, bool abbreviate, string? businessNumber, Guid primaryContactId,
        PhoneStyle phoneStyle, SeedRandom random)
    {
        var formattedNumber = businessNumber is { Length: 11 } && random.Chance(0.6) ? BusinessNumbers.FormatAbn(businessNumber) : businessNumber;
        return new JsonObject
        {
            ["accountid"] = accountId,
            ["name"] = name,
            ["accountnumber"] = null,
            ["telephone1"] = party.Phone.Format(phoneStyle),
            ["emailaddress1"] = party.Email,
            ["websiteurl"] = party.Website,
            ["address1_line1"] = address.Line1(abbreviate, unitWord: random.Chance(0.3)),
            ["address1_line2"] = address.Line2,
            ["address1_city"] = address.City,
            ["address1_stateorprovince"] = address.State,
            ["address1_postalcode"] = address.Postcode,
            ["address1_country"] = random.Chance(0.9) ? party.CountryName : party.Country,
            ["new_businessnumber"] = formattedNumber,
            ["_primarycontactid_value"] = primaryContactId,
            ["_parentaccountid_value"] = null,
            ["statecode"] = 0,
            ["statuscode"] = 1,
            ["createdon"] = Party.Iso(party.CreatedOn),
        };
    }

    /// <summary>Adds a contact and returns its full name; <paramref name="sameAs"/> re-enters an existing person (on a duplicate account).</summary>
    private string AddContact(Party party, Guid accountId, Guid contactId, SeedRandom random, SeedBatch batch, string? sameAs)
    {
        var first = random.Pick(NameParts.FirstNames);
        var last = random.Pick(NameParts.Surnames);
        if (sameAs is not null)
        {
            var space = sameAs.IndexOf(' ', StringComparison.Ordinal);
            (first, last) = (sameAs[..space], sameAs[(space + 1)..]);
        }

        var created = party.CreatedOn.AddDays(random.Next(0, 400));
        if (created > world.Now)
        {
            created = world.Now.AddDays(-random.Next(1, 30));
        }

        var email = party.FreeMail
            ? $"{Party.Slug(first)}.{Party.Slug(last)}{random.Next(1, 99)}@{party.Domain}"
            : random.Chance(0.8) ? $"{Party.Slug(first)}.{Party.Slug(last)}@{party.Domain}" : $"{Party.Slug(first)}@{party.Domain}";
        var inactive = random.Chance(0.05);
        batch.Crm("contacts", contactId, new JsonObject
        {
            ["contactid"] = contactId,
            ["firstname"] = first,
            ["lastname"] = last,
            ["fullname"] = $"{first} {last}",
            ["jobtitle"] = random.Chance(0.85) ? random.Pick(NameParts.JobTitles) : null,
            ["emailaddress1"] = random.Chance(0.92) ? email : null,
            ["telephone1"] = random.Chance(0.5) ? party.Phone.Format((PhoneStyle)random.Next(4)) : null,
            ["mobilephone"] = random.Chance(0.7) ? Phone.NewMobile(random, party.Country).Format((PhoneStyle)random.Weighted([0.6, 0, 0.25, 0.15])) : null,
            ["_parentcustomerid_value"] = accountId,
            ["_parentcustomerid_value" + LookupSuffix] = "account",
            ["statecode"] = inactive ? 1 : 0,
            ["statuscode"] = inactive ? 2 : 1,
            ["createdon"] = Party.Iso(created),
        }, Modified(random, created));
        return $"{first} {last}";
    }

    private List<QuoteDeal> AddDeals(Party party, Guid accountId, SeedRandom random, SeedBatch batch)
    {
        var opportunityCount = random.Chance(Density) ? random.Weighted([0.77, 0.17, 0.045, 0.015]) : 0;
        var opportunities = new List<(Guid Id, int State, string Name)>();
        for (var k = 0; k < opportunityCount; k++)
        {
            opportunities.Add(AddOpportunity(party, accountId, world.Id(SeedStream.OpportunityId, party.Index, k), random, batch));
        }

        var quoteCount = random.Chance(Density) ? random.Weighted([0.70, 0.21, 0.065, 0.025]) : 0;
        var deals = new List<QuoteDeal>();
        for (var k = 0; k < quoteCount; k++)
        {
            (Guid Id, int State, string Name)? opportunity = opportunities.Count > 0 && random.Chance(0.6) ? random.Pick(opportunities) : null;
            deals.Add(AddQuote(party, accountId, k, opportunity, random, batch));
        }

        return deals;
    }

    private static readonly string[] Categories =
    [
        "fasteners", "plumbing", "electrical", "paint", "PPE", "power tools", "timber", "concrete", "sealants", "irrigation",
        "packaging", "heating", "roofing", "safety",
    ];

    private (Guid Id, int State, string Name) AddOpportunity(Party party, Guid accountId, Guid id, SeedRandom random, SeedBatch batch)
    {
        var state = random.Weighted([0.55, 0.28, 0.17]);
        var name = random.Next(4) switch
        {
            0 => $"{party.Address.City} site supply – {random.Pick(Categories)}",
            1 => $"Annual {random.Pick(Categories)} contract",
            2 => $"{party.Address.StreetName} project fit-out",
            _ => $"{Capitalised(random.Pick(Categories))} restock {world.Today.AddDays(-random.Next(0, 400)).ToString("MMM yyyy", CultureInfo.InvariantCulture)}",
        };
        var close = state == 0
            ? world.Today.AddDays(random.Chance(0.12) ? -random.Next(1, 60) : random.Next(0, 150))
            : world.Today.AddDays(-random.Next(0, 600));
        var created = new DateTimeOffset(close.AddDays(-random.Next(14, 120)).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddMinutes(random.Next(1_440));
        if (created > world.Now)
        {
            created = world.Now.AddDays(-random.Next(1, 20));
        }

        batch.Crm("opportunities", id, new JsonObject
        {
            ["opportunityid"] = id,
            ["name"] = name,
            ["_customerid_value"] = accountId,
            ["_customerid_value" + LookupSuffix] = "account",
            ["_parentaccountid_value"] = accountId,
            ["estimatedvalue"] = random.Next(10, 1_600) * 50m,
            ["estimatedclosedate"] = Party.Day(close),
            ["closeprobability"] = state switch { 0 => random.Next(1, 10) * 10, 1 => 100, _ => 0 },
            ["statecode"] = state,
            ["statuscode"] = state switch { 0 => random.Chance(0.9) ? 1 : 2, 1 => 3, _ => random.Chance(0.3) ? 4 : 5 },
            ["createdon"] = Party.Iso(created),
        }, Modified(random, created));
        return (id, state, name);
    }

    private QuoteDeal AddQuote(Party party, Guid accountId, int k, (Guid Id, int State, string Name)? opportunity, SeedRandom random, SeedBatch batch)
    {
        var id = world.Id(SeedStream.QuoteId, party.Index, k);
        // Quote statecode: 0 Draft · 1 Active · 2 Won · 3 Closed; a linked opportunity's outcome decides the quote's.
        var state = opportunity?.State switch
        {
            0 => random.Chance(0.3) ? 0 : 1,
            1 => random.Chance(0.75) ? 2 : 3,
            2 => 3,
            _ => random.Weighted([0.15, 0.40, 0.30, 0.15]),
        };
        var statusCode = state switch
        {
            0 => 1,
            1 => random.Chance(0.5) ? 2 : 3,
            2 => 4,
            _ => opportunity?.State == 1 ? 7 : random.Pick([5, 5, 6, 7]),
        };
        var expired = state == 1 && random.Chance(0.25);
        var from = state switch
        {
            0 => world.Today.AddDays(-random.Next(0, 20)),
            1 => world.Today.AddDays(expired ? -random.Next(31, 150) : -random.Next(0, 25)),
            _ => world.Today.AddDays(random.Chance(0.4) ? -random.Next(3, 45) : -random.Next(45, 600)),
        };
        var to = from.AddDays(30);
        DateOnly? wonOn = state == 2 ? from.AddDays(random.Next(1, 28)) : null;
        if (wonOn > world.Today)
        {
            wonOn = world.Today;
        }

        if (expired)
        {
            report.Count(Planted.ExpiredActiveQuotes);
        }

        var lines = new List<DealLine>();
        var lineCount = world.Scale.Thin ? random.Next(1, 4) : random.Next(1, 7);
        var offList = random.Chance(0.08) ? random.Next(lineCount) : -1;
        for (var n = 0; n < lineCount; n++)
        {
            var item = world.Items[random.Next(world.Items.Count - Catalog.ServiceItems)];
            var quantity = item.UnitPrice < 30 ? random.Next(5, 200) : item.UnitPrice < 200 ? random.Next(1, 40) : random.Next(1, 6);
            var price = item.UnitPrice;
            if (n == offList)
            {
                // A salesperson's special price, or a price copied from an old price list.
                price = Math.Round(item.UnitPrice * (random.Chance(0.7) ? 0.85m + random.Next(0, 10) / 100m : 1.05m + random.Next(0, 10) / 100m), 2);
                if (price == item.UnitPrice)
                {
                    price -= 0.50m;
                }
            }

            lines.Add(new DealLine(item, quantity, price));
        }

        if (offList >= 0)
        {
            report.Count(Planted.QuotesWithOffListPrices);
            report.Count(Planted.QuoteLinesWithOffListPrices);
        }

        var number = $"QUO-{++_quoteNumber + 1000:D5}-{Suffix(random)}";
        var created = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddMinutes(random.Next(1_440));
        var modified = wonOn is { } won ? new DateTimeOffset(won.ToDateTime(new TimeOnly(3, 0)), TimeSpan.Zero).AddMinutes(random.Next(600)) : Modified(random, created);
        if (modified > world.Now)
        {
            modified = world.Now;
        }

        batch.Crm("quotes", id, new JsonObject
        {
            ["quoteid"] = id,
            ["quotenumber"] = number,
            ["name"] = opportunity is { } o ? $"Quote – {o.Name}" : $"{party.TradingName} – {random.Pick(Categories)}",
            ["_customerid_value"] = accountId,
            ["_customerid_value" + LookupSuffix] = "account",
            ["_opportunityid_value"] = opportunity?.Id,
            ["currencycode"] = party.CurrencyCode,
            ["totalamount"] = lines.Sum(l => l.Amount),
            ["effectivefrom"] = Party.Day(from),
            ["effectiveto"] = Party.Day(to),
            ["statecode"] = state,
            ["statuscode"] = statusCode,
            ["createdon"] = Party.Iso(created),
        }, modified);

        for (var n = 0; n < lines.Count; n++)
        {
            var line = lines[n];
            var lineId = world.Id(SeedStream.QuoteDetailId, party.Index, k * 16L + n);
            batch.Crm("quotedetails", lineId, new JsonObject
            {
                ["quotedetailid"] = lineId,
                ["_quoteid_value"] = id,
                ["_productid_value"] = world.ProductId(line.Item),
                ["productnumber"] = line.Item.Number,
                ["productdescription"] = line.Item.Name,
                ["quantity"] = line.Quantity,
                ["priceperunit"] = line.UnitPrice,
                ["extendedamount"] = line.Amount,
                ["lineitemnumber"] = n + 1,
            }, modified);
        }

        return new QuoteDeal(id, number, state, from, to, wonOn, lines);
    }

    private void AddIncidents(Party party, Guid accountId, SeedRandom random, SeedBatch batch, double density)
    {
        var count = random.Chance(density) ? random.Weighted([0.88, 0.09, 0.03]) : 0;
        for (var k = 0; k < count; k++)
        {
            var id = world.Id(SeedStream.IncidentId, party.Index, k);
            var state = random.Weighted([0.3, 0.6, 0.1]);
            var created = world.Now.AddDays(-(state == 0 ? random.Next(0, 60) : random.Next(0, 700))).AddMinutes(-random.Next(1_440));
            var item = world.Items[random.Next(world.Items.Count - Catalog.ServiceItems)];
            var title = random.Next(8) switch
            {
                0 => "Late delivery",
                1 => $"Damaged on arrival – {item.Name}",
                2 => "Invoice query",
                3 => $"Wrong item shipped ({item.Number})",
                4 => "Credit note request",
                5 => $"Warranty claim – {item.Name}",
                6 => "Account statement does not match",
                _ => "Change of delivery address",
            };
            batch.Crm("incidents", id, new JsonObject
            {
                ["incidentid"] = id,
                ["ticketnumber"] = $"CAS-{++_caseNumber + 1000:D5}-{Suffix(random)}",
                ["title"] = title,
                ["_customerid_value"] = accountId,
                ["_customerid_value" + LookupSuffix] = "account",
                ["prioritycode"] = random.Weighted([0.2, 0.6, 0.2]) + 1,
                ["caseorigincode"] = random.Weighted([0.4, 0.45, 0.15]) + 1,
                ["statecode"] = state,
                ["statuscode"] = state switch { 0 => random.Next(1, 5), 1 => 5, _ => 6 },
                ["createdon"] = Party.Iso(created),
            }, Modified(random, created));
        }
    }

    /// <summary>A last-modified time between creation and now, within the last two years (the sandbox's history).</summary>
    private DateTimeOffset Modified(SeedRandom random, DateTimeOffset created)
    {
        var floor = world.Now.AddDays(-730);
        var from = created > floor ? created : floor;
        if (from >= world.Now)
        {
            return world.Now;
        }

        var span = (world.Now - from).TotalSeconds;
        return from.AddSeconds(Math.Floor(span * Math.Pow(random.NextDouble(), 0.7)));
    }

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static string Suffix(SeedRandom random)
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        Span<char> chars = stackalloc char[6];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = alphabet[random.Next(alphabet.Length)];
        }

        return new string(chars);
    }
}
