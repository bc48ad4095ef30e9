using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using Triangulate.Model;

namespace Triangulate.Storage;

/// <summary>
/// Writes each gazetteer place's JSON once and reuses it: places are immutable and shared, and one batch names the
/// same few hundred of them in tens of thousands of mentions and claims. The JSON is exactly what
/// <paramref name="plain"/> (the same options without this converter) writes.
/// </summary>
internal sealed class PlaceJsonConverter(JsonSerializerOptions plain) : JsonConverter<Place>
{
    // Keyed by reference, so an entry lives as long as its place and equal places read back from a store are not confused.
    private readonly ConditionalWeakTable<Place, string> _written = [];

    public override Place? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize<Place>(ref reader, plain);

    public override void Write(Utf8JsonWriter writer, Place value, JsonSerializerOptions options) =>
        writer.WriteRawValue(_written.GetValue(value, place => JsonSerializer.Serialize(place, plain)), skipInputValidation: true);
}
