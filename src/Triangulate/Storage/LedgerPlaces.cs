using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using Triangulate.Model;

namespace Triangulate.Storage;

/// <summary>
/// The places of one ledger's mentions and claims, each stored once as a row of <c>ledger_places</c> and named in a
/// mention's or claim's stored JSON by that row's key. A batch of 1,500 reports names a few hundred gazetteer places in
/// ~80,000 mentions and claim places; written whole in each, they were most of the ~120 MB of JSON such a batch stored.
/// Rows are never changed (an analyst's edit of a place, or a new gazetteer version, gives a new row), so a key read
/// once means the same place for as long as the ledger exists, and both directions are cached for the store's life.
/// </summary>
/// <param name="loadDetail">Reads the place JSON of one key, or null when the ledger has no such row.</param>
internal sealed class LedgerPlaces(Func<long, string?> loadDetail)
{
    private readonly ConditionalWeakTable<Place, StrongBox<long>> keys = [];
    private readonly ConcurrentDictionary<long, Place> places = new();

    /// <summary>The JSON a place's row holds: what exports write for it.</summary>
    public static string DetailOf(Place place) => LedgerJson.Serialize(place);

    /// <summary>Reads a mention or claim as stored, each place key resolved to its place (a whole place JSON, as written before the keys, is read as such).</summary>
    public T Read<T>(string json) => StoredJson.Read<T>(json, Resolve);

    /// <summary>Starts the places of one write transaction; their keys join the cache only when it commits.</summary>
    public BatchPlaces StartBatch() => new(this);

    internal bool TryGetKey(Place place, out long key)
    {
        var found = keys.TryGetValue(place, out var box);
        key = found ? box!.Value : 0;
        return found;
    }

    internal void Remember(Place place, long key)
    {
        keys.AddOrUpdate(place, new StrongBox<long>(key));
        places.TryAdd(key, place);
    }

    private Place Resolve(long key) => places.GetOrAdd(key, missing =>
        LedgerJson.Deserialize<Place>(loadDetail(missing) ?? throw new JsonException($"A stored mention names place key {missing}, which the ledger's places table does not hold.")));
}

/// <summary>
/// The place keys one write transaction uses: found in the store's cache, or stored (in one order, so that concurrent
/// writers adding the same new places wait for each other rather than deadlock) before any mention names them.
/// </summary>
internal sealed class BatchPlaces(LedgerPlaces ledger)
{
    private readonly Dictionary<Place, long> keys = new(ReferenceEqualityComparer.Instance);

    /// <summary>Every place a report's analysis names, in its mentions and in its claims.</summary>
    public static IEnumerable<Place> Of(IEnumerable<PlaceMention> mentions, IEnumerable<Claim> claims) =>
        mentions.Concat(claims.SelectMany(claim => claim.Places)).Select(mention => mention.Place).OfType<Place>();

    /// <summary>Gives every place not yet keyed a key: <paramref name="store"/> inserts (or finds) the row of a place JSON and returns its key.</summary>
    public async Task AddAsync(IEnumerable<Place> batchPlaces, Func<string, Task<long>> store)
    {
        var missing = new List<(Place Place, string Detail)>();
        foreach (var place in batchPlaces.Distinct(ReferenceEqualityComparer.Instance).Cast<Place>())
        {
            if (ledger.TryGetKey(place, out var key))
            {
                keys.TryAdd(place, key);
            }
            else if (!keys.ContainsKey(place))
            {
                missing.Add((place, LedgerPlaces.DetailOf(place)));
            }
        }
        foreach (var (place, detail) in missing.OrderBy(entry => entry.Detail, StringComparer.Ordinal))
        {
            if (!keys.ContainsKey(place))
            {
                keys[place] = await store(detail).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The stored JSON of a mention or claim, each place written as its key.</summary>
    public string Write<T>(T value) => StoredJson.Write(value, keys);

    /// <summary>The same JSON as <see cref="Write{T}"/>, as UTF-8 in <paramref name="output"/>'s buffer, valid until its next write.</summary>
    public ReadOnlySpan<byte> WriteUtf8<T>(T value, StoredJson.Utf8Output output) => StoredJson.WriteUtf8(value, keys, output);

    /// <summary>After the transaction committed: its keys are the ledger's for good.</summary>
    public void Commit()
    {
        foreach (var (place, key) in keys)
        {
            ledger.Remember(place, key);
        }
    }
}

/// <summary>The ledger JSON with each place as the key of its row; the keys are handed to the one synchronous call that needs them.</summary>
internal static class StoredJson
{
    [ThreadStatic] private static IReadOnlyDictionary<Place, long>? writing;
    [ThreadStatic] private static Func<long, Place>? reading;

    private static readonly JsonSerializerOptions Options = CreateOptions();

    public static string Write<T>(T value, IReadOnlyDictionary<Place, long> keys)
    {
        writing = keys;
        try
        {
            return JsonSerializer.Serialize(value, Options);
        }
        finally
        {
            writing = null;
        }
    }

    public static T Read<T>(string json, Func<long, Place> resolve)
    {
        reading = resolve;
        try
        {
            return JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"Stored JSON for {typeof(T).Name} is null.");
        }
        finally
        {
            reading = null;
        }
    }

    /// <summary>
    /// As <see cref="Write{T}"/>, the same bytes written straight as UTF-8 into a buffer reused row after row: a string
    /// would be transcoded from the serialiser's UTF-8 to UTF-16 and back again to be bound, a tenth of storing's CPU.
    /// </summary>
    public static ReadOnlySpan<byte> WriteUtf8<T>(T value, IReadOnlyDictionary<Place, long> keys, Utf8Output output)
    {
        ArgumentNullException.ThrowIfNull(output);
        writing = keys;
        try
        {
            return output.Write(value);
        }
        finally
        {
            writing = null;
        }
    }

    /// <summary>One writer's reused UTF-8 buffer for stored documents, written as <see cref="Write{T}"/> writes them.</summary>
    internal sealed class Utf8Output : IDisposable
    {
        private readonly ArrayBufferWriter<byte> bytes = new(4096);
        private readonly Utf8JsonWriter writer;

        public Utf8Output() =>
            // The serialiser takes its encoder from the writer, not from the options: Cyrillic must stay unescaped as in Write.
            writer = new Utf8JsonWriter(bytes, new JsonWriterOptions { Encoder = Options.Encoder, Indented = Options.WriteIndented });

        public ReadOnlySpan<byte> Write<T>(T value)
        {
            bytes.ResetWrittenCount();
            writer.Reset();
            JsonSerializer.Serialize(writer, value, Options);
            writer.Flush();
            return bytes.WrittenSpan;
        }

        public void Dispose() => writer.Dispose();
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(LedgerJson.PlainOptions);
        options.Converters.Add(new PlaceKeyConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private sealed class PlaceKeyConverter : JsonConverter<Place>
    {
        public override Place? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Number
                ? (reading ?? throw new InvalidOperationException("A place key was read outside StoredJson.Read."))(reader.GetInt64())
                : JsonSerializer.Deserialize<Place>(ref reader, LedgerJson.PlainOptions);

        public override void Write(Utf8JsonWriter writer, Place value, JsonSerializerOptions options) =>
            writer.WriteNumberValue(writing is { } keys && keys.TryGetValue(value, out var key)
                ? key
                : throw new InvalidOperationException($"Place {value.Id} has no key in this write's places."));
    }
}
