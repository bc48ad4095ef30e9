using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.IO.Converters;
using Triangulate.Model;

namespace Triangulate.Corroboration.Evidence;

/// <summary>What reading a control-map file gave: the map, or why the file was not one.</summary>
public sealed record ControlMapRead(ControlMap? Map, string? Problem);

/// <summary>Reads control maps from files named like <c>deepstatemap_data_20240801.geojson</c> (the date is in the name).</summary>
public static class ControlMapFiles
{
    public static IEnumerable<ControlMapRead> ReadDirectory(string directory) =>
        Directory.EnumerateFiles(directory, "*.geojson").Order(StringComparer.Ordinal).Select(Read);

    public static ControlMapRead Read(string path)
    {
        var name = Path.GetFileName(path);
        var digits = new string(Path.GetFileNameWithoutExtension(path).Where(char.IsAsciiDigit).ToArray());
        if (digits.Length < 8 || !DateOnly.TryParseExact(digits[^8..], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return new ControlMapRead(null, $"{name}: no yyyyMMdd date in the file name");
        }
        var text = File.ReadAllText(path);
        try
        {
            _ = ControlMapIndex.ParseGeometry(text);
        }
        catch (JsonException ex)
        {
            return new ControlMapRead(null, $"{name}: not GeoJSON ({ex.Message})");
        }
        return new ControlMapRead(new ControlMap(name, date, text), null);
    }
}

/// <summary>Control maps parsed and prepared for point-in-polygon tests, in date order.</summary>
public sealed class ControlMapIndex
{
    private static readonly JsonSerializerOptions GeoJsonOptions = new() { Converters = { new GeoJsonConverterFactory() } };

    private readonly ImmutableArray<(ControlMap Map, IPreparedGeometry Area)> maps;

    public ControlMapIndex(IEnumerable<ControlMap> maps)
    {
        this.maps = [.. maps.OrderBy(m => m.Date).ThenBy(m => m.Name, StringComparer.Ordinal)
            .Select(m => (m, PreparedGeometryFactory.Prepare(ParseGeometry(m.GeoJson))))];
    }

    public static ControlMapIndex Empty { get; } = new([]);

    public bool IsEmpty => maps.IsEmpty;

    /// <summary>The maps dated within [from, to], each with whether it shows the point inside the occupied area.</summary>
    public IEnumerable<(ControlMap Map, bool Inside)> Between(DateOnly from, DateOnly to, double lat, double lon)
    {
        var point = new Point(lon, lat);
        return maps.Where(m => m.Map.Date >= from && m.Map.Date <= to).Select(m => (m.Map, m.Area.Covers(point)));
    }

    /// <summary>The first map dated on or after <paramref name="date"/>, with whether it shows the point occupied.</summary>
    public (ControlMap Map, bool Inside)? FirstFrom(DateOnly date, double lat, double lon)
    {
        var point = new Point(lon, lat);
        foreach (var (map, area) in maps)
        {
            if (map.Date >= date)
            {
                return (map, area.Covers(point));
            }
        }
        return null;
    }

    internal static Geometry ParseGeometry(string geoJson)
    {
        using var document = JsonDocument.Parse(geoJson);
        var type = document.RootElement.TryGetProperty("type", out var t) ? t.GetString() : null;
        var factory = NetTopologySuite.NtsGeometryServices.Instance.CreateGeometryFactory(4326);
        switch (type)
        {
            case "FeatureCollection":
                var collection = JsonSerializer.Deserialize<FeatureCollection>(geoJson, GeoJsonOptions) ?? [];
                return factory.BuildGeometry(collection.Select(f => f.Geometry).Where(g => g is not null)).Union();
            case "Feature":
                return JsonSerializer.Deserialize<IFeature>(geoJson, GeoJsonOptions)?.Geometry ?? factory.CreateGeometryCollection();
            default:
                return JsonSerializer.Deserialize<Geometry>(geoJson, GeoJsonOptions) ?? factory.CreateGeometryCollection();
        }
    }
}
