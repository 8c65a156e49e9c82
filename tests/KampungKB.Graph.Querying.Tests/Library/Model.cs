namespace KampungKB.Graph.Querying.Tests.Library;

// A tiny library model, unrelated to Kampung KB on purpose: the engine must not know its callers.
public enum Genre
{
    Fiction,
    Poetry,
    Science,
    History,
}

public sealed class Author
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public string? Country { get; set; }
    public DateOnly? Born { get; set; }
    public double? Rating { get; set; }
    public bool Active { get; set; }
    public Genre Genre { get; set; }
    public int? MentorId { get; set; }
    public Author? Mentor { get; set; }
    public List<Book> Books { get; set; } = [];
}

public sealed class Book
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public string? Subtitle { get; set; }
    public int Year { get; set; }
    public long Copies { get; set; }
    public DateTime Published { get; set; }
    public Genre? Genre { get; set; }
    public int AuthorId { get; set; }
    public Author Author { get; set; } = null!;
    public List<Review> Reviews { get; set; } = [];
    public List<BookTag> Tags { get; set; } = [];
}

// A composite key, like the domain's programme participations.
public sealed class BookTag
{
    public int BookId { get; set; }
    public required string Tag { get; set; }
    public int Weight { get; set; }
    public Book? Book { get; set; }
}

public sealed class Review
{
    public int Id { get; set; }
    public int Stars { get; set; }
    public string? Text { get; set; }
    public int BookId { get; set; }
    public Book Book { get; set; } = null!;
}
