using GraphQL;
using GraphQL.Types;

namespace KampungKB.Graph.Server.Types;

/// <summary>A GraphQL enum for a [Flags] CLR enum: one value per flag, <c>None</c> left out (an empty list says it).</summary>
internal abstract class FlagsEnumType<TFlags> : EnumerationGraphType where TFlags : struct, Enum
{
    protected FlagsEnumType(string name, string description, IReadOnlyDictionary<TFlags, string> valueDescriptions)
    {
        Name = name;
        Description = description;
        foreach (var (flag, text) in valueDescriptions)
            Add(flag.ToString().ToConstantCase(), flag, text);
    }

    /// <summary>The set flags of <paramref name="value"/>, in declaration order.</summary>
    public static IEnumerable<TFlags> Split(TFlags value) =>
        Enum.GetValues<TFlags>().Where(flag => Convert.ToInt64(flag) != 0 && value.HasFlag(flag));
}
