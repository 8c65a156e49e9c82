using KampungKB.Graph.Data.Kampung;

namespace KampungKB.Graph.Data.Demo;

/// <summary>Which indices the generated data must make high so the rule lands on a chosen class.</summary>
internal readonly record struct IndexTargets(bool Input, bool Process, bool Output)
{
    /// <summary>Picks, with some variety, a combination of high indices that the rule maps to <paramref name="target"/>.</summary>
    public static IndexTargets For(Classification target, Random rng) => target switch
    {
        Classification.Berkelanjutan => new(true, true, true),
        Classification.Berkembang => new(true, true, false),
        Classification.Mandiri => rng.Chance(0.5) ? new(true, false, true) : new(false, true, true),
        _ => rng.Between(0, 3) switch
        {
            0 => new(true, false, false),
            1 => new(false, true, false),
            2 => new(false, false, true),
            _ => new(false, false, false),
        },
    };
}
