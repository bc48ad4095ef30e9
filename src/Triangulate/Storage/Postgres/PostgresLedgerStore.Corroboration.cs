using System.Collections.Immutable;
using Npgsql;
using NpgsqlTypes;
using Triangulate.Model;

namespace Triangulate.Storage.Postgres;

/// <summary>The corroboration part of the contract written where the engines differ: events, the occupation entries, and the corroboration lock.</summary>
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
