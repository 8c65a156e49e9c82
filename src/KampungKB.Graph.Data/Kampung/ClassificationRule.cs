using System.Numerics;

namespace KampungKB.Graph.Data.Kampung;

/// <summary>
/// The Kampung KB classification of DESIGN.md: twelve indicators scored 1-4, averaged into the
/// input, process and output indices; an index is high at a mean of 3 or more.
/// </summary>
/// <remarks>
/// Percentage bands are half-open <c>[lower, upper)</c> on the number line for every indicator,
/// so a value on a band edge belongs to the band that starts there: CPR 30 scores 2, 40 scores 3,
/// 50 scores 4; MKJP share 20 scores 2, 23 scores 3, 25 scores 4; Poktan participation 30 scores 4;
/// unmet need (lower is better) 6 scores 3, 9 scores 2, 12 scores 1.
/// A missing profile or report, or a zero denominator, scores 1.
/// </remarks>
public static class ClassificationRule
{
    /// <summary>The mean at or above which an index counts as high.</summary>
    public const double HighIndex = 3.0;

    /// <summary>Classifies from the latest profile snapshot, the latest monthly report and the number of
    /// distinct agencies other than BKKBN whose programmes the Kampung KB takes part in actively.</summary>
    public static ClassificationResult Evaluate(ProfileSnapshot? profile, MonthlyReport? report, int crossSectorAgencies)
    {
        var input = EvaluateInput(profile);
        var process = EvaluateProcess(profile, crossSectorAgencies);
        var output = EvaluateOutput(report);
        return new ClassificationResult(input, process, output, Classify(input.IsHigh, process.IsHigh, output.IsHigh));
    }

    /// <summary>
    /// The class for each combination of high indices. Total over all eight: at most one high is DASAR;
    /// input and process without output is BERKEMBANG; output with exactly one other is MANDIRI; all three is BERKELANJUTAN.
    /// </summary>
    public static Classification Classify(bool inputHigh, bool processHigh, bool outputHigh) =>
        (inputHigh, processHigh, outputHigh) switch
        {
            (true, true, true) => Classification.Berkelanjutan,
            (true, true, false) => Classification.Berkembang,
            (true, false, true) or (false, true, true) => Classification.Mandiri,
            _ => Classification.Dasar,
        };

    /// <summary>Input index from the profile's Pokja, funding, Poktan, facilities, companion and regulation.</summary>
    public static InputIndex EvaluateInput(ProfileSnapshot? p)
    {
        if (p is null)
        {
            return new InputIndex(Missing, Missing, Missing, Missing, Missing);
        }
        var pokjaLevel = !p.PokjaFormed ? 0 : 1 + (p.PokjaMembers > 0 ? 1 : 0) + (p.PokjaMembersTrained > 0 ? 1 : 0);
        var funding = Count(p.Funding);
        var poktan = Count(p.Poktan);
        var facilities = (p.HasSekretariat ? 1 : 0) + (p.HasRumahDataKu ? 1 : 0);
        var companion = (p.HasPlkb ? 1 : 0) + (p.Regulations != RegulationIssuers.None ? 1 : 0);
        return new InputIndex(
            new(pokjaLevel, pokjaLevel + 1),
            new(funding, funding switch { 0 => 1, 1 => 2, <= 4 => 3, _ => 4 }),
            new(poktan, poktan switch { 0 => 1, <= 2 => 2, <= 4 => 3, _ => 4 }),
            new(facilities, facilities + 1),
            new(companion, companion + 1));
    }

    /// <summary>Process index from the profile's data sources and mechanisms and the cross-sector agency count.</summary>
    public static ProcessIndex EvaluateProcess(ProfileSnapshot? p, int crossSectorAgencies)
    {
        var agencies = new IndicatorScore(crossSectorAgencies, crossSectorAgencies switch { <= 0 => 1, <= 3 => 2, <= 6 => 3, _ => 4 });
        if (p is null)
        {
            return new ProcessIndex(Missing, Missing, agencies);
        }
        var sources = Count(p.DataSources);
        var mechanisms = Count(p.Mechanisms);
        return new ProcessIndex(
            new(sources, sources switch { 0 => 1, 1 => 2, <= 3 => 3, _ => 4 }),
            new(mechanisms, mechanisms switch { 0 => 1, <= 2 => 2, <= 4 => 3, _ => 4 }),
            agencies);
    }

    /// <summary>Output index from the monthly report's percentages.</summary>
    public static OutputIndex EvaluateOutput(MonthlyReport? r)
    {
        if (r is null)
        {
            return new OutputIndex(Missing, Missing, Missing, Missing);
        }
        var users = ContraceptiveUsers(r);
        var participation = Percent(r.PoktanParticipants, r.Families);
        var cpr = Percent(users, r.Pus);
        var mkjp = Percent(r.Iud + r.Mow + r.Mop + r.Implan, users);
        var unmet = Percent(r.Iat + r.Tial, r.Pus);
        return new OutputIndex(
            new(participation, ScorePoktanParticipation(participation)),
            new(cpr, ScoreContraceptivePrevalence(cpr)),
            new(mkjp, ScoreMkjpShare(mkjp)),
            new(unmet, ScoreUnmetNeed(unmet)));
    }

    /// <summary>Users of any modern method: IUD, MOW, MOP, kondom, implan, suntik, pil.</summary>
    public static int ContraceptiveUsers(MonthlyReport r) =>
        r.Iud + r.Mow + r.Mop + r.Kondom + r.Implan + r.Suntik + r.Pil;

    /// <summary>Poktan participation %: &lt;10 → 1, [10,20) → 2, [20,30) → 3, ≥30 → 4.</summary>
    public static int ScorePoktanParticipation(double? percent) => Ascending(percent, 10, 20, 30);

    /// <summary>CPR %: &lt;30 → 1, [30,40) → 2, [40,50) → 3, ≥50 → 4.</summary>
    public static int ScoreContraceptivePrevalence(double? percent) => Ascending(percent, 30, 40, 50);

    /// <summary>MKJP share %: &lt;20 → 1, [20,23) → 2, [23,25) → 3, ≥25 → 4.</summary>
    public static int ScoreMkjpShare(double? percent) => Ascending(percent, 20, 23, 25);

    /// <summary>Unmet need % (lower is better): &lt;6 → 4, [6,9) → 3, [9,12) → 2, ≥12 → 1.</summary>
    public static int ScoreUnmetNeed(double? percent) => percent switch
    {
        null => 1,
        < 6 => 4,
        < 9 => 3,
        < 12 => 2,
        _ => 1,
    };

    private static readonly IndicatorScore Missing = new(null, 1);

    // Scores 1-4 for a higher-is-better percentage with band starts a < b < c.
    private static int Ascending(double? percent, double a, double b, double c) => percent switch
    {
        null => 1,
        var v when v >= c => 4,
        var v when v >= b => 3,
        var v when v >= a => 2,
        _ => 1,
    };

    // A zero denominator means the figure was not reported.
    private static double? Percent(int part, int whole) => whole > 0 ? part * 100.0 / whole : null;

    private static int Count<TEnum>(TEnum flags) where TEnum : struct, Enum =>
        BitOperations.PopCount(Convert.ToUInt32(flags, System.Globalization.CultureInfo.InvariantCulture));
}
