using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmErpPortal.Data.Configurations;

public sealed class QuotePriceAcceptanceConfiguration : IEntityTypeConfiguration<QuotePriceAcceptance>
{
    public void Configure(EntityTypeBuilder<QuotePriceAcceptance> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.CrmQuoteId).HasMaxLength(100);
        builder.Property(x => x.ProductNumber).HasMaxLength(100);
        builder.Property(x => x.CrmQuoteLineId).HasMaxLength(100);
        builder.Property(x => x.AcceptedSide).HasConversion<string>().HasMaxLength(10);
        builder.Property(x => x.CurrencyCode).HasMaxLength(3);
        builder.Property(x => x.AcceptedBy).HasMaxLength(200);
        builder.Property(x => x.AcceptedByName).HasMaxLength(200);

        // Named, not keyed, like credit requests: a quote the CRM deletes must not block the pull. Earlier
        // acceptances of a line stay as history; the latest one counts.
        builder.HasIndex(x => new { x.QuoteId, x.LineNumber, x.AcceptedAt });
    }
}
