using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.DataQuality;
using CrmErpPortal.Data.Outbox;
using CrmErpPortal.Features.Sync.Pull;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Sync.Push;

/// <summary>
/// Writes a confirmed value into the hub: the golden record or the credit profile, and the source link's etag (so the
/// pull that later reads this version knows it for the portal's own change). Portal-only fields apply on approval.
/// </summary>
public static class PushConfirmation
{
    public static async Task ApplyAsync(PortalDbContext db, OutboxMessage message, OutboxPayload payload, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (message.Operation is OutboxWriter.LinkErpCustomer or OutboxWriter.CreateErpCustomer)
        {
            await LinkErpCustomerAsync(db, payload.CustomerId, message.ExternalId, payload.Fields[0].NewValue, message.ResultEtag, now, cancellationToken);
            return;
        }

        var customer = await db.Customers.SingleOrDefaultAsync(c => c.Id == payload.CustomerId, cancellationToken);
        var link = await db.SourceLinks.SingleOrDefaultAsync(l => l.System == message.TargetSystem && l.ExternalId == message.ExternalId, cancellationToken);
        if (link is not null && message.ResultEtag is not null)
        {
            link.SourceEtag = message.ResultEtag;
        }

        // A write to another record (a merged duplicate's account) confirms in that system only.
        if (customer is null || link is null || link.CustomerId != customer.Id || link.MergedFromCustomerId is not null)
        {
            return;
        }

        CreditProfile? profile = null;
        if (message.TargetSystem == SourceSystem.Erp)
        {
            profile = await db.CreditProfiles.SingleOrDefaultAsync(p => p.ErpCustomerId == message.ExternalId, cancellationToken);
        }

        foreach (var field in payload.Fields)
        {
            Apply(customer, profile, field.Field, field.NewValue);
        }

        customer.UpdatedAt = now;
    }

    /// <summary>
    /// The hub side of a linked or created ERP customer: the customer gets the ERP link. When the pull had already made
    /// the ERP customer its own ERP-only record, that record's link and ERP rows (credit profile, invoices, orders) move
    /// over and it is marked merged into this customer, as the exact-key linker and a merge would leave it.
    /// </summary>
    private static async Task LinkErpCustomerAsync(
        PortalDbContext db, Guid customerId, string erpCustomerId, string? number, string? etag, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var customer = await db.Customers.SingleOrDefaultAsync(c => c.Id == customerId, cancellationToken);
        if (customer is null || customer.Status == CustomerStatus.Merged)
        {
            return;
        }

        var link = await db.SourceLinks.FirstOrDefaultAsync(l => l.System == SourceSystem.Erp && l.ExternalId == erpCustomerId, cancellationToken);
        if (link is null)
        {
            db.SourceLinks.Add(new SourceLink { CustomerId = customer.Id, System = SourceSystem.Erp, ExternalId = erpCustomerId, ExternalNumber = number, SourceEtag = etag, LastSeenAt = now });
        }
        else if (link.CustomerId != customer.Id)
        {
            var erpOnly = link.CustomerId;
            link.CustomerId = customer.Id;
            await db.CreditProfiles.Where(p => p.CustomerId == erpOnly && p.ErpCustomerId == erpCustomerId).ExecuteUpdateAsync(u => u.SetProperty(p => p.CustomerId, customer.Id), cancellationToken);
            await db.Invoices.Where(i => i.CustomerId == erpOnly).ExecuteUpdateAsync(u => u.SetProperty(i => i.CustomerId, customer.Id), cancellationToken);
            await db.SalesOrders.Where(o => o.CustomerId == erpOnly).ExecuteUpdateAsync(u => u.SetProperty(o => o.CustomerId, customer.Id), cancellationToken);
            if (await db.Customers.SingleOrDefaultAsync(c => c.Id == erpOnly, cancellationToken) is { } old
                && !await db.SourceLinks.AnyAsync(l => l.CustomerId == erpOnly && l.Id != link.Id, cancellationToken))
            {
                old.Status = CustomerStatus.Merged;
                old.MergedIntoCustomerId = customer.Id;
                old.UpdatedAt = now;
            }
        }

        customer.CustomerNumber ??= number;
        customer.UpdatedAt = now;
    }

    /// <summary>One field's new value in the hub; unknown names (system-only operations) change nothing here.</summary>
    public static void Apply(Customer customer, CreditProfile? profile, string field, string? value)
    {
        switch (field)
        {
            case "DisplayName" when value is not null:
                customer.DisplayName = value;
                customer.NormalizedName = NameNormalizer.Normalize(value);
                break;
            case "LegalName":
                customer.LegalName = value;
                break;
            case "BusinessNumber":
                var (digits, kind) = GoldenRecord.BusinessNumber(value);
                (customer.BusinessNumber, customer.BusinessNumberKind) = (digits, kind);
                break;
            case "Phone":
                customer.PhoneE164 = value;
                break;
            case "Email":
                customer.Email = value;
                break;
            case "Segment":
                customer.Segment = value;
                break;
            case "Owner":
                customer.OwnerName = value;
                break;
            case "BillingAddress":
                customer.BillingAddress = AddressWire.ToHub(AddressWire.ToSource(value, customer.CountryCode), customer.CountryCode);
                break;
            case "ShippingAddress":
                customer.ShippingAddress = AddressWire.ToHub(AddressWire.ToSource(value, customer.CountryCode), customer.CountryCode);
                break;
            case "CreditLimit" when profile is not null && decimal.TryParse(value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var limit):
                profile.CreditLimit = limit;
                break;
            case "PaymentTerms" when profile is not null:
                profile.PaymentTermsCode = value;
                break;
            case "Blocked" when profile is not null && Enum.TryParse<CreditBlocked>(value, out var blocked):
                profile.Blocked = blocked;
                break;
        }
    }
}
