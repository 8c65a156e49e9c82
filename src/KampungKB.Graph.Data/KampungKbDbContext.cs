using KampungKB.Graph.Data.Kampung;
using KampungKB.Graph.Data.Partners;
using KampungKB.Graph.Data.Programs;
using KampungKB.Graph.Data.Regions;
using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Data;

/// <summary>The hub's database: regions, Kampung KB and sector programmes.</summary>
/// <remarks>This type carries the SQLite migrations; <see cref="PostgresKampungKbDbContext"/> the PostgreSQL ones.
/// Create either through <see cref="KampungKbDatabase"/> so the provider and its migrations always match.</remarks>
public partial class KampungKbDbContext : DbContext
{
    public KampungKbDbContext(DbContextOptions<KampungKbDbContext> options) : base(options)
    {
    }

    /// <summary>For provider-specific subclasses, whose options name their own type.</summary>
    protected KampungKbDbContext(DbContextOptions options) : base(options)
    {
    }

    public DbSet<Province> Provinces => Set<Province>();
    public DbSet<Regency> Regencies => Set<Regency>();
    public DbSet<District> Districts => Set<District>();
    public DbSet<Village> Villages => Set<Village>();
    public DbSet<KampungKb> KampungKbs => Set<KampungKb>();
    public DbSet<ProfileSnapshot> ProfileSnapshots => Set<ProfileSnapshot>();
    public DbSet<MonthlyReport> MonthlyReports => Set<MonthlyReport>();
    public DbSet<Agency> Agencies => Set<Agency>();
    public DbSet<SectorProgram> Programs => Set<SectorProgram>();
    public DbSet<ProgramParticipation> ProgramParticipations => Set<ProgramParticipation>();
    public DbSet<Indicator> Indicators => Set<Indicator>();
    public DbSet<Observation> Observations => Set<Observation>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<SavedDocument> SavedDocuments => Set<SavedDocument>();
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(KampungKbDbContext).Assembly);
        ApplyRegionScope(modelBuilder);
    }
}
