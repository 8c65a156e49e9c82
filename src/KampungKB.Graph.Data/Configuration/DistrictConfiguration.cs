using KampungKB.Graph.Data.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KampungKB.Graph.Data.Configuration;

internal sealed class DistrictConfiguration : IEntityTypeConfiguration<District>
{
    public void Configure(EntityTypeBuilder<District> builder)
    {
        builder.HasKey(d => d.Code);
        builder.Property(d => d.Code).HasMaxLength(CodeLengths.District);
        builder.Property(d => d.Name).HasMaxLength(CodeLengths.Name);
        builder.Property(d => d.RegencyCode).HasMaxLength(CodeLengths.Regency);
        builder.HasOne(d => d.Regency).WithMany(r => r.Districts)
            .HasForeignKey(d => d.RegencyCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => d.RegencyCode);
    }
}
