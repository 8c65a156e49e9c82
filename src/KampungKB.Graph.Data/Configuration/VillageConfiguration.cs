using KampungKB.Graph.Data.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KampungKB.Graph.Data.Configuration;

internal sealed class VillageConfiguration : IEntityTypeConfiguration<Village>
{
    public void Configure(EntityTypeBuilder<Village> builder)
    {
        builder.HasKey(v => v.Code);
        builder.Property(v => v.Code).HasMaxLength(CodeLengths.Village);
        builder.Property(v => v.Name).HasMaxLength(CodeLengths.Name);
        builder.Property(v => v.Kind).HasConversion<int>();
        builder.Property(v => v.DistrictCode).HasMaxLength(CodeLengths.District);
        builder.HasOne(v => v.District).WithMany(d => d.Villages)
            .HasForeignKey(v => v.DistrictCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => v.DistrictCode);
    }
}
