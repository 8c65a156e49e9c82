namespace KampungKB.Graph.Data.Demo;

/// <summary>Small draws the generator needs; all from one seeded <see cref="Random"/> so runs repeat.</summary>
internal static class DemoRandom
{
    public static int Between(this Random rng, int min, int maxInclusive) => rng.Next(min, maxInclusive + 1);

    public static double Between(this Random rng, double min, double max) => min + (rng.NextDouble() * (max - min));

    public static bool Chance(this Random rng, double p) => rng.NextDouble() < p;

    /// <summary>A score in [min, max] leaning up (best of two draws) or down (worst of two).</summary>
    public static int Leaning(this Random rng, int min, int max, bool up)
    {
        int a = rng.Between(min, max), b = rng.Between(min, max);
        return up ? Math.Max(a, b) : Math.Min(a, b);
    }

    /// <summary><paramref name="count"/> distinct bits out of the low <paramref name="bits"/> bits.</summary>
    public static int PickBits(this Random rng, int bits, int count)
    {
        var value = 0;
        foreach (var bit in Enumerable.Range(0, bits).OrderBy(_ => rng.Next()).Take(count))
        {
            value |= 1 << bit;
        }
        return value;
    }

    /// <summary>Fisher-Yates shuffle in place.</summary>
    public static void Shuffle<T>(this Random rng, IList<T> list)
    {
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }

    /// <summary>Splits <paramref name="total"/> into integer parts roughly proportional to jittered weights.</summary>
    public static int[] Split(this Random rng, int total, params double[] weights)
    {
        var jittered = weights.Select(w => w * rng.Between(0.7, 1.3)).ToArray();
        var sum = jittered.Sum();
        var parts = jittered.Select(w => (int)Math.Floor(total * w / sum)).ToArray();
        parts[0] += total - parts.Sum();
        return parts;
    }
}
