using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace KampungKB.Graph.Querying.Projection;

/// <summary>
/// Builds <c>x => new T { Key = x.Key, A = x.A, Ref = x.Ref == null ? null : new R { ... }, Items = x.Items.Select(...).ToList() }</c>
/// from the selected fields,
/// so SQL reads only what the response needs. Returns null (load whole rows) when a selected field's needs are unknown.
/// </summary>
internal static class ProjectionBuilder
{
    private const BindingFlags Public = BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase;

    // Reflection answers never change for a type: cache them off the per-request path.
    private static readonly ConcurrentDictionary<(Type Type, string Name), MemberInfo?> Members = new();
    private static readonly ConcurrentDictionary<Type, bool> Constructible = new();

    public static Expression<Func<T, T>>? Build<T>(IComplexGraphType graphType, IReadOnlyCollection<GraphQLField> fields,
        GraphQLDocument document, IEnumerable<MemberInfo> required)
    {
        var row = Expression.Parameter(typeof(T), "x");
        var body = Init(row, graphType, fields, document, required);
        return body == null ? null : Expression.Lambda<Func<T, T>>(body, row);
    }

    private static Expression? Init(Expression source, IComplexGraphType graphType, IReadOnlyCollection<GraphQLField> fields,
        GraphQLDocument document, IEnumerable<MemberInfo> required)
    {
        var type = source.Type;
        if (!Constructible.GetOrAdd(type, static t => t.GetConstructor(Type.EmptyTypes) != null)) return null;
        var bindings = new Dictionary<MemberInfo, Expression>();
        foreach (var member in required)
            if (!Bind(bindings, source, member)) return null;
        foreach (var group in fields.GroupBy(f => f.Name.StringValue))
        {
            if (group.Key.StartsWith("__", StringComparison.Ordinal)) continue;
            var field = graphType.GetField(group.Key);
            if (field == null || !Add(bindings, source, field, group.ToList(), document)) return null;
        }
        return Expression.MemberInit(Expression.New(type), bindings.Select(b => Expression.Bind(b.Key, b.Value)));
    }

    private static bool Add(Dictionary<MemberInfo, Expression> bindings, Expression source, FieldType field,
        List<GraphQLField> occurrences, GraphQLDocument document)
    {
        // The resolver reads a joined navigation; it batches from the foreign key (among the field's requirements) only where
        // the navigation's selection cannot be projected, so the key is read only then.
        var joined = field.GetMetadata<JoinedReference>(QueryingMetadata.JoinedReference) is { } reference
            && reference.Navigation.DeclaringType!.IsAssignableFrom(source.Type) ? reference : null;
        if (joined != null && BindReference(bindings, source, joined.Navigation, field, occurrences, document, [joined.TargetKey], joined.Required))
            return true;

        var requires = field.GetMetadata<IReadOnlyList<MemberPath>>(QueryingMetadata.Requires);
        if (requires != null)
            foreach (var path in requires)
                if (!Bind(bindings, source, path.Members[0])) return false;
        if (joined != null) return true;

        var name = field.GetMetadata<string>(QueryingMetadata.ExpressionProperty);
        if (name == null && requires == null && field.Resolver == null) name = field.Name;
        if (name == null) return requires != null;

        var member = Members.GetOrAdd((source.Type, name), static key => (MemberInfo?)key.Type.GetProperty(key.Name, Public)
            ?? key.Type.GetField(key.Name, Public));
        if (member == null) return false;
        var access = Expression.MakeMemberAccess(source, member);
        if (IsReference(access.Type) && BindReference(bindings, source, member, field, occurrences, document, [], required: false)) return true;
        if (field.ResolvedType?.GetNamedType() is IComplexGraphType itemType && ItemType(access.Type) is { } item)
        {
            // A collection navigation: x.Items.Select(i => new Item { ...selected }).ToList(), one statement with a join.
            var parameter = Expression.Parameter(item, "i");
            var init = Init(parameter, itemType, Selections.Children(occurrences, document).ToList(), document, []);
            var list = typeof(List<>).MakeGenericType(item);
            if (init != null && access.Type.IsAssignableFrom(list))
            {
                var select = Expression.Call(LinqMethods.EnumerableSelect.MakeGenericMethod(item, item), access, Expression.Lambda(init, parameter));
                bindings[member] = Expression.Call(LinqMethods.EnumerableToList.MakeGenericMethod(item), select);
                return Writable(member);
            }
        }
        return Bind(bindings, source, member);
    }

    /// <summary>
    /// Binds <c>Ref = x.Ref == null ? null : new R { ...selected }</c>, keeping a missing reference null, or without the test
    /// when the reference is <paramref name="required"/> (an inner join; the test would be one more column per row); false
    /// when the selection cannot be projected.
    /// </summary>
    private static bool BindReference(Dictionary<MemberInfo, Expression> bindings, Expression source, MemberInfo member, FieldType field,
        List<GraphQLField> occurrences, GraphQLDocument document, IEnumerable<MemberInfo> keys, bool required)
    {
        if (field.ResolvedType?.GetNamedType() is not IComplexGraphType nested || !Writable(member)) return false;
        var access = Expression.MakeMemberAccess(source, member);
        var init = Init(access, nested, Selections.Children(occurrences, document).ToList(), document, keys);
        if (init == null) return false;
        bindings[member] = required ? init
            : Expression.Condition(Expression.Equal(access, Expression.Constant(null, access.Type)), Expression.Constant(null, access.Type), init);
        return true;
    }

    private static Type? ItemType(Type type)
        => type == typeof(string) ? null : type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];

    private static bool Bind(Dictionary<MemberInfo, Expression> bindings, Expression source, MemberInfo member)
    {
        if (!Writable(member)) return false;
        bindings.TryAdd(member, Expression.MakeMemberAccess(source, member));
        return true;
    }

    private static bool Writable(MemberInfo member) => member is FieldInfo { IsInitOnly: false } or PropertyInfo { CanWrite: true };

    private static bool IsReference(Type type) => type.IsClass && type != typeof(string) && !typeof(IEnumerable).IsAssignableFrom(type);
}
