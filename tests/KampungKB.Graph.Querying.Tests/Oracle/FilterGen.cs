using CsCheck;
using KampungKB.Graph.Querying.Tests.Library;

namespace KampungKB.Graph.Querying.Tests.Oracle;

/// <summary>Random filters over the library model, each with its LINQ-to-objects meaning (ordinal strings, C# null semantics).</summary>
public static class FilterGen
{
    private static readonly string?[] StringValues = [.. LibraryData.Words, .. LibraryData.Countries, "alpha beta", "nope"];
    private static readonly string[] Fragments = ["a", "al", "Al", "AL", "é", "É", "", "%", "_", "ß", "mile", "ID", "a%", "eta", " ", "1"];

    public static Gen<Filter<Author>> Author(int depth) => Object(depth, AuthorFields, Author);

    public static Gen<Filter<Book>> Book(int depth) => Object(depth, BookFields, Book);

    public static Gen<Filter<Review>> Review(int depth) => Object(depth, ReviewFields, Review);

    private static Gen<Condition<Author>>[] AuthorFields(int depth) =>
    [
        Comparable<Author, int>("id", a => a.Id, Gen.Int[0, 125], v => v),
        String<Author>("name", a => a.Name),
        String<Author>("country", a => a.Country),
        Comparable<Author, DateOnly>("born", a => a.Born, Gen.Int[1900, 2000].Select(y => new DateOnly(y, 6, 15)), v => v.ToString("yyyy-MM-dd")),
        Comparable<Author, double>("rating", a => a.Rating, Gen.Int[0, 10].Select(i => i / 2.0 + (i == 5 ? 0.25 : 0)), v => v),
        Boolean<Author>("active", a => a.Active),
        Enum<Author>("genre", a => a.Genre),
        .. depth == 0 ? Array.Empty<Gen<Condition<Author>>>() :
        [
            Nested<Author, Author>("mentor", a => a.Mentor, Author(depth - 1)),
            List<Author, Book>("books", a => a.Books, Book(depth - 1)),
        ],
    ];

    private static Gen<Condition<Book>>[] BookFields(int depth) =>
    [
        Comparable<Book, int>("id", b => b.Id, Gen.Int[0, 400], v => v),
        String<Book>("title", b => b.Title),
        String<Book>("subtitle", b => b.Subtitle),
        Comparable<Book, int>("year", b => b.Year, Gen.Int[1950, 2020], v => v),
        Comparable<Book, long>("copies", b => b.Copies, Gen.Int[0, 4].Select(i => i * 1_000_000_000L), v => v),
        Comparable<Book, DateTime>("published", b => b.Published, Gen.Int[0, 200_000].Select(h => new DateTime(2000, 1, 1).AddHours(h)), v => v.ToString("yyyy-MM-ddTHH:mm:ss") + "Z"),
        Enum<Book>("genre", b => b.Genre),
        .. depth == 0 ? Array.Empty<Gen<Condition<Book>>>() :
        [
            Nested<Book, Author>("author", b => b.Author, Author(depth - 1)),
            List<Book, Review>("reviews", b => b.Reviews, Review(depth - 1)),
        ],
    ];

    private static Gen<Condition<Review>>[] ReviewFields(int depth) =>
    [
        Comparable<Review, int>("stars", r => r.Stars, Gen.Int[0, 6], v => v),
        String<Review>("text", r => r.Text),
        .. depth == 0 ? Array.Empty<Gen<Condition<Review>>>() : [Nested<Review, Book>("book", r => r.Book, Book(depth - 1))],
    ];

    private static Gen<Filter<T>> Object<T>(int depth, Func<int, Gen<Condition<T>>[]> fields, Func<int, Gen<Filter<T>>> self)
    {
        var field = Gen.OneOf(fields(depth));
        var plain = field.List[1, 2].Select(Combine);
        if (depth == 0) return plain;
        var logical = Gen.Frequency(
            (1, self(depth - 1).List[0, 3].Select(items => new Condition<T>("and", items.Select(i => i.Json).ToList(),
                row => items.All(i => i.Accepts(row))))),
            (1, self(depth - 1).List[0, 3].Select(items => new Condition<T>("or", items.Select(i => i.Json).ToList(),
                row => items.Any(i => i.Accepts(row))))));
        return Gen.Frequency((3, plain), (1, Gen.Select(logical, field.List[0, 1], (l, rest) => Combine([l, .. rest]))));
    }

    private static Filter<T> Combine<T>(List<Condition<T>> conditions)
    {
        var json = new Dictionary<string, object?>();
        var used = new List<Condition<T>>();
        foreach (var condition in conditions)
            if (json.TryAdd(condition.Field, condition.Json)) used.Add(condition);
        var predicates = used.Where(c => c.Matches != null).Select(c => c.Matches!).ToList();
        return new Filter<T>(json, predicates.Count == 0 ? null : row => predicates.All(p => p(row)));
    }

    private static Gen<Condition<T>> Op<T>(string field, Gen<(string Op, object? Json, Func<T, bool> Matches)> op)
        => op.Select(o => new Condition<T>(field, new Dictionary<string, object?> { [o.Op] = o.Json }, o.Matches));

    private static Gen<Condition<T>> String<T>(string field, Func<T, string?> get)
    {
        var value = Gen.OneOf(StringValues);
        var fragment = Gen.OneOf(Fragments);
        var list = value.List[0, 3];
        return Op(field, Gen.OneOf<(string, object?, Func<T, bool>)>(
            value.Select(v => ("eq", (object?)v, (Func<T, bool>)(r => get(r) == v))),
            value.Select(v => ("neq", (object?)v, (Func<T, bool>)(r => get(r) != v))),
            list.Select(l => ("in", (object?)l, (Func<T, bool>)(r => l.Contains(get(r))))),
            list.Select(l => ("nin", (object?)l, (Func<T, bool>)(r => !l.Contains(get(r))))),
            fragment.Select(f => ("contains", (object?)f, (Func<T, bool>)(r => get(r)?.Contains(f, StringComparison.Ordinal) == true))),
            fragment.Select(f => ("ncontains", (object?)f, (Func<T, bool>)(r => get(r)?.Contains(f, StringComparison.Ordinal) != true))),
            fragment.Select(f => ("icontains", (object?)f, (Func<T, bool>)(r => get(r) is { } s && AsciiLower(s).Contains(AsciiLower(f), StringComparison.Ordinal)))),
            fragment.Select(f => ("startsWith", (object?)f, (Func<T, bool>)(r => get(r)?.StartsWith(f, StringComparison.Ordinal) == true))),
            fragment.Select(f => ("nstartsWith", (object?)f, (Func<T, bool>)(r => get(r)?.StartsWith(f, StringComparison.Ordinal) != true))),
            fragment.Select(f => ("endsWith", (object?)f, (Func<T, bool>)(r => get(r)?.EndsWith(f, StringComparison.Ordinal) == true))),
            fragment.Select(f => ("nendsWith", (object?)f, (Func<T, bool>)(r => get(r)?.EndsWith(f, StringComparison.Ordinal) != true)))));
    }

    // SQLite's lower() folds ASCII letters only.
    private static string AsciiLower(string s) => string.Concat(s.Select(c => c is >= 'A' and <= 'Z' ? (char)(c + 32) : c));

    private static Gen<Condition<T>> Comparable<T, TV>(string field, Func<T, TV?> get, Gen<TV> gen, Func<TV, object> json) where TV : struct, IComparable<TV>
        => Compare<T, TV>(field, get, gen, json);

    private static Gen<Condition<T>> Comparable<T, TV>(string field, Func<T, TV> get, Gen<TV> gen, Func<TV, object> json) where TV : struct, IComparable<TV>
        => Compare<T, TV>(field, r => get(r), gen, json);

    private static Gen<Condition<T>> Compare<T, TV>(string field, Func<T, TV?> get, Gen<TV> gen, Func<TV, object> json) where TV : struct, IComparable<TV>
    {
        var maybe = Gen.Frequency((4, gen.Select(v => (TV?)v)), (1, Gen.Const((TV?)null)));
        Gen<(string, object?, Func<T, bool>)> Range(string op, Func<int, bool> test, bool negate)
            => gen.Select(v => (op, (object?)json(v), (Func<T, bool>)(r => get(r) is { } x ? test(x.CompareTo(v)) != negate : negate)));
        return Op(field, Gen.OneOf(
            maybe.Select(v => ("eq", v is { } e ? json(e) : null, (Func<T, bool>)(r => Nullable.Equals(get(r), v)))),
            maybe.Select(v => ("neq", v is { } e ? json(e) : null, (Func<T, bool>)(r => !Nullable.Equals(get(r), v)))),
            maybe.List[0, 3].Select(l => ("in", (object?)l.Select(v => v is { } e ? json(e) : null).ToList(), (Func<T, bool>)(r => l.Contains(get(r))))),
            maybe.List[0, 3].Select(l => ("nin", (object?)l.Select(v => v is { } e ? json(e) : null).ToList(), (Func<T, bool>)(r => !l.Contains(get(r))))),
            Range("gt", c => c > 0, false), Range("ngt", c => c > 0, true),
            Range("gte", c => c >= 0, false), Range("ngte", c => c >= 0, true),
            Range("lt", c => c < 0, false), Range("nlt", c => c < 0, true),
            Range("lte", c => c <= 0, false), Range("nlte", c => c <= 0, true)));
    }

    private static Gen<Condition<T>> Boolean<T>(string field, Func<T, bool> get)
    {
        var value = Gen.OneOf<bool?>(true, false, null);
        return Op(field, Gen.OneOf(
            value.Select(v => ("eq", (object?)v, (Func<T, bool>)(r => get(r) == v))),
            value.Select(v => ("neq", (object?)v, (Func<T, bool>)(r => get(r) != v)))));
    }

    private static Gen<Condition<T>> Enum<T>(string field, Func<T, Genre?> get)
    {
        var value = Gen.OneOf<Genre?>(Genre.Fiction, Genre.Poetry, Genre.Science, Genre.History, null);
        static object? Name(Genre? g) => g?.ToString().ToUpperInvariant();
        return Op(field, Gen.OneOf(
            value.Select(v => ("eq", Name(v), (Func<T, bool>)(r => get(r) == v))),
            value.Select(v => ("neq", Name(v), (Func<T, bool>)(r => get(r) != v))),
            value.List[0, 3].Select(l => ("in", (object?)l.Select(Name).ToList(), (Func<T, bool>)(r => l.Contains(get(r))))),
            value.List[0, 3].Select(l => ("nin", (object?)l.Select(Name).ToList(), (Func<T, bool>)(r => !l.Contains(get(r)))))));
    }

    private static Gen<Condition<T>> Nested<T, TN>(string field, Func<T, TN?> get, Gen<Filter<TN>> inner) where TN : class
        => inner.Select(f => new Condition<T>(field, f.Json, f.Matches == null ? null : r => get(r) is { } n && f.Matches(n)));

    private static Gen<Condition<T>> List<T, TI>(string field, Func<T, List<TI>> get, Gen<Filter<TI>> inner)
        => Gen.OneOf(
            inner.Select(f => new Condition<T>(field, new Dictionary<string, object?> { ["some"] = f.Json }, r => get(r).Any(f.Accepts))),
            inner.Select(f => new Condition<T>(field, new Dictionary<string, object?> { ["all"] = f.Json }, r => get(r).All(f.Accepts))),
            inner.Select(f => new Condition<T>(field, new Dictionary<string, object?> { ["none"] = f.Json }, r => !get(r).Any(f.Accepts))),
            Gen.Bool.Select(b => new Condition<T>(field, new Dictionary<string, object?> { ["any"] = b }, r => get(r).Count > 0 == b)));
}
