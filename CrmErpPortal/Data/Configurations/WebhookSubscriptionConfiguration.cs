using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmErpPortal.Data.Configurations;

public sealed class WebhookSubscriptionConfiguration : IEntityTypeConfiguration<WebhookSubscription>
{
    public void Configure(EntityTypeBuilder<WebhookSubscription> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.System).HasConversion<string>().HasMaxLength(10);
        builder.Property(x => x.Resource).HasMaxLength(300);
        builder.Property(x => x.ExternalId).HasMaxLength(100);
        builder.Property(x => x.Etag).HasMaxLength(200);
        builder.Property(x => x.LastError).HasMaxLength(500);
        builder.Property(x => x.Version).IsConcurrencyToken();
        builder.HasIndex(x => new { x.System, x.Resource }).IsUnique();
    }
}
