using System.Net.Http.Json;
using System.Text.Json.Nodes;
using KampungKB.Graph.Data.Partners;

namespace KampungKB.Graph.Server.Tests.Partners.Views;

/// <summary>Views the tests fetch, saved through the admin mutation over HTTP, as an admin would.</summary>
internal static class TestViews
{
    /// <summary>The Kampung KB of one kecamatan by name: rows for CSV, a nested object, and a list inside each row.</summary>
    public const string ByDistrict = """
        query ByDistrict($district: String!, $first: Int = 3) {
          kampungKbs(first: $first, where: { village: { districtCode: { eq: $district } } }, order: [{ name: ASC }]) {
            totalCount
            nodes {
              name
              classification
              hasRumahDataKu
              village { code }
              programs(where: { program: { code: { in: ["GATI", "STUNTING", "TPK"] } } }) { program { code } }
            }
          }
        }
        """;

    /// <summary>Saves <paramref name="document"/> as the view <paramref name="name"/> with a new admin key; fails the test on errors.</summary>
    public static async Task SaveViewAsync(this HubFactory hub, string name, string document)
    {
        var admin = await hub.ClientWithKeyAsync(HubRole.Admin);
        var data = await admin.DataAsync("mutation($input: SaveViewInput!) { saveView(input: $input) { errors { code message } } }",
            new { input = new { name, document } });
        Assert.True(data["saveView"]!["errors"]!.AsArray().Count == 0, $"saveView: {data["saveView"]!["errors"]}");
    }

    /// <summary>GET <paramref name="url"/>, with <paramref name="accept"/> when given.</summary>
    public static async Task<HttpResponseMessage> GetAsync(this HttpClient client, string url, string? accept = null, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null) request.Headers.Add("Accept", accept);
        if (ifNoneMatch is not null) request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        return await client.SendAsync(request);
    }

    /// <summary>The body of a coded error response: its status, first code and message.</summary>
    public static async Task<(int Status, string Code, string Message)> ErrorOf(HttpResponseMessage response)
    {
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var error = body["errors"]![0]!;
        return ((int)response.StatusCode, (string)error["extensions"]!["code"]!, (string)error["message"]!);
    }

    /// <summary>POSTs a JSON body to /graphql and returns the status and the parsed answer.</summary>
    public static async Task<(int Status, JsonNode Body)> PostJsonAsync(this HttpClient client, object body)
    {
        using var response = await client.PostAsJsonAsync("/graphql", body);
        return ((int)response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }
}
