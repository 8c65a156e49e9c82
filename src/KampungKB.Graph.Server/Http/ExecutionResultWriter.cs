using System.Text.Json;
using System.Text.Json.Serialization;
using GraphQL;
using GraphQL.Execution;
using KampungKB.Graph.Server.Hosting;

namespace KampungKB.Graph.Server.Http;

/// <summary>
/// GraphQL.SystemTextJson's writer of an <see cref="ExecutionResult"/>, writing the common scalar values itself: its own
/// hands every scalar to <see cref="JsonSerializer"/> as an <see cref="object"/>, which looks up a converter for the
/// value's type each time (the nested read writes 5,000 of them). Anything else still goes through the serializer.
/// </summary>
internal sealed class ExecutionResultWriter : JsonConverter<ExecutionResult>
{
    public override void Write(Utf8JsonWriter writer, ExecutionResult value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value.Errors is { Count: > 0 } errors)
        {
            writer.WritePropertyName("errors");
            JsonSerializer.Serialize(writer, errors, options);
        }
        if (value.Executed)
        {
            writer.WritePropertyName("data");
            if (value.Data is ExecutionNode data) WriteNode(writer, data, options);
            else JsonSerializer.Serialize(writer, value.Data, options);
        }
        if (value.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            JsonSerializer.Serialize(writer, extensions, options);
        }
        writer.WriteEndObject();
    }

    private static void WriteNode(Utf8JsonWriter writer, ExecutionNode? node, JsonSerializerOptions options)
    {
        switch (node)
        {
            case ValueExecutionNode scalar:
                WriteScalar(writer, scalar.Result, options);
                break;
            case ObjectExecutionNode { SubFields: null }:
                writer.WriteNullValue();
                break;
            case InlineObjectNode { Fields: { } fields } inline:
                WriteObject(writer, fields, inline.Values!, options);
                break;
            case ObjectExecutionNode parent:
                writer.WriteStartObject();
                foreach (var field in parent.SubFields)
                {
                    writer.WritePropertyName(options.PropertyNamingPolicy?.ConvertName(field.Name!) ?? field.Name!);
                    WriteNode(writer, field, options);
                }
                writer.WriteEndObject();
                break;
            case InlineArrayNode { Values: { } values } list:
                WriteInline(writer, list.ItemShape!, values, options);
                break;
            case ArrayExecutionNode { Items: null } list:
                JsonSerializer.Serialize(writer, list.SerializedResult, options);
                break;
            case ArrayExecutionNode list:
                writer.WriteStartArray();
                foreach (var item in list.Items) WriteNode(writer, item, options);
                writer.WriteEndArray();
                break;
            case null or NullExecutionNode:
                writer.WriteNullValue();
                break;
            default:
                JsonSerializer.Serialize(writer, node.ToValue(), options);
                break;
        }
    }

    // Fields read inline, and the object's other fields as nodes in their places.
    private static void WriteObject(Utf8JsonWriter writer, ChildField[] fields, object?[] values, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        for (var i = 0; i < fields.Length; i++)
        {
            writer.WritePropertyName(options.PropertyNamingPolicy?.ConvertName(fields[i].Name) ?? fields[i].Name);
            if (values[i] is ExecutionNode node) WriteNode(writer, node, options);
            else WriteInline(writer, fields[i].Inline!, values[i], options);
        }
        writer.WriteEndObject();
    }

    private static void WriteInline(Utf8JsonWriter writer, InlineShape shape, object? value, JsonSerializerOptions options)
    {
        if (value is null || !shape.IsList)
        {
            WriteItem(writer, shape, value, options);
            return;
        }
        writer.WriteStartArray();
        foreach (var item in (object?[])value) WriteItem(writer, shape, item, options);
        writer.WriteEndArray();
    }

    private static void WriteItem(Utf8JsonWriter writer, InlineShape shape, object? item, JsonSerializerOptions options)
    {
        if (item is null || shape.Scalar is not null) WriteScalar(writer, item, options);
        else WriteObject(writer, shape.Fields!, (object?[])item, options);
    }

    // A scalar's result is already serialized by its graph type: mostly a string, a number, a boolean or null.
    private static void WriteScalar(Utf8JsonWriter writer, object? value, JsonSerializerOptions options)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string text: writer.WriteStringValue(text); break;
            case int number: writer.WriteNumberValue(number); break;
            case bool flag: writer.WriteBooleanValue(flag); break;
            default: JsonSerializer.Serialize(writer, value, options); break;
        }
    }

    public override ExecutionResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("The hub writes GraphQL results; it never reads one.");

    public override bool CanConvert(Type typeToConvert) => typeof(ExecutionResult).IsAssignableFrom(typeToConvert);
}
