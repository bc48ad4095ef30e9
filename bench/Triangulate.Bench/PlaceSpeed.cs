using System.Diagnostics;
using System.Globalization;
using System.Text;
using Triangulate.Ingest;
using Triangulate.Model;
using Triangulate.Places;
using Triangulate.Places.Build;

namespace Triangulate.Bench;

/// <summary>
/// `places-speed [viina-dir]`: times the gazetteer's load by phase and place finding over dense text (one 1 MB report
/// full of names), over realistic text (the bundled samples' reports, found one by one) and, given VIINA's directory,
/// over VIINA's report texts (thousands of different places), printing MB/s on one core once the code is warm.
/// </summary>
internal static class PlaceSpeed
{
    private const string Dense =
        "Russian forces allegedly seized the center of Dzerzhinsk, also known as Toretsk, and advanced south of Chasov Yar "
        + "into the forest belt south of Ivanovsky up to about 1.45 kilometers. Бои идут в Торецке и под Часовым Яром, "
        + "в 500 метрах к северу от Ивановского. Обстріли Луганської області та Покровська тривали; на околиці Бахмута тихо.\n";

    public static int Run(string? viinaDirectory = null)
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

        if (viinaDirectory is not null)
        {
            var viina = Directory.GetFiles(viinaDirectory, "VIINA_*.csv").Order(StringComparer.Ordinal)
                .SelectMany(file => CsvTable.Read(file).Select(row => row["representative_text"]).Where(text => text.Length > 0)
                    .Select(text => new Report(null, "viina", null, null, "uk", null, text, new InputLocation(file))))
                .ToList();
            Measure($"VIINA texts ({viina.Count} reports, ~{viina.Average(r => r.Text.Length):F0} chars each)", viina, finder);

            // The rounds above meet words they have seen before; a stream of new reports meets many words for the first
            // time, which a finder with an empty word cache shows (the code stays compiled).
            var cold = new PlaceFinder(gazetteer);
            clock.Restart();
            viina.ForEach(report => cold.Find(report));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"VIINA texts once, word cache empty: {viina.Sum(r => (long)Encoding.UTF8.GetByteCount(r.Text)) / 1e6 / clock.Elapsed.TotalSeconds:F1} MB/s wall"));
        }

        return 0;
    }

    // Rounds timed after the warm-up; the median is reported beside the best, since the machine is shared.
    private const int Rounds = 7;

    private static void Measure(string label, IReadOnlyList<Report> reports, PlaceFinder finder)
    {
        // Warm up until the JIT has compiled the hot code at its final tier: the first passes over a 1 MB report run
        // three to four times slower than the later ones, and a long ingest runs at the later speed.
        var warmUp = Stopwatch.StartNew();
        for (var pass = 0; pass < 30 && (pass < 3 || warmUp.Elapsed < TimeSpan.FromSeconds(3)); pass++)
        {
            foreach (var report in reports)
            {
                finder.Find(report);
            }
        }

        var bytes = reports.Sum(r => (long)Encoding.UTF8.GetByteCount(r.Text));
        // CPU time as well as wall time: on a loaded machine the wall clock also counts the time other processes ran.
        // CPU time counts the garbage collector's and the JIT's threads too.
        var wall = new List<double>();
        var cpu = new List<double>();
        List<System.Collections.Immutable.ImmutableArray<PlaceMention>> found = [];
        using var process = Process.GetCurrentProcess();
        for (var round = 0; round < Rounds; round++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            found = [.. reports.Select(finder.Find)];
            wall.Add(clock.Elapsed.TotalSeconds);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalSeconds);
        }

        wall.Sort();
        cpu.Sort();
        var megabytes = bytes / 1e6;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label}: {megabytes:F1} MB UTF-8, {found.Sum(f => f.Length)} mentions; median of {Rounds} rounds {megabytes / wall[Rounds / 2]:F1} MB/s wall, {megabytes / cpu[Rounds / 2]:F1} MB/s of CPU time; best {megabytes / wall[0]:F1} MB/s wall"));

        // Phases: tokenising alone, and reading relative locations around the mentions found.
        var phase = Stopwatch.StartNew();
        var forms = new WordForms();
        var tokens = reports.Sum(r => PlaceText.Tokenise(r.Text, forms).Count);
        var tokenising = phase.Elapsed.TotalSeconds;
        phase.Restart();
        var related = 0;
        for (var i = 0; i < reports.Count; i++)
        {
            var mentions = found[i].ToBuilder();
            RelativeLocations.Apply(reports[i].Text, mentions);
            related += mentions.Count;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  of which tokenising {tokens} words {tokenising:F2} s, relative locations of {related} mentions {phase.Elapsed.TotalSeconds:F2} s"));
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
