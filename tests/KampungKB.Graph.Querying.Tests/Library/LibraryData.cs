namespace KampungKB.Graph.Querying.Tests.Library;

/// <summary>Deterministic rows with the awkward cases: nulls, ties, mixed case, shared prefixes, non-ASCII letters.</summary>
public static class LibraryData
{
    public static readonly string[] Words = ["alpha", "Alpha", "ALPHA", "beta", "Beta", "gamma", "delta", "al", "a_b", "a%b", "émile", "Émile", "zeta", "", "straße", "Zoë"];
    public static readonly string?[] Countries = ["ID", "id", "NL", "US", null, "Bali", "ba"];

    public static readonly string[] Tags = ["classic", "new", "award", "Local", "local"];

    public static (List<Author> Authors, List<Book> Books, List<Review> Reviews, List<BookTag> Tags) Create(int authors = 120, int seed = 7)
    {
        var random = new Random(seed);
        var authorRows = new List<Author>();
        for (var i = 1; i <= authors; i++)
        {
            authorRows.Add(new Author
            {
                Id = i,
                Name = Words[random.Next(Words.Length)] + (random.Next(3) == 0 ? "" : " " + Words[random.Next(Words.Length)]),
                Country = Countries[random.Next(Countries.Length)],
                Born = random.Next(4) == 0 ? null : new DateOnly(1900 + random.Next(100), 1 + random.Next(12), 1 + random.Next(28)),
                Rating = random.Next(5) == 0 ? null : random.Next(0, 10) / 2.0,
                Active = random.Next(2) == 0,
                Genre = (Genre)random.Next(4),
                MentorId = i > 1 && random.Next(3) == 0 ? random.Next(1, i) : null,
            });
        }
        var books = new List<Book>();
        var reviews = new List<Review>();
        var tags = new List<BookTag>();
        foreach (var author in authorRows)
        {
            var count = random.Next(0, 6);
            for (var b = 0; b < count; b++)
            {
                var book = new Book
                {
                    Id = books.Count + 1,
                    Title = Words[random.Next(Words.Length)] + " " + random.Next(20),
                    Subtitle = random.Next(3) == 0 ? null : Words[random.Next(Words.Length)],
                    Year = 1950 + random.Next(70),
                    Copies = random.Next(5) * 1_000_000_000L,
                    Published = new DateTime(2000, 1, 1).AddHours(random.Next(200_000)),
                    Genre = random.Next(4) == 0 ? null : (Genre)random.Next(4),
                    AuthorId = author.Id,
                };
                books.Add(book);
                foreach (var tag in Tags.Where(_ => random.Next(3) == 0))
                    tags.Add(new BookTag { BookId = book.Id, Tag = tag, Weight = random.Next(3) });
                for (var r = random.Next(0, 4); r > 0; r--)
                    reviews.Add(new Review { Id = reviews.Count + 1, BookId = book.Id, Stars = 1 + random.Next(5), Text = random.Next(2) == 0 ? null : Words[random.Next(Words.Length)] });
            }
        }
        return (authorRows, books, reviews, tags);
    }
}
