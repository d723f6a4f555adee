using System.Text;
using System.Text.Json.Nodes;

namespace CrmErpPortal.Sandbox.Seed;

/// <summary>
/// Planted CRM duplicates: a second account for the same customer, entered later by someone who did not find the first.
/// The variations follow what FEBRL's corrupted records show (a typo, a missing value, an abbreviation) plus the NZ/AU
/// ones (Ltd/Limited, St/Street, the phone written another way, the ABN/NZBN left out).
/// </summary>
internal sealed partial class SeedGenerator
{
    private static readonly (string Long, string Short)[] Suffixes = [(" Pty Limited", " Pty Ltd"), (" Limited", " Ltd")];

    private void AddDuplicate(Party party, JsonObject original, string primaryContact, SeedBatch batch)
    {
        var random = SeedRandom.For(world.Seed, SeedStream.Duplicate, party.Index);
        var id = world.DuplicateAccountId(party.Index);
        var variations = new List<string>();
        var duplicate = original.DeepClone().AsObject();
        duplicate["accountid"] = id;

        var name = (string)original["name"]!;
        if (!party.IsPerson && random.Chance(0.55))
        {
            name = SwapSuffix(name, random);
            variations.Add("legalSuffix");
        }

        if (name.Contains(" & ", StringComparison.Ordinal) && random.Chance(0.5))
        {
            name = name.Replace(" & ", " and ", StringComparison.Ordinal);
            variations.Add("ampersand");
        }

        if (random.Chance(0.45) || variations.Count == 0)
        {
            name = Typo(name, random);
            variations.Add("typo");
        }

        if (random.Chance(0.12))
        {
            name = name.ToUpperInvariant();
            variations.Add("upperCase");
        }

        duplicate["name"] = name;

        var street = (string?)original["address1_line1"];
        if (party.Address.PoBox is null && random.Chance(0.6))
        {
            var abbreviated = party.Address.Line1(abbreviate: true);
            var full = party.Address.Line1(abbreviate: false);
            var swapped = street == abbreviated ? full : abbreviated;
            if (swapped != street)
            {
                duplicate["address1_line1"] = swapped;
                variations.Add("streetType");
            }
        }

        if (party.Address.Unit is not null && random.Chance(0.5))
        {
            duplicate["address1_line1"] = party.Address.Line1(abbreviate: random.Chance(0.5), unitWord: !((string?)original["address1_line1"])!.Contains(',', StringComparison.Ordinal));
            variations.Add("unitFormat");
        }

        if (original["address1_line2"] is not null && random.Chance(0.25))
        {
            duplicate["address1_line2"] = null;
            variations.Add("suburbMissing");
        }

        // The phone is always written another way: +64 9 …, 09 …, (09) … (or the AU equivalents).
        var phone = (string?)original["telephone1"];
        var styles = new[] { PhoneStyle.International, PhoneStyle.National, PhoneStyle.Brackets, PhoneStyle.Compact }
            .Select(party.Phone.Format).Distinct().Where(p => p != phone).ToArray();
        if (styles.Length > 0)
        {
            duplicate["telephone1"] = random.Pick(styles);
            variations.Add("phoneFormat");
        }

        if (original["new_businessnumber"] is not null && random.Chance(0.6))
        {
            duplicate["new_businessnumber"] = null;
            variations.Add("businessNumberMissing");
        }
        else if (original["new_businessnumber"] is null && party.BusinessNumber is not null && random.Chance(0.5))
        {
            duplicate["new_businessnumber"] = party.BusinessNumber;
            variations.Add("businessNumberOnlyOnDuplicate");
        }

        if (random.Chance(0.35))
        {
            duplicate["emailaddress1"] = random.Chance(0.4) ? null : $"{random.Pick(NameParts.Mailboxes)}@{party.Domain}";
            variations.Add("email");
        }

        if (original["websiteurl"] is not null && random.Chance(0.3))
        {
            duplicate["websiteurl"] = null;
            variations.Add("websiteMissing");
        }

        if (random.Chance(0.12))
        {
            variations.Add("sharesAccountNumber");
            report.Count(Planted.DuplicatesSharingAccountNumber);
        }
        else
        {
            duplicate["accountnumber"] = null;
        }

        var contactId = world.Id(SeedStream.ContactId, party.Index, 1_000);
        duplicate["_primarycontactid_value"] = contactId;
        duplicate["_parentaccountid_value"] = null;
        var created = world.Now.AddDays(-random.Next(5, 500)).AddMinutes(-random.Next(1_440));
        duplicate["createdon"] = Party.Iso(created);
        batch.Crm("accounts", id, duplicate, Modified(random, created));
        AddContact(party, id, contactId, random, batch, random.Chance(0.7) ? primaryContact : null);
        AddIncidents(party, id, random, batch, 0.15 * Density);

        report.Count(Planted.DuplicateAccounts);
        report.DuplicatePairs.Add(new DuplicatePair(world.AccountId(party.Index), id, variations));
    }

    private static string SwapSuffix(string name, SeedRandom random)
    {
        foreach (var (full, abbreviated) in Suffixes)
        {
            if (name.EndsWith(full, StringComparison.Ordinal))
            {
                return random.Chance(0.8) ? name[..^full.Length] + abbreviated : name[..^full.Length];
            }

            if (name.EndsWith(abbreviated, StringComparison.Ordinal))
            {
                return random.Chance(0.8) ? name[..^abbreviated.Length] + full : name[..^abbreviated.Length];
            }
        }

        return name;
    }

    /// <summary>One keyboard slip inside a word: swapped, dropped, doubled or wrong letter.</summary>
    private static string Typo(string name, SeedRandom random)
    {
        var letters = Enumerable.Range(1, Math.Max(0, name.Length - 2)).Where(i => char.IsAsciiLetterLower(name[i]) && char.IsAsciiLetterLower(name[i + 1])).ToArray();
        if (letters.Length == 0)
        {
            return name + " ";
        }

        var at = random.Pick(letters);
        var text = new StringBuilder(name);
        switch (random.Next(4))
        {
            case 0:
                (text[at], text[at + 1]) = (text[at + 1], text[at]);
                if (text[at] == text[at + 1])
                {
                    text.Remove(at, 1);
                }

                break;
            case 1:
                text.Remove(at, 1);
                break;
            case 2:
                text.Insert(at, text[at]);
                break;
            default:
                const string row = "qwertyuiopasdfghjklzxcvbnm";
                var next = row[(row.IndexOf(text[at], StringComparison.Ordinal) + 1) % row.Length];
                text[at] = next;
                break;
        }

        return text.ToString();
    }
}
