using Triangulate.Claims;
using Triangulate.Corroboration;
using Triangulate.Model;
using Triangulate.Pipeline;

namespace Triangulate.Tests.Corroboration;

public class ClaimFactsReaderTests
{
    private static readonly ReportAnalyzer Analyzer = AnalyzerFactory.CreateDefault();
    private static readonly ClaimFactsReader Reader = new(SourceRegistry.LoadDefault());

    [Fact]
    public void Read_SpokesmanNamedLikeAVillage_TakesThePlaceTheClaimIsAbout()
    {
        var facts = Read("Речник ОСУВ «Хортиця» Назар Волошин повідомив, що українські захисники відбили шість атак поблизу Часового Яру.");

        Assert.Equal(("voloshyn", "Chasiv Yar"), (facts.Origin.Key, facts.Place?.Name));
    }

    private static ClaimFacts Read(string text)
    {
        var report = new Report("r1", "Укрінформ", null, new DateTimeOffset(2024, 6, 10, 9, 0, 0, TimeSpan.Zero), "uk", null, text, new InputLocation("test", 1), []);
        var analysis = Analyzer.Analyze(report);
        var meta = new ClaimReport(1, report.ExternalId, report.Publisher, report.Language, report.Published, report.ContentHash, report.ForwardedFrom, analysis.Places);
        return Reader.Read(1, Assert.Single(analysis.Claims), meta);
    }
}
