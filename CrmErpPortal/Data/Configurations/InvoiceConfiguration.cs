using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmErpPortal.Data.Configurations;

public sealed class InvoiceConfiguration : IEntityTypeConfiguration<Invoice>
{
    public void Configure(EntityTypeBuilder<Invoice> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.ErpInvoiceId).HasMaxLength(100);
        builder.Property(x => x.InvoiceNumber).HasMaxLength(50);
        builder.Property(x => x.CurrencyCode).HasMaxLength(3);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);

        builder.HasOne<Customer>()
            .WithMany()
            .HasForeignKey(x => x.CustomerId)
            .OnDelete(DeleteBehavior.Cascade);

        builder.HasIndex(x => x.ErpInvoiceId).IsUnique();
        builder.HasIndex(x => new { x.CustomerId, x.Status, x.DueDate });
        builder.HasIndex(x => x.InvoiceNumber);
    }
}
