using Triangulate.Storage;
using static Triangulate.Tests.Storage.LedgerFixtures;

namespace Triangulate.Tests.Storage;

public sealed class GeoDistanceTests
{
    [Fact]
    public void HaversineKm_ToretskToChasivYar_IsAboutTwentyOneKilometres()
    {
        var distance = GeoDistance.HaversineKm(Toretsk.Lat, Toretsk.Lon, ChasivYar.Lat, ChasivYar.Lon);

        Assert.InRange(distance, 20.8, 21.6);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(45)]
    [InlineData(90)]
    [InlineData(135)]
    [InlineData(180)]
    [InlineData(270)]
    public void BoundingBox_PointAtTheRadius_LiesInside(double bearingDegrees)
    {
        const double radiusKm = 30;
        var (lat, lon) = Destination(Toretsk.Lat, Toretsk.Lon, bearingDegrees, radiusKm * 0.999);

        var box = GeoDistance.BoundingBox(Toretsk.Lat, Toretsk.Lon, radiusKm);

        Assert.True(box.MinLat <= lat && lat <= box.MaxLat && box.MinLon <= lon && lon <= box.MaxLon, $"{lat},{lon} outside {box}");
    }

    [Fact]
    public void BoundingBox_AcrossTheAntimeridian_CoversAllLongitudes()
    {
        var box = GeoDistance.BoundingBox(64.7, 179.9, 50);

        Assert.Equal((-180.0, 180.0), (box.MinLon, box.MaxLon));
    }

    private static (double Lat, double Lon) Destination(double lat, double lon, double bearingDegrees, double distanceKm)
    {
        var angular = distanceKm / GeoDistance.EarthRadiusKm;
        var bearing = bearingDegrees * Math.PI / 180;
        var lat1 = lat * Math.PI / 180;
        var lon1 = lon * Math.PI / 180;
        var lat2 = Math.Asin((Math.Sin(lat1) * Math.Cos(angular)) + (Math.Cos(lat1) * Math.Sin(angular) * Math.Cos(bearing)));
        var lon2 = lon1 + Math.Atan2(Math.Sin(bearing) * Math.Sin(angular) * Math.Cos(lat1), Math.Cos(angular) - (Math.Sin(lat1) * Math.Sin(lat2)));
        return (lat2 * 180 / Math.PI, lon2 * 180 / Math.PI);
    }
}
