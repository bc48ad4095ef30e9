using System.Text.Json;
using System.Text.Json.Serialization;
using Triangulate.Model;

namespace Triangulate.Storage;

/// <summary>
/// Writes a <see cref="Span"/> as <c>{"start":…,"end":…}</c> and reads it back through its validating constructor;
/// left to itself the serializer would build spans with the parameterless struct constructor, all [0,0).
/// </summary>
internal sealed class SpanJsonConverter : JsonConverter<Span>
{
    public override Span Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A span is an object with start and end.");
        }
        int? start = null, end = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "start": start = reader.GetInt32(); break;
                case "end": end = reader.GetInt32(); break;
                default: reader.Skip(); break;
            }
        }
        return start is { } s && end is { } e ? new Span(s, e) : throw new JsonException("A span needs both start and end.");
    }

    public override void Write(Utf8JsonWriter writer, Span value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("start", value.Start);
        writer.WriteNumber("end", value.End);
        writer.WriteEndObject();
    }
}
