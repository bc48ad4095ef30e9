using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Npgsql;
using NpgsqlTypes;
using Triangulate.Model;

namespace Triangulate.Storage.Postgres;

/// <summary>How values of the model are written into and read out of PostgreSQL columns.</summary>
internal static class PostgresValues
{
    /// <summary>
    /// Adds a parameter with its type given, so that a null still has a type in any position of the statement. Text the
    /// server refuses (U+0000, half a surrogate pair) is made storable here, as SQLite's parameters are, so that every
    /// path into the ledger (ingest, the web app, a copy of an older ledger) stores the same characters on both engines.
    /// </summary>
    public static NpgsqlCommand With(this NpgsqlCommand command, string name, object? value, NpgsqlDbType type)
    {
        command.Parameters.Add(Parameter(name, value, type));
        return command;
    }

    public static NpgsqlBatchCommand With(this NpgsqlBatchCommand command, string name, object? value, NpgsqlDbType type)
    {
        command.Parameters.Add(Parameter(name, value, type));
        return command;
    }

    /// <summary>Writes one column of a binary COPY row, made storable as a parameter is.</summary>
    public static Task WriteColumnAsync(this NpgsqlBinaryImporter importer, object? value, NpgsqlDbType type, CancellationToken cancellationToken) =>
        Storable(value, type) is var storable && storable == DBNull.Value
            ? importer.WriteNullAsync(cancellationToken)
            : importer.WriteAsync(storable, type, cancellationToken);

    private static NpgsqlParameter Parameter(string name, object? value, NpgsqlDbType type) => new(name, type) { Value = Storable(value, type) };

    private static object Storable(object? value, NpgsqlDbType type) => value switch
    {
        null => DBNull.Value,
        string json when type == NpgsqlDbType.Jsonb => CleanJson(json),
        string text => StorableText.Clean(text),
        _ => value,
    };

    /// <summary>timestamptz takes UTC only; the instant is what the ledger keeps, as SQLite's text times do.</summary>
    public static DateTimeOffset? Utc(DateTimeOffset? time) => time?.ToUniversalTime();

    /// <summary>
    /// A JSON document whose string values hold no U+0000 (written as the escape <c>\u0000</c>). Documents stored before
    /// this rule may hold one; they are rewritten only then, so the common case costs one search.
    /// </summary>
    private static string CleanJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (!json.Contains("\\u0000", StringComparison.OrdinalIgnoreCase) || JsonNode.Parse(json) is not { } root)
        {
            return json;
        }
        CleanStrings(root);
        return root.ToJsonString(RelaxedJson);
    }

    private static readonly JsonSerializerOptions RelaxedJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static void CleanStrings(JsonNode node)
    {
        var children = node switch
        {
            JsonObject obj => obj.Select(pair => (Parent: node, Key: (object)pair.Key, Child: pair.Value)).ToList(),
            JsonArray array => array.Select((child, index) => (Parent: node, Key: (object)index, Child: child)).ToList(),
            _ => [],
        };
        foreach (var (parent, key, child) in children)
        {
            if (child is JsonValue value && value.TryGetValue<string>(out var text) && StorableText.NeedsCleaning(text))
            {
                var cleaned = JsonValue.Create(StorableText.Clean(text));
                if (key is string name)
                {
                    parent[name] = cleaned;
                }
                else
                {
                    parent[(int)key] = cleaned;
                }
            }
            else if (child is not null)
            {
                CleanStrings(child);
            }
        }
    }

    /// <summary>A deadlock or a serialization failure: the transaction did nothing and may simply be run again.</summary>
    public static bool IsTransient(PostgresException exception) =>
        exception.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure;
}
