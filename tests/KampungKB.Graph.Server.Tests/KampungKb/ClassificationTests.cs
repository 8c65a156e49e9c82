using KampungKB.Graph.Data;
using KampungKB.Graph.Data.Kampung;
using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Server.Tests.KampungKb;

/// <summary>Classification is computed by the rule from profiles, reports and programmes, never typed in.</summary>
public sealed class ClassificationTests(HubFactory hub) : IClassFixture<HubFactory>
{
    [Theory(DisplayName = "The API reproduces the published classification counts")]
    [InlineData("51.01", 51, "MANDIRI", 7)]
    [InlineData("51.01", 51, "BERKELANJUTAN", 27)]
    [InlineData("51.02", 133, "BERKELANJUTAN", 60)]
    [InlineData("51.02", 133, "MANDIRI", 23)]
    [InlineData("51.02", 133, "DASAR", 13)]
    [InlineData("51.02", 133, "BERKEMBANG", 37)]
    public async Task Published_counts(string regency, int kampungKbs, string classification, int expected)
    {
        var data = await hub.CreateClient().DataAsync("""
            query($regency: String!, $classification: Classification!) {
              all: kampungKbs(where: { village: { district: { regencyCode: { eq: $regency } } } }) { totalCount }
              inClass: kampungKbs(where: { village: { district: { regencyCode: { eq: $regency } } }, classification: { eq: $classification } }) { totalCount }
            }
            """, new { regency, classification });

        Assert.Equal(kampungKbs, (int)data["all"]!["totalCount"]!);
        Assert.Equal(expected, (int)data["inClass"]!["totalCount"]!);
    }

    [Fact(DisplayName = "Every class the API serves is what the rule computes from the stored profile, report and programmes")]
    public async Task Served_classes_come_from_the_rule()
    {
        var data = await hub.CreateClient().DataAsync("{ kampungKbs(first: 1000) { nodes { id name classification } } }");
        var served = data["kampungKbs"]!["nodes"]!.AsArray().ToDictionary(n => (string)n!["name"]!, n => (string)n!["classification"]!);

        await using var db = hub.OpenDatabase();
        var computed = await KampungKbClassifier.EvaluateAsync(db);
        var names = await db.KampungKbs.ToDictionaryAsync(k => k.Id, k => k.Name);

        Assert.Equal(646, served.Count);
        Assert.All(computed, pair => Assert.Equal(
            pair.Value.Classification.ToString().ToUpperInvariant(), served[names[pair.Key]]));
    }
}
