using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmErpPortal.Data.Configurations;

public sealed class ConversionIssueConfiguration : IEntityTypeConfiguration<ConversionIssue>
{
    public void Configure(EntityTypeBuilder<ConversionIssue> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Cause).HasConversion<string>().HasMaxLength(30);
        builder.Property(x => x.Detail).HasMaxLength(1000);
        builder.Property(x => x.CurrencyCode).HasMaxLength(3);
        builder.Property(x => x.OwnerName).HasMaxLength(200);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
        builder.Property(x => x.Version).IsConcurrencyToken();

        builder.HasOne<Customer>()
            .WithMany()
            .HasForeignKey(x => x.CustomerId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Quote>()
            .WithMany()
            .HasForeignKey(x => x.QuoteId)
            .OnDelete(DeleteBehavior.Restrict);

        builder.HasIndex(x => new { x.Status, x.CreatedAt });
        builder.HasIndex(x => x.CustomerId);
        builder.HasOne<SalesOrder>()
            .WithMany()
            .HasForeignKey(x => x.SalesOrderId)
            .OnDelete(DeleteBehavior.SetNull);

        // One open issue per quote (or order) and cause: a retry or a second job run updates it, never adds another.
        builder.HasIndex(x => new { x.QuoteId, x.Cause }).IsUnique().HasFilter("Status = 'Open' AND QuoteId IS NOT NULL");
        builder.HasIndex(x => new { x.SalesOrderId, x.Cause }).IsUnique().HasFilter("Status = 'Open' AND SalesOrderId IS NOT NULL");
    }
}
