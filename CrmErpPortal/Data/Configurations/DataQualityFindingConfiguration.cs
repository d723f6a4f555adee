using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmErpPortal.Data.Configurations;

public sealed class DataQualityFindingConfiguration : IEntityTypeConfiguration<DataQualityFinding>
{
    public void Configure(EntityTypeBuilder<DataQualityFinding> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.SourceSystem).HasConversion<string>().HasMaxLength(10);
        builder.Property(x => x.SourceRecordId).HasMaxLength(100);
        builder.Property(x => x.Field).HasMaxLength(40);
        builder.Property(x => x.Rule).HasMaxLength(40);
        builder.Property(x => x.Severity).HasConversion<string>().HasMaxLength(10);
        builder.Property(x => x.Message).HasMaxLength(500);
        builder.Property(x => x.CountryCode).HasMaxLength(10);

        // A finding describes the customer's data, so it goes with the customer (a privacy purge takes it too).
        builder.HasOne<Customer>().WithMany().HasForeignKey(x => x.CustomerId).OnDelete(DeleteBehavior.Cascade);

        builder.HasIndex(x => new { x.SourceSystem, x.SourceRecordId, x.Field, x.Rule }).IsUnique();
        builder.HasIndex(x => new { x.CustomerId, x.ResolvedAt });
        builder.HasIndex(x => new { x.ResolvedAt, x.Rule });
    }
}
