using KampungKB.Graph.Data.Kampung;

namespace KampungKB.Graph.Data.Tests;

/// <summary>Indices, the high threshold, missing data and the four classes.</summary>
public sealed class ClassificationRuleClassTests
{
    [Theory(DisplayName = "Every one of the 8 high/low combinations maps to exactly the class DESIGN.md names")]
    [InlineData(false, false, false, Classification.Dasar)]
    [InlineData(true, false, false, Classification.Dasar)]
    [InlineData(false, true, false, Classification.Dasar)]
    [InlineData(false, false, true, Classification.Dasar)]
    [InlineData(true, true, false, Classification.Berkembang)]
    [InlineData(true, false, true, Classification.Mandiri)]
    [InlineData(false, true, true, Classification.Mandiri)]
    [InlineData(true, true, true, Classification.Berkelanjutan)]
    public void Classes(bool input, bool process, bool output, Classification expected) =>
        Assert.Equal(expected, ClassificationRule.Classify(input, process, output));

    [Fact(DisplayName = "The classes are total: all 8 combinations give a defined class and each class is reached")]
    public void ClassesAreTotal()
    {
        var all = from i in new[] { false, true }
                  from p in new[] { false, true }
                  from o in new[] { false, true }
                  select ClassificationRule.Classify(i, p, o);
        var classes = all.ToList();
        Assert.Equal(8, classes.Count);
        Assert.All(classes, c => Assert.True(Enum.IsDefined(c)));
        Assert.Equal(Enum.GetValues<Classification>().Order(), classes.Distinct().Order());
    }

    [Fact(DisplayName = "An index is high at a mean of exactly 3 and not at 2.8")]
    public void HighAtThree()
    {
        // Pokja 3, funding 3, Poktan 3, facilities 3, companion 3: mean 3.
        var atThree = Profiles.With(pokjaFormed: true, pokjaMembers: 9, funding: FundingSources.Apbd | FundingSources.DanaDesa,
            poktan: PoktanKinds.Bkb | PoktanKinds.Bkr | PoktanKinds.Bkl, sekretariat: true, rumahDataKu: true,
            plkb: true, regulations: RegulationIssuers.KepalaDesa);
        Assert.Equal(3.0, ClassificationRule.EvaluateInput(atThree).Mean);
        Assert.True(ClassificationRule.EvaluateInput(atThree).IsHigh);

        atThree.HasRumahDataKu = false;
        Assert.Equal(2.8, ClassificationRule.EvaluateInput(atThree).Mean, 10);
        Assert.False(ClassificationRule.EvaluateInput(atThree).IsHigh);
    }

    [Fact(DisplayName = "No profile and no report: every indicator scores 1 with no value, agencies still count")]
    public void MissingEverything()
    {
        var result = ClassificationRule.Evaluate(null, null, 7);
        Assert.Equal(1.0, result.Input.Mean);
        Assert.Null(result.Input.Pokja.Value);
        Assert.Equal(1, result.Process.DataSources.Score);
        Assert.Equal(4, result.Process.CrossSectorAgencies.Score);
        Assert.Equal(2.0, result.Process.Mean);
        Assert.Equal(1.0, result.Output.Mean);
        Assert.Null(result.Output.ContraceptivePrevalence.Value);
        Assert.Equal(Classification.Dasar, result.Classification);
    }

    [Fact(DisplayName = "Zero denominators are missing data: no PUS, no users, no families score 1")]
    public void ZeroDenominators()
    {
        var output = ClassificationRule.EvaluateOutput(Reports.With(families: 0, pus: 0, participants: 5, iat: 3));
        Assert.Equal(new IndicatorScore(null, 1), output.PoktanParticipation);
        Assert.Equal(new IndicatorScore(null, 1), output.ContraceptivePrevalence);
        Assert.Equal(new IndicatorScore(null, 1), output.MkjpShare);
        Assert.Equal(new IndicatorScore(null, 1), output.UnmetNeed);
    }

    [Fact(DisplayName = "Users = IUD+MOW+MOP+kondom+implan+suntik+pil")]
    public void ContraceptiveUsersAddsAllSevenMethods() =>
        Assert.Equal(28, ClassificationRule.ContraceptiveUsers(Reports.With(iud: 1, mow: 2, mop: 3, kondom: 4, implan: 5, suntik: 6, pil: 7)));

    [Fact(DisplayName = "A strong profile, strong report and 7 agencies is BERKELANJUTAN; without agencies and data sources, MANDIRI")]
    public void EndToEnd()
    {
        var profile = Profiles.Strong();
        var report = Reports.With(families: 100, participants: 35, pus: 100, iud: 10, implan: 10, suntik: 25, pil: 10, iat: 2, tial: 2);
        var full = ClassificationRule.Evaluate(profile, report, 7);
        Assert.True(full.Input.IsHigh && full.Process.IsHigh && full.Output.IsHigh);
        Assert.Equal(Classification.Berkelanjutan, full.Classification);

        profile.DataSources = DataSources.None;
        var noProcess = ClassificationRule.Evaluate(profile, report, 0);
        Assert.False(noProcess.Process.IsHigh);
        Assert.Equal(Classification.Mandiri, noProcess.Classification);

        var noOutput = ClassificationRule.Evaluate(Profiles.Strong(), null, 7);
        Assert.Equal(Classification.Berkembang, noOutput.Classification);
    }
}
