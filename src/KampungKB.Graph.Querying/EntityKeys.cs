using System.Linq.Expressions;
using KampungKB.Graph.Querying.Sorting;
using Microsoft.EntityFrameworkCore.Query;

namespace KampungKB.Graph.Querying;

/// <summary>Finds an entity's unique key in the EF Core model behind a query, so every order can end with it.</summary>
internal static class EntityKeys
{
    public static IReadOnlyList<SortKey> Of<T>(IQueryable<T> query)
    {
        var root = new RootFinder(typeof(T));
        root.Visit(query.Expression);
        var key = root.Found?.EntityType.FindPrimaryKey()
            ?? throw new InvalidOperationException($"No EF Core primary key is known for {typeof(T).Name}; declare one with .Key(...) on the field.");
        var row = Expression.Parameter(typeof(T), "x");
        return key.Properties
            .Select(p => new SortKey(Expression.Lambda(Expression.Property(row, p.PropertyInfo ?? throw new InvalidOperationException($"Key {p.Name} is not a CLR property.")), row), false, false))
            .ToList();
    }

    private sealed class RootFinder(Type clrType) : ExpressionVisitor
    {
        public EntityQueryRootExpression? Found { get; private set; }

        protected override Expression VisitExtension(Expression node)
        {
            if (node is EntityQueryRootExpression root && root.EntityType.ClrType == clrType) Found ??= root;
            return node is EntityQueryRootExpression ? node : base.VisitExtension(node);
        }
    }
}
