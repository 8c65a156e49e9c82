using KampungKB.Graph.Data.Kampung;

namespace KampungKB.Graph.Data.Tests;

/// <summary>Each indicator's bands, edges included; bands are [lower, upper) on the number line.</summary>
public sealed class ClassificationRuleBandTests
{
    [Theory(DisplayName = "Poktan participation %: <10:1, [10,20):2, [20,30):3, >=30:4")]
    [InlineData(0, 1)]
    [InlineData(9.99, 1)]
    [InlineData(10, 2)]
    [InlineData(19.99, 2)]
    [InlineData(20, 3)]
    [InlineData(29.99, 3)]
    [InlineData(30, 4)]
    [InlineData(100, 4)]
    public void PoktanParticipation(double percent, int score) =>
        Assert.Equal(score, ClassificationRule.ScorePoktanParticipation(percent));

    [Theory(DisplayName = "CPR %: <30:1, [30,40):2, [40,50):3, >=50:4")]
    [InlineData(0, 1)]
    [InlineData(29.99, 1)]
    [InlineData(30, 2)]
    [InlineData(39.99, 2)]
    [InlineData(40, 3)]
    [InlineData(49.99, 3)]
    [InlineData(50, 4)]
    [InlineData(85, 4)]
    public void ContraceptivePrevalence(double percent, int score) =>
        Assert.Equal(score, ClassificationRule.ScoreContraceptivePrevalence(percent));

    [Theory(DisplayName = "MKJP share %: <20:1, [20,23):2, [23,25):3, >=25:4")]
    [InlineData(0, 1)]
    [InlineData(19.99, 1)]
    [InlineData(20, 2)]
    [InlineData(22.99, 2)]
    [InlineData(23, 3)]
    [InlineData(24.99, 3)]
    [InlineData(25, 4)]
    [InlineData(100, 4)]
    public void MkjpShare(double percent, int score) =>
        Assert.Equal(score, ClassificationRule.ScoreMkjpShare(percent));

    [Theory(DisplayName = "Unmet need % (lower is better): <6:4, [6,9):3, [9,12):2, >=12:1")]
    [InlineData(0, 4)]
    [InlineData(5.99, 4)]
    [InlineData(6, 3)]
    [InlineData(8.99, 3)]
    [InlineData(9, 2)]
    [InlineData(11.99, 2)]
    [InlineData(12, 1)]
    [InlineData(40, 1)]
    public void UnmetNeed(double percent, int score) =>
        Assert.Equal(score, ClassificationRule.ScoreUnmetNeed(percent));

    [Fact(DisplayName = "A missing percentage scores 1 in every output band")]
    public void MissingPercentagesScoreOne()
    {
        Assert.Equal(1, ClassificationRule.ScorePoktanParticipation(null));
        Assert.Equal(1, ClassificationRule.ScoreContraceptivePrevalence(null));
        Assert.Equal(1, ClassificationRule.ScoreMkjpShare(null));
        Assert.Equal(1, ClassificationRule.ScoreUnmetNeed(null));
    }

    [Theory(DisplayName = "Report counts on band edges give the edge scores (CPR 30/40/50, MKJP 20/23/25, unmet 6/9/12)")]
    [InlineData(30, 2)]
    [InlineData(40, 3)]
    [InlineData(50, 4)]
    public void CprFromCounts(int users, int score)
    {
        var r = Reports.With(pus: 100, pil: users);
        Assert.Equal(score, ClassificationRule.EvaluateOutput(r).ContraceptivePrevalence.Score);
        Assert.Equal(users, ClassificationRule.EvaluateOutput(r).ContraceptivePrevalence.Value);
    }

    [Theory(DisplayName = "MKJP share from counts: (IUD+MOW+MOP+implan)/users on the edges")]
    [InlineData(20, 2)]
    [InlineData(23, 3)]
    [InlineData(25, 4)]
    [InlineData(19, 1)]
    public void MkjpFromCounts(int longActing, int score)
    {
        // 100 users: long-acting spread over the four methods, the rest on pil.
        var r = Reports.With(pus: 200, iud: longActing - 3, mow: 1, mop: 1, implan: 1, pil: 100 - longActing);
        Assert.Equal(score, ClassificationRule.EvaluateOutput(r).MkjpShare.Score);
    }

    [Theory(DisplayName = "Unmet need from counts: (IAT+TIAL)/PUS on the edges")]
    [InlineData(6, 3)]
    [InlineData(9, 2)]
    [InlineData(12, 1)]
    [InlineData(5, 4)]
    public void UnmetFromCounts(int unmet, int score)
    {
        var r = Reports.With(pus: 100, iat: unmet / 2, tial: unmet - (unmet / 2));
        Assert.Equal(score, ClassificationRule.EvaluateOutput(r).UnmetNeed.Score);
    }

    [Theory(DisplayName = "Poktan participation from counts: participants/families on the edges")]
    [InlineData(10, 2)]
    [InlineData(20, 3)]
    [InlineData(30, 4)]
    [InlineData(9, 1)]
    public void ParticipationFromCounts(int participants, int score)
    {
        var r = Reports.With(families: 100, participants: participants);
        Assert.Equal(score, ClassificationRule.EvaluateOutput(r).PoktanParticipation.Score);
    }

    [Theory(DisplayName = "Funding sources: 0:1, 1:2, 2-4:3, >4:4")]
    [InlineData(0, 1)]
    [InlineData(1, 2)]
    [InlineData(2, 3)]
    [InlineData(4, 3)]
    [InlineData(5, 4)]
    [InlineData(6, 4)]
    public void FundingSources(int count, int score) =>
        Assert.Equal(score, ClassificationRule.EvaluateInput(Profiles.With(funding: (FundingSources)((1 << count) - 1))).FundingSources.Score);

    [Theory(DisplayName = "Poktan owned: 0:1, 1-2:2, 3-4:3, 5:4")]
    [InlineData(0, 1)]
    [InlineData(1, 2)]
    [InlineData(2, 2)]
    [InlineData(3, 3)]
    [InlineData(4, 3)]
    [InlineData(5, 4)]
    public void PoktanOwned(int count, int score) =>
        Assert.Equal(score, ClassificationRule.EvaluateInput(Profiles.With(poktan: (PoktanKinds)((1 << count) - 1))).PoktanOwned.Score);

    [Theory(DisplayName = "Pokja: none 1, formed 2, formed + members or trained 3, both 4")]
    [InlineData(false, 10, 5, 1)]
    [InlineData(true, 0, 0, 2)]
    [InlineData(true, 10, 0, 3)]
    [InlineData(true, 0, 4, 3)]
    [InlineData(true, 10, 4, 4)]
    public void Pokja(bool formed, int members, int trained, int score) =>
        Assert.Equal(score, ClassificationRule.EvaluateInput(
            Profiles.With(pokjaFormed: formed, pokjaMembers: members, pokjaTrained: trained)).Pokja.Score);

    [Theory(DisplayName = "Facilities Sekretariat + Rumah DataKu: 0:1, 1:2, 2:3")]
    [InlineData(false, false, 1)]
    [InlineData(true, false, 2)]
    [InlineData(false, true, 2)]
    [InlineData(true, true, 3)]
    public void Facilities(bool sekretariat, bool rumahDataKu, int score) =>
        Assert.Equal(score, ClassificationRule.EvaluateInput(
            Profiles.With(sekretariat: sekretariat, rumahDataKu: rumahDataKu)).Facilities.Score);

    [Theory(DisplayName = "PLKB companion and regulation: neither 1, one 2, both 3")]
    [InlineData(false, RegulationIssuers.None, 1)]
    [InlineData(true, RegulationIssuers.None, 2)]
    [InlineData(false, RegulationIssuers.KepalaDesa, 2)]
    [InlineData(true, RegulationIssuers.Bupati | RegulationIssuers.Camat, 3)]
    public void CompanionAndRegulation(bool plkb, RegulationIssuers regulations, int score) =>
        Assert.Equal(score, ClassificationRule.EvaluateInput(
            Profiles.With(plkb: plkb, regulations: regulations)).CompanionAndRegulation.Score);

    [Theory(DisplayName = "Data sources used: 0:1, 1:2, 2-3:3, >3:4")]
    [InlineData(0, 1)]
    [InlineData(1, 2)]
    [InlineData(2, 3)]
    [InlineData(3, 3)]
    [InlineData(4, 4)]
    [InlineData(5, 4)]
    public void DataSourcesUsed(int count, int score) =>
        Assert.Equal(score, ClassificationRule.EvaluateProcess(Profiles.With(dataSources: (DataSources)((1 << count) - 1)), 0).DataSources.Score);

    [Theory(DisplayName = "Operational mechanisms: 0:1, 1-2:2, 3-4:3, >4:4")]
    [InlineData(0, 1)]
    [InlineData(1, 2)]
    [InlineData(2, 2)]
    [InlineData(3, 3)]
    [InlineData(4, 3)]
    [InlineData(5, 4)]
    [InlineData(6, 4)]
    public void Mechanisms(int count, int score) =>
        Assert.Equal(score, ClassificationRule.EvaluateProcess(Profiles.With(mechanisms: (OperationalMechanisms)((1 << count) - 1)), 0).Mechanisms.Score);

    [Theory(DisplayName = "Cross-sector agencies: 0:1, 1-3:2, 4-6:3, >6:4")]
    [InlineData(0, 1)]
    [InlineData(1, 2)]
    [InlineData(3, 2)]
    [InlineData(4, 3)]
    [InlineData(6, 3)]
    [InlineData(7, 4)]
    [InlineData(16, 4)]
    public void CrossSectorAgencies(int agencies, int score) =>
        Assert.Equal(score, ClassificationRule.EvaluateProcess(Profiles.With(), agencies).CrossSectorAgencies.Score);
}
