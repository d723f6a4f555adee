using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmErpPortal.Data.Configurations;

public sealed class DuplicateScoringRunConfiguration : IEntityTypeConfiguration<DuplicateScoringRun>
{
    public void Configure(EntityTypeBuilder<DuplicateScoringRun> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Kind).HasConversion<string>().HasMaxLength(10);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
        builder.Property(x => x.RequestedBy).HasMaxLength(200);
        builder.Property(x => x.Phase).HasMaxLength(200);
        builder.Property(x => x.Error).HasMaxLength(1000);
        builder.HasIndex(x => x.QueuedAt);
        builder.HasIndex(x => new { x.Kind, x.Status });
    }
}
