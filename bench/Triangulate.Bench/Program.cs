using BenchmarkDotNet.Running;
using Triangulate.Bench;
using Triangulate.Places;
using Triangulate.Places.Build;

// `throughput` runs the whole pipeline once over a large corpus and prints reports per second and peak memory;
// `grouping` times event grouping and all of corroboration over 10k, 30k and 100k synthetic claims;
// `pg-scale` measures one PostgreSQL server at scale (docs/scaling.md);
// `build-gazetteer <shared data/gazetteer dir> <cities1000.txt> <repo data/gazetteer dir>` rebuilds the shipped
// gazetteer until the CLI exposes it as `triangulate places build`;
// `viina-places <dir>` compares the places found in VIINA's texts with VIINA's points;
// `places-speed [viina-dir]` times the gazetteer's load and place finding on dense, realistic and VIINA text;
// `faults kills|concurrent|fuzz [--engine sqlite|postgres] …` runs the robustness figures of the README (Faults.cs);
// anything else goes to BenchmarkDotNet (`--filter '*ClaimExtraction*'`, `--list flat`).
if (args is ["throughput", .. var rest])
{
    return await PipelineThroughput.RunAsync(rest);
}
if (args is ["pg-scale", .. var options])
{
    return await PostgresScale.RunAsync(options);
}

if (args is ["faults", .. var faults])
{
    return await Faults.RunAsync(faults);
}

if (args is ["grouping"])
{
    return EventGrouping.Run();
}

if (args is ["viina-places", var viina])
{
    return ViinaPlaces.Run(viina);
}

if (args is ["places-speed", .. var viinaDirectory])
{
    return PlaceSpeed.Run(viinaDirectory.FirstOrDefault());
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
    var index = Gazetteer.WriteIndex(output);
    Console.WriteLine($"wrote {index} ({new FileInfo(index).Length / 1024} KiB)");
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(PipelineThroughput).Assembly).Run(args);
return 0;
