using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmErpPortal.Data.Configurations;

public sealed class KpiSnapshotConfiguration : IEntityTypeConfiguration<KpiSnapshot>
{
    public void Configure(EntityTypeBuilder<KpiSnapshot> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Kpi).HasMaxLength(64);
        builder.Property(x => x.Country).HasMaxLength(3);
        builder.Property(x => x.Currency).HasMaxLength(3);

        // The job's idempotency rests on this: a week never holds two rows for one figure.
        builder.HasIndex(x => new { x.Country, x.WeekStart, x.Kpi, x.Currency }).IsUnique();
    }
}
