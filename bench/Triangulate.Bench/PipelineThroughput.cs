using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Triangulate.Claims;
using Triangulate.Ingest;
using Triangulate.Model;
using Triangulate.Pipeline;
using Triangulate.Places;
using Triangulate.Storage;

namespace Triangulate.Bench;

/// <summary>
/// Whole-pipeline throughput: analyses a corpus of ~2 KB reports built from the samples on every core, then stores
/// it in a fresh SQLite ledger, and prints reports per second and peak memory for both.
/// Usage: <c>dotnet run -c Release --project bench/Triangulate.Bench -- throughput [--reports N]</c>.
/// </summary>
internal static class PipelineThroughput
{
    public static async Task<int> RunAsync(string[] args)
    {
        var count = args is ["--reports", var n, ..] ? int.Parse(n, CultureInfo.InvariantCulture) : 20_000;
        var corpus = Corpus.FromSamples(count, targetChars: 2_000);
        var megabytes = corpus.Sum(r => (long)r.Text.Length * 2) / 1e6;
        Console.WriteLine($"corpus: {corpus.Count} reports, {corpus.Average(r => r.Text.Length):F0} chars on average, {Environment.ProcessorCount} cores");

        var analyzer = AnalyzerFactory.CreateDefault();
        // A whole pass first, so that the figures are of steady-state code (tiered JIT compiles the hot paths
        // a second time after some calls, later still on a loaded machine), not of start-up.
        analyzer.AnalyzeAll(corpus);

        var clock = Stopwatch.StartNew();
        var analyses = analyzer.AnalyzeAll(corpus);
        var analyse = clock.Elapsed;
        Console.WriteLine(FormattableString.Invariant(
            $"analyse: {corpus.Count / analyse.TotalSeconds:F0} reports/s ({megabytes / analyse.TotalSeconds:F1} MB/s of UTF-16 text), {analyses.Sum(a => a.Claims.Length)} claims, {analyses.Sum(a => a.Places.Length)} place mentions"));

        // The stages one at a time, so that the figure above can be split into its parts.
        var finder = new PlaceFinder(Gazetteer.LoadDefault());
        var extractor = new RuleBasedClaimExtractor(SourceRegistry.LoadDefault());
        clock.Restart();
        var mentions = new ImmutableArray<PlaceMention>[corpus.Count];
        Parallel.For(0, corpus.Count, i => mentions[i] = finder.Find(corpus[i]));
        var placesTime = clock.Elapsed;
        clock.Restart();
        Parallel.For(0, corpus.Count, i => extractor.Extract(corpus[i], mentions[i]));
        var claimsTime = clock.Elapsed;
        Console.WriteLine(FormattableString.Invariant(
            $"  of which places: {corpus.Count / placesTime.TotalSeconds:F0} reports/s ({megabytes / placesTime.TotalSeconds:F1} MB/s), claims: {corpus.Count / claimsTime.TotalSeconds:F0} reports/s"));

        var db = Path.Combine(Path.GetTempPath(), $"triangulate-bench-{Environment.ProcessId}.db");
        try
        {
            await using var store = await StoreFactory.OpenAsync(db, TimeProvider.System);
            var ingest = new LedgerIngest(analyzer, store);
            clock.Restart();
            var summary = await ingest.RunAsync(corpus.Select(ReadOutcome.Of));
            var stored = clock.Elapsed;
            Console.WriteLine(FormattableString.Invariant(
                $"ingest (analyse + store in SQLite): {summary.Added / stored.TotalSeconds:F0} reports/s, {summary.Added} stored"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { db, db + "-wal", db + "-shm" })
            {
                File.Delete(file);
            }
        }
        Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MiB");
        return 0;
    }
}

/// <summary>Benchmark corpora made from the bundled samples, so that figures come from real-shaped text.</summary>
internal static class Corpus
{
    public static List<Report> FromSamples(int count, int targetChars)
    {
        var samples = new ReportSource(IngestOptions.Default).Read([SamplesDirectory()])
            .Where(o => o.IsReport).Select(o => o.Report!).ToList();
        if (samples.Count == 0)
        {
            throw new InvalidOperationException("no samples found");
        }
        var reports = new List<Report>(count);
        for (var i = 0; i < count; i++)
        {
            var sample = samples[i % samples.Count];
            var text = sample.Text;
            // Grow short posts by appending the next samples in the same language, so every report is ~targetChars.
            for (var j = 1; text.Length < targetChars && j < samples.Count; j++)
            {
                var next = samples[(i + j) % samples.Count];
                if (next.Language == sample.Language)
                {
                    text += "\n\n" + next.Text;
                }
            }
            reports.Add(sample with
            {
                ExternalId = "bench-" + i.ToString(CultureInfo.InvariantCulture),
                Url = sample.Url is null ? null : sample.Url + "?bench=" + i.ToString(CultureInfo.InvariantCulture),
                Text = text + $"\n#{i}",
            });
        }
        return reports;
    }

    private static string SamplesDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Triangulate.slnx")))
            {
                return Path.Combine(dir.FullName, "samples");
            }
        }
        throw new InvalidOperationException("run the benchmarks inside the repository");
    }
}
