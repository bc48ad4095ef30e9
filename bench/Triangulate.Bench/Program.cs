using BenchmarkDotNet.Running;
using Triangulate.Places.Build;

// `build-gazetteer <shared data/gazetteer dir> <cities1000.txt> <repo data/gazetteer dir>` rebuilds the shipped
// gazetteer until the CLI exposes it as `triangulate places build`; anything else runs the benchmarks.
if (args is ["build-gazetteer", var shared, var cities, var reviewed])
{
    var sources = new GazetteerSources(
        Path.Combine(shared, "ua_settlements_with_regions.csv"),
        Path.Combine(shared, "regions.csv"),
        Path.Combine(shared, "katottg-2025-05-16.csv"),
        cities,
        reviewed);
    var output = Path.Combine(reviewed, "gazetteer.tsv.gz");
    using (var stream = File.Create(output))
    {
        GazetteerBuilder.Build(sources, stream);
    }

    Console.WriteLine($"wrote {output} ({new FileInfo(output).Length / 1024} KiB)");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
