using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Triangulate.Storage.Sqlite;

/// <summary>
/// Taking the ledger's one write lock. SQLite lets one writer at a time into a file; the others wait in its busy
/// handler for <see cref="BusyTimeoutMilliseconds"/>, which a queue of concurrent ingests, each storing a batch and then
/// regrouping the whole ledger, outlasts. A writer turned away then backs off for a growing, jittered pause (so that
/// waiting writers do not retry in step) and asks again, for as long as <see cref="MaxWriteWait"/>: a team's ingests
/// take turns and all finish, and only a ledger held for that long by a stuck process is reported as unavailable.
/// </summary>
public sealed partial class SqliteLedgerStore
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private static readonly TimeSpan FirstBackOff = TimeSpan.FromMilliseconds(25);
    private static readonly TimeSpan LongestBackOff = TimeSpan.FromSeconds(2);

    /// <summary>How long a writer keeps asking for the write lock before it gives up.</summary>
    public static TimeSpan MaxWriteWait { get; } = TimeSpan.FromMinutes(30);

    private protected override async Task<T> InWriteTransactionAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        var result = await work(connection, transaction);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>Begins a write transaction (BEGIN IMMEDIATE: the write lock is taken now, so nothing later in the transaction waits).</summary>
    private Task<SqliteTransaction> BeginWriteAsync(SqliteConnection connection, CancellationToken cancellationToken) =>
        WhileBusyAsync(() => Task.FromResult(connection.BeginTransaction(deferred: false)), cancellationToken);

    /// <summary>
    /// Runs one batch's write transaction on a connection of its own whose statement journals stay in memory. Each
    /// insert of a batch records the pages it changes in a statement journal (so that a failed statement alone can be
    /// undone); once the journal has passed 64 KB, SQLite moves it to a temporary file for the rest of the transaction,
    /// and every later row then costs a write system call per page it touches. Storing 1,536 reports of the throughput
    /// corpus made 528,400 <c>pwrite</c> calls (344 a report, each costly on this virtual machine's kernel), and 110,348
    /// with the journals in memory (<c>temp_store = MEMORY</c>; see docs/scaling.md). A journal lasts one statement
    /// and holds only the pages that statement changed; durability is the WAL's and does not change. The setting is put back before the connection returns to the pool, so reads,
    /// whose large sorts may still spill to temporary files, never run with it.
    /// </summary>
    private async Task<T> WithStatementJournalsInMemoryAsync<T>(Func<SqliteConnection, Task<T>> write, CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await ExecuteAsync(connection, "PRAGMA temp_store = MEMORY;", cancellationToken);
        try
        {
            return await write(connection);
        }
        finally
        {
            // The transaction was disposed (committed or rolled back) inside write, so the setting may change again.
            await ExecuteAsync(connection, "PRAGMA temp_store = DEFAULT;", CancellationToken.None);
        }
    }

    /// <summary>Runs one step that needs the write lock, again after a back-off each time another writer holds it.</summary>
    private async Task<T> WhileBusyAsync<T>(Func<Task<T>> step, CancellationToken cancellationToken)
    {
        var started = timeProvider.GetTimestamp();
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await step();
            }
            catch (SqliteException exception) when (exception.SqliteErrorCode is SqliteBusy or SqliteLocked)
            {
                var waited = timeProvider.GetElapsedTime(started);
                if (waited >= MaxWriteWait)
                {
                    throw new LedgerUnavailableException(
                        $"the ledger {Path.GetFileName(new SqliteConnectionStringBuilder(connectionString).DataSource)} stayed locked by another writer " +
                        $"for {waited.TotalMinutes:0} minutes; is a process stuck holding it?", exception);
                }
                await Task.Delay(BackOff(attempt), timeProvider, cancellationToken);
            }
        }
    }

    private static TimeSpan BackOff(int attempt)
    {
        var ceiling = Math.Min(LongestBackOff.TotalMilliseconds, FirstBackOff.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 16)));
        return TimeSpan.FromMilliseconds(ceiling * (0.5 + Random.Shared.NextDouble()));
    }
}
