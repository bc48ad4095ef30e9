using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Triangulate.Model;
using Triangulate.Storage;
using Triangulate.Storage.Sqlite;
using Xunit.Abstractions;
using static Triangulate.Tests.Storage.LedgerFixtures;

namespace Triangulate.Tests.Storage;

/// <summary>The ledger contract on SQLite, and what only a file-based engine has to show: re-opening and crashes.</summary>
public sealed class SqliteLedgerStoreTests(ITestOutputHelper output) : LedgerStoreContractTests, IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("triangulate-store-").FullName;
    private readonly TimeProvider clock = new FixedTimeProvider(IngestTime);

    private string LedgerPath => Path.Combine(directory, "ledger.db");

    protected override async Task<ILedgerStore> CreateStoreAsync() => await SqliteLedgerStore.OpenAsync(LedgerPath, clock);

    protected override async Task<ILedgerStore> OpenSameLedgerAsync() => await SqliteLedgerStore.OpenAsync(LedgerPath, clock);

    protected override async Task RunSqlAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={LedgerPath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task OpenAsync_ExistingFile_AppliesEachMigrationOnceAndKeepsData()
    {
        await Store.SaveAsync(Batch());
        await Store.DisposeAsync();

        await using var reopened = await SqliteLedgerStore.OpenAsync(LedgerPath, clock);
        await using var again = await SqliteLedgerStore.OpenAsync(LedgerPath, clock);

        // Areas number their migrations apart (0002 corroboration, 0003 web, 0004 places), so versions may have gaps.
        var embedded = MigrationScript.LoadEmbedded("Triangulate.Storage.Sqlite.Migrations.").Select(m => m.Version);
        Assert.Equal(embedded, await again.GetAppliedMigrationsAsync());
        Assert.Equal(new LedgerSummary(4, 5, 6, 0), await reopened.SummarizeAsync());
    }

    [Fact]
    public async Task OpenAsync_NewFile_UsesWriteAheadLog()
    {
        await using var connection = new SqliteConnection($"Data Source={LedgerPath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";

        Assert.Equal("wal", await command.ExecuteScalarAsync());
    }

    /// <summary>
    /// A file copy of the ledger and its WAL taken while batches are being written is what a kill or a power cut
    /// would leave. Opened, it must be intact and hold whole batches only; re-running every batch must complete it
    /// without a single duplicate.
    /// </summary>
    [Fact]
    public async Task SaveAsync_CopyTakenWhileBatchesAreWritten_HoldsWholeBatchesAndReRunCompletesIt()
    {
        const int batchCount = 20;
        const int batchSize = 200;
        var batches = Enumerable.Range(0, batchCount)
            .Select(b => (IReadOnlyList<Analysis>)[.. Enumerable.Range(b * batchSize, batchSize).Select(DailySummary)])
            .ToList();
        await using (var pin = await PinSnapshotAsync())
        {
            var stopwatch = Stopwatch.StartNew();
            var writing = Task.Run(async () =>
            {
                foreach (var batch in batches)
                {
                    await Store.SaveAsync(batch);
                }
            });
            var copies = new List<string>();
            do
            {
                copies.Add(CopyLedgerFiles(copies.Count));
                await Task.WhenAny(writing, Task.Delay(40));
            }
            while (!writing.IsCompleted && copies.Count < 6);
            await writing;
            output.WriteLine($"{batchCount * batchSize} reports in {batchCount} batches: {batchCount * batchSize / stopwatch.Elapsed.TotalSeconds:F0} reports/s while copying");

            foreach (var copy in copies)
            {
                await using var crashed = await SqliteLedgerStore.OpenAsync(copy, clock);
                Assert.Empty(await crashed.CheckIntegrityAsync());
                var survived = await crashed.SummarizeAsync();
                output.WriteLine($"{Path.GetFileName(copy)}: {survived.Reports} reports survived");
                Assert.Equal(0, survived.Reports % batchSize);
                Assert.Equal((survived.Reports, survived.Reports * 2), (survived.Claims, survived.PlaceMentions));

                var rerun = new List<SaveOutcome>();
                foreach (var batch in batches)
                {
                    rerun.AddRange(await crashed.SaveAsync(batch));
                }

                Assert.Equal(survived.Reports, rerun.Count(outcome => outcome.Status == SaveStatus.Duplicate));
                Assert.Equal(new LedgerSummary(batchCount * batchSize, batchCount * batchSize, batchCount * batchSize * 2, 0), await crashed.SummarizeAsync());
                Assert.Empty(await crashed.CheckIntegrityAsync());
            }
        }
    }

    /// <summary>
    /// Empties the WAL into the main file, then holds a read transaction open: no checkpoint can write the main file
    /// while it is held, so the file stays as it was and the WAL only grows, as after a sudden stop.
    /// </summary>
    private async Task<SqliteConnection> PinSnapshotAsync()
    {
        var connection = new SqliteConnection($"Data Source={LedgerPath};Pooling=False");
        await connection.OpenAsync();
        await using var checkpoint = connection.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
        await checkpoint.ExecuteNonQueryAsync();
        await using var read = connection.CreateCommand();
        read.CommandText = "BEGIN; SELECT COUNT(*) FROM reports;";
        await read.ExecuteScalarAsync();
        return connection;
    }

    private string CopyLedgerFiles(int number)
    {
        var copy = Path.Combine(directory, $"crashed-{number}.db");
        File.Copy(LedgerPath, copy);
        if (File.Exists(LedgerPath + "-wal"))
        {
            File.Copy(LedgerPath + "-wal", copy + "-wal");
        }
        return copy;
    }

    [Fact]
    public async Task AuditLog_ChangedFromSql_IsRefused()
    {
        await Store.AppendAuditAsync(new AuditEntry(0, IngestTime, "analyst", "verdict", "event:1", null, "{}"));
        await using var connection = new SqliteConnection($"Data Source={LedgerPath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM audit_log";

        await Assert.ThrowsAsync<SqliteException>(() => command.ExecuteNonQueryAsync());
    }
}
