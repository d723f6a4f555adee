using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmErpPortal.Data.Configurations;

public sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.LegalHoldReason).HasMaxLength(500);
        builder.Property(x => x.DisplayName).HasMaxLength(200);
        builder.Property(x => x.LegalName).HasMaxLength(200);
        builder.Property(x => x.NormalizedName).HasMaxLength(200);
        builder.Property(x => x.CustomerNumber).HasMaxLength(50);
        builder.Property(x => x.BusinessNumber).HasMaxLength(20);
        builder.Property(x => x.BusinessNumberKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.CountryCode).HasMaxLength(2);
        builder.Property(x => x.PhoneE164).HasMaxLength(16);
        builder.Property(x => x.Email).HasMaxLength(254);
        builder.Property(x => x.Segment).HasMaxLength(50);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.OwnerName).HasMaxLength(200);
        builder.Property(x => x.OwnerUserId).HasMaxLength(128);
        builder.Property(x => x.Version).IsConcurrencyToken();

        builder.ComplexProperty(x => x.BillingAddress, ConfigureAddress);
        builder.ComplexProperty(x => x.ShippingAddress, ConfigureAddress);

        builder.HasOne<Customer>()
            .WithMany()
            .HasForeignKey(x => x.MergedIntoCustomerId)
            .OnDelete(DeleteBehavior.Restrict);

        // Numbers are not unique: the same number arriving from two sources is a duplicate to detect, not a row to reject.
        // Lookup keys are often missing: partial indexes hold only the rows that have one, so the planner's statistics
        // (after ANALYZE or PRAGMA optimize) do not count the NULLs and mistake a key lookup for a scan-worthy one.
        builder.HasIndex(x => x.CustomerNumber).HasFilter("CustomerNumber IS NOT NULL");
        builder.HasIndex(x => x.BusinessNumber).HasFilter("BusinessNumber IS NOT NULL");
        builder.HasIndex(x => x.NormalizedName);
        builder.HasIndex(x => x.PhoneE164).HasFilter("PhoneE164 IS NOT NULL");
        builder.HasIndex(x => x.Email).HasFilter("Email IS NOT NULL");
        builder.HasIndex(x => x.Status);
    }

    private static void ConfigureAddress(ComplexPropertyBuilder<PostalAddress> address)
    {
        address.Property(x => x.Line1).HasMaxLength(100);
        address.Property(x => x.Line2).HasMaxLength(100);
        address.Property(x => x.Locality).HasMaxLength(60);
        address.Property(x => x.City).HasMaxLength(60);
        address.Property(x => x.Region).HasMaxLength(60);
        address.Property(x => x.Postcode).HasMaxLength(10);
        address.Property(x => x.CountryCode).HasMaxLength(2);
    }
}
