using System.Collections.Immutable;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Triangulate.Model;

namespace Triangulate.Storage.Sqlite;

/// <summary>The corroboration part of the contract written where the engines differ: events, the occupation entries, and the corroboration lock.</summary>
public sealed partial class SqliteLedgerStore
{
    private static readonly TimeSpan CorroborationLockPoll = TimeSpan.FromMilliseconds(20);

    public async Task ReplaceEventsAsync(IReadOnlyList<StoredEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        await ExecuteAsync(connection, "DELETE FROM event_keys; DELETE FROM event_claims; DELETE FROM events; " + ClearAllListings, cancellationToken, transaction);
        await InsertEventsAsync(connection, transaction, events, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// An exclusive lock on a file beside the ledger: .NET takes it with flock on Unix and a share lock on Windows, so it
    /// holds between processes and between stores of one process alike. Waits by polling, as neither offers a wait.
    /// </summary>
    public async Task<IAsyncDisposable> LockCorroborationAsync(CancellationToken cancellationToken = default)
    {
        var path = new SqliteConnectionStringBuilder(connectionString).DataSource + ".corroboration.lock";
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1);
            }
            catch (IOException)
            {
                await Task.Delay(CorroborationLockPoll, cancellationToken);
            }
        }
    }

    public async Task SaveOccupationEntriesAsync(string listName, IReadOnlyList<OccupationEntry> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        await using (var clear = Command(connection, "DELETE FROM occupation_entries WHERE list_name = $list", transaction).With("$list", listName))
        {
            await clear.ExecuteNonQueryAsync(cancellationToken);
        }
        await using var command = Command(connection, """
            INSERT INTO occupation_entries (list_name, code, name, occupied_from, occupied_to) VALUES ($list, $code, $name, $from, $to)
            ON CONFLICT (list_name, code, occupied_from) DO UPDATE SET name = excluded.name, occupied_to = excluded.occupied_to
            """, transaction);
        foreach (var entry in entries)
        {
            command.Parameters.Clear();
            command
                .With("$list", listName)
                .With("$code", entry.Code)
                .With("$name", entry.Name)
                .With("$from", SqliteDialect.FormatDay(entry.OccupiedFrom))
                .With("$to", SqliteDialect.FormatDay(entry.OccupiedTo));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }
}
