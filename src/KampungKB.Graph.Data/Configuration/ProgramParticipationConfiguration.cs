using KampungKB.Graph.Data.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KampungKB.Graph.Data.Configuration;

internal sealed class ProgramParticipationConfiguration : IEntityTypeConfiguration<ProgramParticipation>
{
    public void Configure(EntityTypeBuilder<ProgramParticipation> builder)
    {
        builder.HasKey(p => new { p.KampungKbId, p.ProgramCode });
        builder.Property(p => p.ProgramCode).HasMaxLength(CodeLengths.Program);
        builder.Property(p => p.Status).HasConversion<int>();
        builder.HasOne(p => p.KampungKb).WithMany(k => k.Participations)
            .HasForeignKey(p => p.KampungKbId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.Program).WithMany(p => p.Participations)
            .HasForeignKey(p => p.ProgramCode).OnDelete(DeleteBehavior.Restrict);
        // "Which Kampung KB take part in programme X" is the programme page's main list.
        builder.HasIndex(p => p.ProgramCode);
    }
}
