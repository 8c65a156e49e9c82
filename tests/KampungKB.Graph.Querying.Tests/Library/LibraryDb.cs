using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Querying.Tests.Library;

public sealed class LibraryDb(DbContextOptions<LibraryDb> options) : DbContext(options)
{
    public DbSet<Author> Authors => Set<Author>();
    public DbSet<Book> Books => Set<Book>();
    public DbSet<Review> Reviews => Set<Review>();
    public DbSet<BookTag> BookTags => Set<BookTag>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Author>().HasOne(a => a.Mentor).WithMany().HasForeignKey(a => a.MentorId);
        modelBuilder.Entity<Author>().HasIndex(a => a.Name);
        modelBuilder.Entity<Book>().HasOne(b => b.Author).WithMany(a => a.Books).HasForeignKey(b => b.AuthorId);
        modelBuilder.Entity<BookTag>().HasKey(t => new { t.BookId, t.Tag });
        modelBuilder.Entity<BookTag>().HasOne(t => t.Book).WithMany(b => b.Tags).HasForeignKey(t => t.BookId);
        modelBuilder.Entity<Review>().HasOne(r => r.Book).WithMany(b => b.Reviews).HasForeignKey(r => r.BookId);
    }
}
