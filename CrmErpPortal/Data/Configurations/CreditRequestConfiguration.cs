using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmErpPortal.Data.Configurations;

public sealed class CreditRequestConfiguration : IEntityTypeConfiguration<CreditRequest>
{
    public void Configure(EntityTypeBuilder<CreditRequest> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.CrmQuoteId).HasMaxLength(100);
        builder.Property(x => x.CurrencyCode).HasMaxLength(3);
        builder.Property(x => x.Reason).HasMaxLength(1000);
        builder.Property(x => x.RequestedBy).HasMaxLength(200);
        builder.Property(x => x.RequestedByName).HasMaxLength(200);
        builder.Property(x => x.DecidedBy).HasMaxLength(200);
        builder.Property(x => x.DecidedByName).HasMaxLength(200);
        builder.Property(x => x.DecisionComment).HasMaxLength(1000);
        builder.Property(x => x.UsedForOrderNumber).HasMaxLength(50);
        builder.Property(x => x.Version).IsConcurrencyToken();

        // A work queue: a customer with open credit requests cannot vanish. The quote is named, not keyed: a quote the
        // CRM deletes must not block the pull, and an override for a vanished quote simply never applies.
        builder.HasOne<Customer>()
            .WithMany()
            .HasForeignKey(x => x.CustomerId)
            .OnDelete(DeleteBehavior.Restrict);

        builder.HasIndex(x => new { x.Status, x.RequestedAt });
        builder.HasIndex(x => x.CustomerId);
        builder.HasIndex(x => new { x.CrmQuoteId, x.Status });
    }
}
