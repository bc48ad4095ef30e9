using System.Diagnostics;
using System.Globalization;
using System.Text;
using Triangulate.Ingest;
using Triangulate.Model;
using Triangulate.Places;

namespace Triangulate.Bench;

/// <summary>
/// `places-speed`: times the gazetteer's load by phase and place finding over dense text (one 1 MB report full of
/// names) and over realistic text (the bundled samples' reports, found one by one), printing MB/s on one core.
/// </summary>
internal static class PlaceSpeed
{
    private const string Dense =
        "Russian forces allegedly seized the center of Dzerzhinsk, also known as Toretsk, and advanced south of Chasov Yar "
        + "into the forest belt south of Ivanovsky up to about 1.45 kilometers. Бои идут в Торецке и под Часовым Яром, "
        + "в 500 метрах к северу от Ивановского. Обстріли Луганської області та Покровська тривали; на околиці Бахмута тихо.\n";

    public static int Run()
    {
        var path = Path.Combine(FindRoot(), Gazetteer.DefaultRelativePath);
        var clock = Stopwatch.StartNew();
        Gazetteer.Load(path);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first load (the code not yet compiled, as in a CLI run): {clock.Elapsed.TotalMilliseconds:F0} ms"));
        clock.Restart();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var gazetteer = Gazetteer.Load(path);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"load with the precomputed index (code compiled): {clock.Elapsed.TotalMilliseconds:F0} ms, {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6:F0} MB allocated"));
        clock.Restart();
        allocated = GC.GetTotalAllocatedBytes(precise: true);
        List<Place> places;
        using (var stream = File.OpenRead(path))
        {
            places = GazetteerFile.Read(stream);
        }

        var read = clock.Elapsed;
        Gazetteer.FromPlaces(places);
        var indexed = clock.Elapsed - read;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"load building the index from the names: read {read.TotalMilliseconds:F0} ms, index {indexed.TotalMilliseconds:F0} ms, total {clock.Elapsed.TotalMilliseconds:F0} ms, {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6:F0} MB allocated, {places.Count} places"));

        var finder = new PlaceFinder(gazetteer);
        var dense = new StringBuilder();
        while (dense.Length < 1_000_000)
        {
            dense.Append(Dense);
        }

        var denseReport = new Report(null, "bench", null, null, "en", null, dense.ToString(), new InputLocation("bench"));
        Measure("dense (1 MB, one report)", [denseReport], finder);

        var samples = new ReportSource(IngestOptions.Default).Read([Path.Combine(FindRoot(), "samples")])
            .Select(o => o.Report).OfType<Report>().ToList();
        var realistic = Enumerable.Repeat(samples, Math.Max(1, 2_000_000 / Math.Max(1, samples.Sum(r => r.Text.Length)))).SelectMany(r => r).ToList();
        Measure($"realistic ({samples.Count} sample reports, ~{samples.Average(r => r.Text.Length):F0} chars each)", realistic, finder);
        return 0;
    }

    private static void Measure(string label, IReadOnlyList<Report> reports, PlaceFinder finder)
    {
        foreach (var report in reports.Take(20))
        {
            finder.Find(report);
        }

        var bytes = reports.Sum(r => (long)Encoding.UTF8.GetByteCount(r.Text));
        // The best of three rounds: the machine is shared, and the slower rounds measure the neighbours.
        // CPU time as well as wall time: on a loaded machine the wall clock also counts the time other processes ran.
        var seconds = double.MaxValue;
        var cpuSeconds = double.MaxValue;
        List<System.Collections.Immutable.ImmutableArray<PlaceMention>> found = [];
        var clock = Stopwatch.StartNew();
        using var process = Process.GetCurrentProcess();
        for (var round = 0; round < 3; round++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            clock.Restart();
            found = [.. reports.Select(finder.Find)];
            seconds = Math.Min(seconds, clock.Elapsed.TotalSeconds);
            process.Refresh();
            cpuSeconds = Math.Min(cpuSeconds, (process.TotalProcessorTime - cpu).TotalSeconds);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label}: {bytes / 1e6:F1} MB UTF-8 in {seconds:F2} s = {bytes / 1e6 / seconds:F1} MB/s wall, {bytes / 1e6 / cpuSeconds:F1} MB/s of CPU time, {found.Sum(f => f.Length)} mentions"));

        // Phases: tokenising alone, and reading relative locations around the mentions found.
        clock.Restart();
        var forms = new WordForms();
        var tokens = reports.Sum(r => PlaceText.Tokenise(r.Text, forms).Count);
        var tokenising = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var related = reports.Select((r, i) => RelativeLocations.Apply(r.Text, found[i]).Length).Sum();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  of which tokenising {tokens} words {tokenising:F2} s, relative locations of {related} mentions {clock.Elapsed.TotalSeconds:F2} s"));
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Triangulate.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Triangulate.slnx not found above the benchmark binaries.");
    }
}
