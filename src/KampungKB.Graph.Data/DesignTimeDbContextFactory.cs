using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace KampungKB.Graph.Data;

/// <summary>Lets <c>dotnet ef</c> build the context without the server's host.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<KampungKbDbContext>
{
    public KampungKbDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<KampungKbDbContext>()
            .UseSqlite("Data Source=kampungkb.design.db")
            .Options);
}

/// <summary>Lets <c>dotnet ef ... --context PostgresKampungKbDbContext</c> build the PostgreSQL context; adding a
/// migration needs no server.</summary>
internal sealed class PostgresDesignTimeDbContextFactory : IDesignTimeDbContextFactory<PostgresKampungKbDbContext>
{
    public PostgresKampungKbDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresKampungKbDbContext>()
            .UseNpgsql(Environment.GetEnvironmentVariable("KAMPUNGKB_DESIGN_POSTGRES") ?? "Host=localhost;Database=kampungkb_design")
            .Options);
}
