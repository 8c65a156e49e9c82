using KampungKB.Graph.Data.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KampungKB.Graph.Data.Configuration;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Name).HasMaxLength(CodeLengths.Name);
        builder.HasIndex(k => k.Name).IsUnique();
        builder.Property(k => k.Role).HasConversion<int>();
        builder.Property(k => k.RegionScope).HasMaxLength(CodeLengths.Village);
        builder.Property(k => k.SecretHash).HasMaxLength(64);
        // Every authenticated request looks its key up by hash.
        builder.HasIndex(k => k.SecretHash).IsUnique();
        builder.Property(k => k.SecretPrefix).HasMaxLength(16);
    }
}
