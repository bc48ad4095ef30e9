using Triangulate.Places;
using Triangulate.Storage;
using Triangulate.Web.Places;

namespace Triangulate.Tests.Web;

/// <summary>The offline map's settlement names, decided over the bundled gazetteer.</summary>
public sealed class MapLabelsTests
{
    private static readonly Lazy<MapLabels> Labels = new(() => new MapLabels(Gazetteer.LoadDefault().Places));
    private static readonly GeoBox Ukraine = new(44, 53, 22, 41);
    private static readonly GeoBox AroundToretsk = new(48.3, 48.5, 37.7, 38.0);

    [Fact]
    public void In_CountryAtZoomSix_NamesCitiesOnly()
    {
        var shown = Labels.Value.In(Ukraine, 6);

        Assert.Contains(shown, l => l.Name == "Kyiv");
        Assert.Contains(shown, l => l.Name == "Kharkiv");
        Assert.All(shown, l => Assert.Equal("city", l.Size));
    }

    [Fact]
    public void In_ZoomedInOnToretsk_NamesTheTownAndItsVillages()
    {
        var shown = Labels.Value.In(AroundToretsk, 12).Select(l => l.Name).ToList();

        Assert.Contains("Toretsk", shown);
        Assert.Contains("Shcherbynivka", shown);
        Assert.DoesNotContain("Toretsk", Labels.Value.In(AroundToretsk, 6).Select(l => l.Name));
    }

    [Fact]
    public void In_AnyZoom_KeepsEveryLabelShownAtTheZoomsCloserIn()
    {
        var far = Labels.Value.In(Ukraine, 8).Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
        var near = Labels.Value.In(Ukraine, 9).Select(l => l.Id).ToHashSet(StringComparer.Ordinal);

        Assert.Subset(near, far);
        Assert.True(near.Count > far.Count);
    }

    [Fact]
    public void In_OneZoom_NoTwoLabelsOverlap()
    {
        var shown = Labels.Value.In(new GeoBox(47.5, 49.5, 36.5, 39.5), 10);
        static (double X, double Y) Pixel(MapLabel l)
        {
            var scale = 256 * Math.Pow(2, 10);
            var sin = Math.Sin(l.Lat * Math.PI / 180);
            return ((l.Lon + 180) / 360 * scale, (0.5 - (Math.Log((1 + sin) / (1 - sin)) / (4 * Math.PI))) * scale);
        }

        var boxes = shown.Select(l => (Pixel(l), Width: 6 + (l.Name.Length * 6.5))).ToList();
        var overlapping = boxes.SelectMany((a, i) => boxes.Skip(i + 1).Where(b =>
            a.Item1.X < b.Item1.X + b.Width && b.Item1.X < a.Item1.X + a.Width && Math.Abs(a.Item1.Y - b.Item1.Y) < 15)).Count();
        Assert.Equal(0, overlapping);
    }
}
