using KampungKB.Graph.Data.Kampung;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KampungKB.Graph.Data.Configuration;

internal sealed class MonthlyReportConfiguration : IEntityTypeConfiguration<MonthlyReport>
{
    public void Configure(EntityTypeBuilder<MonthlyReport> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Period).HasMaxLength(CodeLengths.Period);
        builder.HasOne(r => r.KampungKb).WithMany(k => k.Reports)
            .HasForeignKey(r => r.KampungKbId).OnDelete(DeleteBehavior.Cascade);
        // One report per month; also serves "latest report of each Kampung KB".
        builder.HasIndex(r => new { r.KampungKbId, r.Period }).IsUnique();
        // Time series across all Kampung KB of a month.
        builder.HasIndex(r => r.Period);
    }
}
