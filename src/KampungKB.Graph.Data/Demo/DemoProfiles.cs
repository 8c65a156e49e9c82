using KampungKB.Graph.Data.Kampung;

namespace KampungKB.Graph.Data.Demo;

/// <summary>Generates profile snapshots whose input and process indices land where the target says.</summary>
internal static class DemoProfiles
{
    /// <summary>The latest snapshot. Draws until the rule agrees, so the target holds by construction.</summary>
    public static ProfileSnapshot Latest(Random rng, string period, IndexTargets target, bool hasRumahDataKu, int crossSectorAgencies, string plkbTag)
    {
        while (true)
        {
            var p = Draw(rng, period, target, hasRumahDataKu, plkbTag);
            if (ClassificationRule.EvaluateInput(p).IsHigh == target.Input
                && ClassificationRule.EvaluateProcess(p, crossSectorAgencies).IsHigh == target.Process)
            {
                return p;
            }
        }
    }

    /// <summary>An earlier, somewhat weaker snapshot derived from <paramref name="latest"/>.</summary>
    public static ProfileSnapshot Earlier(Random rng, ProfileSnapshot latest, string period) => new()
    {
        Period = period,
        PokjaFormed = latest.PokjaFormed,
        PokjaHasSk = latest.PokjaHasSk && rng.Chance(0.8),
        PokjaMembers = latest.PokjaMembers,
        PokjaMembersTrained = rng.Chance(0.7) ? latest.PokjaMembersTrained : 0,
        HasPlkb = latest.HasPlkb,
        PlkbName = latest.PlkbName,
        PlkbContact = latest.PlkbContact,
        Regulations = latest.Regulations,
        HasRkm = latest.HasRkm && rng.Chance(0.8),
        Funding = (FundingSources)DropOne(rng, (int)latest.Funding),
        Poktan = (PoktanKinds)DropOne(rng, (int)latest.Poktan),
        HasSekretariat = latest.HasSekretariat,
        HasRumahDataKu = latest.HasRumahDataKu && rng.Chance(0.85),
        DataSources = (DataSources)DropOne(rng, (int)latest.DataSources),
        Mechanisms = (OperationalMechanisms)DropOne(rng, (int)latest.Mechanisms),
    };

    private static ProfileSnapshot Draw(Random rng, string period, IndexTargets target, bool hasRumahDataKu, string plkbTag)
    {
        var up = target.Input;
        var pokjaLevel = rng.Leaning(0, 3, up);
        var members = pokjaLevel >= 2 ? rng.Between(7, 25) : 0;
        var companion = rng.Leaning(0, 2, up);
        var hasPlkb = companion == 2 || (companion == 1 && rng.Chance(0.5));
        var hasRegulation = companion == 2 || (companion == 1 && !hasPlkb);
        var process = target.Process;
        return new ProfileSnapshot
        {
            Period = period,
            PokjaFormed = pokjaLevel >= 1,
            PokjaHasSk = pokjaLevel >= 1 && rng.Chance(0.8),
            PokjaMembers = members,
            PokjaMembersTrained = pokjaLevel == 3 ? rng.Between(1, members) : 0,
            HasPlkb = hasPlkb,
            PlkbName = hasPlkb ? $"PKB {plkbTag}" : null,
            PlkbContact = hasPlkb ? $"pkb.{plkbTag.Replace(' ', '.').ToLowerInvariant()}@example.invalid" : null,
            Regulations = hasRegulation ? (RegulationIssuers)rng.PickBits(4, rng.Between(1, 2)) : RegulationIssuers.None,
            HasRkm = rng.Chance(up ? 0.85 : 0.4),
            Funding = (FundingSources)rng.PickBits(6, CountFor(rng, rng.Leaning(1, 4, up), [0, 1, 2, 5], [0, 1, 4, 6])),
            Poktan = (PoktanKinds)rng.PickBits(5, CountFor(rng, rng.Leaning(1, 4, up), [0, 1, 3, 5], [0, 2, 4, 5])),
            HasSekretariat = rng.Chance(up ? 0.9 : 0.4),
            HasRumahDataKu = hasRumahDataKu,
            DataSources = (DataSources)rng.PickBits(5, CountFor(rng, rng.Leaning(1, 4, process), [0, 1, 2, 4], [0, 1, 3, 5])),
            Mechanisms = (OperationalMechanisms)rng.PickBits(6, CountFor(rng, rng.Leaning(1, 4, process), [0, 1, 3, 5], [0, 2, 4, 6])),
        };
    }

    // A count inside the band of a 1-4 score, given each band's first and last count.
    private static int CountFor(Random rng, int score, int[] first, int[] last) =>
        rng.Between(first[score - 1], last[score - 1]);

    private static int DropOne(Random rng, int flags)
    {
        if (flags == 0 || !rng.Chance(0.4))
        {
            return flags;
        }
        var lowest = flags & -flags;
        return flags & ~lowest;
    }
}
