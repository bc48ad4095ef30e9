using System.Collections.Frozen;
using Triangulate.Model;
using Triangulate.Pipeline;
using Triangulate.Places;

namespace Triangulate.Tests.Places;

/// <summary>Among namesakes the finder prefers the areas a report's sources usually report on, unless the report names an area.</summary>
[Collection(GazetteerCollection.Name)]
public sealed class UsualAreaTests(GazetteerFixture fixture)
{
    private const string KhersonOblast = "katottg:UA65000000000030969";
    private const string ZaporizhzhiaOblast = "katottg:UA23000000000064947";

    // Dated before the control maps begin, so that the front line does not weigh and the usual areas are what differs.
    private static Report Report(string text, string publisher = "test") =>
        new(null, publisher, null, new DateTimeOffset(2023, 3, 1, 0, 0, 0, TimeSpan.Zero), "uk", null, text, new InputLocation("test.txt"));

    private Place Resolved(string text, params string[] usualAreas)
    {
        var finder = new PlaceFinder(fixture.Gazetteer, _ => SourceContext.None with { UsualAreas = usualAreas.ToFrozenSet(StringComparer.Ordinal) });
        return Assert.Single(finder.Find(Report(text))).Place!;
    }

    [Fact]
    public void Find_ReportNamingNoArea_PrefersTheNamesakeInItsSourcesUsualArea()
    {
        const string text = "Окупанти обстріляли Михайлівку.";

        Assert.DoesNotContain(KhersonOblast, Resolved(text).Parents);
        Assert.Contains(KhersonOblast, Resolved(text, KhersonOblast).Parents);
    }

    [Fact]
    public void Find_AreaNamedInTheReport_OutweighsTheSourcesUsualArea()
    {
        var place = new PlaceFinder(fixture.Gazetteer, _ => SourceContext.None with { UsualAreas = new[] { KhersonOblast }.ToFrozenSet(StringComparer.Ordinal) })
            .Find(Report("Окупанти обстріляли Михайлівку в Запорізькій області.")).First().Place!;

        Assert.Contains(ZaporizhzhiaOblast, place.Parents);
    }

    [Fact]
    public void Analyze_RegionalAdministrationsReport_ResolvesToItsOblast()
    {
        var analysis = AnalyzerFactory.CreateDefault().Analyze(Report("Окупанти обстріляли Михайлівку.", "Херсонська обласна військова адміністрація"));

        Assert.Contains(KhersonOblast, Assert.Single(analysis.Places).Place!.Parents);
    }
}
