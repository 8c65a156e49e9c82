using KampungKB.Graph.Data.Partners;
using KampungKB.Graph.Server.Tests.Partners;

namespace KampungKB.Graph.Server.Tests.Mutations;

/// <summary>Who may call each mutation: below its role (and anonymous) a GraphQL error AUTH_NOT_AUTHORIZED with
/// <c>data.&lt;mutation&gt;: null</c>; at or above it the mutation runs (here it finds no target, so nothing is written).</summary>
public sealed class MutationRoleTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Missing = "99999999";

    private static readonly Dictionary<string, (HubRole Role, object Input)> Mutations = new()
    {
        ["createKampungKb"] = (HubRole.Editor, MutationDocuments.NewKampungKb("51.01.99.2999")),
        ["updateKampungKb"] = (HubRole.Editor, new { id = Missing, name = "X" }),
        ["submitProfileSnapshot"] = (HubRole.Editor, MutationDocuments.StrongProfile(Missing, "2025-09")),
        ["submitMonthlyReport"] = (HubRole.Editor, MutationDocuments.StrongReport(Missing, "2025-09")),
        ["joinProgram"] = (HubRole.Partner, new { kampungKbId = Missing, programCode = "DEKAT", since = "2025-01-01" }),
        ["leaveProgram"] = (HubRole.Partner, new { kampungKbId = Missing, programCode = "DEKAT" }),
        ["recordObservations"] = (HubRole.Partner, new { observations = new[] { new { kampungKbId = Missing, indicatorCode = "KOPERASI_MEMBERS", period = "2025-09", value = 1.0 } } }),
    };

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var mutation in Mutations.Keys)
            foreach (var role in new[] { "anonymous", "Viewer", "Analyst", "Partner", "Editor", "Admin" })
                cases.Add(mutation, role);
        return cases;
    }

    [Theory(DisplayName = "Each mutation refuses roles below its own and anonymous callers with AUTH_NOT_AUTHORIZED, and runs for its role and above")]
    [MemberData(nameof(Cases))]
    public async Task Role_boundary(string mutation, string role)
    {
        var (needed, input) = Mutations[mutation];
        var client = role == "anonymous" ? hub.CreateClient() : await hub.ClientWithKeyAsync(Enum.Parse<HubRole>(role));
        var before = await hub.WrittenRowsAsync();

        var body = await client.MutateAsync(mutation, input, expectSuccess: false);

        if (role != "anonymous" && Enum.Parse<HubRole>(role) >= needed)
        {
            Assert.True(body["errors"] is null, $"GraphQL errors: {body["errors"]}");
            Assert.Equal("NOT_FOUND", (string)body["data"]![mutation]!["errors"]![0]!["code"]!);
        }
        else
        {
            Assert.Null(body["data"]![mutation]);
            var error = body["errors"]!.AsArray().Single()!;
            Assert.Equal("AUTH_NOT_AUTHORIZED", (string)error["extensions"]!["code"]!);
            Assert.Equal(mutation, (string)error["path"]![0]!);
            Assert.Contains(needed.ToString().ToLowerInvariant(), (string)error["message"]!);
        }
        Assert.Equal(before, await hub.WrittenRowsAsync());
    }
}
