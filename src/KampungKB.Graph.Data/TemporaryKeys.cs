using KampungKB.Graph.Data.Programs;
using KampungKB.Graph.Data.Regions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KampungKB.Graph.Data;

// Placeholder until the real mapping lands from the data branch; delete on merge.
internal sealed class TemporaryKeys : IEntityTypeConfiguration<Agency>, IEntityTypeConfiguration<SectorProgram>,
    IEntityTypeConfiguration<Indicator>, IEntityTypeConfiguration<ProgramParticipation>, IEntityTypeConfiguration<Province>,
    IEntityTypeConfiguration<Regency>, IEntityTypeConfiguration<District>, IEntityTypeConfiguration<Village>
{
    public void Configure(EntityTypeBuilder<Agency> b) => b.HasKey(x => x.Code);
    public void Configure(EntityTypeBuilder<SectorProgram> b) => b.HasKey(x => x.Code);
    public void Configure(EntityTypeBuilder<Indicator> b) => b.HasKey(x => x.Code);
    public void Configure(EntityTypeBuilder<ProgramParticipation> b) => b.HasKey(x => new { x.KampungKbId, x.ProgramCode });
    public void Configure(EntityTypeBuilder<Province> b) => b.HasKey(x => x.Code);
    public void Configure(EntityTypeBuilder<Regency> b) => b.HasKey(x => x.Code);
    public void Configure(EntityTypeBuilder<District> b) => b.HasKey(x => x.Code);
    public void Configure(EntityTypeBuilder<Village> b) => b.HasKey(x => x.Code);
}
