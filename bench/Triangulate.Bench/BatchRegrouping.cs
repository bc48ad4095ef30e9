using System.Diagnostics;
using System.Globalization;
using Triangulate.Claims;
using Triangulate.Corroboration;
using Triangulate.Storage.Sqlite;

namespace Triangulate.Bench;

/// <summary>
/// What adding a batch of reports to a large ledger costs, corroboration included, when the ingest regroups only what
/// the batch touches (<see cref="CorroborationService.RefreshAsync"/>) against regrouping the whole ledger
/// (<see cref="CorroborationService.RegroupAllAsync"/>, <c>db regroup</c>), in one run. Builds a SQLite ledger of the
/// <c>pg-scale</c> shape (three claims a report at 1,536 villages around six towns, over a year) and regroups it whole,
/// then for each batch and each way copies the ledger and adds the batch in a child process of its own, so that each
/// line's peak memory is that process's alone. Two batches: one spread like the ledger (every village, the whole year:
/// the worst case, touching most buckets) and one of a day's reporting about 16 villages per town (the last two days).
/// Usage: <c>dotnet run -c Release --project bench/Triangulate.Bench -- regroup-batch [--claims N] [--batch REPORTS] [--dir DIR]</c>.
/// </summary>
internal static class BatchRegrouping
{
    private const int FocusedVillages = 16;

    public static async Task<int> RunAsync(string[] args)
    {
        if (args is ["--child", var path, var childBatch, var childWay, var first, var count])
        {
            return await AddBatchAsync(path, childBatch, childWay, int.Parse(first, CultureInfo.InvariantCulture), int.Parse(count, CultureInfo.InvariantCulture));
        }
        var claims = int.Parse(BenchArgs.Option(args, "--claims") ?? "300000", CultureInfo.InvariantCulture);
        var batch = int.Parse(BenchArgs.Option(args, "--batch") ?? "1000", CultureInfo.InvariantCulture);
        var directory = BenchArgs.Option(args, "--dir") ?? Path.Combine(Path.GetTempPath(), "triangulate-regroup-batch");
        Directory.CreateDirectory(directory);
        var reports = claims / PostgresScale.ClaimsPerReport;
        var ledger = Path.Combine(directory, $"ledger-{reports}.db");
        if (!File.Exists(ledger))
        {
            await BuildAsync(ledger + ".building", reports);
            File.Move(ledger + ".building", ledger);
        }
        Console.WriteLine(FormattableString.Invariant($"regroup-batch: ledger of {reports} reports ({reports * PostgresScale.ClaimsPerReport} claims, SQLite), batches of {batch} reports"));
        foreach (var batchKind in new[] { "spread", "focused" })
        {
            foreach (var way in new[] { "partial", "whole" })
            {
                var copy = Path.Combine(directory, $"copy-{batchKind}-{way}.db");
                File.Copy(ledger, copy, overwrite: true);
                var code = await ChildAsync(copy, batchKind, way, reports + 1, batch);
                foreach (var file in new[] { copy, copy + "-wal", copy + "-shm", copy + ".corroboration.lock" })
                {
                    File.Delete(file);
                }
                if (code != 0)
                {
                    return code;
                }
            }
        }
        return 0;
    }

    private static async Task BuildAsync(string path, int reports)
    {
        var clock = Stopwatch.StartNew();
        await using (var store = await SqliteLedgerStore.OpenAsync(path, TimeProvider.System))
        {
            for (var first = 1; first <= reports; first += 1000)
            {
                await store.SaveAsync([.. Enumerable.Range(first, Math.Min(1000, reports - first + 1)).Select(PostgresScale.Generate)]);
            }
            var stored = clock.Elapsed.TotalSeconds;
            await new CorroborationService(store, SourceRegistry.LoadDefault(), TimeProvider.System).RegroupAllAsync();
            Console.WriteLine(FormattableString.Invariant($"built the ledger: stored in {stored:F0} s, regrouped whole in {clock.Elapsed.TotalSeconds - stored:F0} s"));
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(path + ".corroboration.lock");
    }

    private static async Task<int> ChildAsync(string path, string batchKind, string way, int first, int count)
    {
        var self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(BatchRegrouping).Assembly.Location);
        }
        foreach (var argument in new[] { "regroup-batch", "--child", path, batchKind, way, first.ToString(CultureInfo.InvariantCulture), count.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(argument);
        }
        using var child = Process.Start(start)!;
        await child.WaitForExitAsync();
        return child.ExitCode;
    }

    /// <summary>In the child: stores the batch, then regroups partially or whole, and prints the times and this process's peak memory.</summary>
    private static async Task<int> AddBatchAsync(string path, string batchKind, string way, int first, int count)
    {
        var analyses = Enumerable.Range(first, count)
            .Select(n => batchKind == "spread" ? PostgresScale.Generate(n) : PostgresScale.Generate(n, FocusedVillages, 363, 2))
            .ToList();
        await using var store = await SqliteLedgerStore.OpenAsync(path, TimeProvider.System);
        var corroboration = new CorroborationService(store, SourceRegistry.LoadDefault(), TimeProvider.System);
        var clock = Stopwatch.StartNew();
        var cpu = PipelineThroughput.ProcessCpu();
        await store.SaveAsync(analyses);
        var stored = clock.Elapsed.TotalSeconds;
        var storedCpu = PipelineThroughput.ProcessCpu();
        string what;
        if (way == "partial")
        {
            var summary = await corroboration.RefreshAsync();
            what = FormattableString.Invariant($"{summary.ClaimsRegrouped} claims regrouped, {summary.EventsWritten} events written, {summary.EventsRemoved} removed");
        }
        else
        {
            var result = await corroboration.RegroupAllAsync();
            what = FormattableString.Invariant($"{result.Events.Sum(e => e.Claims.Length)} claims regrouped, {result.Events.Length} events written");
        }
        var total = clock.Elapsed.TotalSeconds;
        var regroupingCpu = (PipelineThroughput.ProcessCpu() - storedCpu).TotalSeconds;
        using var self = Process.GetCurrentProcess();
        Console.WriteLine(FormattableString.Invariant(
            $"{batchKind,-8} batch, {way,-7} regrouping: {total:F2} s ({stored:F2} s storing, {total - stored:F2} s regrouping; CPU {(storedCpu - cpu).TotalSeconds:F2} s storing, {regroupingCpu:F2} s regrouping), peak {self.PeakWorkingSet64 / 1048576.0:F0} MB; {what}"));
        return 0;
    }
}
