using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Triangulate.Storage;

/// <summary>
/// The one JSON shape of the ledger's records, shared by the stores' JSON columns and by exports:
/// snake_case names and enum values, Cyrillic written as is so that stored documents stay readable, and no string holding
/// a character an engine refuses (<see cref="Model.StorableText"/>).
/// </summary>
public static class LedgerJson
{
    // Declared first: static initialisers run in order, and Options is built on it.
    /// <summary>The same shape without the cache of place JSON, for converters that write places their own way.</summary>
    internal static JsonSerializerOptions PlainOptions { get; } = CreatePlainOptions();

    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>The JSON name of an enum value (<c>TerritorialControl</c> → <c>territorial_control</c>), also used in table columns.</summary>
    public static string EnumName<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    /// <summary>The enum value whose JSON name is <paramref name="name"/>; the inverse of <see cref="EnumName{TEnum}"/>.</summary>
    public static TEnum ParseEnum<TEnum>(string name)
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Single(value => string.Equals(EnumName(value), name, StringComparison.Ordinal));

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"Stored JSON for {typeof(T).Name} is null.");

    private static JsonSerializerOptions CreatePlainOptions()
    {
        var plain = new JsonSerializerOptions(JsonSerializerDefaults.General)
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseLower,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Converters =
            {
                new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower), new SpanJsonConverter(), new ImmutableArrayJsonConverter(),
                new StorableStringJsonConverter(),
            },
        };
        plain.MakeReadOnly(populateMissingResolver: true);
        return plain;
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(PlainOptions);
        options.Converters.Add(new PlaceJsonConverter(PlainOptions));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
