using System.Collections.Immutable;
using Npgsql;
using NpgsqlTypes;
using Triangulate.Model;

namespace Triangulate.Storage.Postgres;

/// <summary>The corroboration part of the contract written: events, the journal copied in, evidence lists, and the corroboration lock.</summary>
public sealed partial class PostgresLedgerStore
{
    // The key of the advisory lock that lets one corroboration change run at a time ("corrob" in ASCII).
    private const long CorroborationLockKey = 0x636f_7272_6f62;
    public Task ReplaceEventsAsync(IReadOnlyList<StoredEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        return InTransactionAsync(async (connection, transaction) =>
        {
            await ExecuteAsync(connection, transaction, "DELETE FROM event_keys; DELETE FROM event_claims; DELETE FROM events; " + ClearAllListings, cancellationToken);
            await InsertEventsAsync(connection, transaction, events, cancellationToken);
            return true;
        }, cancellationToken);
    }

    public Task<int> ImportJournalAsync(LedgerJournal journal, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(journal);
        return InTransactionAsync(async (connection, transaction) =>
        {
            var added = 0;
            foreach (var change in journal.Overrides)
            {
                await using var command = new NpgsqlCommand("""
                    INSERT INTO event_overrides (id, kind, claim_ids, by_name, at, note) OVERRIDING SYSTEM VALUE
                    VALUES (@id, @kind, @claim_ids, @by, @at, @note) ON CONFLICT (id) DO NOTHING
                    """, connection, transaction)
                    .With("id", change.Id, NpgsqlDbType.Bigint)
                    .With("kind", LedgerJson.EnumName(change.Kind), NpgsqlDbType.Text)
                    .With("claim_ids", LedgerJson.Serialize(change.ClaimIds), NpgsqlDbType.Text)
                    .With("by", change.By, NpgsqlDbType.Text)
                    .With("at", change.At.ToUniversalTime(), NpgsqlDbType.TimestampTz)
                    .With("note", change.Note, NpgsqlDbType.Text);
                added += await command.ExecuteNonQueryAsync(cancellationToken);
            }
            foreach (var (id, verdict) in journal.Verdicts)
            {
                await using var command = new NpgsqlCommand("""
                    INSERT INTO verdicts (id, target, target_id, value, by_name, at, note, evidence) OVERRIDING SYSTEM VALUE
                    VALUES (@id, @target, @target_id, @value, @by, @at, @note, @evidence) ON CONFLICT (id) DO NOTHING
                    """, connection, transaction)
                    .With("id", id, NpgsqlDbType.Bigint)
                    .With("target", LedgerJson.EnumName(verdict.Target), NpgsqlDbType.Text)
                    .With("target_id", verdict.TargetId, NpgsqlDbType.Bigint)
                    .With("value", LedgerJson.EnumName(verdict.Value), NpgsqlDbType.Text)
                    .With("by", verdict.By, NpgsqlDbType.Text)
                    .With("at", verdict.At.ToUniversalTime(), NpgsqlDbType.TimestampTz)
                    .With("note", verdict.Note, NpgsqlDbType.Text)
                    .With("evidence", verdict.Evidence, NpgsqlDbType.Text);
                added += await command.ExecuteNonQueryAsync(cancellationToken);
            }
            added += await ImportSourceMergesAsync(connection, transaction, journal.SourceMerges, cancellationToken);
            foreach (var entry in journal.Audit)
            {
                await using var command = new NpgsqlCommand("""
                    INSERT INTO audit_log (id, at, by_name, action, target, before, after) OVERRIDING SYSTEM VALUE
                    VALUES (@id, @at, @by, @action, @target, @before, @after) ON CONFLICT (id) DO NOTHING
                    """, connection, transaction)
                    .With("id", entry.Id, NpgsqlDbType.Bigint)
                    .With("at", entry.At.ToUniversalTime(), NpgsqlDbType.TimestampTz)
                    .With("by", entry.By, NpgsqlDbType.Text)
                    .With("action", entry.Action, NpgsqlDbType.Text)
                    .With("target", entry.Target, NpgsqlDbType.Text)
                    .With("before", entry.Before, NpgsqlDbType.Text)
                    .With("after", entry.After, NpgsqlDbType.Text);
                added += await command.ExecuteNonQueryAsync(cancellationToken);
            }
            // Rows written under their own ids leave the identity sequences behind; later records must not collide.
            await ExecuteAsync(connection, transaction, """
                SELECT setval(pg_get_serial_sequence('event_overrides', 'id'), COALESCE((SELECT MAX(id) FROM event_overrides), 0) + 1, false);
                SELECT setval(pg_get_serial_sequence('verdicts', 'id'), COALESCE((SELECT MAX(id) FROM verdicts), 0) + 1, false);
                SELECT setval(pg_get_serial_sequence('source_merges', 'id'), COALESCE((SELECT MAX(id) FROM source_merges), 0) + 1, false);
                SELECT setval(pg_get_serial_sequence('audit_log', 'id'), COALESCE((SELECT MAX(id) FROM audit_log), 0) + 1, false);
                """, cancellationToken);
            return added;
        }, cancellationToken);
    }

    /// <summary>
    /// A session advisory lock on a connection held until disposal: it holds across processes and servers' clients.
    /// Waits for the lock however long another process holds it (a regrouping of a large ledger takes minutes),
    /// even when the connection string sets a command timeout: a timeout here would turn waiting one's turn into a failure
    /// of work already stored. Only the caller's cancellation stops the wait; any other failure names the lock.
    /// </summary>
    public async Task<IAsyncDisposable> LockCorroborationAsync(CancellationToken cancellationToken = default)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand($"SELECT pg_advisory_lock({CorroborationLockKey})", connection) { CommandTimeout = 0 };
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new AdvisoryLock(connection, CorroborationLockKey);
        }
        catch (NpgsqlException exception) when (!cancellationToken.IsCancellationRequested)
        {
            await connection.DisposeAsync();
            throw new LedgerUnavailableException(
                "waiting for the ledger's corroboration lock (held while another process regroups events or records a merge, split or verdict) failed", exception);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public Task SaveControlMapsAsync(IReadOnlyList<ControlMap> maps, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(maps);
        return InTransactionAsync(async (connection, transaction) =>
        {
            foreach (var map in maps)
            {
                await using var command = new NpgsqlCommand("""
                    INSERT INTO control_maps (name, observed_on, occupying_side, geojson) VALUES (@name, @date, @side, @geojson)
                    ON CONFLICT (name) DO UPDATE SET observed_on = excluded.observed_on, occupying_side = excluded.occupying_side, geojson = excluded.geojson
                    """, connection, transaction)
                    .With("name", map.Name, NpgsqlDbType.Text)
                    .With("date", map.Date, NpgsqlDbType.Date)
                    .With("side", map.OccupyingSide, NpgsqlDbType.Text)
                    .With("geojson", map.GeoJson, NpgsqlDbType.Text);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            return true;
        }, cancellationToken);
    }

    public Task SaveOccupationEntriesAsync(string listName, IReadOnlyList<OccupationEntry> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return InTransactionAsync(async (connection, transaction) =>
        {
            await using var batch = new NpgsqlBatch(connection, transaction);
            batch.BatchCommands.Add(new NpgsqlBatchCommand("DELETE FROM occupation_entries WHERE list_name = @list").With("list", listName, NpgsqlDbType.Text));
            foreach (var entry in entries)
            {
                batch.BatchCommands.Add(new NpgsqlBatchCommand("""
                    INSERT INTO occupation_entries (list_name, code, name, occupied_from, occupied_to) VALUES (@list, @code, @name, @from, @to)
                    ON CONFLICT (list_name, code, occupied_from) DO UPDATE SET name = excluded.name, occupied_to = excluded.occupied_to
                    """)
                    .With("list", listName, NpgsqlDbType.Text)
                    .With("code", entry.Code, NpgsqlDbType.Text)
                    .With("name", entry.Name, NpgsqlDbType.Text)
                    .With("from", entry.OccupiedFrom, NpgsqlDbType.Date)
                    .With("to", entry.OccupiedTo, NpgsqlDbType.Date));
            }
            await batch.ExecuteNonQueryAsync(cancellationToken);
            return true;
        }, cancellationToken);
    }

}

/// <summary>Releases the advisory lock, then returns its connection to the pool.</summary>
internal sealed class AdvisoryLock(NpgsqlConnection connection, long key) : IAsyncDisposable
{
    public async ValueTask DisposeAsync()
    {
        await using (connection)
        {
            await using var command = new NpgsqlCommand($"SELECT pg_advisory_unlock({key})", connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
