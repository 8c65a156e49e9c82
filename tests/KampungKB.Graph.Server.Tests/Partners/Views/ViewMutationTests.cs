using System.Text.Json.Nodes;
using KampungKB.Graph.Data.Partners;
using Microsoft.EntityFrameworkCore;

namespace KampungKB.Graph.Server.Tests.Partners.Views;

/// <summary><c>saveView</c> / <c>removeView</c>: admins only, typed errors, replacement, and the <c>views</c> query.</summary>
public sealed class ViewMutationTests(HubFactory hub) : IClassFixture<HubFactory>
{
    private const string Save = "mutation($input: SaveViewInput!) { saveView(input: $input) { view { name documentId url } replaced errors { code message } } }";
    private const string Remove = "mutation($name: String!) { removeView(input: { name: $name }) { view { name } errors { code message } } }";

    [Theory(DisplayName = "Below admin, saveView is refused with AUTH_NOT_AUTHORIZED and nothing is saved")]
    [InlineData(HubRole.Viewer)]
    [InlineData(HubRole.Editor)]
    public async Task Non_admins_are_refused(HubRole role)
    {
        var client = await hub.ClientWithKeyAsync(role);
        var name = $"refused-{role}";
        var body = await client.GraphQLAsync(Save, new { input = new { name, document = "{ __typename }" } }, expectSuccess: false);
        var anonymous = await hub.CreateClient().GraphQLAsync(Remove, new { name }, expectSuccess: false);

        Assert.Equal("AUTH_NOT_AUTHORIZED", (string)body["errors"]![0]!["extensions"]!["code"]!);
        Assert.Null(body["data"]!["saveView"]);
        Assert.Equal("AUTH_NOT_AUTHORIZED", (string)anonymous["errors"]![0]!["extensions"]!["code"]!);
        await using var db = hub.OpenDatabase();
        Assert.False(await db.SavedDocuments.AnyAsync(d => d.Name == name));
    }

    [Fact(DisplayName = "An admin saves, replaces (the old documentId keeps working) and removes a view; the views query lists it with its variables")]
    public async Task Admin_manages_views()
    {
        var admin = await hub.ClientWithKeyAsync(HubRole.Admin);
        var first = (await admin.DataAsync(Save, new { input = new { name = "regency-name", document = "query($code: String! = \"51.01\") { regency(code: $code) { name } }" } }))["saveView"]!;
        var second = (await admin.DataAsync(Save, new { input = new { name = "regency-name", document = "query($code: String!) { regency(code: $code) { code name } }" } }))["saveView"]!;
        var listed = (await admin.DataAsync("{ views { name documentId variables { name type defaultValue required } } }"))["views"]!.AsArray();
        var (_, byOldId) = await admin.PostJsonAsync(new { documentId = (string)first["view"]!["documentId"]! });
        var viaUrl = JsonNode.Parse(await admin.GetStringAsync((string)second["view"]!["url"]! + "?code=51.02"))!;
        var removed = (await admin.DataAsync(Remove, new { name = "regency-name" }))["removeView"]!;
        var again = (await admin.DataAsync(Remove, new { name = "regency-name" }))["removeView"]!;
        using var gone = await admin.GetAsync("/views/regency-name?code=51.02");

        Assert.False((bool)first["replaced"]!);
        Assert.True((bool)second["replaced"]!);
        Assert.Equal("/views/regency-name", (string)second["view"]!["url"]!);
        var view = listed.Single(v => (string)v!["name"]! == "regency-name")!;
        Assert.Equal((string)second["view"]!["documentId"]!, (string)view["documentId"]!);
        Assert.Equal("""[{"name":"code","type":"String!","defaultValue":null,"required":true}]""", view["variables"]!.ToJsonString());
        Assert.Equal("Kabupaten Jembrana", (string)byOldId["data"]!["regency"]!["name"]!);
        Assert.Equal("Kabupaten Tabanan", (string)viaUrl["data"]!["regency"]!["name"]!);
        Assert.Equal("regency-name", (string)removed["view"]!["name"]!);
        Assert.Equal("VIEW_NOT_FOUND", (string)again["errors"]![0]!["code"]!);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Theory(DisplayName = "saveView answers typed errors: invalid name, a document that does not parse or validate, a mutation as a view")]
    [InlineData("bad name", "{ __typename }", "NAME_INVALID", "letters, digits")]
    [InlineData("broken", "{ regencies { nodes { code } }", "DOCUMENT_INVALID", "does not parse")]
    [InlineData("invalid", "{ regencies { nodes { codex } } }", "DOCUMENT_INVALID", "Did you mean 'code'?")]
    [InlineData("two", "query A { __typename } query B { __typename }", "DOCUMENT_INVALID", "one operation")]
    [InlineData("writes", "mutation { removeView(input: { name: \"x\" }) { errors { code } } }", "DOCUMENT_INVALID", "must be a query")]
    public async Task Typed_errors(string name, string document, string code, string message)
    {
        var admin = await hub.ClientWithKeyAsync(HubRole.Admin);
        var payload = (await admin.DataAsync(Save, new { input = new { name, document } }))["saveView"]!;

        Assert.Null(payload["view"]);
        Assert.Equal(code, (string)payload["errors"]![0]!["code"]!);
        Assert.Contains(message, (string)payload["errors"]![0]!["message"]!);
    }
}
