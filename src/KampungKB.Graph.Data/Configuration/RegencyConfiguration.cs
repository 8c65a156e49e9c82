using KampungKB.Graph.Data.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KampungKB.Graph.Data.Configuration;

internal sealed class RegencyConfiguration : IEntityTypeConfiguration<Regency>
{
    public void Configure(EntityTypeBuilder<Regency> builder)
    {
        builder.HasKey(r => r.Code);
        builder.Property(r => r.Code).HasMaxLength(CodeLengths.Regency);
        builder.Property(r => r.Name).HasMaxLength(CodeLengths.Name);
        builder.Property(r => r.Kind).HasConversion<int>();
        builder.Property(r => r.ProvinceCode).HasMaxLength(CodeLengths.Province);
        builder.HasOne(r => r.Province).WithMany(p => p.Regencies)
            .HasForeignKey(r => r.ProvinceCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.ProvinceCode);
    }
}
