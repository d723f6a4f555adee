using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmErpPortal.Data.Configurations;

public sealed class QuoteConfiguration : IEntityTypeConfiguration<Quote>
{
    public void Configure(EntityTypeBuilder<Quote> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.CrmQuoteId).HasMaxLength(100);
        builder.Property(x => x.QuoteNumber).HasMaxLength(50);
        builder.Property(x => x.Name).HasMaxLength(200);
        builder.Property(x => x.State).HasConversion<string>().HasMaxLength(10);
        builder.Property(x => x.CurrencyCode).HasMaxLength(3);
        builder.Property(x => x.ErpOrderNumber).HasMaxLength(50);

        builder.HasOne<Customer>()
            .WithMany()
            .HasForeignKey(x => x.CustomerId)
            .OnDelete(DeleteBehavior.Cascade);

        builder.HasMany(x => x.Lines)
            .WithOne()
            .HasForeignKey(x => x.QuoteId)
            .OnDelete(DeleteBehavior.Cascade);

        builder.HasIndex(x => x.CrmQuoteId).IsUnique();
        builder.HasIndex(x => new { x.CustomerId, x.State });
        builder.HasIndex(x => x.QuoteNumber);
    }
}
