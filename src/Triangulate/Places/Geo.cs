namespace Triangulate.Places;

/// <summary>Great-circle arithmetic on a spherical Earth; metre-level error is far below what reports state.</summary>
internal static class Geo
{
    private const double EarthRadiusKm = 6371.0;

    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        var sinHalfLat = Math.Sin(Radians(lat2 - lat1) / 2);
        var sinHalfLon = Math.Sin(Radians(lon2 - lon1) / 2);
        var a = (sinHalfLat * sinHalfLat) + (Math.Cos(Radians(lat1)) * Math.Cos(Radians(lat2)) * (sinHalfLon * sinHalfLon));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>The point reached by going <paramref name="distanceKm"/> from a point along a compass bearing.</summary>
    public static (double Lat, double Lon) Offset(double lat, double lon, double bearingDegrees, double distanceKm)
    {
        var angular = distanceKm / EarthRadiusKm;
        var bearing = Radians(bearingDegrees);
        var lat1 = Radians(lat);
        var lon1 = Radians(lon);
        var lat2 = Math.Asin((Math.Sin(lat1) * Math.Cos(angular)) + (Math.Cos(lat1) * Math.Sin(angular) * Math.Cos(bearing)));
        var lon2 = lon1 + Math.Atan2(Math.Sin(bearing) * Math.Sin(angular) * Math.Cos(lat1), Math.Cos(angular) - (Math.Sin(lat1) * Math.Sin(lat2)));
        return (Degrees(lat2), Degrees(lon2));
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;

    private static double Degrees(double radians) => radians * 180 / Math.PI;
}
