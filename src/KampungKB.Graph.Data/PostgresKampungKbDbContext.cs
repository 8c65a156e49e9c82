using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Data;

/// <summary>
/// The hub's model on PostgreSQL. A type of its own so EF Core keeps its migrations (<c>Migrations/Postgres/</c>)
/// apart from SQLite's; services still ask for <see cref="KampungKbDbContext"/>.
/// </summary>
public sealed class PostgresKampungKbDbContext(DbContextOptions<PostgresKampungKbDbContext> options) : KampungKbDbContext(options)
{
    /// <summary>Byte-order ("C") collation on every text column, so comparisons, ORDER BY and prefix ranges are
    /// ordinal as on SQLite (BINARY), whatever locale the server's database was created with.</summary>
    public const string OrdinalCollation = "C";

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<string>().UseCollation(OrdinalCollation);
}
