using System.Diagnostics;
using System.Globalization;
using Triangulate.Ingest;
using Triangulate.Pipeline;
using Triangulate.Storage;

namespace Triangulate.Bench;

/// <summary>
/// Ingesting a ledger's own input again: the first ingest into a fresh SQLite ledger, the ledger's bytes per report,
/// then the same input twice more, as ingest did before the lookup of known reports (every report analysed, then
/// refused by the store as a duplicate) and as it does now (looked up, not analysed). One run, both figures.
/// Usage: <c>dotnet run -c Release --project bench/Triangulate.Bench -- reingest [--reports N]</c>.
/// </summary>
internal static class Reingest
{
    public static async Task<int> RunAsync(string[] args)
    {
        var count = args is ["--reports", var n, ..] ? int.Parse(n, CultureInfo.InvariantCulture) : 2_000;
        var corpus = Corpus.FromSamples(count, targetChars: 2_000);
        Console.WriteLine($"corpus: {corpus.Count} reports, {corpus.Average(r => r.Text.Length):F0} chars on average, {Environment.ProcessorCount} cores");
        var analyzer = AnalyzerFactory.CreateDefault();
        var db = Path.Combine(Path.GetTempPath(), $"triangulate-reingest-{Environment.ProcessId}.db");
        try
        {
            await using var store = await StoreFactory.OpenAsync(db, TimeProvider.System);
            var ingest = new LedgerIngest(analyzer, store);
            var clock = Stopwatch.StartNew();
            var first = await ingest.RunAsync(corpus.Select(ReadOutcome.Of));
            var firstTime = clock.Elapsed;
            // Closing the pooled connections checkpoints the write-ahead log into the file: its size is then the ledger's.
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            var bytes = new[] { db, db + "-wal" }.Where(File.Exists).Sum(file => new FileInfo(file).Length);
            Console.WriteLine(FormattableString.Invariant(
                $"first ingest: {firstTime.TotalSeconds:F2} s, {first.Added} stored; ledger {bytes / 1e6:F1} MB, {bytes / first.Added:F0} bytes per report ({corpus.Average(r => r.Text.Length * 2.0):F0} bytes of UTF-16 text per report)"));

            clock.Restart();
            foreach (var batch in corpus.Chunk(256))
            {
                await store.SaveAsync(analyzer.AnalyzeAll(batch));
            }
            var before = clock.Elapsed;
            clock.Restart();
            var again = await ingest.RunAsync(corpus.Select(ReadOutcome.Of));
            var after = clock.Elapsed;
            Console.WriteLine(FormattableString.Invariant(
                $"re-ingest of the same input ({again.Duplicates} of {again.Read} already in the ledger): before (analysed, then refused) {before.TotalSeconds:F2} s = {before / firstTime:P0} of the first ingest; now (looked up, skipped) {after.TotalSeconds:F2} s = {after / firstTime:P1}"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { db, db + "-wal", db + "-shm" })
            {
                File.Delete(file);
            }
        }
        return 0;
    }
}
