using System.Collections.Immutable;
using Microsoft.Data.Sqlite;

namespace Triangulate.Storage.Sqlite;

/// <summary>What a regrouping of part of the ledger writes: the events it replaced (its reads are in <see cref="LedgerStoreCore"/>).</summary>
public sealed partial class SqliteLedgerStore
{
    public async Task UpdateEventsAsync(IReadOnlyCollection<long> removed, IReadOnlyList<StoredEvent> written, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(removed);
        ArgumentNullException.ThrowIfNull(written);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        var ids = LedgerJson.Serialize(removed.Concat(written.Select(e => e.Id)).Distinct());
        foreach (var table in new[] { "event_keys", "event_claims" })
        {
            await using var clear = Command(connection, $"DELETE FROM {table} WHERE event_id IN (SELECT value FROM json_each($ids))", transaction).With("$ids", ids);
            await clear.ExecuteNonQueryAsync(cancellationToken);
        }
        await using (var clear = Command(connection, "DELETE FROM events WHERE id IN (SELECT value FROM json_each($ids))", transaction).With("$ids", ids))
        {
            await clear.ExecuteNonQueryAsync(cancellationToken);
        }
        await DeleteListingsAsync(connection, transaction, ids, cancellationToken);
        await InsertEventsAsync(connection, transaction, written, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Inserts events with their members and keys inside the caller's transaction.</summary>
    private static async Task InsertEventsAsync(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<StoredEvent> events, CancellationToken cancellationToken)
    {
        await using var insertEvent = Command(connection, """
            INSERT INTO events (id, kind, first_reported, last_reported, document) VALUES ($id, $kind, $first, $last, $document)
            """, transaction);
        await using var insertMember = Command(connection, "INSERT INTO event_claims (claim_id, event_id) VALUES ($claim_id, $event_id)", transaction);
        await using var insertKey = Command(connection, "INSERT INTO event_keys (key, event_id) VALUES ($key, $event_id)", transaction);
        // Every event written is marked: its listing is computed again from what was just stored.
        await using var mark = Command(connection, "INSERT INTO event_listings_pending (event_id) VALUES ($event_id)", transaction);
        foreach (var stored in events)
        {
            insertEvent.Parameters.Clear();
            insertEvent
                .With("$id", stored.Id)
                .With("$kind", LedgerJson.EnumName(stored.Kind))
                .With("$first", SqliteValues.FormatTime(stored.FirstReported))
                .With("$last", SqliteValues.FormatTime(stored.LastReported))
                .With("$document", stored.Document);
            await insertEvent.ExecuteNonQueryAsync(cancellationToken);
            foreach (var claimId in stored.ClaimIds)
            {
                insertMember.Parameters.Clear();
                insertMember.With("$claim_id", claimId).With("$event_id", stored.Id);
                await insertMember.ExecuteNonQueryAsync(cancellationToken);
            }
            foreach (var key in stored.Keys.Distinct(StringComparer.Ordinal))
            {
                insertKey.Parameters.Clear();
                insertKey.With("$key", key).With("$event_id", stored.Id);
                await insertKey.ExecuteNonQueryAsync(cancellationToken);
            }
            await mark.Set("$event_id", stored.Id).ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
