using System.Text.Json;
using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmErpPortal.Data.Configurations;

public sealed class DuplicateCandidateConfiguration : IEntityTypeConfiguration<DuplicateCandidate>
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<DuplicateCandidate> builder)
    {
        builder.ToTable(table =>
        {
            table.HasCheckConstraint("CK_DuplicateCandidates_DistinctPair", "[CustomerAId] <> [CustomerBId]");
            table.HasCheckConstraint("CK_DuplicateCandidates_Score", "[Score] >= 0 AND [Score] <= 1");
        });

        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Band).HasConversion<string>().HasMaxLength(10);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.DecidedBy).HasMaxLength(200);
        builder.Property(x => x.DecisionNote).HasMaxLength(1000);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.Property(x => x.FieldsFingerprint).HasMaxLength(64);
        builder.Property(x => x.DecisionFingerprint).HasMaxLength(64);

        builder.Property(x => x.Evidence)
            .HasConversion(
                value => JsonSerializer.Serialize(value, JsonOptions),
                json => JsonSerializer.Deserialize<List<MatchEvidence>>(json, JsonOptions) ?? new List<MatchEvidence>(),
                new ValueComparer<List<MatchEvidence>>(
                    (left, right) => left!.SequenceEqual(right!),
                    value => value.Aggregate(0, (hash, item) => HashCode.Combine(hash, item.GetHashCode())),
                    value => value.ToList()));

        builder.HasOne<Customer>()
            .WithMany()
            .HasForeignKey(x => x.CustomerAId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Customer>()
            .WithMany()
            .HasForeignKey(x => x.CustomerBId)
            .OnDelete(DeleteBehavior.Restrict);

        builder.HasIndex(x => new { x.CustomerAId, x.CustomerBId }).IsUnique();
        builder.HasIndex(x => x.CustomerBId);
        builder.HasIndex(x => new { x.Status, x.Score });
        builder.HasIndex(x => x.ClusterId);
    }
}
