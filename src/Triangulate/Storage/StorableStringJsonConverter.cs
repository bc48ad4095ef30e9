using System.Text.Json;
using System.Text.Json.Serialization;
using Triangulate.Model;

namespace Triangulate.Storage;

/// <summary>
/// Writes every string of a stored document as <see cref="StorableText"/> makes it, so that no document holds an
/// escaped U+0000 (which PostgreSQL's jsonb refuses) and both engines keep the same characters.
/// </summary>
internal sealed class StorableStringJsonConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetString();

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WriteStringValue(StorableText.Clean(value));
}
