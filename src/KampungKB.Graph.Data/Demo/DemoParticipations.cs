using KampungKB.Graph.Data.Programs;

namespace KampungKB.Graph.Data.Demo;

/// <summary>Generates the programmes a Kampung KB takes part in, with exactly the cross-sector agency count asked for.</summary>
internal static class DemoParticipations
{
    private static readonly DateOnly LastStart = new(2024, 8, 31);
    private static readonly DateOnly FirstPlannedStart = new(2025, 9, 1);

    /// <summary>Participations whose distinct active non-BKKBN agencies number <paramref name="crossSectorAgencies"/>.</summary>
    public static List<ProgramParticipation> For(Random rng, int crossSectorAgencies, DateOnly declaredOn)
    {
        var list = new List<ProgramParticipation>();
        void Add(string program, ParticipationStatus status) =>
            list.Add(new ProgramParticipation { ProgramCode = program, Status = status, Since = Since(rng, declaredOn, status) });

        // BKKBN's own quick wins: every Kampung KB works on stunting, most on GATI.
        Add("STUNTING", ParticipationStatus.Active);
        if (rng.Chance(0.9))
        {
            Add("TPK", ParticipationStatus.Active);
        }
        if (rng.Chance(0.65))
        {
            Add("GATI", ParticipationStatus.Active);
            if (rng.Chance(0.5))
            {
                Add("DEKAT", ParticipationStatus.Active);
            }
        }
        else if (rng.Chance(0.3))
        {
            Add("GATI", ParticipationStatus.Planned);
        }

        var ranked = RankAgencies(rng);
        foreach (var agency in ranked.Take(crossSectorAgencies))
        {
            var programs = DemoCatalog.ProgramsByAgency[agency].ToList();
            Add(programs[0], ParticipationStatus.Active);
            // A second programme of the same agency must not count twice.
            foreach (var extra in programs.Skip(1).Where(_ => rng.Chance(0.5)))
            {
                Add(extra, ParticipationStatus.Active);
            }
        }
        // Planned or ended work with other agencies must not count at all.
        foreach (var agency in ranked.Skip(crossSectorAgencies).Take(rng.Between(0, 2)))
        {
            Add(DemoCatalog.ProgramsByAgency[agency].First(), rng.Chance(0.5) ? ParticipationStatus.Planned : ParticipationStatus.Ended);
        }
        return list;
    }

    // Weighted order without replacement (Efraimidis-Spirakis keys).
    private static List<string> RankAgencies(Random rng) =>
        DemoCatalog.CrossSectorWeights
            .Select(a => (a.Agency, Key: Math.Pow(rng.NextDouble(), 1.0 / a.Weight)))
            .OrderByDescending(a => a.Key)
            .Select(a => a.Agency)
            .ToList();

    // Planned work starts after the last reported month; active and ended work started before the reports.
    private static DateOnly Since(Random rng, DateOnly declaredOn, ParticipationStatus status)
    {
        if (status == ParticipationStatus.Planned)
        {
            return FirstPlannedStart.AddDays(rng.Between(0, 120));
        }
        var span = LastStart.DayNumber - declaredOn.DayNumber;
        return span <= 0 ? declaredOn : declaredOn.AddDays(rng.Between(0, span));
    }
}
