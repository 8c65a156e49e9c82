using CsCheck;
using KampungKB.Graph.Querying.Tests.Library;

namespace KampungKB.Graph.Querying.Tests.Oracle;

/// <summary>One sort key: its <c>order</c> JSON and how to read it in memory.</summary>
public sealed record SortKeySpec<T>(object Json, string Text, Func<T, object?> Read, bool Descending);

/// <summary>A generated <c>order</c> list with its in-memory comparer: missing values first in ASC, ordinal strings, unique id last.</summary>
public sealed record Order<T>(List<SortKeySpec<T>> Keys, Func<T, int> Id)
{
    public List<object> Json => Keys.Select(k => k.Json).ToList();

    public List<T> Apply(IEnumerable<T> rows)
    {
        var list = rows.ToList();
        list.Sort(Compare);
        return list;
    }

    private int Compare(T x, T y)
    {
        foreach (var key in Keys)
        {
            var c = CompareValues(key.Read(x), key.Read(y));
            if (c != 0) return key.Descending ? -c : c;
        }
        return Id(x).CompareTo(Id(y));
    }

    private static int CompareValues(object? a, object? b) => (a, b) switch
    {
        (null, null) => 0,
        (null, _) => -1,
        (_, null) => 1,
        (string s, string t) => string.CompareOrdinal(s, t),
        _ => Comparer<object>.Default.Compare(a, b),
    };

    public override string ToString() => string.Join(", ", Keys.Select(k => k.Text));
}

public static class SortGen
{
    public static Gen<Order<Author>> Author =>
        Gen.OneOf(AuthorKeys).List[0, 3].Select(keys => new Order<Author>(keys, a => a.Id));

    public static Gen<Order<Book>> Book =>
        Gen.OneOf(BookKeys).List[0, 3].Select(keys => new Order<Book>(keys, b => b.Id));

    private static Gen<SortKeySpec<Author>>[] AuthorKeys =>
    [
        Key<Author>("id", a => a.Id), Key<Author>("name", a => a.Name), Key<Author>("country", a => a.Country),
        Key<Author>("born", a => a.Born), Key<Author>("rating", a => a.Rating), Key<Author>("active", a => a.Active),
        Key<Author>("genre", a => (int)a.Genre),
        Nested<Author>("mentor", "name", a => a.Mentor?.Name), Nested<Author>("mentor", "rating", a => a.Mentor?.Rating),
        Nested<Author>("mentor", "born", a => a.Mentor?.Born), Nested<Author>("mentor", "id", a => a.Mentor?.Id),
    ];

    private static Gen<SortKeySpec<Book>>[] BookKeys =>
    [
        Key<Book>("id", b => b.Id), Key<Book>("title", b => b.Title), Key<Book>("subtitle", b => b.Subtitle),
        Key<Book>("year", b => b.Year), Key<Book>("published", b => b.Published), Key<Book>("genre", b => (int?)b.Genre),
        Nested<Book>("author", "name", b => b.Author.Name), Nested<Book>("author", "country", b => b.Author.Country),
    ];

    public static Gen<SortKeySpec<T>> Key<T>(string field, Func<T, object?> read)
        => Gen.Bool.Select(desc => new SortKeySpec<T>(new Dictionary<string, object> { [field] = desc ? "DESC" : "ASC" },
            $"{field} {(desc ? "DESC" : "ASC")}", read, desc));

    public static Gen<SortKeySpec<T>> Nested<T>(string reference, string field, Func<T, object?> read)
        => Gen.Bool.Select(desc => new SortKeySpec<T>(
            new Dictionary<string, object> { [reference] = new Dictionary<string, object> { [field] = desc ? "DESC" : "ASC" } },
            $"{reference}.{field} {(desc ? "DESC" : "ASC")}", read, desc));
}
