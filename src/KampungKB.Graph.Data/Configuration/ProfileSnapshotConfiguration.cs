using KampungKB.Graph.Data.Kampung;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KampungKB.Graph.Data.Configuration;

internal sealed class ProfileSnapshotConfiguration : IEntityTypeConfiguration<ProfileSnapshot>
{
    public void Configure(EntityTypeBuilder<ProfileSnapshot> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Period).HasMaxLength(CodeLengths.Period);
        builder.Property(p => p.PlkbName).HasMaxLength(CodeLengths.Name);
        builder.Property(p => p.PlkbContact).HasMaxLength(CodeLengths.Name);
        builder.Property(p => p.Regulations).HasConversion<int>();
        builder.Property(p => p.Funding).HasConversion<int>();
        builder.Property(p => p.Poktan).HasConversion<int>();
        builder.Property(p => p.DataSources).HasConversion<int>();
        builder.Property(p => p.Mechanisms).HasConversion<int>();
        builder.HasOne(p => p.KampungKb).WithMany(k => k.Profiles)
            .HasForeignKey(p => p.KampungKbId).OnDelete(DeleteBehavior.Cascade);
        // One snapshot per period; also serves "latest snapshot of each Kampung KB".
        builder.HasIndex(p => new { p.KampungKbId, p.Period }).IsUnique();
    }
}
