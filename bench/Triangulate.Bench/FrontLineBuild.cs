using Triangulate.Corroboration.Evidence;
using Triangulate.Model;
using Triangulate.Places;
using Triangulate.Places.Build;

namespace Triangulate.Bench;

/// <summary>
/// `build-frontline <control-maps dir> <repo data/gazetteer dir>` writes data/gazetteer/frontline.tsv.gz: for each
/// dated control map, the Ukrainian settlements near the front line. A settlement is near it when Ukrainian
/// settlements both inside and outside the occupied area lie within 12 km of it: the coast and the state border have
/// settlements on one side only, so the rule keeps the line where the sides meet.
/// </summary>
internal static class FrontLineBuild
{
    private const double NeighbourKm = 12;

    public static int Run(string controlMaps, string gazetteerDirectory)
    {
        var gazetteer = Gazetteer.Load(Path.Combine(gazetteerDirectory, "gazetteer.tsv.gz"));
        var (months, first, last) = NearFront(gazetteer, controlMaps);
        var output = Path.Combine(gazetteerDirectory, FrontLine.FileName);
        using (var stream = File.Create(output))
        {
            FrontLine.Write(stream, months, first, last);
        }

        Console.WriteLine($"wrote {output}: {months.Count} settlements near the front in some month, {new FileInfo(output).Length / 1024} KiB");
        return 0;
    }

    /// <summary>The months (year × 12 + month − 1) in which each Ukrainian settlement lay near the front line.</summary>
    public static (Dictionary<string, SortedSet<int>> Months, int First, int Last) NearFront(Gazetteer gazetteer, string controlMaps)
    {
        var maps = ControlMapFiles.ReadDirectory(controlMaps).Select(r => r.Map).OfType<ControlMap>().ToList();
        var index = new ControlMapIndex(maps);
        var monthOfMap = maps.OrderBy(m => m.Date).Select(m => FrontLine.MonthOf(m.Date)).ToArray();
        var settlements = gazetteer.Places.Where(p => p.Kind == PlaceKind.Settlement && p.CountryCode == "UA").ToList();
        var inside = settlements.ToDictionary(p => p.Id, p => index.Between(DateOnly.MinValue, DateOnly.MaxValue, p.Lat, p.Lon).Select(m => m.Inside).ToArray(), StringComparer.Ordinal);
        var grid = new Grid<Place>(settlements, p => (p.Lat, p.Lon));
        var months = new Dictionary<string, SortedSet<int>>(StringComparer.Ordinal);
        foreach (var place in settlements)
        {
            var near = grid.Near(place.Lat, place.Lon, NeighbourKm).Where(n => Geo.DistanceKm(place.Lat, place.Lon, n.Lat, n.Lon) <= NeighbourKm).ToList();
            for (var m = 0; m < monthOfMap.Length; m++)
            {
                if (near.Any(n => inside[n.Id][m]) && near.Any(n => !inside[n.Id][m]))
                {
                    (months.TryGetValue(place.Id, out var set) ? set : months[place.Id] = []).Add(monthOfMap[m]);
                }
            }
        }

        return (months, monthOfMap.Min(), monthOfMap.Max());
    }
}
