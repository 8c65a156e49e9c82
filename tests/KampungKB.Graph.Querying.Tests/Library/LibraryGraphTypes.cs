using GraphQL;
using GraphQL.Types;
using KampungKB.Graph.Querying.Projection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KampungKB.Graph.Querying.Tests.Library;

// Written the way the server is expected to write its own types.
public sealed class GenreGraphType : EnumerationGraphType<Genre>
{
    public GenreGraphType() => Name = "Genre";
}

public sealed class AuthorType : ObjectGraphType<Author>
{
    public AuthorType()
    {
        Name = "Author";
        Field(x => x.Id);
        Field(x => x.Name);
        Field(x => x.Country, nullable: true);
        Field(x => x.Born, nullable: true);
        Field(x => x.Rating, nullable: true);
        Field(x => x.Active);
        Field(x => x.Genre, type: typeof(NonNullGraphType<GenreGraphType>));
        Field<StringGraphType>("label").Resolve(c => c.Source.Name + "/" + c.Source.Country).Requires(x => x.Name, x => x.Country);
        Field<IntGraphType>("nameLength").Resolve(c => c.Source.Name.Length);
        Field("bookList", x => x.Books, type: typeof(ListGraphType<NonNullGraphType<BookType>>)).Description("The books through the navigation, projected in the same statement.");
        this.BatchedReference("mentor", typeof(AuthorType), a => a.MentorId, (Author m) => m.Id, LibraryQuery.Db(c => c.Authors));
        this.BatchedReference("joinedMentor", typeof(AuthorType), a => a.MentorId, (Author m) => m.Id, LibraryQuery.Db(c => c.Authors), navigation: a => a.Mentor);
        this.BatchedList("mentees", typeof(AuthorType), a => a.Id, (Author m) => m.MentorId, LibraryQuery.Db(c => c.Authors))
            .Sort<AuthorSortInputType>();
        this.BatchedList("books", typeof(BookType), a => a.Id, (Book b) => b.AuthorId, LibraryQuery.Db(c => c.Books))
            .Filter<BookFilterInputType>().Sort<BookSortInputType>();
        // A computed aggregate the way the server's stats are written: BatchedField + FilterArgument.
        Field<NonNullGraphType<IntGraphType>>("bookCount")
            .Argument<BookFilterInputType>("where", "Filters the books counted.")
            .Requires(x => x.Id)
            .Resolve(c => Batching.BatchedField.Load(c, c.Source.Id, (keys, ct) => CountBooksAsync(c, keys, ct), 0));
    }

    private static async Task<Dictionary<object, int>> CountBooksAsync(IResolveFieldContext context, IReadOnlyCollection<object> keys, CancellationToken ct)
    {
        var ids = keys.Cast<int>().ToList();
        var books = LibraryQuery.Db(c => c.Books)(context).Where(b => ids.Contains(b.AuthorId));
        if (Filtering.FilterArgument.Predicate<Book>(context) is { } where) books = books.Where(where);
        var counts = await books.GroupBy(b => b.AuthorId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return counts.ToDictionary(c => (object)c.Key, c => c.Count);
    }
}

public sealed class BookType : ObjectGraphType<Book>
{
    public BookType()
    {
        Name = "Book";
        Field(x => x.Id);
        Field(x => x.Title);
        Field(x => x.Subtitle, nullable: true);
        Field(x => x.Year);
        Field(x => x.Published);
        Field(x => x.Genre, type: typeof(GenreGraphType));
        Field("writer", x => x.Author, type: typeof(AuthorType)).Description("The author through the navigation, projected in the same statement.");
        this.BatchedReference("author", typeof(AuthorType), b => b.AuthorId, (Author a) => a.Id, LibraryQuery.Db(c => c.Authors));
        this.BatchedReference("joinedAuthor", typeof(AuthorType), b => b.AuthorId, (Author a) => a.Id, LibraryQuery.Db(c => c.Authors), navigation: b => b.Author);
        this.BatchedList("reviews", typeof(ReviewType), b => b.Id, (Review r) => r.BookId, LibraryQuery.Db(c => c.Reviews))
            .Filter<ReviewFilterInputType>().Sort<ReviewSortInputType>();
        this.BatchedList("tags", typeof(BookTagType), b => b.Id, (BookTag t) => t.BookId, LibraryQuery.Db(c => c.BookTags))
            .Filter<BookTagFilterInputType>().Sort<BookTagSortInputType>();
    }
}

public sealed class BookTagType : ObjectGraphType<BookTag>
{
    public BookTagType()
    {
        Name = "BookTag";
        Field(x => x.BookId);
        Field(x => x.Tag);
        Field(x => x.Weight);
    }
}

public sealed class BookTagFilterInputType : Filtering.FilterInputType<BookTag>
{
    public BookTagFilterInputType()
    {
        Name = "BookTagFilterInput";
        Field(x => x.Tag);
        Field(x => x.Weight);
        Object(x => x.Book, typeof(BookFilterInputType));
    }
}

public sealed class BookTagSortInputType : Sorting.SortInputType<BookTag>
{
    public BookTagSortInputType()
    {
        Name = "BookTagSortInput";
        Field(x => x.Tag);
        Field(x => x.Weight);
        Field(x => x.BookId);
    }
}

public sealed class ReviewType : ObjectGraphType<Review>
{
    public ReviewType()
    {
        Name = "Review";
        Field(x => x.Id);
        Field(x => x.Stars);
        Field(x => x.Text, nullable: true);
        this.BatchedReference("book", typeof(BookType), r => r.BookId, (Book b) => b.Id, LibraryQuery.Db(c => c.Books));
    }
}

public sealed class AuthorFilterInputType : Filtering.FilterInputType<Author>
{
    public AuthorFilterInputType()
    {
        Name = "AuthorFilterInput";
        Field(x => x.Id);
        Field(x => x.Name);
        Field(x => x.Country);
        Field(x => x.Born);
        Field(x => x.Rating);
        Field(x => x.Active);
        Field(x => x.Genre, typeof(GenreGraphType));
        Object(x => x.Mentor, typeof(AuthorFilterInputType));
        List(x => x.Books, typeof(BookFilterInputType));
    }
}

public sealed class BookFilterInputType : Filtering.FilterInputType<Book>
{
    public BookFilterInputType()
    {
        Name = "BookFilterInput";
        Field(x => x.Id);
        Field(x => x.Title);
        Field(x => x.Subtitle);
        Field(x => x.Year);
        Field(x => x.Copies);
        Field(x => x.Published);
        Field(x => x.Genre, typeof(GenreGraphType));
        Object(x => x.Author, typeof(AuthorFilterInputType));
        List(x => x.Reviews, typeof(ReviewFilterInputType));
    }
}

public sealed class ReviewFilterInputType : Filtering.FilterInputType<Review>
{
    public ReviewFilterInputType()
    {
        Name = "ReviewFilterInput";
        Field(x => x.Id);
        Field(x => x.Stars);
        Field(x => x.Text);
        Object(x => x.Book, typeof(BookFilterInputType));
    }
}

public sealed class AuthorSortInputType : Sorting.SortInputType<Author>
{
    public AuthorSortInputType()
    {
        Name = "AuthorSortInput";
        Field(x => x.Id);
        Field(x => x.Name);
        Field(x => x.Country);
        Field(x => x.Born);
        Field(x => x.Rating);
        Field(x => x.Active);
        Field(x => x.Genre);
        Object(x => x.Mentor, typeof(AuthorSortInputType));
    }
}

public sealed class BookSortInputType : Sorting.SortInputType<Book>
{
    public BookSortInputType()
    {
        Name = "BookSortInput";
        Field(x => x.Id);
        Field(x => x.Title);
        Field(x => x.Subtitle);
        Field(x => x.Year);
        Field(x => x.Published);
        Field(x => x.Genre);
        Object(x => x.Author, typeof(AuthorSortInputType));
    }
}

public sealed class ReviewSortInputType : Sorting.SortInputType<Review>
{
    public ReviewSortInputType()
    {
        Name = "ReviewSortInput";
        Field(x => x.Id);
        Field(x => x.Stars);
        Field(x => x.Text);
    }
}

public sealed class LibraryQuery : ObjectGraphType
{
    public LibraryQuery()
    {
        Name = "Query";
        this.Connection("authors", typeof(AuthorType), Db(c => c.Authors)).Filter<AuthorFilterInputType>().Sort<AuthorSortInputType>();
        this.Connection("books", typeof(BookType), Db(c => c.Books)).Filter<BookFilterInputType>().Sort<BookSortInputType>();
        this.Connection("bookTags", typeof(BookTagType), Db(c => c.BookTags)).Filter<BookTagFilterInputType>().Sort<BookTagSortInputType>();
        this.CollectionSegment("authorPages", typeof(AuthorType), Db(c => c.Authors)).Filter<AuthorFilterInputType>().Sort<AuthorSortInputType>();
        this.FilteredList("authorList", typeof(AuthorType), Db(c => c.Authors)).Filter<AuthorFilterInputType>().Sort<AuthorSortInputType>();
        this.FilteredList("tinyAuthorList", typeof(AuthorType), Db(c => c.Authors)).Options(new QueryingOptions { MaxPageSize = 10 });
        this.SingleOrDefault("author", typeof(AuthorType), c => Db(d => d.Authors)(c).Where(a => a.Id == c.GetArgument<int>("id")))
            .Argument<NonNullGraphType<IntGraphType>>("id");
        this.Connection("smallAuthors", typeof(AuthorType), Db(c => c.Authors)).Options(new QueryingOptions { DefaultPageSize = 5, MaxPageSize = 10 });
    }

    public static Func<IResolveFieldContext, IQueryable<T>> Db<T>(Func<LibraryDb, DbSet<T>> set) where T : class
        => context => set(context.RequestServices!.GetRequiredService<LibraryDb>()).AsNoTracking();
}
