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

    protected override async Task<ILedgerStore> CreateOtherStoreAsync() => await SqliteLedgerStore.OpenAsync(Path.Combine(directory, "other.db"), clock);

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

    /// <summary>
    /// A ledger as versions before 0011 wrote it (claim places with row ids, their own points and one R*Tree entry each;
    /// place mentions with row ids and a place index) is converted in place when opened: every count, every exported
    /// record and every map query's answer stays as it was, and later batches are found by the same queries.
    /// </summary>
    [Fact]
    public async Task OpenAsync_LedgerWithPointPerClaimPlace_ConvertsWithCountsRecordsAndMapAnswersUnchanged()
    {
        await Store.SaveAsync([.. Batch(), .. Enumerable.Range(0, 20).Select(DailySummary)]);
        var summary = await Store.SummarizeAsync();
        var records = await Store.ExportAsync(0, 1_000);
        var answers = await MapAnswersAsync(Store);
        await RunSqlAsync(ClaimPointsAsBefore0011);

        await using var reopened = await SqliteLedgerStore.OpenAsync(LedgerPath, clock);

        Assert.Equal(summary, await reopened.SummarizeAsync());
        Assert.Equal(LedgerJson.Serialize(records), LedgerJson.Serialize(await reopened.ExportAsync(0, 1_000)));
        Assert.Equal(answers, await MapAnswersAsync(reopened));
        Assert.Empty(await reopened.CheckIntegrityAsync());
        await reopened.SaveAsync([.. Enumerable.Range(20, 5).Select(DailySummary)]);
        Assert.Equal(answers.Select(ids => ids.Length + 5), (await MapAnswersAsync(reopened)).Select(ids => ids.Length));
    }

    /// <summary>
    /// Migration 0013 stopped before its end (here: a table in the way of its last table) leaves the ledger without
    /// listings, as it was, and the next open completes it: every event marked to be listed, once.
    /// </summary>
    [Fact]
    public async Task OpenAsync_MigrationTo0013StoppedHalfWay_LeavesLedgerAsItWasAndNextOpenMarksEveryEventOnce()
    {
        await Store.SaveAsync(Batch());
        var claims = await Store.ListClaimsAsync(new ClaimQuery { Limit = 100 });
        await Store.ReplaceEventsAsync([.. claims.Select(c => new StoredEvent(c.Id, c.Claim.Kind, [c.Id], c.Published, c.Published, "{}"))]);
        await RunSqlAsync("""
            DROP TABLE event_listings; DROP TABLE event_summaries; DROP TABLE event_listing_keys; DROP TABLE event_listings_pending; DROP TABLE event_points_rtree;
            DELETE FROM schema_version WHERE name = 'event_listings';
            CREATE TABLE event_listings_pending (blocker INTEGER);
            """);

        await Assert.ThrowsAsync<SqliteException>(() => SqliteLedgerStore.OpenAsync(LedgerPath, clock));
        Assert.Equal(0L, await ScalarAsync("SELECT COUNT(*) FROM sqlite_master WHERE name = 'event_listings'"));

        await RunSqlAsync("DROP TABLE event_listings_pending;");
        await using var reopened = await SqliteLedgerStore.OpenAsync(LedgerPath, clock);
        Assert.Equal(claims.Select(c => c.Id).Order(), (await reopened.ListPendingEventListingsAsync(100)).Select(mark => mark.EventId));
    }

    /// <summary>A conversion that stops half way (here: a table in the way of its third statement) leaves the ledger as it was, and the next open completes it.</summary>
    [Fact]
    public async Task OpenAsync_ConversionTo0011StoppedHalfWay_LeavesLedgerAsItWasAndNextOpenCompletesIt()
    {
        await Store.SaveAsync(Batch());
        var records = await Store.ExportAsync(0, 1_000);
        await RunSqlAsync(ClaimPointsAsBefore0011 + "CREATE TABLE claim_places_by_claim (blocker INTEGER);");

        await Assert.ThrowsAsync<SqliteException>(() => SqliteLedgerStore.OpenAsync(LedgerPath, clock));
        Assert.Equal(0L, await ScalarAsync("SELECT COUNT(*) FROM sqlite_master WHERE name = 'claim_points'"));
        Assert.Equal(6L, await ScalarAsync("SELECT COUNT(*) FROM claim_points_rtree"));

        await RunSqlAsync("DROP TABLE claim_places_by_claim;");
        await using var reopened = await SqliteLedgerStore.OpenAsync(LedgerPath, clock);
        Assert.Equal(LedgerJson.Serialize(records), LedgerJson.Serialize(await reopened.ExportAsync(0, 1_000)));
        Assert.Empty(await reopened.CheckIntegrityAsync());
    }

    /// <summary>
    /// A ledger as versions before 0012 wrote it (its full-text index filled by a trigger per report, an index on every
    /// claim place's place id, full indexes on nullable lookup columns) is converted when opened: every count, every
    /// exported record, every search's and map query's answer stay as they were; running the script again changes
    /// nothing; later batches are indexed once each.
    /// </summary>
    [Fact]
    public async Task OpenAsync_LedgerIndexedByTrigger_ConvertsWithCountsRecordsAndSearchAnswersUnchanged()
    {
        await Store.SaveAsync([.. Batch(), .. Enumerable.Range(0, 20).Select(DailySummary)]);
        await Store.SaveAsync([WithAppendedText(RybarAdvanceSouthOfChasivYar(), "Информация уточняется.")]);
        var summary = await Store.SummarizeAsync();
        var records = await Store.ExportAsync(0, 1_000);
        var searches = await SearchAnswersAsync(Store);
        var map = await MapAnswersAsync(Store);
        await RunSqlAsync(TextIndexAsBefore0012);

        await using var reopened = await SqliteLedgerStore.OpenAsync(LedgerPath, clock);
        await RunSqlAsync(MigrationScript.LoadEmbedded("Triangulate.Storage.Sqlite.Migrations.").Single(m => m.Version == 12).Sql);

        Assert.Equal(summary, await reopened.SummarizeAsync());
        Assert.Equal(LedgerJson.Serialize(records), LedgerJson.Serialize(await reopened.ExportAsync(0, 1_000)));
        Assert.Equal(searches, await SearchAnswersAsync(reopened));
        Assert.Equal(map, await MapAnswersAsync(reopened));
        Assert.Equal(0L, await ScalarAsync("SELECT COUNT(*) FROM sqlite_master WHERE name IN ('reports_fts_insert', 'ix_claim_places_place')"));
        Assert.Empty(await reopened.CheckIntegrityAsync());
        await reopened.SaveAsync([.. Enumerable.Range(20, 5).Select(DailySummary)]);
        Assert.Equal((long)summary.Reports + 5, await ScalarAsync("SELECT COUNT(*) FROM reports_fts_docsize"));
        Assert.Equal(searches[0].Length + 5, (await reopened.ListReportsAsync(new ReportQuery { Search = "торецьк", Limit = 1_000 })).Count);
    }

    /// <summary>The batch writer, not a trigger, indexes the text: a batch saved again, and records imported into another ledger, are each indexed once.</summary>
    [Fact]
    public async Task SaveAndImport_SameReportsAgain_IndexEachReportTextOnce()
    {
        await Store.SaveAsync([.. Batch(), .. Enumerable.Range(0, 3).Select(DailySummary)]);
        await Store.SaveAsync([.. Batch(), .. Enumerable.Range(0, 5).Select(DailySummary)]);
        var records = await Store.ExportAsync(0, 1_000);
        await using var copy = await SqliteLedgerStore.OpenAsync(Path.Combine(directory, "copy.db"), clock);
        await copy.ImportAsync(records);
        await copy.ImportAsync(records);

        foreach (var store in new[] { Store, copy })
        {
            var found = await store.ListReportsAsync(new ReportQuery { Search = "торецьк", Limit = 1_000 });
            Assert.Equal(found.Select(report => report.Id).Distinct(), found.Select(report => report.Id));
            Assert.Equal(6, found.Count);
            Assert.Empty(await store.CheckIntegrityAsync());
        }
        Assert.Equal(9L, await ScalarAsync("SELECT COUNT(*) FROM reports_fts_docsize"));
    }

    [Fact]
    public async Task SaveAndImport_BatchWritten_ReturnItsConnectionWithTemporaryStorageAsFound()
    {
        var copyPath = Path.Combine(directory, "copy.db");
        await Store.SaveAsync(Batch());
        await using var copy = await SqliteLedgerStore.OpenAsync(copyPath, clock);
        Assert.Equal(4, (await copy.ImportAsync(await Store.ExportAsync(0, 1_000))).Imported);

        foreach (var path in new[] { LedgerPath, copyPath })
        {
            // The store's pool hands its idle connection back: the one the batch was written on.
            await using var pooled = new SqliteConnection(SqliteLedgerStore.ConnectionStringFor(path));
            await pooled.OpenAsync();
            await using var command = pooled.CreateCommand();
            command.CommandText = "PRAGMA temp_store";
            Assert.Equal(0L, await command.ExecuteScalarAsync());
        }
    }

    // What migration 0012 changed, put back: the trigger that indexed each report's text, the index on a claim place's
    // place id, and full indexes where partial ones now skip the rows without a value.
    private const string TextIndexAsBefore0012 = """
        CREATE TRIGGER reports_fts_insert AFTER INSERT ON reports BEGIN
            INSERT INTO reports_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
        END;
        CREATE INDEX ix_claim_places_place ON claim_places (place_id);
        DROP INDEX ix_reports_previous_revision;
        CREATE INDEX ix_reports_previous_revision ON reports (previous_revision_id);
        DROP INDEX ix_claims_origin_source;
        CREATE INDEX ix_claims_origin_source ON claims (origin_source_id);
        DROP INDEX ix_claim_relays_source;
        CREATE INDEX ix_claim_relays_source ON claim_relays (source_id);
        DROP INDEX ix_claim_places_point;
        CREATE INDEX ix_claim_places_point ON claim_places (point_key, published);
        DELETE FROM schema_version WHERE version = 12;
        """;

    /// <summary>The report ids of searches, in their ranked order, and the claim ids of a search and a source filter.</summary>
    private static async Task<long[][]> SearchAnswersAsync(ILedgerStore store)
    {
        var answers = new List<long[]>();
        foreach (var search in new[] { "торецьк", "ЧАСОВ яр", "Kramatorsk", "Информация уточняется" })
        {
            answers.Add([.. (await store.ListReportsAsync(new ReportQuery { Search = search, Limit = 1_000 })).Select(report => report.Id)]);
        }
        answers.Add([.. (await store.ListClaimsAsync(new ClaimQuery { Search = "Генштаб", Limit = 1_000 })).Select(claim => claim.Id)]);
        answers.Add([.. (await store.ListClaimsAsync(new ClaimQuery { Source = "reuters", Limit = 1_000 })).Select(claim => claim.Id)]);
        return [.. answers];
    }

    // The shape migrations 0001-0010 left: claim places and place mentions with row ids, a point and R*Tree entry per claim place.
    private const string ClaimPointsAsBefore0011 = TextIndexAsBefore0012 + """
        CREATE TABLE claim_places_old (
            id INTEGER PRIMARY KEY, claim_id INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE, ordinal INTEGER NOT NULL,
            place_id TEXT, lat REAL, lon REAL, names TEXT NOT NULL DEFAULT '[]', published TEXT, UNIQUE (claim_id, ordinal));
        INSERT INTO claim_places_old (claim_id, ordinal, place_id, lat, lon, names, published)
        SELECT cp.claim_id, cp.ordinal, cp.place_id, p.lat, p.lon, cp.names, cp.published
        FROM claim_places cp LEFT JOIN claim_points p ON p.key = cp.point_key ORDER BY cp.claim_id, cp.ordinal;
        DROP TABLE claim_places;
        DROP TABLE claim_points;
        DROP TABLE claim_points_rtree;
        ALTER TABLE claim_places_old RENAME TO claim_places;
        CREATE INDEX ix_claim_places_place ON claim_places (place_id);
        CREATE INDEX ix_claim_places_published ON claim_places (published);
        CREATE VIRTUAL TABLE claim_points_rtree USING rtree (id, min_lat, max_lat, min_lon, max_lon);
        INSERT INTO claim_points_rtree SELECT id, lat, lat, lon, lon FROM claim_places WHERE lat IS NOT NULL AND lon IS NOT NULL;
        CREATE TRIGGER claim_points_insert AFTER INSERT ON claim_places WHEN new.lat IS NOT NULL AND new.lon IS NOT NULL BEGIN
            INSERT INTO claim_points_rtree (id, min_lat, max_lat, min_lon, max_lon) VALUES (new.id, new.lat, new.lat, new.lon, new.lon);
        END;
        CREATE TRIGGER claim_points_delete AFTER DELETE ON claim_places BEGIN
            DELETE FROM claim_points_rtree WHERE id = old.id;
        END;
        CREATE TABLE place_mentions_old (
            id INTEGER PRIMARY KEY, report_id INTEGER NOT NULL REFERENCES reports (id) ON DELETE CASCADE, ordinal INTEGER NOT NULL,
            span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, text TEXT NOT NULL, place_id TEXT, name TEXT, kind TEXT,
            lat REAL, lon REAL, precision TEXT NOT NULL, confidence REAL NOT NULL, relation TEXT, detail TEXT NOT NULL,
            UNIQUE (report_id, ordinal));
        INSERT INTO place_mentions_old (report_id, ordinal, span_start, span_end, text, place_id, name, kind, lat, lon, precision, confidence, relation, detail)
        SELECT report_id, ordinal, span_start, span_end, text, place_id, name, kind, lat, lon, precision, confidence, relation, detail FROM place_mentions;
        DROP TABLE place_mentions;
        ALTER TABLE place_mentions_old RENAME TO place_mentions;
        CREATE INDEX ix_place_mentions_place ON place_mentions (place_id);
        DELETE FROM schema_version WHERE version = 11;
        """;

    /// <summary>The claim ids of the map's queries: a radius over all time and within a period, a view box, a named place.</summary>
    private static async Task<long[][]> MapAnswersAsync(ILedgerStore store)
    {
        ClaimQuery[] queries =
        [
            new() { Lat = Toretsk.Lat, Lon = Toretsk.Lon, RadiusKm = 24, Limit = 1_000 },
            new() { Lat = Toretsk.Lat, Lon = Toretsk.Lon, RadiusKm = 24, Since = new DateTimeOffset(2024, 1, 1, 12, 0, 0, TimeSpan.Zero), Limit = 1_000 },
            new() { Box = new GeoBox(48.3, 48.7, 37.7, 38.2), Limit = 1_000 },
            new() { Place = "Торецьк", Limit = 1_000 },
        ];
        var answers = new List<long[]>();
        foreach (var query in queries)
        {
            answers.Add([.. (await store.ListClaimsAsync(query)).Select(claim => claim.Id)]);
        }
        return [.. answers];
    }

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={LedgerPath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
