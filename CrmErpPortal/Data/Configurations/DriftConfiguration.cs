using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmErpPortal.Data.Configurations;

/// <summary>
/// A separate table keyed by the link, not columns on SourceLinks: SQLite would rebuild that table (and its search
/// triggers) to change it, and the copy goes with its link when a link is removed.
/// </summary>
public sealed class SourceFieldCopyConfiguration : IEntityTypeConfiguration<SourceFieldCopy>
{
    public void Configure(EntityTypeBuilder<SourceFieldCopy> builder)
    {
        builder.HasKey(x => x.SourceLinkId);
        builder.Property(x => x.Name).HasMaxLength(200);
        builder.Property(x => x.NameKey).HasMaxLength(200);
        builder.Property(x => x.Phone).HasMaxLength(200);
        builder.Property(x => x.PhoneKey).HasMaxLength(200);
        builder.Property(x => x.Email).HasMaxLength(200);
        builder.Property(x => x.EmailKey).HasMaxLength(200);
        builder.Property(x => x.BusinessNumber).HasMaxLength(200);
        builder.Property(x => x.BusinessNumberKey).HasMaxLength(200);
        builder.Property(x => x.Address).HasMaxLength(400);
        builder.Property(x => x.AddressKey).HasMaxLength(400);
        builder.Property(x => x.CountryCode).HasMaxLength(10);
        builder.HasOne<SourceLink>().WithOne().HasForeignKey<SourceFieldCopy>(x => x.SourceLinkId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class DriftFindingConfiguration : IEntityTypeConfiguration<DriftFinding>
{
    public void Configure(EntityTypeBuilder<DriftFinding> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Field).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.OwnerSystem).HasConversion<string>().HasMaxLength(10);
        builder.Property(x => x.CrmValue).HasMaxLength(400);
        builder.Property(x => x.ErpValue).HasMaxLength(400);
        builder.Property(x => x.CountryCode).HasMaxLength(10);

        // Personal data about the customer: it goes with the customer (a privacy purge takes it too).
        builder.HasOne<Customer>().WithMany().HasForeignKey(x => x.CustomerId).OnDelete(DeleteBehavior.Cascade);

        // At most one open finding per customer and field: the job updates it rather than adding another.
        builder.HasIndex(x => new { x.CustomerId, x.Field }).IsUnique().HasFilter("ResolvedAt IS NULL");
        builder.HasIndex(x => new { x.ResolvedAt, x.Field, x.CountryCode });
    }
}

public sealed class DriftRunConfiguration : IEntityTypeConfiguration<DriftRun>
{
    public void Configure(EntityTypeBuilder<DriftRun> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.HasIndex(x => x.FinishedAt);
    }
}
