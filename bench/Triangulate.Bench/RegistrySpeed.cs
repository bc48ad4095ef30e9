using System.Diagnostics;
using System.Globalization;
using Triangulate.Claims;
using Triangulate.Model;

namespace Triangulate.Bench;

/// <summary>
/// <c>registry-speed [dir]…</c>: how long the source registry takes to load (the first load in this process, then the
/// median of seven more) and how fast it finds names in text, for the bundled registry and any other registry folders
/// given (an older one, to compare before and after in one run).
/// </summary>
internal static class RegistrySpeed
{
    private const string Sample =
        "Об этом в эфире телеканала «Россия 24» заявил советник главы ДНР Игорь Кимаковский. Міністерство оборони України "
        + "повідомило, що Сили оборони півдня відбили атаки; речниця Наталія Гуменюк додала, що Генштабом ЗСУ підтверджено "
        + "втрати. Russia's Defence Ministry said its forces took the village, Reuters reported, while Maria Zakharova denied it. "
        + "По словам Марии Захаровой, Министерству обороны России известно о 93-й отдельной механизированной бригаде. ";

    public static int Run(IReadOnlyList<string> directories)
    {
        var folders = directories.Count > 0 ? directories : [Path.Combine(AppContext.BaseDirectory, SourceRegistry.DefaultDirectory)];
        var text = string.Concat(Enumerable.Repeat(Sample, 200));
        foreach (var folder in folders)
        {
            var watch = Stopwatch.StartNew();
            var registry = SourceRegistry.Load(folder);
            var first = watch.Elapsed.TotalMilliseconds;
            var again = Enumerable.Range(0, 7).Select(_ =>
            {
                watch.Restart();
                SourceRegistry.Load(folder);
                return watch.Elapsed.TotalMilliseconds;
            }).Order().ToList();
            registry.FindIn(text, new Span(0, text.Length));
            watch.Restart();
            var found = 0;
            for (var round = 0; round < 5; round++)
            {
                found = registry.FindIn(text, new Span(0, text.Length)).Length;
            }
            var megabytesPerSecond = 5.0 * text.Length * sizeof(char) / 2 / 1_000_000 / watch.Elapsed.TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{folder}: {registry.Sources.Length} sources; load {first:F0} ms first, {again[3]:F0} ms median of 7 after; FindIn {megabytesPerSecond:F1} MB/s ({found} names in {text.Length / 1000} K characters)"));
        }
        return 0;
    }
}
