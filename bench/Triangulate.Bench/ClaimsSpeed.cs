using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using Triangulate.Claims;
using Triangulate.Model;
using Triangulate.Places;

namespace Triangulate.Bench;

/// <summary>
/// The claim extractor alone on one thread, round after round over the same corpus of ~2 KB reports (places found
/// beforehand), printing per round the rate, the bytes allocated and the CPU time per report. One thread and figures per
/// report make two builds comparable on a machine shared with other work, and give a profiler (perf) a run that holds
/// nothing but claim extraction. Usage: <c>claims-speed [--reports N] [--rounds R]</c>.
/// </summary>
internal static class ClaimsSpeed
{
    public static int Run(string[] args)
    {
        var count = int.Parse(BenchArgs.Option(args, "--reports") ?? "1000", CultureInfo.InvariantCulture);
        var rounds = int.Parse(BenchArgs.Option(args, "--rounds") ?? "5", CultureInfo.InvariantCulture);
        var corpus = Corpus.FromSamples(count, targetChars: 2_000);
        var finder = new PlaceFinder(Gazetteer.LoadDefault());
        ImmutableArray<PlaceMention>[] places = [.. corpus.Select(finder.Find)];
        var extractor = new RuleBasedClaimExtractor(SourceRegistry.LoadDefault());
        Console.WriteLine($"corpus: {corpus.Count} reports, {corpus.Average(r => r.Text.Length):F0} chars on average; claims read on one thread");
        for (var round = 1; round <= rounds; round++)
        {
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var cpu = PipelineThroughput.ProcessCpu();
            var clock = Stopwatch.StartNew();
            var claims = 0;
            for (var i = 0; i < corpus.Count; i++)
            {
                claims += extractor.Extract(corpus[i], places[i]).Length;
            }
            var elapsed = clock.Elapsed;
            Console.WriteLine(FormattableString.Invariant(
                $"round {round}: {corpus.Count / elapsed.TotalSeconds:F0} reports/s, {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1024.0 / corpus.Count:F0} KB allocated and {(PipelineThroughput.ProcessCpu() - cpu).TotalMilliseconds / corpus.Count:F2} ms of process CPU per report, {claims} claims"));
        }
        return 0;
    }
}
