namespace Triangulate.Storage;

/// <summary>A latitude/longitude box, inclusive, used to prefilter spatial indexes before the exact distance.</summary>
public readonly record struct GeoBox(double MinLat, double MaxLat, double MinLon, double MaxLon);

/// <summary>Great-circle distances on a spherical Earth: accurate to about 0.5 %, enough for "claims within 10 km".</summary>
public static class GeoDistance
{
    public const double EarthRadiusKm = 6371.0088;

    public static double HaversineKm(double lat1, double lon1, double lat2, double lon2)
    {
        var dLat = DegreesToRadians(lat2 - lat1);
        var dLon = DegreesToRadians(lon2 - lon1);
        var a = Math.Pow(Math.Sin(dLat / 2), 2)
            + (Math.Cos(DegreesToRadians(lat1)) * Math.Cos(DegreesToRadians(lat2)) * Math.Pow(Math.Sin(dLon / 2), 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>
    /// A box that holds every point within <paramref name="radiusKm"/> of the centre. Near a pole or across the
    /// antimeridian it widens to all longitudes rather than wrap: a looser prefilter, never a missed point.
    /// </summary>
    public static GeoBox BoundingBox(double lat, double lon, double radiusKm)
    {
        var dLat = radiusKm / EarthRadiusKm * (180 / Math.PI);
        var minLat = Math.Max(-90, lat - dLat);
        var maxLat = Math.Min(90, lat + dLat);
        var cosLat = Math.Cos(DegreesToRadians(Math.Max(Math.Abs(minLat), Math.Abs(maxLat))));
        var dLon = cosLat <= 1e-9 ? 360 : Math.Asin(Math.Min(1, Math.Sin(radiusKm / EarthRadiusKm) / cosLat)) * (180 / Math.PI);
        return lon - dLon < -180 || lon + dLon > 180 || dLon >= 90
            ? new GeoBox(minLat, maxLat, -180, 180)
            : new GeoBox(minLat, maxLat, lon - dLon, lon + dLon);
    }

    private static double DegreesToRadians(double degrees) => degrees * (Math.PI / 180);
}
