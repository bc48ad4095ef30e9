using System.Globalization;
using Triangulate.Model;
using Triangulate.Places;
using Triangulate.Places.Build;

namespace Triangulate.Bench;

/// <summary>
/// `viina-places <dir>`: runs the finder over the Ukrainian and Russian texts of the VIINA rows and compares the
/// places found with the point VIINA geocoded for each row (which is sometimes wrong), sorting the disagreements.
/// </summary>
internal static class ViinaPlaces
{
    /// <summary>Prints the counts and examples of each kind of agreement; with <paramref name="everyRow"/>, each row's kind and places too.</summary>
    public static int Run(string directory, bool everyRow = false)
    {
        var finder = new PlaceFinder(Gazetteer.LoadDefault());
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var examples = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var rows = 0;
        foreach (var file in Directory.GetFiles(directory, "VIINA_*.csv").Order(StringComparer.Ordinal))
        {
            foreach (var row in CsvTable.Read(file))
            {
                if (!double.TryParse(row["latitude"], CultureInfo.InvariantCulture, out var lat)
                    || !double.TryParse(row["longitude"], CultureInfo.InvariantCulture, out var lon)
                    || row["representative_text"].Length == 0)
                {
                    continue;
                }

                rows++;
                var text = row["representative_text"];
                // The row's date, as ingest reads it, so that the front line of that day weighs as it would in a ledger.
                DateTimeOffset? published = DateOnly.TryParseExact(row["date"], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                    ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
                    : null;
                var found = finder.Find(new Report(row["event_id_1pd"], "viina", null, published, "uk", null, text, new InputLocation(file)));
                var kind = Classify(found, lat, lon, row["asciiname"]);
                counts[kind] = counts.GetValueOrDefault(kind) + 1;
                if (everyRow)
                {
                    Console.WriteLine($"row {row["event_id_1pd"]}\t{kind[..1]}\t{string.Join("; ", found.Select(m => $"{m.Text}→{m.Place?.Name} ({m.Place?.AdminPath})"))}");
                }

                var list = examples.TryGetValue(kind, out var known) ? known : examples[kind] = [];
                if (list.Count < 4)
                {
                    list.Add($"{row["asciiname"]} ({lat:F3}, {lon:F3}) ← {string.Join("; ", found.Select(m => $"{m.Text}→{m.Place?.Name}"))} | {text[..Math.Min(140, text.Length)]}");
                }
            }
        }

        Console.WriteLine($"{rows} VIINA rows with a point and a text");
        foreach (var (kind, count) in counts)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{kind}: {count} ({100.0 * count / rows:F1}%)"));
            foreach (var example in examples[kind])
            {
                Console.WriteLine($"    {example}");
            }
        }

        return 0;
    }

    private static string Classify(IReadOnlyList<PlaceMention> found, double lat, double lon, string viinaName)
    {
        if (found.Count == 0)
        {
            return "5 no place found in the text";
        }

        var nearest = found.Where(m => m.Place is not null).Select(m => Geo.DistanceKm(m.Place!.Lat, m.Place.Lon, lat, lon)).DefaultIfEmpty(double.MaxValue).Min();
        if (nearest <= 5)
        {
            return "1 a place found within 5 km of VIINA's point";
        }

        if (nearest <= 25)
        {
            return "2 a place found within 5-25 km";
        }

        var key = PlaceText.Normalise(viinaName);
        if (found.Any(m => m.Place!.Names.Any(n => PlaceText.Normalise(n.Text) == key)))
        {
            return "3 the same name, resolved to a namesake >25 km away";
        }

        return found.Any(m => m.Place!.Kind is PlaceKind.AdminArea or PlaceKind.Country && m.Place.RadiusKm is { } r && Geo.DistanceKm(m.Place.Lat, m.Place.Lon, lat, lon) <= r)
            ? "4 only an area named; VIINA put the point at a settlement in it"
            : "6 other places only (VIINA's place not named, or not in the gazetteer)";
    }
}
