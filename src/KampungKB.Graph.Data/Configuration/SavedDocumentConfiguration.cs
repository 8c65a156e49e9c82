using KampungKB.Graph.Data.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KampungKB.Graph.Data.Configuration;

internal sealed class SavedDocumentConfiguration : IEntityTypeConfiguration<SavedDocument>
{
    public void Configure(EntityTypeBuilder<SavedDocument> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Hash).HasMaxLength(71);
        builder.HasIndex(d => d.Hash).IsUnique();
        builder.Property(d => d.Name).HasMaxLength(100);
        builder.HasIndex(d => d.Name).IsUnique();
        builder.Property(d => d.SavedBy).HasMaxLength(CodeLengths.Name);
    }
}
