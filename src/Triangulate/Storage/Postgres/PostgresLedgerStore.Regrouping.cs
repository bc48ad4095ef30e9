using Npgsql;
using NpgsqlTypes;

namespace Triangulate.Storage.Postgres;

/// <summary>What a regrouping of part of the ledger writes: the events it replaced (its reads are in <see cref="LedgerStoreCore"/>).</summary>
public sealed partial class PostgresLedgerStore
{
    public Task UpdateEventsAsync(IReadOnlyCollection<long> removed, IReadOnlyList<StoredEvent> written, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(removed);
        ArgumentNullException.ThrowIfNull(written);
        var ids = removed.Concat(written.Select(e => e.Id)).Distinct().ToArray();
        return InTransactionAsync(async (connection, transaction) =>
        {
            await using (var clear = new NpgsqlBatch(connection, transaction))
            {
                foreach (var sql in new[]
                {
                    "DELETE FROM event_keys WHERE event_id = ANY(@ids)",
                    "DELETE FROM event_claims WHERE event_id = ANY(@ids)",
                    "DELETE FROM events WHERE id = ANY(@ids)",
                }.Concat(DeleteListings))
                {
                    clear.BatchCommands.Add(new NpgsqlBatchCommand(sql).With("ids", ids, NpgsqlDbType.Array | NpgsqlDbType.Bigint));
                }
                await clear.ExecuteNonQueryAsync(cancellationToken);
            }
            await InsertEventsAsync(connection, transaction, written, cancellationToken);
            return true;
        }, cancellationToken);
    }

    /// <summary>Inserts events with their members and keys inside the caller's transaction, in one round trip.</summary>
    private static async Task InsertEventsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<StoredEvent> events, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var stored in events)
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand(
                "INSERT INTO events (id, kind, first_reported, last_reported, document) VALUES (@id, @kind, @first, @last, @document)")
                .With("id", stored.Id, NpgsqlDbType.Bigint)
                .With("kind", LedgerJson.EnumName(stored.Kind), NpgsqlDbType.Text)
                .With("first", PostgresValues.Utc(stored.FirstReported), NpgsqlDbType.TimestampTz)
                .With("last", PostgresValues.Utc(stored.LastReported), NpgsqlDbType.TimestampTz)
                .With("document", stored.Document, NpgsqlDbType.Text));
            batch.BatchCommands.Add(new NpgsqlBatchCommand(
                "INSERT INTO event_claims (claim_id, event_id) SELECT unnest(@claims), @id")
                .With("claims", stored.ClaimIds.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Bigint)
                .With("id", stored.Id, NpgsqlDbType.Bigint));
            batch.BatchCommands.Add(new NpgsqlBatchCommand(
                "INSERT INTO event_keys (key, event_id) SELECT DISTINCT unnest(@keys), @id")
                .With("keys", stored.Keys.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text)
                .With("id", stored.Id, NpgsqlDbType.Bigint));
            // Every event written is marked: its listing is computed again from what was just stored.
            batch.BatchCommands.Add(new NpgsqlBatchCommand("INSERT INTO event_listings_pending (event_id) VALUES (@id)")
                .With("id", stored.Id, NpgsqlDbType.Bigint));
        }
        if (batch.BatchCommands.Count > 0)
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
