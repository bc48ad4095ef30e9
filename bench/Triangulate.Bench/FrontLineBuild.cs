using Triangulate.Corroboration.Evidence;
using Triangulate.Model;
using Triangulate.Places;
using Triangulate.Places.Build;

namespace Triangulate.Bench;

/// <summary>
/// `build-frontline <control-maps dir> <repo data/gazetteer dir>` writes data/gazetteer/frontline.tsv.gz: for each
/// dated control map, the Ukrainian settlements near the front line. A settlement is near it when Ukrainian
/// settlements both inside and outside the occupied area lie within 12 km of it: the coast and the state border have
/// settlements on one side only, so the rule keeps the line where the sides meet. Each such month also records how far
/// the nearest settlement across the line lies, which tells apart two namesakes both near the line that month.
/// </summary>
internal static class FrontLineBuild
{
    public static int Run(string controlMaps, string gazetteerDirectory)
    {
        // The places alone: the front-line file beside them is the one being rebuilt, perhaps in an older format.
        using var gazetteerFile = File.OpenRead(Path.Combine(gazetteerDirectory, "gazetteer.tsv.gz"));
        var (months, first, last) = NearFront(GazetteerFile.Read(gazetteerFile), controlMaps);
        var output = Path.Combine(gazetteerDirectory, FrontLine.FileName);
        using (var stream = File.Create(output))
        {
            FrontLine.Write(stream, months, first, last);
        }

        Console.WriteLine($"wrote {output}: {months.Count} settlements near the front in some month, {new FileInfo(output).Length / 1024} KiB");
        return 0;
    }

    /// <summary>
    /// The months (year × 12 + month − 1) in which each Ukrainian settlement lay near the front line, each with the
    /// distance (km) to the nearest settlement on the other side of the line that month.
    /// </summary>
    public static (Dictionary<string, SortedDictionary<int, double>> Months, int First, int Last) NearFront(IReadOnlyList<Place> places, string controlMaps)
    {
        var maps = ControlMapFiles.ReadDirectory(controlMaps).Select(r => r.Map).OfType<ControlMap>().ToList();
        var index = new ControlMapIndex(maps);
        var monthOfMap = maps.OrderBy(m => m.Date).Select(m => FrontLine.MonthOf(m.Date)).ToArray();
        var settlements = places.Where(p => p.Kind == PlaceKind.Settlement && p.CountryCode == "UA").ToList();
        var inside = settlements.ToDictionary(p => p.Id, p => index.Between(DateOnly.MinValue, DateOnly.MaxValue, p.Lat, p.Lon).Select(m => m.Inside).ToArray(), StringComparer.Ordinal);
        var grid = new Grid<Place>(settlements, p => (p.Lat, p.Lon));
        var months = new Dictionary<string, SortedDictionary<int, double>>(StringComparer.Ordinal);
        foreach (var place in settlements)
        {
            var near = grid.Near(place.Lat, place.Lon, FrontLine.NearKm)
                .Select(n => (Place: n, Km: Geo.DistanceKm(place.Lat, place.Lon, n.Lat, n.Lon))).Where(n => n.Km <= FrontLine.NearKm).ToList();
            for (var m = 0; m < monthOfMap.Length; m++)
            {
                if (near.Any(n => inside[n.Place.Id][m]) && near.Any(n => !inside[n.Place.Id][m]))
                {
                    var side = inside[place.Id][m];
                    var across = near.Where(n => inside[n.Place.Id][m] != side).Min(n => n.Km);
                    (months.TryGetValue(place.Id, out var kms) ? kms : months[place.Id] = [])[monthOfMap[m]] = Math.Round(across, 1);
                }
            }
        }

        return (months, monthOfMap.Min(), monthOfMap.Max());
    }
}
