using BenchmarkDotNet.Running;
using Triangulate.Bench;
using Triangulate.Places.Build;

// `throughput` runs the whole pipeline once over a large corpus and prints reports per second and peak memory;
// `build-gazetteer <shared data/gazetteer dir> <cities1000.txt> <repo data/gazetteer dir>` rebuilds the shipped
// gazetteer until the CLI exposes it as `triangulate places build`;
// anything else goes to BenchmarkDotNet (`--filter '*Ingest*'`, `--list flat`).
if (args is ["throughput", .. var rest])
{
    return await PipelineThroughput.RunAsync(rest);
}

if (args is ["build-gazetteer", var shared, var cities, var reviewed])
{
    var sources = new GazetteerSources(
        Path.Combine(shared, "ua_settlements_with_regions.csv"),
        Path.Combine(shared, "regions.csv"),
        Path.Combine(shared, "katottg-2025-05-16.csv"),
        cities,
        reviewed);
    var output = Path.Combine(reviewed, "gazetteer.tsv.gz");
    await using (var stream = File.Create(output))
    {
        GazetteerBuilder.Build(sources, stream);
    }

    Console.WriteLine($"wrote {output} ({new FileInfo(output).Length / 1024} KiB)");
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(PipelineThroughput).Assembly).Run(args);
return 0;
