using KampungKB.Graph.Data.Kampung;

namespace KampungKB.Graph.Data.Demo;

/// <summary>Generates twelve monthly KKBPK reports whose latest lands the output index where the target says.</summary>
internal static class DemoReports
{
    // Per score 1-4: a range of percentages inside the band, kept off the edges so rounding rarely crosses them.
    private static readonly (double Min, double Max)[] Participation = [(2, 9.5), (10.5, 19.5), (20.5, 29.5), (30.5, 55)];
    private static readonly (double Min, double Max)[] Cpr = [(15, 29.5), (30.5, 39.5), (40.5, 49.5), (50.5, 72)];
    private static readonly (double Min, double Max)[] Mkjp = [(5, 19.5), (20.3, 22.7), (23.3, 24.7), (25.5, 45)];
    private static readonly (double Min, double Max)[] Unmet = [(12.5, 22), (9.3, 11.7), (6.3, 8.7), (1, 5.7)];

    /// <summary>Reports for <paramref name="periods"/> (ascending); the last is the one the rule reads.</summary>
    public static List<MonthlyReport> Series(Random rng, IReadOnlyList<string> periods, bool outputHigh)
    {
        var latest = Latest(rng, periods[^1], outputHigh);
        var series = new List<MonthlyReport>(periods.Count);
        for (var i = 0; i < periods.Count - 1; i++)
        {
            series.Add(Earlier(rng, latest, periods[i], periods.Count - 1 - i));
        }
        series.Add(latest);
        return series;
    }

    private static MonthlyReport Latest(Random rng, string period, bool outputHigh)
    {
        while (true)
        {
            var r = Draw(rng, period, outputHigh);
            if (ClassificationRule.EvaluateOutput(r).IsHigh == outputHigh)
            {
                return r;
            }
        }
    }

    private static MonthlyReport Draw(Random rng, string period, bool up)
    {
        var families = rng.Between(150, 900);
        var pus = (int)Math.Round(families * rng.Between(0.7, 0.95));
        var users = Of(pus, rng, Cpr, up);
        var mkjp = Of(users, rng, Mkjp, up);
        var unmet = Of(pus, rng, Unmet, up);
        var longActing = rng.Split(mkjp, 4, 1.5, 0.5, 4);
        var shortActing = rng.Split(users - mkjp, 1.5, 5.5, 3);
        var unmetParts = rng.Split(unmet, 4.5, 5.5);
        return new MonthlyReport
        {
            Period = period,
            Families = families,
            Pus = pus,
            Iud = longActing[0],
            Mow = longActing[1],
            Mop = longActing[2],
            Implan = longActing[3],
            Kondom = shortActing[0],
            Suntik = shortActing[1],
            Pil = shortActing[2],
            Iat = unmetParts[0],
            Tial = unmetParts[1],
            PoktanParticipants = Of(families, rng, Participation, up),
        };
    }

    // A count that is a band-interior percentage of the base, the band drawn leaning to the target.
    private static int Of(int whole, Random rng, (double Min, double Max)[] bands, bool up)
    {
        var (min, max) = bands[rng.Leaning(1, 4, up) - 1];
        return (int)Math.Round(whole * rng.Between(min, max) / 100);
    }

    // Months back, figures drift a little below the latest, as programmes grow.
    private static MonthlyReport Earlier(Random rng, MonthlyReport latest, string period, int monthsBack)
    {
        int Drift(int value) => Math.Max(0, (int)Math.Round(value * (1 - (0.006 * monthsBack) + rng.Between(-0.03, 0.03))));
        return new MonthlyReport
        {
            Period = period,
            Families = latest.Families - rng.Between(0, monthsBack),
            Pus = latest.Pus - rng.Between(0, monthsBack),
            Iud = Drift(latest.Iud),
            Mow = Drift(latest.Mow),
            Mop = Drift(latest.Mop),
            Implan = Drift(latest.Implan),
            Kondom = Drift(latest.Kondom),
            Suntik = Drift(latest.Suntik),
            Pil = Drift(latest.Pil),
            Iat = Drift(latest.Iat),
            Tial = Drift(latest.Tial),
            PoktanParticipants = Drift(latest.PoktanParticipants),
        };
    }
}
