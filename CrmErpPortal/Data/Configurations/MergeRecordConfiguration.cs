using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmErpPortal.Data.Configurations;

public sealed class MergeRecordConfiguration : IEntityTypeConfiguration<MergeRecord>
{
    public void Configure(EntityTypeBuilder<MergeRecord> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.MergedBy).HasMaxLength(200);
        builder.Property(x => x.UnmergedBy).HasMaxLength(200);
        builder.Property(x => x.Version).IsConcurrencyToken();

        builder.HasOne<Customer>()
            .WithMany()
            .HasForeignKey(x => x.SurvivorCustomerId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Customer>()
            .WithMany()
            .HasForeignKey(x => x.MergedCustomerId)
            .OnDelete(DeleteBehavior.Restrict);

        builder.HasIndex(x => x.SurvivorCustomerId);
        builder.HasIndex(x => x.MergedCustomerId);
        builder.HasIndex(x => x.MergedAt);
    }
}
