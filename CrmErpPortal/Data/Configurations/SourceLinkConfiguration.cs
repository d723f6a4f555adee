using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmErpPortal.Data.Configurations;

public sealed class SourceLinkConfiguration : IEntityTypeConfiguration<SourceLink>
{
    public void Configure(EntityTypeBuilder<SourceLink> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.System).HasConversion<string>().HasMaxLength(10);
        builder.Property(x => x.ExternalId).HasMaxLength(100);
        builder.Property(x => x.ExternalNumber).HasMaxLength(50);
        builder.Property(x => x.SourceEtag).HasMaxLength(100);
        builder.Property(x => x.PayloadHash).HasMaxLength(64);
        builder.Property(x => x.Version).IsConcurrencyToken();

        builder.HasOne<Customer>()
            .WithMany(x => x.SourceLinks)
            .HasForeignKey(x => x.CustomerId)
            .OnDelete(DeleteBehavior.Cascade);

        builder.HasIndex(x => new { x.System, x.ExternalId }).IsUnique();
        // The sync pages look links up by system plus a page of customer ids or numbers. With only single-column indexes
        // SQLite (no statistics on a fresh hub) seeks System = ? on the unique index and reads every link of that system
        // per page, a cost that grows with the hub; these composites keep both lookups seeks.
        builder.HasIndex(x => new { x.CustomerId, x.System });
        builder.HasIndex(x => x.ExternalNumber).HasFilter("ExternalNumber IS NOT NULL");
        builder.HasIndex(x => new { x.System, x.ExternalNumber }).HasFilter("ExternalNumber IS NOT NULL");
    }
}
