using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmErpPortal.Data.Configurations;

public sealed class SyncRunConfiguration : IEntityTypeConfiguration<SyncRun>
{
    public void Configure(EntityTypeBuilder<SyncRun> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.System).HasConversion<string>().HasMaxLength(10);
        builder.Property(x => x.Entity).HasMaxLength(64);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
        builder.Property(x => x.ErrorSummary).HasMaxLength(4000);

        builder.HasIndex(x => new { x.System, x.Entity, x.StartedAt });
        builder.HasIndex(x => x.StartedAt);
    }
}
