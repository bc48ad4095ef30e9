using Npgsql;
using NpgsqlTypes;

namespace Triangulate.Storage.Postgres;

/// <summary>Analysts' merges of sources copied in under their ids (the rest is in <see cref="LedgerStoreCore"/>).</summary>
public sealed partial class PostgresLedgerStore
{
    /// <summary>
    /// Writes merges under their ids. A merge whose id is stored, or whose source the target has merged already, is
    /// skipped (no conflict target: either uniqueness holds it back), so that a source is merged once.
    /// </summary>
    private static async Task<int> ImportSourceMergesAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IEnumerable<StoredSourceMerge> merges, CancellationToken cancellationToken)
    {
        var added = 0;
        foreach (var (id, merge) in merges)
        {
            await using var command = new NpgsqlCommand("""
                INSERT INTO source_merges (id, from_id, into_id, by_name, at, note) OVERRIDING SYSTEM VALUE
                VALUES (@id, @from, @into, @by, @at, @note) ON CONFLICT DO NOTHING
                """, connection, transaction)
                .With("id", id, NpgsqlDbType.Bigint)
                .With("from", merge.From, NpgsqlDbType.Text)
                .With("into", merge.Into, NpgsqlDbType.Text)
                .With("by", merge.By, NpgsqlDbType.Text)
                .With("at", merge.At.ToUniversalTime(), NpgsqlDbType.TimestampTz)
                .With("note", merge.Note, NpgsqlDbType.Text);
            added += await command.ExecuteNonQueryAsync(cancellationToken);
        }
        return added;
    }
}
