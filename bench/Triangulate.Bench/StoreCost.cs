using System.Globalization;
using Microsoft.Data.Sqlite;
using Triangulate.Model;
using Triangulate.Pipeline;
using Triangulate.Storage.Sqlite;

namespace Triangulate.Bench;

/// <summary>
/// Where SQLite's store time goes: analyses a corpus once, then stores it alone (one thread, batches of 256, as
/// ingest's writer does) into fresh ledgers, once as built and once per variant, each variant a SQL script run on the
/// fresh ledger before storing (dropping an index or a trigger, say). Rounds alternate the variants so that the machine's
/// load falls on all of them alike; the first round is a warm-up. Prints, per variant, the process's CPU per report of
/// each later round and their minimum, the figure that moves least with the load, and the bytes the process allocated
/// per report (of the last round), which the load does not move at all.
/// Usage: <c>dotnet run -c Release --project bench/Triangulate.Bench -- store-cost [--reports N] [--rounds R]
/// [--variant NAME "SQL"]…</c>
/// </summary>
internal static class StoreCost
{
    private const int BatchSize = 256;

    public static async Task<int> RunAsync(string[] args)
    {
        var count = int.Parse(BenchArgs.Option(args, "--reports") ?? "768", CultureInfo.InvariantCulture);
        var rounds = int.Parse(BenchArgs.Option(args, "--rounds") ?? "4", CultureInfo.InvariantCulture);
        var variants = new List<(string Name, string? Sql)> { ("as built", null) };
        for (var i = Array.IndexOf(args, "--variant"); i >= 0 && i + 2 < args.Length; i = Array.IndexOf(args, "--variant", i + 3))
        {
            variants.Add((args[i + 1], args[i + 2]));
        }
        var corpus = Corpus.FromSamples(count, targetChars: 2_000);
        var analyses = AnalyzerFactory.CreateDefault().AnalyzeAll(corpus);
        Console.WriteLine(FormattableString.Invariant(
            $"store-cost: {analyses.Length} reports, {analyses.Sum(a => a.Claims.Length)} claims, {analyses.Sum(a => a.Places.Length)} place mentions; schema {SqliteLedgerStore.LatestSchemaVersion}; load average {LoadAverage()}"));
        var costs = Enumerable.Range(0, variants.Count).Select(_ => new List<double>()).ToList();
        var allocated = new double[variants.Count];
        for (var round = 0; round < rounds; round++)
        {
            for (var v = 0; v < variants.Count; v++)
            {
                var (milliseconds, bytes) = await StoreOnceAsync(analyses, variants[v].Sql);
                if (round > 0)
                {
                    costs[v].Add(milliseconds);
                    allocated[v] = bytes;
                }
            }
        }
        for (var v = 0; v < variants.Count; v++)
        {
            Console.WriteLine(FormattableString.Invariant(
                $"  {variants[v].Name}: {string.Join(" / ", costs[v].Select(c => c.ToString("F2", CultureInfo.InvariantCulture)))} ms of CPU per report, minimum {(costs[v].Count > 0 ? costs[v].Min() : double.NaN):F2}; {allocated[v] / 1024:F1} KB allocated per report"));
        }
        Console.WriteLine($"load average at the end: {LoadAverage()}");
        return 0;
    }

    /// <summary>Stores the analyses into a fresh ledger after running <paramref name="sql"/> on it; CPU ms and bytes allocated per report.</summary>
    private static async Task<(double Milliseconds, double Bytes)> StoreOnceAsync(IReadOnlyList<Analysis> analyses, string? sql)
    {
        var path = Path.Combine(Path.GetTempPath(), $"triangulate-store-cost-{Environment.ProcessId}.db");
        try
        {
            await using var store = await SqliteLedgerStore.OpenAsync(path, TimeProvider.System);
            if (sql is not null)
            {
                await using var connection = new SqliteConnection($"Data Source={path}");
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = sql;
                await command.ExecuteNonQueryAsync();
            }
            var cpu = PipelineThroughput.ProcessCpu();
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            foreach (var batch in analyses.Chunk(BatchSize))
            {
                await store.SaveAsync(batch);
            }
            return ((PipelineThroughput.ProcessCpu() - cpu).TotalMilliseconds / analyses.Count,
                (double)(GC.GetTotalAllocatedBytes(precise: true) - allocated) / analyses.Count);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    internal static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
