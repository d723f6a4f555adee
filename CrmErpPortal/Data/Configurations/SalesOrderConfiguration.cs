using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmErpPortal.Data.Configurations;

public sealed class SalesOrderConfiguration : IEntityTypeConfiguration<SalesOrder>
{
    public void Configure(EntityTypeBuilder<SalesOrder> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.ErpOrderId).HasMaxLength(100);
        builder.Property(x => x.OrderNumber).HasMaxLength(50);
        // Business Central's externalDocumentNumber is Text[35]: a hyphenated GUID (36) does not fit, so callers write the "N" form.
        builder.Property(x => x.ExternalDocumentNumber).HasMaxLength(35);
        builder.Property(x => x.CurrencyCode).HasMaxLength(3);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);

        builder.HasOne<Customer>()
            .WithMany()
            .HasForeignKey(x => x.CustomerId)
            .OnDelete(DeleteBehavior.Cascade);

        builder.HasMany(x => x.StatusHistory)
            .WithOne()
            .HasForeignKey(x => x.SalesOrderId)
            .OnDelete(DeleteBehavior.Cascade);

        builder.HasIndex(x => x.ErpOrderId).IsUnique();
        builder.HasIndex(x => new { x.CustomerId, x.Status, x.OrderDate });
        builder.HasIndex(x => x.OrderNumber);
        builder.HasIndex(x => x.ExternalDocumentNumber);
    }
}
