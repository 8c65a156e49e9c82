using KampungKB.Graph.Data.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KampungKB.Graph.Data.Configuration;

internal sealed class SectorProgramConfiguration : IEntityTypeConfiguration<SectorProgram>
{
    public void Configure(EntityTypeBuilder<SectorProgram> builder)
    {
        builder.ToTable("Programs");
        builder.HasKey(p => p.Code);
        builder.Property(p => p.Code).HasMaxLength(CodeLengths.Program);
        builder.Property(p => p.Name).HasMaxLength(CodeLengths.Name);
        builder.Property(p => p.Description).HasMaxLength(1000);
        builder.Property(p => p.AgencyCode).HasMaxLength(CodeLengths.Agency);
        builder.Property(p => p.ParentCode).HasMaxLength(CodeLengths.Program);
        builder.HasOne(p => p.Agency).WithMany(a => a.Programs)
            .HasForeignKey(p => p.AgencyCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Parent).WithMany(p => p.Children)
            .HasForeignKey(p => p.ParentCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.AgencyCode);
        builder.HasIndex(p => p.ParentCode);
    }
}
