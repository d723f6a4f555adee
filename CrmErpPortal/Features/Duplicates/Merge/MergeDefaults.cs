using CrmErpPortal.Data.Entities;

namespace CrmErpPortal.Features.Duplicates.Merge;

/// <summary>What the defaults need to know of one side: the record, which systems it is linked to, how much hangs off it.</summary>
public sealed record MergeSide(Customer Customer, IReadOnlyCollection<SourceSystem> Systems, int ChildRows)
{
    public bool In(SourceSystem system) => Systems.Contains(system);
}

public sealed record Suggestion(Guid CustomerId, string Reason);

/// <summary>
/// Default survivor and per-field values, each with the reason a steward reads before accepting it: ownership rules
/// first (the CRM owns name, phone, email and addresses; the ERP owns the customer number), then source trust (a record
/// linked to both systems), completeness (a value beats none; the fuller address), then recency.
/// </summary>
public static class MergeDefaults
{
    public static Suggestion Survivor(MergeSide a, MergeSide b)
    {
        if (a.In(SourceSystem.Erp) != b.In(SourceSystem.Erp))
        {
            var erp = a.In(SourceSystem.Erp) ? a : b;
            return new(erp.Customer.Id, $"\"{erp.Customer.DisplayName}\" is linked to the ERP: keeping it keeps its customer number, credit terms, orders and invoices where finance expects them.");
        }

        if (a.Systems.Count != b.Systems.Count)
        {
            var more = a.Systems.Count > b.Systems.Count ? a : b;
            return new(more.Customer.Id, $"\"{more.Customer.DisplayName}\" is linked to more source systems.");
        }

        if (a.ChildRows != b.ChildRows)
        {
            var busier = a.ChildRows > b.ChildRows ? a : b;
            return new(busier.Customer.Id, $"\"{busier.Customer.DisplayName}\" has more contacts, orders, invoices and quotes, so fewer rows move.");
        }

        var older = a.Customer.CreatedAt <= b.Customer.CreatedAt ? a : b;
        return new(older.Customer.Id, $"\"{older.Customer.DisplayName}\" is the older record, so references to it stay valid.");
    }

    public static Suggestion Field(MergeField field, MergeSide survivor, MergeSide merged)
    {
        var (s, m) = (field.Read(survivor.Customer), field.Read(merged.Customer));
        if (string.IsNullOrWhiteSpace(s) != string.IsNullOrWhiteSpace(m))
        {
            var holder = string.IsNullOrWhiteSpace(s) ? merged : survivor;
            return new(holder.Customer.Id, $"Only \"{holder.Customer.DisplayName}\" has a value.");
        }

        if (!MergeFields.Conflicts(s, m))
        {
            return new(survivor.Customer.Id, "Both records agree.");
        }

        var ownerSystem = field.Owner switch { FieldOwner.Crm => SourceSystem.Crm, FieldOwner.Erp => SourceSystem.Erp, _ => (SourceSystem?)null };
        if (ownerSystem is { } system && survivor.In(system) != merged.In(system))
        {
            var owner = survivor.In(system) ? survivor : merged;
            return new(owner.Customer.Id, $"The {(system == SourceSystem.Crm ? "CRM" : "ERP")} owns this field and only \"{owner.Customer.DisplayName}\" is linked to it.");
        }

        if (survivor.Systems.Count != merged.Systems.Count)
        {
            var trusted = survivor.Systems.Count > merged.Systems.Count ? survivor : merged;
            return new(trusted.Customer.Id, $"\"{trusted.Customer.DisplayName}\" is linked to both systems, so both have seen this value.");
        }

        if (field.Name is "BillingAddress" or "ShippingAddress" && s!.Length != m!.Length)
        {
            var fuller = s.Length > m.Length ? survivor : merged;
            return new(fuller.Customer.Id, $"The address of \"{fuller.Customer.DisplayName}\" is more complete.");
        }

        var newer = survivor.Customer.UpdatedAt >= merged.Customer.UpdatedAt ? survivor : merged;
        return new(newer.Customer.Id, $"\"{newer.Customer.DisplayName}\" was updated more recently ({newer.Customer.UpdatedAt:d MMM yyyy}).");
    }
}
