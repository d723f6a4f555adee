using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmErpPortal.Data.Configurations;

public sealed class RetentionProposalConfiguration : IEntityTypeConfiguration<RetentionProposal>
{
    public void Configure(EntityTypeBuilder<RetentionProposal> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Category).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.Rule).HasMaxLength(200);
        builder.Property(x => x.DueReason).HasMaxLength(500);
        builder.Property(x => x.DecidedBy).HasMaxLength(200);
        builder.Property(x => x.DecidedByName).HasMaxLength(200);
        builder.Property(x => x.DecisionComment).HasMaxLength(1000);

        builder.HasOne<Customer>().WithMany().HasForeignKey(x => x.CustomerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(x => new { x.Status, x.ProposedAt });
        builder.HasIndex(x => new { x.CustomerId, x.ContactId });
    }
}

public sealed class CorrectionRequestConfiguration : IEntityTypeConfiguration<CorrectionRequest>
{
    public void Configure(EntityTypeBuilder<CorrectionRequest> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.FieldName).HasMaxLength(50);
        builder.Property(x => x.ValueSought).HasMaxLength(300);
        builder.Property(x => x.PersonName).HasMaxLength(200);
        builder.Property(x => x.PersonReason).HasMaxLength(1000);
        builder.Property(x => x.LoggedBy).HasMaxLength(200);
        builder.Property(x => x.LoggedByName).HasMaxLength(200);

        builder.HasOne<Customer>().WithMany().HasForeignKey(x => x.CustomerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ChangeRequest>().WithMany().HasForeignKey(x => x.ChangeRequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(x => x.ChangeRequestId).IsUnique();
        builder.HasIndex(x => x.CustomerId);
    }
}

public sealed class CorrectionStatementConfiguration : IEntityTypeConfiguration<CorrectionStatement>
{
    public void Configure(EntityTypeBuilder<CorrectionStatement> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.FieldName).HasMaxLength(50);
        builder.Property(x => x.Statement).HasMaxLength(2000);
        builder.Property(x => x.RefusalReason).HasMaxLength(1000);

        // Restrict: SQL Server refuses a second cascade path to the same row (customer → request → statement).
        builder.HasOne<Customer>().WithMany().HasForeignKey(x => x.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CorrectionRequest>().WithMany().HasForeignKey(x => x.CorrectionRequestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(x => x.CorrectionRequestId).IsUnique();
        builder.HasIndex(x => x.CustomerId);
    }
}
