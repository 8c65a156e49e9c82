using System.Linq.Expressions;
using KampungKB.Graph.Querying.Sorting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace KampungKB.Graph.Querying.Plans;

/// <summary>
/// A list field's statement (a connection's first page, an offset segment, a batch of children or of references) compiled
/// once by EF Core (<see cref="EF.CompileAsyncQuery{TContext, TParam1, TResult}(Expression{Func{TContext, TParam1, IQueryable{TResult}}})"/>)
/// for one shape of request. A later request of that shape puts its filter's values and its own values (paging, parent
/// keys) into the slots and runs it: no engine build, no EF Core LINQ pipeline (its funcletizer and query-cache lookup).
/// </summary>
internal sealed class StatementPlan<TRow>
{
    private readonly Func<DbContext, object?[], IAsyncEnumerable<TRow>> _run;
    // Per slot, the index of the filter box it reads, or -1 - i for the i-th request value (offset, rows to read, keys).
    private readonly int[] _slots;

    private StatementPlan(Func<DbContext, object?[], IAsyncEnumerable<TRow>> run, int[] slots, IReadOnlyList<SortKey> keys, IModel model)
        => (_run, _slots, Keys, Model) = (run, slots, keys, model);

    /// <summary>The model it was compiled for: EF Core runs a compiled query on contexts of that model only.</summary>
    public IModel Model { get; }

    /// <summary>The order's keys, from which a page's cursors are written.</summary>
    public IReadOnlyList<SortKey> Keys { get; }

    /// <summary>
    /// The plan of <paramref name="statement"/>, whose only values are <paramref name="filterBoxes"/> and <paramref name="requestBoxes"/>;
    /// null when it holds any other value (a closure, a cursor's key), which the plan could not refill. A list sent as one
    /// parameter (<c>EF.Parameter</c>, a batch's keys) can be planned only where <paramref name="listsAsOneParameter"/>, the
    /// context's own mode: a compiled query's parameters take no such mark.
    /// </summary>
    public static StatementPlan<TRow>? Compile(IQueryable<TRow> statement, IReadOnlyList<IParameterBox> filterBoxes, IReadOnlyList<IParameterBox> requestBoxes,
        IReadOnlyList<SortKey> keys, bool listsAsOneParameter, IModel model)
    {
        var lifter = new SlotLifter(filterBoxes, requestBoxes, listsAsOneParameter);
        var body = lifter.Visit(statement.Expression)!;
        // EF Core reads a compiled query's values from its own typed parameters only, and takes a limited number of them.
        if (lifter.Unsupported || !CompileAsyncQuery.TryGetValue(lifter.Parameters.Count, out var compileAsyncQuery)) return null;
        var db = Expression.Parameter(typeof(DbContext), "db");
        var types = new[] { typeof(DbContext) }.Concat(lifter.Parameters.Select(p => p.Type)).Append(typeof(IQueryable<TRow>)).ToArray();
        var query = Expression.Lambda(Expression.GetFuncType(types), body, [db, .. lifter.Parameters]);
        var compile = compileAsyncQuery.MakeGenericMethod([.. types[..^1], typeof(TRow)]);
        var compiled = (Delegate)compile.Invoke(null, [query])!;

        // (db, values) => compiled(db, (T1)values[0], ...): one call shape for every plan.
        var context = Expression.Parameter(typeof(DbContext), "context");
        var values = Expression.Parameter(typeof(object[]), "values");
        var arguments = lifter.Parameters.Select((p, i) => (Expression)Expression.Convert(Expression.ArrayIndex(values, Expression.Constant(i)), p.Type));
        var run = Expression.Lambda<Func<DbContext, object?[], IAsyncEnumerable<TRow>>>(
            Expression.Invoke(Expression.Constant(compiled), [context, .. arguments]), context, values).Compile();
        return new StatementPlan<TRow>(run, [.. lifter.Slots], keys, model);
    }

    // EF.CompileAsyncQuery over an IQueryable, by its number of parameters after the context.
    private static readonly Dictionary<int, System.Reflection.MethodInfo> CompileAsyncQuery = typeof(EF).GetMethods()
        .Where(m => m.Name == nameof(EF.CompileAsyncQuery) && m.GetParameters()[0].ParameterType.GetGenericArguments()[0].GetGenericArguments()[^1] is
            { IsGenericType: true } result && result.GetGenericTypeDefinition() == typeof(IQueryable<>))
        .ToDictionary(m => m.GetGenericArguments().Length - 2);

    /// <summary>The slots' values for a request whose filter holds <paramref name="filterBoxes"/>, null if they do not fit.</summary>
    public object?[]? Values(IReadOnlyList<IParameterBox> filterBoxes, IReadOnlyList<object?> requestValues)
    {
        var values = new object?[_slots.Length];
        for (var i = 0; i < _slots.Length; i++)
        {
            var slot = _slots[i];
            if (slot >= filterBoxes.Count || -1 - slot >= requestValues.Count) return null;
            values[i] = slot >= 0 ? filterBoxes[slot].BoxedValue : requestValues[-1 - slot];
        }
        return values;
    }

    public async Task<List<TRow>> RunAsync(DbContext db, object?[] values, CancellationToken cancellationToken)
    {
        var rows = new List<TRow>();
        await foreach (var row in _run(db, values).WithCancellation(cancellationToken).ConfigureAwait(false)) rows.Add(row);
        return rows;
    }

    /// <summary>Replaces each box with a parameter of its type; marks the statement unsupported if it holds any other value.</summary>
    private sealed class SlotLifter(IReadOnlyList<IParameterBox> filterBoxes, IReadOnlyList<IParameterBox> requestBoxes, bool listsAsOneParameter)
        : ExpressionVisitor
    {
        private readonly Dictionary<IParameterBox, ParameterExpression> _lifted = new(ReferenceEqualityComparer.Instance);

        public List<ParameterExpression> Parameters { get; } = [];

        public List<int> Slots { get; } = [];

        public bool Unsupported { get; private set; }

        public override Expression? Visit(Expression? node)
        {
            if (node == null || ParameterBox.In(node) is not { } box) return base.Visit(node);
            if (_lifted.TryGetValue(box, out var parameter)) return parameter;
            var source = IndexOf(filterBoxes, box) is var filter and >= 0 ? filter : IndexOf(requestBoxes, box) is var own and >= 0 ? -1 - own : (int?)null;
            if (source == null) { Unsupported = true; return node; }
            // Named as the funcletizer names a box's value, so the SQL reads the same as on the ordinary path.
            parameter = Expression.Parameter(node.Type, Parameters.Count == 0 ? "Value" : "Value" + Parameters.Count);
            Parameters.Add(parameter);
            Slots.Add(source.Value);
            _lifted[box] = parameter;
            return parameter;
        }

        // EF.Parameter(box): the lifted parameter is one list parameter only in the context's own mode, which it must then be.
        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (!node.Method.IsGenericMethod || node.Method.GetGenericMethodDefinition() != LinqMethods.EfParameter) return base.VisitMethodCall(node);
            if (!listsAsOneParameter) Unsupported = true;
            return listsAsOneParameter ? Visit(node.Arguments[0])! : node;
        }

        protected override Expression VisitConstant(ConstantExpression node)
        {
            if (node.Value != null && !ExpressionShape.IsValue(node.Value.GetType())) Unsupported = true;
            return node;
        }

        private static int IndexOf(IReadOnlyList<IParameterBox> boxes, IParameterBox box)
        {
            for (var i = 0; i < boxes.Count; i++)
                if (ReferenceEquals(boxes[i], box)) return i;
            return -1;
        }
    }
}
