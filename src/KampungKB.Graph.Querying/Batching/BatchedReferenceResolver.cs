using System.Linq.Expressions;
using GraphQL;
using GraphQL.Resolvers;
using KampungKB.Graph.Querying.Filtering;
using KampungKB.Graph.Querying.Plans;
using KampungKB.Graph.Querying.Projection;

namespace KampungKB.Graph.Querying.Batching;

/// <summary>
/// Resolves child -> parent references with one query per level, or from the source's <paramref name="navigation"/>
/// when projection joined it into the statement that loaded the source.
/// </summary>
internal sealed class BatchedReferenceResolver<TSource, TTarget, TKey>(
    ListFieldDefinition<TTarget> definition, Expression<Func<TSource, object?>> foreignKey, Expression<Func<TTarget, TKey>> targetKey,
    Expression<Func<TSource, TTarget?>>? navigation)
    : IFieldResolver, ISourceFieldResolver
    where TTarget : class
{
    private readonly Func<TSource, TTarget?>? _navigation = navigation?.Compile();
    private readonly Func<TSource, object?> _foreignKey = foreignKey.Compile();
    private readonly Func<TTarget, TKey> _targetKey = targetKey.Compile();
    private readonly MemberPath _targetKeyPath = MemberPath.From(targetKey);

    public ValueTask<object?> ResolveAsync(IResolveFieldContext context) => new(Resolve(context));

    // A reference projection joined in is read from the source; one that was not must be loaded.
    public bool TryRead(object source, out object? value)
    {
        value = _navigation?.Invoke((TSource)source);
        return value != null;
    }

    private object? Resolve(IResolveFieldContext context)
    {
        var source = (TSource)context.Source!;
        // Null means not loaded (a whole row, a mutation payload) or missing: batching tells them apart.
        if (_navigation?.Invoke(source) is { } joined) return joined;
        var key = OperationTranslator.ConvertTo(_foreignKey(source), typeof(TKey));
        if (key == null) return null;
        return BatchRegistry.For(context, this, static (firstParent, self) => new BatchLoader<TTarget?>((keys, ct) => self.FetchAsync(firstParent, keys, ct), null)).Load(key);
    }

    private async Task<Dictionary<object, TTarget?>> FetchAsync(IResolveFieldContext context, IReadOnlyCollection<object> keys, CancellationToken cancellationToken)
    {
        var source = definition.Source(context);
        var keyList = BatchedListResolver<TSource, TTarget, TKey>.KeyList<TKey>(keys);
        // A batch asked before in the same shape runs its compiled plan with these keys.
        var planning = definition.BatchPlans.Find(context, definition.OptionsFor(context), source, null, "R");
        var rows = planning != null && await planning.ReadAsync([keyList], cancellationToken).ConfigureAwait(false) is { } planned
            ? planned
            : await BuiltAsync(context, source, planning, keyList, cancellationToken).ConfigureAwait(false);
        var result = new Dictionary<object, TTarget?>();
        foreach (var row in rows) result[_targetKey(row)!] = row;
        return result;
    }

    private async Task<List<TTarget>> BuiltAsync(IResolveFieldContext context, IQueryable<TTarget> source,
        StatementPlans<TTarget, TTarget>.PlanRequest? planning, List<TKey> keys, CancellationToken cancellationToken)
    {
        var keysBox = ParameterBox.Of(keys, typeof(List<TKey>));
        var query = source.Where(BatchedListResolver<TSource, TTarget, TKey>.KeyIn(targetKey, keysBox));
        var graphType = context.FieldDefinition.ResolvedType!.GetNamedType();
        var fields = Selections.Children([context.FieldAst], context.Document).ToList();
        var projection = ListQuery.Projection<TTarget>(context, graphType, fields, [], [_targetKeyPath.Members[0]]);
        var statement = projection == null ? query : query.Select(projection);
        if (planning != null && await planning.PlanAsync(statement, [keysBox], [], cancellationToken).ConfigureAwait(false) is { } planned)
            return planned;
        return await QueryExecution.ToListAsync(statement, cancellationToken).ConfigureAwait(false);
    }
}
