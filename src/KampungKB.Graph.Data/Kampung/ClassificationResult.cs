namespace KampungKB.Graph.Data.Kampung;

/// <summary>One indicator of the classification: its raw value (null when the data is missing) and its 1-4 score.</summary>
/// <param name="Value">Count or percentage the score was read from; for the Pokja and companion indicators the number of criteria met.</param>
/// <param name="Score">1 (weakest) to 4 (strongest); some indicators top out at 3.</param>
public readonly record struct IndicatorScore(double? Value, int Score);

/// <summary>Input index: what the Kampung KB has (5 indicators).</summary>
public sealed record InputIndex(
    IndicatorScore Pokja,
    IndicatorScore FundingSources,
    IndicatorScore PoktanOwned,
    IndicatorScore Facilities,
    IndicatorScore CompanionAndRegulation)
{
    /// <summary>Mean of the five scores.</summary>
    public double Mean => (Pokja.Score + FundingSources.Score + PoktanOwned.Score + Facilities.Score + CompanionAndRegulation.Score) / 5.0;

    /// <summary>High when the mean is at least <see cref="ClassificationRule.HighIndex"/>.</summary>
    public bool IsHigh => Mean >= ClassificationRule.HighIndex;
}

/// <summary>Process index: how the Kampung KB works (3 indicators).</summary>
public sealed record ProcessIndex(
    IndicatorScore DataSources,
    IndicatorScore Mechanisms,
    IndicatorScore CrossSectorAgencies)
{
    /// <summary>Mean of the three scores.</summary>
    public double Mean => (DataSources.Score + Mechanisms.Score + CrossSectorAgencies.Score) / 3.0;

    /// <summary>High when the mean is at least <see cref="ClassificationRule.HighIndex"/>.</summary>
    public bool IsHigh => Mean >= ClassificationRule.HighIndex;
}

/// <summary>Output index: what the latest monthly report shows (4 indicators, percentages).</summary>
public sealed record OutputIndex(
    IndicatorScore PoktanParticipation,
    IndicatorScore ContraceptivePrevalence,
    IndicatorScore MkjpShare,
    IndicatorScore UnmetNeed)
{
    /// <summary>Mean of the four scores.</summary>
    public double Mean => (PoktanParticipation.Score + ContraceptivePrevalence.Score + MkjpShare.Score + UnmetNeed.Score) / 4.0;

    /// <summary>High when the mean is at least <see cref="ClassificationRule.HighIndex"/>.</summary>
    public bool IsHigh => Mean >= ClassificationRule.HighIndex;
}

/// <summary>Everything the rule computed, so the API can explain why a Kampung KB got its class.</summary>
public sealed record ClassificationResult(
    InputIndex Input,
    ProcessIndex Process,
    OutputIndex Output,
    Classification Classification);
