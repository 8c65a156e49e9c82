using KampungKB.Graph.Data.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KampungKB.Graph.Data.Configuration;

internal sealed class AgencyConfiguration : IEntityTypeConfiguration<Agency>
{
    public void Configure(EntityTypeBuilder<Agency> builder)
    {
        builder.HasKey(a => a.Code);
        builder.Property(a => a.Code).HasMaxLength(CodeLengths.Agency);
        builder.Property(a => a.Name).HasMaxLength(CodeLengths.Name);
    }
}
