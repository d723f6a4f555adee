using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmErpPortal.Data.Configurations;

public sealed class SalesOrderStatusChangeConfiguration : IEntityTypeConfiguration<SalesOrderStatusChange>
{
    public void Configure(EntityTypeBuilder<SalesOrderStatusChange> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);

        builder.HasIndex(x => new { x.SalesOrderId, x.ChangedAt });
    }
}
