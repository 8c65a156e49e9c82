using KampungKB.Graph.Data.Kampung;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KampungKB.Graph.Data.Configuration;

internal sealed class KampungKbConfiguration : IEntityTypeConfiguration<KampungKb>
{
    public void Configure(EntityTypeBuilder<KampungKb> builder)
    {
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Name).HasMaxLength(CodeLengths.Name);
        builder.Property(k => k.Coverage).HasMaxLength(CodeLengths.Name);
        builder.Property(k => k.VillageCode).HasMaxLength(CodeLengths.Village);
        builder.Property(k => k.Classification).HasConversion<int>();
        builder.HasOne(k => k.Village).WithMany(v => v.KampungKbs)
            .HasForeignKey(k => k.VillageCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(k => k.VillageCode);
        // Dashboards count by class and by Rumah DataKu in every region.
        builder.HasIndex(k => k.Classification);
        builder.HasIndex(k => k.HasRumahDataKu);
    }
}
