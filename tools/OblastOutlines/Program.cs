using System.Globalization;
using System.Text;
using System.Text.Json;
using NetTopologySuite.Algorithm.Hull;
using NetTopologySuite.Geometries;
using NetTopologySuite.Simplify;

// Approximate oblast outlines for the page's offline base layer. No oblast boundaries are available offline, so each
// outline is the concave hull of the settlements the gazetteer places in that region, simplified. They are drawn as a
// backdrop for orientation, never used to decide where anything is.
//
//   dotnet run --project tools/OblastOutlines -- ../shared/data/gazetteer/ua_settlements_with_regions.csv src/Triangulate.Web/wwwroot/data/oblasts.geojson
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: OblastOutlines SETTLEMENTS.csv OUT.geojson");
    return 1;
}

const double HullLengthRatio = 0.08;
const double SimplifyDegrees = 0.03;
const int MinimumSettlements = 20;

var factory = new GeometryFactory(new PrecisionModel(), 4326);
var pointsByRegion = new Dictionary<string, List<Coordinate>>(StringComparer.Ordinal);
// The last four columns are lat, lon, region:name, region:osm_id and hold no commas; names to their left may.
foreach (var line in File.ReadLines(args[0], Encoding.UTF8).Skip(1))
{
    var fields = line.Split(',');
    if (fields.Length < 10
        || fields[^2] is not { Length: > 0 } region
        || !double.TryParse(fields[^4], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
        || !double.TryParse(fields[^3], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon))
    {
        continue;
    }
    if (!pointsByRegion.TryGetValue(region, out var points))
    {
        pointsByRegion[region] = points = [];
    }
    points.Add(new Coordinate(lon, lat));
}

var features = new List<object>();
foreach (var (region, points) in pointsByRegion.OrderBy(pair => pair.Key, StringComparer.Ordinal))
{
    if (points.Count < MinimumSettlements)
    {
        continue;
    }
    var hull = ConcaveHull.ConcaveHullByLengthRatio(factory.CreateMultiPointFromCoords([.. points]), HullLengthRatio);
    var outline = TopologyPreservingSimplifier.Simplify(hull, SimplifyDegrees);
    if (outline is not Polygon polygon)
    {
        continue;
    }
    var ring = polygon.ExteriorRing.Coordinates.Select(c => new[] { Math.Round(c.X, 3), Math.Round(c.Y, 3) }).ToArray();
    features.Add(new
    {
        type = "Feature",
        properties = new { name = region, settlements = points.Count },
        geometry = new { type = "Polygon", coordinates = new[] { ring } },
    });
}

var collection = new { type = "FeatureCollection", features };
File.WriteAllText(args[1], JsonSerializer.Serialize(collection) + "\n");
Console.WriteLine($"{features.Count} outlines written to {args[1]}");
return 0;
