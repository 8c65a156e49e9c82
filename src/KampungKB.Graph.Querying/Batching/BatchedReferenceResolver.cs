using System.Linq.Expressions;
using GraphQL;
using KampungKB.Graph.Querying.Filtering;
using KampungKB.Graph.Querying.Projection;

namespace KampungKB.Graph.Querying.Batching;

/// <summary>
/// Resolves child -> parent references with one query per level, or from the source's <paramref name="navigation"/>
/// when projection joined it into the statement that loaded the source.
/// </summary>
internal sealed class BatchedReferenceResolver<TSource, TTarget, TKey>(
    ListFieldDefinition<TTarget> definition, Expression<Func<TSource, object?>> foreignKey, Expression<Func<TTarget, TKey>> targetKey,
    Expression<Func<TSource, TTarget?>>? navigation)
    where TTarget : class
{
    private readonly Func<TSource, TTarget?>? _navigation = navigation?.Compile();
    private readonly Func<TSource, object?> _foreignKey = foreignKey.Compile();
    private readonly Func<TTarget, TKey> _targetKey = targetKey.Compile();
    private readonly MemberPath _targetKeyPath = MemberPath.From(targetKey);

    public object? Resolve(IResolveFieldContext context)
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
        var query = definition.Source(context).Where(BatchedListResolver<TSource, TTarget, TKey>.KeyIn(targetKey, keys));
        var graphType = context.FieldDefinition.ResolvedType!.GetNamedType();
        var fields = Selections.Children([context.FieldAst], context.Document).ToList();
        var projection = ListQuery.Projection<TTarget>(context, graphType, fields, [], [_targetKeyPath.Members[0]]);
        var result = new Dictionary<object, TTarget?>();
        await foreach (var row in QueryExecution.RowsAsync(projection == null ? query : query.Select(projection)).WithCancellation(cancellationToken).ConfigureAwait(false))
            result[_targetKey(row)!] = row;
        return result;
    }
}
