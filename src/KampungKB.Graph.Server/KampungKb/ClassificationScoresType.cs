using GraphQL.Types;
using KampungKB.Graph.Data.Kampung;

namespace KampungKB.Graph.Server.KampungKb;

/// <summary>GraphQL <c>ClassificationScores</c>: why a Kampung KB has its class.</summary>
internal sealed class ClassificationScoresType : ObjectGraphType<ClassificationResult>
{
    public ClassificationScoresType()
    {
        Name = "ClassificationScores";
        Description = "The classification rule worked out for one Kampung KB: each indicator's value and 1-4 score, the three indices " +
            "(means; high at 3 or more) and the class they give. Raising the lowest scores of an index that is not high lifts the class.";
        Field<NonNullGraphType<ClassificationInputIndexType>>("input").Description("Input index: what the Kampung KB has.").Resolve(ctx => ctx.Source.Input);
        Field<NonNullGraphType<ClassificationProcessIndexType>>("process").Description("Process index: how it works.").Resolve(ctx => ctx.Source.Process);
        Field<NonNullGraphType<ClassificationOutputIndexType>>("output").Description("Output index: what its latest monthly report shows.").Resolve(ctx => ctx.Source.Output);
        Field(r => r.Classification, type: typeof(NonNullGraphType<ClassificationType>))
            .Description("The class these indices give; equal to the stored `classification` once the latest data is saved.");
    }
}

/// <summary>GraphQL <c>ClassificationInputIndex</c>.</summary>
internal sealed class ClassificationInputIndexType : ObjectGraphType<InputIndex>
{
    public ClassificationInputIndexType()
    {
        Name = "ClassificationInputIndex";
        Description = "Input index: the mean of five indicator scores from the current profile.";
        Field(i => i.Mean).Description("Mean of the five scores (1-4).");
        Field("high", i => i.IsHigh).Description("Whether the mean is at least 3.");
        this.Score("pokja", "Pokja: none 1, formed 2, formed with members or trained members 3, both 4; value = criteria met (0-3).", i => i.Pokja, 4);
        this.Score("fundingSources", "Funding sources: none 1, one 2, two to four 3, more 4; value = number of sources.", i => i.FundingSources, 4);
        this.Score("poktanOwned", "Poktan owned: none 1, one or two 2, three or four 3, five 4; value = number of Poktan.", i => i.PoktanOwned, 4);
        this.Score("facilities", "Sekretariat and Rumah DataKu: none 1, one 2, both 3; value = number of facilities.", i => i.Facilities, 3);
        this.Score("companionAndRegulation", "PLKB companion and regulation: neither 1, one 2, both 3; value = how many.", i => i.CompanionAndRegulation, 3);
    }
}

/// <summary>GraphQL <c>ClassificationProcessIndex</c>.</summary>
internal sealed class ClassificationProcessIndexType : ObjectGraphType<ProcessIndex>
{
    public ClassificationProcessIndexType()
    {
        Name = "ClassificationProcessIndex";
        Description = "Process index: the mean of three indicator scores from the current profile and the active programmes.";
        Field(i => i.Mean).Description("Mean of the three scores (1-4).");
        Field("high", i => i.IsHigh).Description("Whether the mean is at least 3.");
        this.Score("dataSources", "Data sources used: none 1, one 2, two or three 3, more 4; value = number of sources.", i => i.DataSources, 4);
        this.Score("mechanisms", "Operational mechanisms: none 1, one or two 2, three or four 3, more 4; value = number of mechanisms.", i => i.Mechanisms, 4);
        this.Score("crossSectorAgencies", "Distinct agencies other than BKKBN active through programmes: none 1, 1-3 2, 4-6 3, more 4.", i => i.CrossSectorAgencies, 4);
    }
}

/// <summary>GraphQL <c>ClassificationOutputIndex</c>.</summary>
internal sealed class ClassificationOutputIndexType : ObjectGraphType<OutputIndex>
{
    public ClassificationOutputIndexType()
    {
        Name = "ClassificationOutputIndex";
        Description = "Output index: the mean of four percentage scores from the latest monthly report.";
        Field(i => i.Mean).Description("Mean of the four scores (1-4).");
        Field("high", i => i.IsHigh).Description("Whether the mean is at least 3.");
        this.Score("poktanParticipation", "Families in a Poktan, % of families: <10 1, 10-20 2, 20-30 3, >=30 4.", i => i.PoktanParticipation, 4);
        this.Score("contraceptivePrevalence", "CPR, users % of PUS: <30 1, 30-40 2, 40-50 3, >=50 4.", i => i.ContraceptivePrevalence, 4);
        this.Score("mkjpShare", "Long-acting methods (IUD, MOW, MOP, implant), % of users: <20 1, 20-23 2, 23-25 3, >=25 4.", i => i.MkjpShare, 4);
        this.Score("unmetNeed", "Unmet need (IAT + TIAL), % of PUS, lower is better: >=12 1, 9-12 2, 6-9 3, <6 4.", i => i.UnmetNeed, 4);
    }
}

/// <summary>One indicator's value and score with the best score it can reach.</summary>
internal sealed record ClassificationIndicatorScore(double? Value, int Score, int MaxScore);

/// <summary>GraphQL <c>ClassificationIndicatorScore</c>.</summary>
internal sealed class ClassificationIndicatorScoreType : ObjectGraphType<ClassificationIndicatorScore>
{
    public ClassificationIndicatorScoreType()
    {
        Name = "ClassificationIndicatorScore";
        Description = "One indicator of the classification rule. Bands are half-open: a value on a band edge belongs to the band that starts there.";
        Field(s => s.Value, nullable: true).Description("The count or percentage scored; null when the data is missing (which scores 1).");
        Field(s => s.Score).Description("The score, 1 (weakest) to `maxScore`.");
        Field(s => s.MaxScore).Description("The best score this indicator can reach (3 or 4).");
    }
}

internal static class ClassificationScoreFields
{
    public static void Score<TIndex>(this ObjectGraphType<TIndex> type, string name, string description, Func<TIndex, IndicatorScore> score, int maxScore) =>
        type.Field<NonNullGraphType<ClassificationIndicatorScoreType>>(name).Description(description)
            .Resolve(ctx => score(ctx.Source) is var s ? new ClassificationIndicatorScore(s.Value, s.Score, maxScore) : null);
}
