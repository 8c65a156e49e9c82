using KampungKB.Graph.Data.Programs;

namespace KampungKB.Graph.Data.Demo;

/// <summary>Generates a monthly series of each indicator of the programmes a Kampung KB is active in.</summary>
internal static class DemoObservations
{
    public static List<Observation> For(Random rng, IReadOnlyList<string> periods, IEnumerable<ProgramParticipation> participations, int families)
    {
        var active = participations.Where(p => p.Status == ParticipationStatus.Active).Select(p => p.ProgramCode).ToHashSet();
        var list = new List<Observation>();
        void Series(string indicator, Func<int, double> valueAt)
        {
            for (var i = 0; i < periods.Count; i++)
            {
                list.Add(new Observation { IndicatorCode = indicator, Period = periods[i], Value = valueAt(i) });
            }
        }

        if (active.Contains("STUNTING"))
        {
            var prevalence = rng.Between(8.0, 24.0);
            var decline = rng.Between(0.0, 0.4);
            Series(IndicatorCodes.StuntingPrevalence, i => Math.Round(Math.Max(2, prevalence - (decline * i) + rng.Between(-0.5, 0.5)), 1));
            var atRisk = (int)(families * rng.Between(0.05, 0.15));
            Series(IndicatorCodes.FamiliesAtRiskOfStunting, i => Math.Max(0, atRisk - (i / 3)));
            if (active.Contains("TPK"))
            {
                Series(IndicatorCodes.FamiliesAccompanied, _ => Math.Round(atRisk * rng.Between(0.6, 0.95)));
            }
        }
        if (active.Contains("GATI"))
        {
            var target = rng.Between(10, 30);
            Series(IndicatorCodes.GatiFathersTarget, _ => target);
            Series(IndicatorCodes.GatiFathersReached, _ => Math.Round(target * rng.Between(0.4, 1.2)));
        }
        if (active.Contains("KOPERASI_MERAH_PUTIH"))
        {
            var members = rng.Between(20, 120);
            Series(IndicatorCodes.KoperasiMembers, _ => members += rng.Between(0, 6));
        }
        if (active.Contains("POSYANDU"))
        {
            var coverage = rng.Between(60.0, 92.0);
            Series(IndicatorCodes.PosyanduWeighingCoverage, _ => Math.Round(Math.Min(100, coverage + rng.Between(-4.0, 4.0)), 1));
        }
        return list;
    }
}
