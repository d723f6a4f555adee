using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmErpPortal.Data.Configurations;

public sealed class ViewingAlertConfiguration : IEntityTypeConfiguration<ViewingAlert>
{
    public void Configure(EntityTypeBuilder<ViewingAlert> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.UserId).HasMaxLength(128);
        builder.Property(x => x.UserName).HasMaxLength(200);
        builder.Property(x => x.AcknowledgedBy).HasMaxLength(128);
        builder.Property(x => x.AcknowledgedByName).HasMaxLength(200);
        builder.Property(x => x.AcknowledgementNote).HasMaxLength(2000);
        builder.HasIndex(x => new { x.UserId, x.WindowStart }).IsUnique();
        builder.HasIndex(x => x.AcknowledgedAt);
    }
}
