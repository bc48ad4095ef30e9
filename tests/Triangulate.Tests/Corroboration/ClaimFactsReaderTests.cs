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

    [Fact]
    public void Read_ClaimReferringBackToTheMine_IsAtTheMineInItsTown()
    {
        // samples/text/2024-07-04-russia24-kimakovsky-toretsk-centre.md
        var facts = Read(
            "Штурмовые группы, вышедшие от шахты «Северная», продвинулись вдоль железнодорожной ветки, которая прикрывает северные подступы к городу. Другие подразделения от той же шахты прошли к центру и закрепились в квартале пятиэтажек.",
            "ru", claim => claim.Text.StartsWith("Другие подразделения", StringComparison.Ordinal));

        Assert.Equal(("feature:toretsk-pivnichna-mine", "osm:node/256613774"), (facts.Place?.Id, facts.Place?.Anchor));
    }

    private static ClaimFacts Read(string text) => Read(text, "uk", _ => true);

    private static ClaimFacts Read(string text, string language, Func<Claim, bool> which)
    {
        var report = new Report("r1", "Укрінформ", null, new DateTimeOffset(2024, 6, 10, 9, 0, 0, TimeSpan.Zero), language, null, text, new InputLocation("test", 1), []);
        var analysis = Analyzer.Analyze(report);
        var meta = new ClaimReport(1, report.ExternalId, report.Publisher, report.Language, report.Published, report.ContentHash, report.ForwardedFrom, analysis.Places);
        return Reader.Read(1, Assert.Single(analysis.Claims, claim => which(claim)), meta);
    }
}
