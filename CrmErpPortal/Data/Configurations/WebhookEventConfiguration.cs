using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmErpPortal.Data.Configurations;

public sealed class WebhookEventConfiguration : IEntityTypeConfiguration<WebhookEvent>
{
    public void Configure(EntityTypeBuilder<WebhookEvent> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.System).HasConversion<string>().HasMaxLength(10);
        builder.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.Resource).HasMaxLength(500);
        builder.Property(x => x.ChangeType).HasMaxLength(30);
        builder.Property(x => x.Detail).HasMaxLength(500);
        builder.HasIndex(x => x.ReceivedAt);
    }
}
