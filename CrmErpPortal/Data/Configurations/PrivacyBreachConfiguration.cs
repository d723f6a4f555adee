using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmErpPortal.Data.Configurations;

public sealed class PrivacyBreachConfiguration : IEntityTypeConfiguration<PrivacyBreach>
{
    public void Configure(EntityTypeBuilder<PrivacyBreach> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Title).HasMaxLength(200);
        builder.Property(x => x.Jurisdictions).HasConversion<int>();
        builder.Property(x => x.Encryption).HasConversion<string>().HasMaxLength(30);
        builder.Property(x => x.Decision).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.RecordedBy).HasMaxLength(128);
        builder.Property(x => x.RecordedByName).HasMaxLength(200);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.HasIndex(x => x.BecameAwareAt);
        builder.HasMany(x => x.Notifications).WithOne().HasForeignKey(n => n.BreachId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class BreachNotificationConfiguration : IEntityTypeConfiguration<BreachNotification>
{
    public void Configure(EntityTypeBuilder<BreachNotification> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Recipient).HasConversion<string>().HasMaxLength(30);
        builder.Property(x => x.Details).HasMaxLength(2000);
        builder.Property(x => x.RecordedBy).HasMaxLength(128);
        builder.Property(x => x.RecordedByName).HasMaxLength(200);
    }
}
