using System.Text.Json.Nodes;

namespace KampungKB.Graph.Server.Tests.Analytics;

/// <summary><c>classificationScores</c> explains the stored class, and is worked out for a whole page at once.</summary>
public sealed class ClassificationScoresTests(HubFactory hub) : IClassFixture<HubFactory>
{
    [Fact(DisplayName = "For every Kampung KB the scores give the stored class, indices are the means of their scores, in a few statements")]
    public async Task Scores_explain_the_stored_class()
    {
        var (data, sql) = await hub.CreateClient().DataWithSqlAsync("""
            { kampungKbs(first: 1000) { nodes { classification classificationScores { classification
                input { mean high pokja { ...s } fundingSources { ...s } poktanOwned { ...s } facilities { ...s } companionAndRegulation { ...s } }
                process { mean high dataSources { ...s } mechanisms { ...s } crossSectorAgencies { ...s } }
                output { mean high poktanParticipation { ...s } contraceptivePrevalence { ...s } mkjpShare { ...s } unmetNeed { ...s } } } } } }
            fragment s on ClassificationIndicatorScore { value score maxScore }
            """);
        var nodes = data["kampungKbs"]!["nodes"]!.AsArray();

        Assert.Equal(646, nodes.Count);
        Assert.All(nodes, node =>
        {
            var scores = node!["classificationScores"]!;
            Assert.Equal((string)node["classification"]!, (string)scores["classification"]!);
            var high = new Dictionary<string, bool>();
            foreach (var index in new[] { "input", "process", "output" })
            {
                var indicators = scores[index]!.AsObject().Where(p => p.Value is JsonObject).Select(p => p.Value!).ToList();
                Assert.All(indicators, i => Assert.InRange((int)i!["score"]!, 1, (int)i["maxScore"]!));
                var mean = indicators.Average(i => (int)i!["score"]!);
                Assert.Equal(mean, (double)scores[index]!["mean"]!, 9);
                high[index] = (bool)scores[index]!["high"]!;
                Assert.Equal(mean >= 3, high[index]);
            }
            var expected = (high["input"], high["process"], high["output"]) switch
            {
                (true, true, true) => "BERKELANJUTAN",
                (true, true, false) => "BERKEMBANG",
                (true, false, true) or (false, true, true) => "MANDIRI",
                _ => "DASAR",
            };
            Assert.Equal(expected, (string)scores["classification"]!);
        });
        // The page, then latest profiles, latest reports and agency counts for all 646 together.
        Assert.Equal(4, sql.Count);
    }
}
