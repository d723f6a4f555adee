using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmErpPortal.Data.Configurations;

public sealed class CreditProfileConfiguration : IEntityTypeConfiguration<CreditProfile>
{
    public void Configure(EntityTypeBuilder<CreditProfile> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.ErpCustomerId).HasMaxLength(100);
        builder.Property(x => x.CurrencyCode).HasMaxLength(3);
        builder.Property(x => x.PaymentTermsCode).HasMaxLength(20);
        builder.Property(x => x.Blocked).HasConversion<string>().HasMaxLength(10);
        builder.Property(x => x.Version).IsConcurrencyToken();

        builder.HasOne<Customer>()
            .WithOne()
            .HasForeignKey<CreditProfile>(x => x.CustomerId)
            .OnDelete(DeleteBehavior.Cascade);

        builder.HasIndex(x => x.CustomerId).IsUnique();
        builder.HasIndex(x => x.ErpCustomerId);
    }
}
