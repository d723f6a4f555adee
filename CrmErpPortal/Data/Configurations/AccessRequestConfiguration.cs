using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmErpPortal.Data.Configurations;

/// <summary>
/// No foreign key to the customer or contact: the register must outlive a purge or merge of the person it concerns,
/// so it keeps the ids and a snapshot of the name.
/// </summary>
public sealed class AccessRequestConfiguration : IEntityTypeConfiguration<AccessRequest>
{
    public void Configure(EntityTypeBuilder<AccessRequest> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.RequesterName).HasMaxLength(200);
        builder.Property(x => x.RequesterEmail).HasMaxLength(320);
        builder.Property(x => x.RequesterPhone).HasMaxLength(50);
        builder.Property(x => x.RequestDetails).HasMaxLength(2000);
        builder.Property(x => x.SubjectKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.SubjectName).HasMaxLength(300);
        builder.Property(x => x.Jurisdiction).HasConversion<string>().HasMaxLength(5);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.IdentityMethod).HasMaxLength(500);
        builder.Property(x => x.IdentityVerifiedBy).HasMaxLength(200);
        builder.Property(x => x.IdentityVerifiedByName).HasMaxLength(200);
        builder.Property(x => x.GatherState).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.GatherStep).HasMaxLength(200);
        builder.Property(x => x.GatherError).HasMaxLength(2000);
        builder.Property(x => x.GatherWarnings).HasMaxLength(2000);
        builder.Property(x => x.DecidedBy).HasMaxLength(200);
        builder.Property(x => x.DecidedByName).HasMaxLength(200);
        builder.Property(x => x.ReleaseMethod).HasMaxLength(500);
        builder.Property(x => x.RefusalReason).HasMaxLength(2000);
        builder.Property(x => x.LoggedBy).HasMaxLength(200);
        builder.Property(x => x.LoggedByName).HasMaxLength(200);
        builder.Property(x => x.Version).IsConcurrencyToken();

        builder.HasMany(x => x.Extensions)
            .WithOne()
            .HasForeignKey(x => x.AccessRequestId)
            .OnDelete(DeleteBehavior.Cascade);

        builder.HasIndex(x => new { x.Status, x.DueOn });
        builder.HasIndex(x => x.SubjectCustomerId);
    }
}

public sealed class AccessRequestExtensionConfiguration : IEntityTypeConfiguration<AccessRequestExtension>
{
    public void Configure(EntityTypeBuilder<AccessRequestExtension> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Reason).HasMaxLength(1000);
        builder.Property(x => x.ExtendedBy).HasMaxLength(200);
        builder.Property(x => x.ExtendedByName).HasMaxLength(200);
        builder.HasIndex(x => x.AccessRequestId);
    }
}

public sealed class AccessRequestPackageConfiguration : IEntityTypeConfiguration<AccessRequestPackage>
{
    public void Configure(EntityTypeBuilder<AccessRequestPackage> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.HasOne<AccessRequest>()
            .WithMany()
            .HasForeignKey(x => x.AccessRequestId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(x => x.AccessRequestId).IsUnique();
    }
}
