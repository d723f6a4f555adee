using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmErpPortal.Data.Configurations;

public sealed class SyncCheckpointConfiguration : IEntityTypeConfiguration<SyncCheckpoint>
{
    public void Configure(EntityTypeBuilder<SyncCheckpoint> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.System).HasConversion<string>().HasMaxLength(10);
        builder.Property(x => x.Entity).HasMaxLength(64);
        builder.Property(x => x.Version).IsConcurrencyToken();

        builder.HasIndex(x => new { x.System, x.Entity }).IsUnique();
    }
}
