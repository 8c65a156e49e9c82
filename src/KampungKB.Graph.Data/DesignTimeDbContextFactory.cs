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
