using System.Text.Json;

namespace KampungKB.Graph.Querying.Tests.Oracle;

/// <summary>A generated <c>where</c> value and what it must mean in memory; <see cref="Matches"/> null means "no condition".</summary>
public sealed record Filter<T>(Dictionary<string, object?> Json, Func<T, bool>? Matches)
{
    public bool Accepts(T row) => Matches == null || Matches(row);

    public override string ToString() => JsonSerializer.Serialize(Json);
}

/// <summary>One field condition: the JSON under the field name and its in-memory meaning.</summary>
public sealed record Condition<T>(string Field, object? Json, Func<T, bool>? Matches);
