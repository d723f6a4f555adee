using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmErpPortal.Data.Configurations;

public sealed class QuoteConversionConfiguration : IEntityTypeConfiguration<QuoteConversion>
{
    public void Configure(EntityTypeBuilder<QuoteConversion> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.CrmQuoteId).HasMaxLength(100);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.CurrencyCode).HasMaxLength(3);
        builder.Property(x => x.ErpOrderId).HasMaxLength(100);
        builder.Property(x => x.ErpOrderNumber).HasMaxLength(50);
        builder.Property(x => x.CrmOrderId).HasMaxLength(100);
        builder.Property(x => x.Summary).HasMaxLength(4000);
        builder.Property(x => x.LastRequestedBy).HasMaxLength(200);
        builder.Property(x => x.Version).IsConcurrencyToken();

        // The conversion state belongs to its quote (a mirror row): it goes when the quote does. No customer key, so a
        // merge that moves the quote needs no second cascade path (SQL Server refuses those).
        builder.HasOne<Quote>()
            .WithMany()
            .HasForeignKey(x => x.QuoteId)
            .OnDelete(DeleteBehavior.Cascade);

        builder.HasIndex(x => x.QuoteId).IsUnique();
        builder.HasIndex(x => x.CrmQuoteId).IsUnique();
        builder.HasIndex(x => new { x.CustomerId, x.Status });
        builder.HasIndex(x => new { x.LastRequestedBy, x.LastAttemptAt });
    }
}
