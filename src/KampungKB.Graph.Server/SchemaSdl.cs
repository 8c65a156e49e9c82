using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;

namespace KampungKB.Graph.Server;

/// <summary>The served schema as SDL: one printer for <c>GET /graphql?sdl</c>, <c>export-schema</c> and the drift test.</summary>
internal static class SchemaSdl
{
    public static string Print(ISchema schema) =>
        schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true, StringComparison = StringComparison.Ordinal })
            .ReplaceLineEndings("\n").TrimEnd() + "\n";
}
