using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Triangulate.Pipeline;
using Triangulate.Storage.Sqlite;

namespace Triangulate.Bench;

/// <summary>
/// What the publishers' places count costs on a large SQLite ledger: stores N reports analysed from the samples, copies
/// their reports and place mentions C times more in SQL (each copy under another publisher spelling, URL and hash, so the
/// groups multiply as a larger ledger's would; claims are not copied, the count does not read them), then times, in CPU
/// and wall time, the migration building the kept count from that ledger, the count recounted over every mention as
/// every ingest did before the count was kept (the same statement), the kept count read, and one more batch of 256 new
/// reports stored (which now adjusts the count). Usage: <c>dotnet run -c Release --project bench/Triangulate.Bench --
/// publisher-places [--reports N] [--copies C]</c>.
/// </summary>
internal static class PublisherPlacesCost
{
    private const int BatchSize = 256;
    private const int Runs = 3;

    // The statement every ingest ran over the whole ledger before the count was kept (LedgerStoreCore, before 0015).
    private const string RecountSql = """
        SELECT r.publisher, m.place_id, COUNT(*)
        FROM place_mentions m JOIN reports r ON r.id = m.report_id
        WHERE m.place_id IS NOT NULL AND m.confidence >= 0.8 AND m.precision <> 'region'
          AND NOT EXISTS (SELECT 1 FROM reports later WHERE later.previous_revision_id = r.id)
        GROUP BY r.publisher, m.place_id
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        var count = int.Parse(BenchArgs.Option(args, "--reports") ?? "2000", CultureInfo.InvariantCulture);
        var copies = int.Parse(BenchArgs.Option(args, "--copies") ?? "30", CultureInfo.InvariantCulture);
        var path = Path.Combine(Path.GetTempPath(), $"triangulate-publisher-places-{Environment.ProcessId}.db");
        var analyses = AnalyzerFactory.CreateDefault().AnalyzeAll(Corpus.FromSamples(count + BatchSize, targetChars: 2_000));
        try
        {
            await using (var store = await SqliteLedgerStore.OpenAsync(path, TimeProvider.System))
            {
                foreach (var batch in analyses.Take(count).Chunk(BatchSize))
                {
                    await store.SaveAsync(batch);
                }
            }
            await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
            await connection.OpenAsync();
            var last = await ScalarAsync(connection, "SELECT MAX(id) FROM reports");
            await ExecuteAsync(connection, CopiesSql(copies, last));
            Console.WriteLine(FormattableString.Invariant(
                $"publisher-places: {await ScalarAsync(connection, "SELECT COUNT(*) FROM reports")} reports, {await ScalarAsync(connection, "SELECT COUNT(*) FROM place_mentions")} place mentions ({count} stored, {copies} copies in SQL); load average {StoreCost.LoadAverage()}"));

            await ExecuteAsync(connection, "DROP TABLE publisher_place_counts; DELETE FROM schema_version WHERE name = 'publisher_place_counts'");
            var (migrationCpu, migrationWall) = await TimeAsync(async () => await (await SqliteLedgerStore.OpenAsync(path, TimeProvider.System)).DisposeAsync());
            Print("migration building the kept count", [(migrationCpu, migrationWall)]);

            await using var built = await SqliteLedgerStore.OpenAsync(path, TimeProvider.System);
            var recounted = new List<(double, double)>();
            var kept = new List<(double, double)>();
            for (var run = 0; run < Runs; run++)
            {
                recounted.Add(await TimeAsync(() => ExecuteAsync(connection, RecountSql)));
                kept.Add(await TimeAsync(() => built.CountPlaceMentionsByPublisherAsync()));
            }
            Print("recounted over every mention (each ingest before)", recounted);
            Print("kept count read (each ingest now)", kept);
            var groups = (await built.CountPlaceMentionsByPublisherAsync()).Count;
            var batchCost = await TimeAsync(() => built.SaveAsync([.. analyses.Skip(count)]));
            Print(FormattableString.Invariant($"one batch of {analyses.Length - count} new reports stored, count adjusted"), [batchCost]);
            Console.WriteLine(FormattableString.Invariant($"  {groups} publisher and place pairs; load average at the end {StoreCost.LoadAverage()}"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }
        return 0;
    }

    /// <summary>The reports up to <paramref name="last"/> and their mentions copied <paramref name="copies"/> times, in one transaction.</summary>
    private static string CopiesSql(int copies, long last) =>
        "BEGIN;" + string.Concat(Enumerable.Range(1, copies).Select(copy => FormattableString.Invariant($"""
            INSERT INTO reports (id, external_id, publisher, url, normalized_url, published, language, title, text, content_hash,
                                 revision, previous_revision_id, input_path, input_item, forwarded_from, ingested_at)
            SELECT id + {copy * last}, external_id, publisher || ' {copy % 7}', url, normalized_url || '#{copy}', published, language, title, text,
                   content_hash || '-{copy}', revision, previous_revision_id + {copy * last}, input_path, input_item, forwarded_from, ingested_at
            FROM reports WHERE id <= {last};
            INSERT INTO place_mentions (report_id, ordinal, span_start, span_end, text, place_id, name, kind, lat, lon, precision, confidence, relation, detail)
            SELECT report_id + {copy * last}, ordinal, span_start, span_end, text, place_id, name, kind, lat, lon, precision, confidence, relation, detail
            FROM place_mentions WHERE report_id <= {last};
            """))) + "COMMIT;";

    private static async Task<(double CpuSeconds, double WallSeconds)> TimeAsync(Func<Task> work)
    {
        var cpu = PipelineThroughput.ProcessCpu();
        var clock = Stopwatch.StartNew();
        await work();
        return ((PipelineThroughput.ProcessCpu() - cpu).TotalSeconds, clock.Elapsed.TotalSeconds);
    }

    private static void Print(string what, IEnumerable<(double Cpu, double Wall)> runs) =>
        Console.WriteLine($"  {what}: " + string.Join(" / ", runs.Select(run => FormattableString.Invariant($"{run.Cpu:F3} s CPU ({run.Wall:F3} s)"))));

    /// <summary>Runs the statements and reads every row the last one gives; the number of rows.</summary>
    private static async Task<int> ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = 0;
        while (await reader.ReadAsync())
        {
            rows++;
        }
        return rows;
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
