using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using KampungKB.Graph.Server.Http;

namespace KampungKB.Graph.Server.Partners.Views;

/// <summary>
/// Turns <c>/views/{name}?var=value</c> into GraphQL variables, by the types the view declares: <c>Int</c>, <c>Float</c>,
/// <c>Boolean</c> (<c>true</c>/<c>false</c>) parsed; enums by name; <c>String</c>, <c>ID</c> and other scalars as given;
/// lists as repeated parameters (<c>?code=51.01&amp;code=51.02</c>) or one JSON array; input objects as JSON. An empty value is
/// null except for strings. GraphQL.NET then coerces the values as for any request, naming the variable when one is wrong.
/// </summary>
internal static class ViewVariables
{
    /// <summary>Query parameters that are not variables.</summary>
    public static readonly string[] Reserved = ["format"];

    public static (Inputs? Variables, TransportError? Error) FromQuery(string viewName, IReadOnlyList<ViewVariable> declared, IQueryCollection query,
        ISchema schema, IGraphQLSerializer serializer)
    {
        var values = new JsonObject();
        foreach (var (name, given) in query)
        {
            if (Reserved.Contains(name, StringComparer.OrdinalIgnoreCase)) continue;
            var variable = declared.FirstOrDefault(v => v.Name == name);
            if (variable is null)
                return (null, Invalid(declared.Count == 0
                    ? $"The view '{viewName}' takes no variables, but the URL gives '{name}'. Remove it (format=csv or format=json is the only other parameter)."
                    : $"The view '{viewName}' has no variable '{name}'; it declares {string.Join(", ", declared.Select(v => $"${v.Name}: {v.Type}"))}."));
            try
            {
                values[name] = given.Count > 1
                    ? Repeated(given, variable.Definition.Type, schema)
                    : Coerce(given.ToString(), variable.Definition.Type, schema);
            }
            catch (FormatException e)
            {
                return (null, Invalid($"Variable '${name}' of the view '{viewName}' is declared {variable.Type}: {e.Message}"));
            }
        }
        return (serializer.ReadNode<Inputs>(JsonSerializer.SerializeToElement(values)), null);
    }

    private static JsonArray Repeated(IEnumerable<string?> given, GraphQLType type, ISchema schema)
    {
        var list = Unwrap(type) as GraphQLListType
            ?? throw new FormatException("it is not a list, so give it once.");
        return new JsonArray(given.Select(value => Coerce(value ?? "", list.Type, schema)).ToArray());
    }

    private static JsonNode? Coerce(string value, GraphQLType type, ISchema schema)
    {
        type = Unwrap(type);
        if (type is GraphQLListType list)
            return value.TrimStart().StartsWith('[') ? Json(value, "a JSON array") : new JsonArray(Coerce(value, list.Type, schema));
        var named = ((GraphQLNamedType)type).Name.StringValue;
        var graphType = schema.AllTypes[named];
        if (value.Length == 0 && named is not ("String" or "ID")) return null;
        return graphType switch
        {
            IntGraphType => int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
                ? JsonValue.Create(number) : throw new FormatException($"'{Shorten(value)}' is not a whole number."),
            FloatGraphType => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && double.IsFinite(real)
                ? JsonValue.Create(real) : throw new FormatException($"'{Shorten(value)}' is not a number (use a dot for decimals)."),
            BooleanGraphType => value.ToLowerInvariant() switch
            {
                "true" => JsonValue.Create(true),
                "false" => JsonValue.Create(false),
                _ => throw new FormatException($"'{Shorten(value)}' is not true or false."),
            },
            IInputObjectGraphType => Json(value, "a JSON object"),
            // String, ID, enums (by name) and other scalars: GraphQL.NET checks them against the type.
            _ => JsonValue.Create(value),
        };
    }

    private static JsonNode? Json(string value, string what)
    {
        try
        {
            return JsonNode.Parse(value);
        }
        catch (JsonException e)
        {
            throw new FormatException($"'{Shorten(value)}' is not {what}: {e.Message}");
        }
    }

    private static GraphQLType Unwrap(GraphQLType type) => type is GraphQLNonNullType nonNull ? nonNull.Type : type;

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "..." : text;

    private static TransportError Invalid(string message) => new(StatusCodes.Status400BadRequest, ErrorCodes.InvalidVariables, message);
}
