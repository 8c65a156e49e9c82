using System.Text.Encodings.Web;
using System.Text.Json;

namespace KampungKB.Graph.Baseline;

/// <summary>POST /graphql dispatches on the request's operationName; GET /views/{name}?format=csv serves the CSV view.</summary>
internal static class MixEndpoints
{
    private static readonly JsonWriterOptions Writer = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task GraphQLAsync(HttpContext http, MixQueries queries)
    {
        var request = await JsonSerializer.DeserializeAsync(http.Request.Body, MixJson.Default.MixRequest, http.RequestAborted)
            ?? throw new BadHttpRequestException("No body.");
        string Variable(string name) => request.Variables?.GetValueOrDefault(name) ?? throw new BadHttpRequestException($"Variable {name} missing.");

        http.Response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(http.Response.BodyWriter, Writer);
        json.WriteStartObject();
        json.WritePropertyName("data");
        json.WriteStartObject();
        var ct = http.RequestAborted;
        switch (request.OperationName)
        {
            case "Overview": await queries.OverviewAsync(json, Variable("province"), ct); break;
            case "KampungKbPage": await queries.PageAsync(json, Variable("regency"), ct); break;
            case "RegencyTree": await queries.TreeAsync(json, Variable("regency"), ct); break;
            case "ClassesByRegency": await queries.AggregateAsync(json, Variable("province"), ct); break;
            case "StuntingTrend": await queries.SeriesAsync(json, Variable("province"), ct); break;
            case "KampungKbOfDistrict": await queries.DistrictTableAsync(json, Variable("district"), ct); break;
            default: throw new BadHttpRequestException($"Unknown operation {request.OperationName}.");
        }
        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(ct);
    }

    public static async Task ViewAsync(HttpContext http, string name, MixQueries queries)
    {
        if (name != "kampung-kb-of-district" || http.Request.Query["district"] is not [{ } district])
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        http.Response.ContentType = "text/csv; charset=utf-8";
        await queries.DistrictCsvAsync(http.Response.Body, district, http.RequestAborted);
    }
}

/// <summary>The part of a GraphQL request body the baseline reads: which operation, with which variables.</summary>
internal sealed record MixRequest(string? OperationName, Dictionary<string, string>? Variables);

[System.Text.Json.Serialization.JsonSerializable(typeof(MixRequest))]
[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase)]
internal sealed partial class MixJson : System.Text.Json.Serialization.JsonSerializerContext;
