using System.Collections.Immutable;
using Triangulate.Model;
using Triangulate.Places.Evaluation;

namespace Triangulate.Tests.Places;

public sealed class PlaceEvaluatorTests
{
    private const string Line = """{"id": "t1", "language": "en", "text": "Shelling of Toretsk and Donetsk Oblast.", "places": [{"start": 12, "end": 19, "lat": 48.39705, "lon": 37.85014}, {"start": 24, "end": 38, "lat": 48.0159, "lon": 37.8028}]}""";

    private static Place Town(double lat, double lon) => new("osm:node/1", "Toretsk", PlaceKind.Settlement, lat, lon, "UA", [], []);

    private static PlaceMention Mention(int start, int end, Place place) => new(new Span(start, end), "", place, 1);

    [Fact]
    public void ReadGold_ReadsSpansAndPoints()
    {
        var set = PlaceEvaluator.ReadGold(Line);

        var text = Assert.Single(set.Texts);
        Assert.Equal([new Span(12, 19), new Span(24, 38)], text.Places.Select(p => p.Span));
    }

    [Fact]
    public void Score_MissedAndSpuriousMentions_LowerRecallAndPrecision()
    {
        var gold = PlaceEvaluator.ReadGold(Line).Texts[0];
        ImmutableArray<PlaceMention> found = [Mention(12, 19, Town(48.39705, 37.85014)), Mention(0, 8, Town(48.0, 37.0))];

        var scores = PlaceEvaluator.Score([(gold, found)], misses: null);

        Assert.Equal(0.5, scores.Precision);
        Assert.Equal(0.5, scores.Recall);
        Assert.Equal(1.0, scores.Within1Km);
    }

    [Fact]
    public void Score_AreaWhoseExtentReachesTheGoldPoint_CountsAsResolved()
    {
        var gold = PlaceEvaluator.ReadGold(Line).Texts[0];
        var oblast = new Place("katottg:UA14000000000091971", "Donetsk Oblast", PlaceKind.AdminArea, 48.1, 37.8, "UA", [], [], RadiusKm: 120);

        var scores = PlaceEvaluator.Score([(gold, [Mention(24, 38, oblast)])], misses: null);

        Assert.Equal(1.0, scores.Within1Km);
    }

    [Fact]
    public void Score_SettlementTenKilometresOff_IsWithin25ButNot5()
    {
        var gold = PlaceEvaluator.ReadGold(Line).Texts[0];
        var misses = new List<PlaceMiss>();

        var scores = PlaceEvaluator.Score([(gold, [Mention(12, 19, Town(48.48705, 37.85014))])], misses);

        Assert.Equal(0.0, scores.Within5Km);
        Assert.Equal(1.0, scores.Within25Km);
        Assert.Contains(misses, m => m.Kind == "misresolved");
    }
}
