using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Algorithm.Hull;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;
using NetTopologySuite.Operation.Union;
using NetTopologySuite.Simplify;
using NetTopologySuite.Triangulate;
using Triangulate.Model;
using Triangulate.Places;

// Approximate oblast and raion outlines for the page's offline base layer, from the bundled gazetteer. No boundaries are
// available offline, so each settlement takes the area nearer to it than to any other (its Voronoi cell), and an
// area's outline is the union of the cells of the settlements the gazetteer files under it (KATOTTG membership),
// clipped to the country's outline (a concave hull around all settlements, widened a little). Neighbouring areas so
// share their borders, and raions tile their oblast. A backdrop for orientation, never used to decide where anything is.
//
//   dotnet run --project tools/OblastOutlines -- data/gazetteer/gazetteer.tsv.gz src/Triangulate.Web/wwwroot/data
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: OblastOutlines GAZETTEER.tsv.gz OUT-DIRECTORY");
    return 1;
}

const double CountryHullLengthRatio = 0.01;
const double CountryMarginDegrees = 0.03;
const double SimplifyDegrees = 0.012;
// Pieces and holes smaller than this (about 25 km²) come from settlements filed under a distant area: dropped.
const double SliverSquareDegrees = 0.003;

var gazetteer = Gazetteer.Load(args[0]);
var areas = gazetteer.Places.Where(p => p.Kind == PlaceKind.AdminArea && p.CountryCode == "UA").ToDictionary(p => p.Id, StringComparer.Ordinal);
var factory = new GeometryFactory(new PrecisionModel(), 4326);
var sites = new Dictionary<Coordinate, (string? Oblast, string? Raion)>();
foreach (var place in gazetteer.Places.Where(p => p is { Kind: PlaceKind.Settlement, CountryCode: "UA" }))
{
    var parents = place.Parents.IsDefault ? [] : place.Parents.Select(id => areas.GetValueOrDefault(id)).OfType<Place>().ToList();
    sites.TryAdd(new Coordinate(place.Lon, place.Lat), (parents.FirstOrDefault(p => p.Subtype == "oblast")?.Id, parents.FirstOrDefault(p => p.Subtype == "raion")?.Id));
}

// A settlement the gazetteer files under no raion (Crimea's, cities of oblast rank) takes the areas of the nearest one it
// files, so that it leaves no hole.
var filed = new STRtree<Coordinate>();
foreach (var site in sites.Where(pair => pair.Value.Raion is not null).Select(pair => pair.Key))
{
    filed.Insert(new Envelope(site), site);
}
filed.Build();
foreach (var site in sites.Where(pair => pair.Value.Raion is null).Select(pair => pair.Key).ToList())
{
    sites[site] = sites[filed.NearestNeighbour(new Envelope(site), site, new PointDistance())];
}

var points = factory.CreateMultiPointFromCoords([.. sites.Keys]);
var country = ConcaveHull.ConcaveHullByLengthRatio(points, CountryHullLengthRatio).Buffer(CountryMarginDegrees);
var voronoi = new VoronoiDiagramBuilder { ClipEnvelope = country.EnvelopeInternal };
voronoi.SetSites(points);
var cellsByRaion = new Dictionary<string, List<Geometry>>(StringComparer.Ordinal);
var cells = voronoi.GetDiagram(factory);
for (var i = 0; i < cells.NumGeometries; i++)
{
    var cell = cells.GetGeometryN(i);
    if (cell.UserData is Coordinate site && sites.TryGetValue(site, out var owner) && owner.Raion is { } raion)
    {
        if (!cellsByRaion.TryGetValue(raion, out var list))
        {
            cellsByRaion[raion] = list = [];
        }
        list.Add(cell);
    }
}

var raions = cellsByRaion.ToDictionary(pair => pair.Key, pair => CascadedPolygonUnion.Union(pair.Value).Intersection(country), StringComparer.Ordinal);
var oblastOfRaion = sites.Values.Where(s => s.Raion is not null && s.Oblast is not null).DistinctBy(s => s.Raion).ToDictionary(s => s.Raion!, s => s.Oblast!, StringComparer.Ordinal);
var oblasts = raions.GroupBy(pair => oblastOfRaion.GetValueOrDefault(pair.Key)).Where(g => g.Key is not null)
    .ToDictionary(g => g.Key!, g => CascadedPolygonUnion.Union([.. g.Select(pair => pair.Value)]), StringComparer.Ordinal);

Write(Path.Combine(args[1], "oblasts.geojson"), oblasts);
Write(Path.Combine(args[1], "raions.geojson"), raions);
return 0;

void Write(string path, Dictionary<string, Geometry> outlines)
{
    var features = outlines.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => new
    {
        type = "Feature",
        properties = new { id = pair.Key, name = areas[pair.Key].Name },
        geometry = GeoJson(WithoutSlivers(TopologyPreservingSimplifier.Simplify(pair.Value, SimplifyDegrees))),
    }).ToList();
    File.WriteAllText(path, JsonSerializer.Serialize(new { type = "FeatureCollection", features }) + "\n");
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{features.Count} outlines written to {path} ({new FileInfo(path).Length / 1024} KB)"));
}

Geometry WithoutSlivers(Geometry geometry)
{
    var kept = Enumerable.Range(0, geometry.NumGeometries).Select(geometry.GetGeometryN).OfType<Polygon>()
        .Where(p => p.Area >= SliverSquareDegrees)
        .Select(p => factory.CreatePolygon((LinearRing)p.ExteriorRing, [.. p.InteriorRings.Where(hole => factory.CreatePolygon((LinearRing)hole).Area >= SliverSquareDegrees).Cast<LinearRing>()]))
        .ToArray();
    return factory.CreateMultiPolygon(kept);
}

static object GeoJson(Geometry geometry)
{
    static double[][] Ring(LineString ring) => [.. ring.Coordinates.Select(c => new[] { Math.Round(c.X, 3), Math.Round(c.Y, 3) })];
    static double[][][] Polygon(Polygon polygon) => [Ring(polygon.ExteriorRing), .. polygon.InteriorRings.Select(Ring)];
    var polygons = Enumerable.Range(0, geometry.NumGeometries).Select(geometry.GetGeometryN).OfType<Polygon>().Where(p => !p.IsEmpty).ToList();
    return polygons.Count == 1
        ? new { type = "Polygon", coordinates = (object)Polygon(polygons[0]) }
        : new { type = "MultiPolygon", coordinates = (object)polygons.Select(Polygon).ToArray() };
}

/// <summary>The distance between two indexed settlements, in degrees: enough to find the nearest one.</summary>
internal sealed class PointDistance : IItemDistance<Envelope, Coordinate>
{
    public double Distance(IBoundable<Envelope, Coordinate> item1, IBoundable<Envelope, Coordinate> item2) => item1.Item.Distance(item2.Item);
}
