using System.Collections;
using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using System.Text;
using GraphQL;
using GraphQLParser.AST;
using KampungKB.Graph.Querying.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Query;
using SortKey = KampungKB.Graph.Querying.Sorting.SortKey;

namespace KampungKB.Graph.Querying.Plans;

/// <summary>
/// A list field's compiled plans (connection pages, offset segments, batches of children or references), per field of a
/// cached document and per shape of request: the structure of its rows' source and filter (values aside), its order and
/// the kind of statement. Everything else the statement depends on is the field's selection, fixed by the document. A
/// shape gets its plan when seen <see cref="QueryingOptions.PlanAfter"/> times, so a one-off query does not pay EF Core's
/// compilation of a plan; the plans go with their document.
/// </summary>
/// <typeparam name="T">The field's entity.</typeparam>
/// <typeparam name="TRow">What the statement reads: a page's rows, or the entities themselves.</typeparam>
internal sealed class StatementPlans<T, TRow>
{
    // Shapes per field of a document: a document whose variables keep changing the shape stays on the ordinary path.
    private const int ShapesPerField = 64;

    private readonly ConditionalWeakTable<GraphQLField, ConcurrentDictionary<string, Entry>> _fields = new();

    /// <summary>
    /// The request's place among the plans, or null when its statement cannot be planned (no context, a closure in its source).
    /// <paramref name="kind"/> tells apart the statements one field builds: a connection's forward and backward pages, a
    /// segment, a batch with or without a page per parent, an aggregate's grouping.
    /// </summary>
    public PlanRequest? Find(IResolveFieldContext context, QueryingOptions options, IQueryable<T> source, Expression<Func<T, bool>>? filter, string kind)
    {
        if (options.PlanAfter < 1 || options.PlanContext?.Invoke(context) is not { } db
            // The plan runs on this context: it must be the one the rows come from (the scope, the replica are its own).
            || !ReferenceEquals(db.GetService<IAsyncQueryProvider>(), source.Provider)) return null;
        // The key is written into this thread's builder and looked up as a span: a known shape allocates no text.
        var text = t_text ??= new StringBuilder(1024);
        text.Clear();
        if (ExpressionShape.WriteTo(text, source.Expression) is not { Count: 0 }) return null;
        text.Append('\u001f');
        if (ExpressionShape.WriteTo(text, filter) is not { } filterBoxes) return null;
        text.Append('\u001f').Append(kind).Append('\u001f');
        Write(text, ListQuery.Argument(context, "order"));

        var shapes = _fields.GetValue(context.FieldAst, static _ => new(StringComparer.Ordinal));
        if (!TryFind(shapes, text, out var entry))
        {
            if (shapes.Count >= ShapesPerField) return null;
            entry = shapes.GetOrAdd(text.ToString(), _ => new Entry());
        }
        var wanted = entry.Plan == null && !entry.Refused && Interlocked.Increment(ref entry.Seen) >= options.PlanAfter;
        return new PlanRequest(entry, filterBoxes, db, wanted);
    }

    [ThreadStatic] private static StringBuilder? t_text;

    private static bool TryFind(ConcurrentDictionary<string, Entry> shapes, StringBuilder text, [NotNullWhen(true)] out Entry? entry)
    {
        // Clear() leaves one chunk; a key longer than it was spans several until the next Clear().
        var chunks = text.GetChunks().GetEnumerator();
        if (chunks.MoveNext() && chunks.Current.Length == text.Length)
            return shapes.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(chunks.Current.Span, out entry);
        return shapes.TryGetValue(text.ToString(), out entry);
    }

    // The order argument as text: enum directions in nested input objects.
    private static void Write(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null:
                text.Append('~');
                break;
            case IDictionary<string, object?> input:
                text.Append('{');
                foreach (var (name, item) in input)
                {
                    text.Append(name).Append('=');
                    Write(text, item);
                    text.Append(';');
                }
                text.Append('}');
                break;
            case string s:
                text.Append(s.Length).Append('\'').Append(s);
                break;
            case IEnumerable items:
                text.Append('[');
                foreach (var item in items) { Write(text, item); text.Append(','); }
                text.Append(']');
                break;
            default:
                text.Append(value.GetType().Name).Append(':').Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    internal sealed class Entry
    {
        public int Seen;
        public volatile StatementPlan<TRow>? Plan;
        public volatile bool Refused;
    }

    /// <summary>One request's shape: its plan once made, the values of its filter, the context to run on.</summary>
    internal sealed class PlanRequest(Entry entry, IReadOnlyList<IParameterBox> filterBoxes, DbContext db, bool wanted)
    {
        /// <summary>The order's keys of the plan that read the page, from which cursors are written.</summary>
        public IReadOnlyList<SortKey> Keys => entry.Plan!.Keys;

        /// <summary>
        /// The rows read by this shape's plan with the request's own <paramref name="values"/> (offset and rows of a page,
        /// a batch's keys), or null when it has no plan yet.
        /// </summary>
        public async Task<List<TRow>?> ReadAsync(IReadOnlyList<object?> values, CancellationToken cancellationToken)
        {
            // A compiled query runs on its model's contexts only: a fragment shared by a query read on the replica and a
            // mutation read on the primary is built on the other.
            if (entry.Plan is not { } plan || plan.Model != db.Model || plan.Values(filterBoxes, values) is not { } slots) return null;
            var rows = await plan.RunAsync(db, slots, cancellationToken).ConfigureAwait(false);
            SqlStatementCollector.Current?.AddPlannedStatement();
            return rows;
        }

        /// <summary>
        /// When this request is the one to make the plan, makes it from <paramref name="statement"/>, whose own values are
        /// the boxes <paramref name="values"/>, and reads the rows with it; null otherwise, or when the statement cannot be planned.
        /// </summary>
        public async Task<List<TRow>?> PlanAsync(IQueryable<TRow> statement, IReadOnlyList<Expression> values,
            IReadOnlyList<SortKey> keys, CancellationToken cancellationToken)
        {
            if (!wanted) return null;
            var boxes = values.Select(p => ParameterBox.In(p)!).ToList();
            var listsAsOneParameter = RelationalOptionsExtension.Extract(db.GetService<IDbContextOptions>()).ParameterizedCollectionMode
                == ParameterTranslationMode.Parameter;
            var plan = StatementPlan<TRow>.Compile(statement, filterBoxes, boxes, keys, listsAsOneParameter, db.Model);
            if (plan?.Values(filterBoxes, boxes.Select(b => b.BoxedValue).ToList()) is { } slots)
            {
                try
                {
                    // EF Core compiles the plan on its first run: a statement it cannot compile stays on the ordinary path.
                    var rows = await plan.RunAsync(db, slots, cancellationToken).ConfigureAwait(false);
                    entry.Plan = plan;
                    SqlStatementCollector.Current?.AddPlannedStatement();
                    return rows;
                }
                catch (Exception error) when (error is not (DbException or OperationCanceledException))
                {
                }
            }
            entry.Refused = true;
            return null;
        }
    }
}
