using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Npgsql;
using Triangulate.Claims;
using Triangulate.Corroboration;
using Triangulate.Ingest;
using Triangulate.Model;
using Triangulate.Pipeline;
using Triangulate.Places;
using Triangulate.Storage;

namespace Triangulate.Bench;

/// <summary>
/// Whole-pipeline throughput: analyses a corpus of ~2 KB reports built from the samples on every core, then stores
/// it in a fresh SQLite ledger and, when a server is given, a fresh PostgreSQL schema, and prints reports per second
/// for each, the ratio of each ingest rate to the analysis rate, and peak memory.
/// Usage: <c>dotnet run -c Release --project bench/Triangulate.Bench -- throughput [--reports N] [--postgres "Host=…"]</c>
/// (the server defaults to TRIANGULATE_TEST_POSTGRES).
/// </summary>
internal static class PipelineThroughput
{
    public static async Task<int> RunAsync(string[] args)
    {
        var count = int.Parse(BenchArgs.Option(args, "--reports") ?? "20000", CultureInfo.InvariantCulture);
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
        var placesCost = PhaseCost.Start();
        clock.Restart();
        var mentions = new ImmutableArray<PlaceMention>[corpus.Count];
        Parallel.For(0, corpus.Count, i => mentions[i] = finder.Find(corpus[i]));
        var placesTime = clock.Elapsed;
        var places = placesCost.Stop(corpus.Count);
        var claimsCost = PhaseCost.Start();
        clock.Restart();
        // Called without the analysis budget that ingest applies, so a regex that runs out of time on a heavily loaded
        // machine is counted here instead of ending the run.
        var timedOut = 0;
        Parallel.For(0, corpus.Count, i =>
        {
            try
            {
                extractor.Extract(corpus[i], mentions[i]);
            }
            catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
            {
                Interlocked.Increment(ref timedOut);
            }
        });
        var claimsTime = clock.Elapsed;
        var claims = claimsCost.Stop(corpus.Count);
        Console.WriteLine(FormattableString.Invariant(
            $"  of which places: {corpus.Count / placesTime.TotalSeconds:F0} reports/s ({megabytes / placesTime.TotalSeconds:F1} MB/s), claims: {corpus.Count / claimsTime.TotalSeconds:F0} reports/s{(timedOut > 0 ? $" ({timedOut} reports' extraction ran out of regex time)" : "")}"));
        // Allocation and CPU time per report move little with the machine's load, unlike the rates above.
        Console.WriteLine(FormattableString.Invariant(
            $"  per report, places: {places.KilobytesPerReport:F0} KB allocated, {places.CpuMsPerReport:F2} ms of CPU; claims: {claims.KilobytesPerReport:F0} KB allocated, {claims.CpuMsPerReport:F2} ms of CPU"));

        // The machine's load changes within a run, so each ingest is set against the analysis rate measured just before it.
        var firstAnalysisRate = corpus.Count / analyse.TotalSeconds;
        var sqlite = Path.Combine(Path.GetTempPath(), $"triangulate-bench-{Environment.ProcessId}.db");
        try
        {
            var analysis = AnalysisRate(analyzer, corpus);
            var ingest = await IngestAsync("SQLite", sqlite, analyzer, corpus, analyses);
            PrintRatios("SQLite", ingest, analysis, firstAnalysisRate);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { sqlite, sqlite + "-wal", sqlite + "-shm" })
            {
                File.Delete(file);
            }
        }

        if ((BenchArgs.Option(args, "--postgres") ?? Environment.GetEnvironmentVariable("TRIANGULATE_TEST_POSTGRES")) is not { Length: > 0 } server)
        {
            Console.WriteLine("ingest into PostgreSQL: skipped (give --postgres \"Host=…\" or set TRIANGULATE_TEST_POSTGRES)");
        }
        else
        {
            // A fresh schema of that database, dropped at the end, so that the server's other ledgers are untouched.
            var schema = "bench_" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
            await using var admin = NpgsqlDataSource.Create(server);
            await using (var create = admin.CreateCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema}"))
            {
                await create.ExecuteNonQueryAsync();
            }
            try
            {
                var connection = new NpgsqlConnectionStringBuilder(server) { SearchPath = $"{schema},public" }.ConnectionString;
                var analysis = AnalysisRate(analyzer, corpus);
                var ingest = await IngestAsync("PostgreSQL", connection, analyzer, corpus, analyses);
                PrintRatios("PostgreSQL", ingest, analysis, firstAnalysisRate);
            }
            finally
            {
                NpgsqlConnection.ClearAllPools();
                await using var drop = admin.CreateCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE");
                await drop.ExecuteNonQueryAsync();
            }
        }
        Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MiB");
        return 0;
    }

    /// <summary>
    /// Ingests the corpus (analysis overlapped with storing, as <c>triangulate ingest</c> does) into a fresh ledger and
    /// prints reports/s; then times the two steps <c>triangulate ingest</c> runs after storing (the publishers' usual
    /// areas, and the corroboration's regrouping) and the rate with them; then, for where the time goes, stores the
    /// analyses alone again under new texts. Returns the rate of the ingest proper (analyse + store) and the process CPU
    /// time per report of storing alone.
    /// </summary>
    private static async Task<Measured> IngestAsync(string engine, string database, ReportAnalyzer analyzer, List<Report> corpus, IReadOnlyList<Analysis> analyses)
    {
        await using var store = await StoreFactory.OpenAsync(database, TimeProvider.System);
        var clock = Stopwatch.StartNew();
        var summary = await new LedgerIngest(analyzer, store).RunAsync(corpus.Select(ReadOutcome.Of));
        var rate = summary.Added / clock.Elapsed.TotalSeconds;
        Console.WriteLine(FormattableString.Invariant($"ingest (analyse + store in {engine}): {rate:F0} reports/s, {summary.Added} stored"));
        var stored = clock.Elapsed;
        var bundled = Gazetteer.LoadDefault();
        clock.Restart();
        await LedgerAreas.UpdateAsync(store, bundled.With(await store.ListPlacesAsync(), await store.ListPlaceAliasesAsync()));
        var areas = clock.Elapsed;
        clock.Restart();
        await new CorroborationService(store, SourceRegistry.LoadDefault(), TimeProvider.System).RefreshAsync();
        var regroup = clock.Elapsed;
        Console.WriteLine(FormattableString.Invariant(
            $"  then, as `triangulate ingest` does: publishers' areas {areas.TotalSeconds:F2} s, corroboration over the ledger {regroup.TotalSeconds:F2} s; end to end {summary.Added / (stored + areas + regroup).TotalSeconds:F0} reports/s"));

        var again = analyses.Select(analysis => analysis with { Report = analysis.Report with { Text = analysis.Report.Text + " (again)", Url = null } }).ToList();
        var cpu = ProcessCpu();
        clock.Restart();
        foreach (var batch in again.Chunk(256))
        {
            await store.SaveAsync(batch);
        }
        var storeCpu = (ProcessCpu() - cpu).TotalMilliseconds / again.Count;
        Console.WriteLine(FormattableString.Invariant(
            $"  store alone in {engine} (one thread): {again.Count / clock.Elapsed.TotalSeconds:F0} reports/s, {storeCpu:F2} ms of this process's CPU per report"));
        return new Measured(rate, storeCpu);
    }

    /// <summary>Analyses the corpus again and prints and returns the rate and the CPU time per report, for the ingest that follows.</summary>
    private static Measured AnalysisRate(ReportAnalyzer analyzer, List<Report> corpus)
    {
        var cpu = ProcessCpu();
        var clock = Stopwatch.StartNew();
        analyzer.AnalyzeAll(corpus);
        var rate = corpus.Count / clock.Elapsed.TotalSeconds;
        var cpuPerReport = (ProcessCpu() - cpu).TotalMilliseconds / corpus.Count;
        Console.WriteLine(FormattableString.Invariant($"analyse again, just before the next ingest: {rate:F0} reports/s, {cpuPerReport:F2} ms of CPU per report over all cores"));
        return new Measured(rate, cpuPerReport);
    }

    /// <summary>
    /// The ingest rate against the analysis rate, and the same ratio from CPU time: when analysis and storing share the
    /// machine's cores, each report costs both, so ingest can reach at most analysis / (analysis + store) of the analysis
    /// rate. Wall-clock rates on a machine shared with other work move by half from one minute to the next; CPU time per
    /// report moves much less, so the second figure is the one to compare between builds.
    /// </summary>
    private static void PrintRatios(string engine, Measured ingest, Measured analysis, double firstAnalysisRate) =>
        Console.WriteLine(FormattableString.Invariant(
            $"  ingest/analysis on {engine}: {ingest.Rate / analysis.Rate:F2} (to the first analysis rate: {ingest.Rate / firstAnalysisRate:F2}); by CPU time, analysis {analysis.CpuMsPerReport:F2} / (analysis + store {ingest.CpuMsPerReport:F2}) = {analysis.CpuMsPerReport / (analysis.CpuMsPerReport + ingest.CpuMsPerReport):F2}"));

    /// <summary>The CPU time this process has used on all cores.</summary>
    internal static TimeSpan ProcessCpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    /// <summary>Bytes allocated and CPU time used by the whole process from <see cref="Start"/> to <see cref="Stop"/>.</summary>
    private readonly record struct PhaseCost(long AllocatedBytes, TimeSpan Cpu)
    {
        public static PhaseCost Start() => new(GC.GetTotalAllocatedBytes(precise: true), ProcessCpu());

        public (double KilobytesPerReport, double CpuMsPerReport) Stop(int reports) =>
            ((GC.GetTotalAllocatedBytes(precise: true) - AllocatedBytes) / 1024.0 / reports, (ProcessCpu() - Cpu).TotalMilliseconds / reports);
    }

    /// <summary>A rate in reports per second, with the CPU milliseconds one report cost.</summary>
    private readonly record struct Measured(double Rate, double CpuMsPerReport);

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
