using Triangulate.Model;
using Triangulate.Storage;

namespace Triangulate.Web.Places;

/// <summary>A settlement's name on the map, and the first zoom level at which it is shown.</summary>
public sealed record MapLabel(string Id, string Name, double Lat, double Lon, int MinZoom, string Size);

/// <summary>
/// Decides which settlement names the offline map shows at each zoom level, the larger places first: at each level,
/// from the widest view in, the places not yet shown are tried in order of size (cities, towns, villages, hamlets; then
/// population) and shown where their label does not overlap one already shown. A label shown at one level stays at
/// every closer one, where the labels only move apart. Pure: the same places give the same labels.
/// </summary>
public sealed class MapLabels
{
    public const int FirstZoom = 5;
    public const int LastZoom = 14;

    /// <summary>An average character of the page's label font, and the padding around a label, in pixels.</summary>
    private const double CharacterWidth = 6.5;
    private const double LabelHeight = 15;
    private const double Padding = 6;

    private readonly MapLabel[] labels;

    public MapLabels(IEnumerable<Place> places)
    {
        ArgumentNullException.ThrowIfNull(places);
        var candidates = places
            .Where(p => p is { Kind: PlaceKind.Settlement, CountryCode: "UA" } && p.Name.Length > 0)
            .OrderBy(p => SizeRank(p.Subtype))
            .ThenByDescending(p => p.Population)
            .ThenBy(p => p.Id, StringComparer.Ordinal)
            .ToList();
        var minZoom = new int?[candidates.Count];
        for (var zoom = FirstZoom; zoom <= LastZoom; zoom++)
        {
            var shown = new Dictionary<(long, long), List<Box>>();
            var cell = 256.0;
            // The labels shown from a wider view stay: they are placed first, the new ones around them.
            for (var i = 0; i < candidates.Count; i++)
            {
                if (minZoom[i] is not null)
                {
                    Add(shown, Box.Of(candidates[i], zoom), cell);
                }
            }
            for (var i = 0; i < candidates.Count; i++)
            {
                var place = candidates[i];
                if (minZoom[i] is not null || zoom < EarliestZoom(place.Subtype))
                {
                    continue;
                }
                var box = Box.Of(place, zoom);
                if (Free(shown, box, cell))
                {
                    minZoom[i] = zoom;
                    Add(shown, box, cell);
                }
            }
        }
        labels = [.. candidates
            .Select((place, i) => (place, zoom: minZoom[i]))
            .Where(pair => pair.zoom is not null)
            .Select(pair => new MapLabel(pair.place.Id, pair.place.Name, pair.place.Lat, pair.place.Lon, pair.zoom!.Value, pair.place.Subtype ?? "settlement"))];
    }

    public int Count => labels.Length;

    /// <summary>The labels shown at <paramref name="zoom"/> inside <paramref name="box"/>, larger places first.</summary>
    public IReadOnlyList<MapLabel> In(GeoBox box, int zoom) =>
        [.. labels.Where(l => l.MinZoom <= zoom && l.Lat >= box.MinLat && l.Lat <= box.MaxLat && l.Lon >= box.MinLon && l.Lon <= box.MaxLon)];

    private static int SizeRank(string? subtype) => subtype switch
    {
        "city" => 0,
        "town" => 1,
        "village" => 2,
        "suburb" => 3,
        _ => 4,
    };

    /// <summary>No village before zoom 9, no hamlet before 11, however empty the map around it.</summary>
    private static int EarliestZoom(string? subtype) => subtype switch
    {
        "city" => FirstZoom,
        "town" => 7,
        "village" => 9,
        _ => 11,
    };

    private static bool Free(Dictionary<(long, long), List<Box>> shown, Box box, double cell)
    {
        for (var x = (long)Math.Floor(box.Left / cell); x <= (long)Math.Floor(box.Right / cell); x++)
        {
            for (var y = (long)Math.Floor(box.Top / cell); y <= (long)Math.Floor(box.Bottom / cell); y++)
            {
                if (shown.TryGetValue((x, y), out var boxes) && boxes.Any(other => other.Overlaps(box)))
                {
                    return false;
                }
            }
        }
        return true;
    }

    private static void Add(Dictionary<(long, long), List<Box>> shown, Box box, double cell)
    {
        for (var x = (long)Math.Floor(box.Left / cell); x <= (long)Math.Floor(box.Right / cell); x++)
        {
            for (var y = (long)Math.Floor(box.Top / cell); y <= (long)Math.Floor(box.Bottom / cell); y++)
            {
                if (!shown.TryGetValue((x, y), out var boxes))
                {
                    shown[(x, y)] = boxes = [];
                }
                boxes.Add(box);
            }
        }
    }

    /// <summary>A label's box in Web Mercator pixels at one zoom level: the dot, then the name to its right.</summary>
    private readonly record struct Box(double Left, double Top, double Right, double Bottom)
    {
        public static Box Of(Place place, int zoom)
        {
            var scale = 256 * Math.Pow(2, zoom);
            var x = (place.Lon + 180) / 360 * scale;
            var sin = Math.Sin(place.Lat * Math.PI / 180);
            var y = (0.5 - (Math.Log((1 + sin) / (1 - sin)) / (4 * Math.PI))) * scale;
            return new Box(x - Padding, y - (LabelHeight / 2) - Padding, x + 6 + (place.Name.Length * CharacterWidth) + Padding, y + (LabelHeight / 2) + Padding);
        }

        public bool Overlaps(Box other) => Left < other.Right && other.Left < Right && Top < other.Bottom && other.Top < Bottom;
    }
}
