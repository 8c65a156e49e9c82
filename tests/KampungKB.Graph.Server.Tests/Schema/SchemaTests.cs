using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Snapshooter.Xunit;

namespace KampungKB.Graph.Server.Tests.Schema;

/// <summary>The schema is a product: the checked-in SDL matches what is served, and everything is described.</summary>
public sealed class SchemaTests(HubFactory hub) : IClassFixture<HubFactory>
{
    [Fact(DisplayName = "schema/schema.graphql is exactly the SDL that GET /graphql?sdl serves")]
    public async Task Checked_in_schema_matches_the_served_one()
    {
        var served = await hub.CreateClient().GetStringAsync("/graphql?sdl");
        var checkedIn = await File.ReadAllTextAsync(RepositoryFiles.PathOf("schema/schema.graphql"));

        Assert.True(served == checkedIn,
            "schema/schema.graphql has drifted from the served schema. Regenerate it with " +
            "`dotnet run --project src/KampungKB.Graph.Server -- export-schema` and review the diff.");
    }

    [Fact(DisplayName = "The served SDL matches its snapshot")]
    public async Task Schema_snapshot() =>
        Snapshot.Match(await hub.CreateClient().GetStringAsync("/graphql?sdl"));

    [Fact(DisplayName = "Every type, field, argument and enum value has a description")]
    public void Everything_is_described()
    {
        var schema = hub.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        var missing = new List<string>();
        foreach (var type in schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && t is not ScalarGraphType))
        {
            if (string.IsNullOrWhiteSpace(type.Description)) missing.Add(type.Name);
            if (type is IComplexGraphType complex)
                foreach (var field in complex.Fields)
                {
                    if (string.IsNullOrWhiteSpace(field.Description)) missing.Add($"{type.Name}.{field.Name}");
                    foreach (var argument in field.Arguments ?? [])
                        if (string.IsNullOrWhiteSpace(argument.Description)) missing.Add($"{type.Name}.{field.Name}({argument.Name})");
                }
            if (type is EnumerationGraphType enumeration)
                missing.AddRange(enumeration.Values.Where(v => string.IsNullOrWhiteSpace(v.Description)).Select(v => $"{type.Name}.{v.Name}"));
        }

        Assert.True(missing.Count == 0, "Without a description: " + string.Join(", ", missing));
    }
}
