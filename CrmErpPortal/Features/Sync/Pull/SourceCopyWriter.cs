using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.DataQuality;
using CrmErpPortal.DataQuality.Addresses;
using CrmErpPortal.Integration;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Sync.Pull;

/// <summary>
/// Keeps each source record's own copy of the shared fields (name, address, phone, email, business number) beside its
/// link, for the drift report. Written from the checked (clean) record, so a refused value is never stored; written
/// even when the payload is unchanged but no copy exists yet, so a hub synced before copies existed fills in.
/// </summary>
public sealed class SourceCopyWriter
{
    private readonly PortalDbContext _db;
    private readonly Dictionary<Guid, SourceFieldCopy> _copies;

    private SourceCopyWriter(PortalDbContext db, Dictionary<Guid, SourceFieldCopy> copies) => (_db, _copies) = (db, copies);

    public static async Task<SourceCopyWriter> LoadAsync(PortalDbContext db, IEnumerable<SourceLink> links, CancellationToken cancellationToken)
    {
        var ids = links.Select(l => l.Id).ToList();
        var copies = await db.SourceFieldCopies.Where(c => ids.Contains(c.SourceLinkId)).ToDictionaryAsync(c => c.SourceLinkId, cancellationToken);
        return new SourceCopyWriter(db, copies);
    }

    public bool Has(SourceLink link) => _copies.ContainsKey(link.Id);

    public void Write(SourceLink link, CrmAccount account, string countryCode, DateTimeOffset now) =>
        Write(link, account.Name, account.Phone, account.Email, account.BusinessNumber, account.Address, countryCode, now);

    public void Write(SourceLink link, ErpCustomer customer, string countryCode, DateTimeOffset now) =>
        Write(link, customer.DisplayName, customer.Phone, customer.Email, customer.TaxRegistrationNumber, customer.Address, countryCode, now);

    private void Write(SourceLink link, string? name, string? phone, string? email, string? businessNumber, SourceAddress address, string countryCode, DateTimeOffset now)
    {
        if (!_copies.TryGetValue(link.Id, out var copy))
        {
            copy = new SourceFieldCopy { SourceLinkId = link.Id, CountryCode = countryCode };
            _db.SourceFieldCopies.Add(copy);
            _copies[link.Id] = copy;
        }

        var input = new AddressInput(address.Line1, address.Line2, address.City, address.Region, address.Postcode, address.Country);
        copy.CountryCode = countryCode;
        copy.Name = Trim(name);
        copy.NameKey = SharedFieldKeys.Name(name);
        copy.Phone = Trim(phone);
        copy.PhoneKey = SharedFieldKeys.Phone(phone, countryCode);
        copy.Email = Trim(email);
        copy.EmailKey = SharedFieldKeys.Email(email);
        copy.BusinessNumber = Trim(businessNumber);
        copy.BusinessNumberKey = SharedFieldKeys.BusinessNumber(businessNumber);
        copy.Address = Cap(SharedFieldKeys.AddressText(input), 400);
        copy.AddressKey = Cap(SharedFieldKeys.Address(input), 400);
        copy.CapturedAt = now;
    }

    private static string? Trim(string? value) => string.IsNullOrWhiteSpace(value) ? null : Cap(value.Trim(), 200);

    private static string? Cap(string? value, int length) => value is null || value.Length <= length ? value : value[..length];
}
