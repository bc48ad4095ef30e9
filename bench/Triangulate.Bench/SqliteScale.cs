using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Triangulate.Model;
using Triangulate.Storage;
using Triangulate.Storage.Sqlite;

namespace Triangulate.Bench;

/// <summary>
/// The SQLite twin of <c>pg-scale</c>, for the map's and timeline's queries: stores N reports of the same generated
/// series (three claims each, at villages around six front-line towns, over a year) into a fresh ledger file from one
/// writer, then times each query 20 times after one warm-up and prints the median and the 95th percentile.
/// Usage: <c>dotnet run -c Release --project bench/Triangulate.Bench -- sqlite-scale [--reports N] [--db ledger.db]</c>
/// (a temporary file by default, deleted at the end).
/// </summary>
internal static class SqliteScale
{
    private const int BatchSize = 500;
    private const int Runs = 20;

    public static async Task<int> RunAsync(string[] args)
    {
        var reports = int.Parse(BenchArgs.Option(args, "--reports") ?? "100000", CultureInfo.InvariantCulture);
        var path = BenchArgs.Option(args, "--db") ?? Path.Combine(Path.GetTempPath(), $"triangulate-scale-{Environment.ProcessId}.db");
        try
        {
            await using var store = await SqliteLedgerStore.OpenAsync(path, TimeProvider.System);
            var clock = Stopwatch.StartNew();
            for (var first = 0; first < reports; first += BatchSize)
            {
                await store.SaveAsync([.. Enumerable.Range(first, Math.Min(BatchSize, reports - first)).Select(PostgresScale.Generate)]);
            }
            var elapsed = clock.Elapsed.TotalSeconds;
            var summary = await store.SummarizeAsync();
            Console.WriteLine(FormattableString.Invariant(
                $"sqlite-scale: {summary.Reports} reports, {summary.Claims} claims stored at {summary.Claims / elapsed:F0} claims/s ({elapsed:F1} s), schema {SqliteLedgerStore.LatestSchemaVersion}"));
            await using var connection = new SqliteConnection($"Data Source={path}");
            await connection.OpenAsync();
            await ExecuteAsync(connection, "ANALYZE");

            var start = PostgresScale.Start;
            // Over all time each box is timed in both plans and in the one the store chooses, so that a run shows the
            // plan before the choice (by points) beside the choice: a busy box (Toretsk) and an empty one (Kyiv).
            var nearToretsk = new ClaimQuery { Lat = 48.397, Lon = 37.850, RadiusKm = 15, Limit = 500 };
            var overKyiv = new ClaimQuery { Box = new GeoBox(50.3, 50.6, 30.3, 30.8), Limit = 500 };
            foreach (var (name, query) in new[] { ("claims within 15 km of Toretsk", nearToretsk), ("view box over Kyiv (no claims)", overKyiv) })
            {
                foreach (var plan in new PointPlan?[] { PointPlan.ByPoints, PointPlan.ByDate, null })
                {
                    await TimeAsync($"map: {name}, newest 500, all time, {plan?.ToString() ?? "chosen plan"}", () => store.ListClaimsAsync(query, plan));
                }
            }
            await TimeAsync("map: same, within 90 days", () =>
                store.ListClaimsAsync(new ClaimQuery { Lat = 48.397, Lon = 37.850, RadiusKm = 15, Since = start.AddDays(90), Until = start.AddDays(180), Limit = 500 }));
            await TimeAsync("map: same, within one week", () =>
                store.ListClaimsAsync(new ClaimQuery { Lat = 48.397, Lon = 37.850, RadiusKm = 15, Since = start.AddDays(180), Until = start.AddDays(187), Limit = 500 }));
            await TimeAsync("map: view box around Toretsk (0.4° x 0.6°), newest 500, within 90 days", () =>
                store.ListClaimsAsync(new ClaimQuery { Box = new GeoBox(48.2, 48.6, 37.55, 38.15), Since = start.AddDays(90), Until = start.AddDays(180), Limit = 500 }));
            await TimeAsync("timeline: claims per day over 90 days", () => ExecuteAsync(connection, FormattableString.Invariant($"""
                SELECT substr(published, 1, 10), COUNT(*) FROM claims
                WHERE published >= '{start.AddDays(90):yyyy-MM-dd}' AND published < '{start.AddDays(180):yyyy-MM-dd}'
                GROUP BY 1 ORDER BY 1
                """)));
            Console.WriteLine(FormattableString.Invariant($"size on disk: {new FileInfo(path).Length / 1e6:F0} MB"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (BenchArgs.Option(args, "--db") is null)
            {
                foreach (var file in new[] { path, path + "-wal", path + "-shm" })
                {
                    File.Delete(file);
                }
            }
        }
        return 0;
    }

    private static async Task TimeAsync(string name, Func<Task> query)
    {
        await query(); // warm the cache: the page runs each query again and again
        var times = new List<double>();
        for (var i = 0; i < Runs; i++)
        {
            var clock = Stopwatch.StartNew();
            await query();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        Console.WriteLine(FormattableString.Invariant($"{name}: median {times[Runs / 2]:F1} ms, p95 {times[(Runs * 95 / 100) - 1]:F1} ms"));
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
        }
    }
}
