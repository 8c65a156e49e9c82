using KampungKB.Graph.Data.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KampungKB.Graph.Data.Configuration;

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.HasKey(i => i.Code);
        builder.Property(i => i.Code).HasMaxLength(CodeLengths.Indicator);
        builder.Property(i => i.Name).HasMaxLength(CodeLengths.Name);
        builder.Property(i => i.Unit).HasMaxLength(40);
        builder.Property(i => i.Aggregation).HasConversion<int>();
        builder.Property(i => i.ProgramCode).HasMaxLength(CodeLengths.Program);
        builder.HasOne(i => i.Program).WithMany(p => p.Indicators)
            .HasForeignKey(i => i.ProgramCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => i.ProgramCode);
    }
}
