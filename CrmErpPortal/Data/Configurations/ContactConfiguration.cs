using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmErpPortal.Data.Configurations;

public sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.LegalHoldReason).HasMaxLength(500);
        builder.Property(x => x.CrmContactId).HasMaxLength(100);
        builder.Property(x => x.FirstName).HasMaxLength(100);
        builder.Property(x => x.LastName).HasMaxLength(100);
        builder.Property(x => x.JobTitle).HasMaxLength(100);
        builder.Property(x => x.Email).HasMaxLength(254);
        builder.Property(x => x.PhoneE164).HasMaxLength(16);
        builder.Property(x => x.MobileE164).HasMaxLength(16);

        builder.HasOne<Customer>()
            .WithMany(x => x.Contacts)
            .HasForeignKey(x => x.CustomerId)
            .OnDelete(DeleteBehavior.Cascade);

        builder.HasIndex(x => x.CrmContactId).IsUnique();
        builder.HasIndex(x => x.CustomerId);
        // Partial, as on Customers: most contacts lack one of these, and NULLs must not skew the planner's statistics.
        builder.HasIndex(x => x.Email).HasFilter("Email IS NOT NULL");
        builder.HasIndex(x => x.PhoneE164).HasFilter("PhoneE164 IS NOT NULL");
        builder.HasIndex(x => x.MobileE164).HasFilter("MobileE164 IS NOT NULL");
    }
}
