using KampungKB.Graph.Data.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KampungKB.Graph.Data.Configuration;

internal sealed class ObservationConfiguration : IEntityTypeConfiguration<Observation>
{
    public void Configure(EntityTypeBuilder<Observation> builder)
    {
        builder.HasKey(o => o.Id);
        builder.Property(o => o.IndicatorCode).HasMaxLength(CodeLengths.Indicator);
        builder.Property(o => o.Period).HasMaxLength(CodeLengths.Period);
        builder.HasOne(o => o.Indicator).WithMany(i => i.Observations)
            .HasForeignKey(o => o.IndicatorCode).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(o => o.KampungKb).WithMany(k => k.Observations)
            .HasForeignKey(o => o.KampungKbId).OnDelete(DeleteBehavior.Cascade);
        // One value per indicator, Kampung KB and month; leads with the indicator for time series.
        builder.HasIndex(o => new { o.IndicatorCode, o.KampungKbId, o.Period }).IsUnique();
        builder.HasIndex(o => o.KampungKbId);
    }
}
