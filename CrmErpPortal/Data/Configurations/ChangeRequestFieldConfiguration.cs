using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmErpPortal.Data.Configurations;

public sealed class ChangeRequestFieldConfiguration : IEntityTypeConfiguration<ChangeRequestField>
{
    public void Configure(EntityTypeBuilder<ChangeRequestField> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.FieldName).HasMaxLength(100);
        builder.Property(x => x.OldValue).HasMaxLength(1000);
        builder.Property(x => x.NewValue).HasMaxLength(1000);
        builder.Property(x => x.TargetSystem).HasConversion<string>().HasMaxLength(10);
        builder.Property(x => x.BasedOnEtag).HasMaxLength(100);
        builder.Property(x => x.BasedOnErpEtag).HasMaxLength(100);
        builder.Property(x => x.TargetExternalId).HasMaxLength(100);
        builder.Property(x => x.ConflictValue).HasMaxLength(1000);

        builder.HasIndex(x => x.ChangeRequestId);
    }
}
