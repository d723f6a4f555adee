using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmErpPortal.Data.Configurations;

public sealed class DuplicateModelConfiguration : IEntityTypeConfiguration<DuplicateModel>
{
    public void Configure(EntityTypeBuilder<DuplicateModel> builder)
    {
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.HasIndex(x => x.TrainedAt);
    }
}
