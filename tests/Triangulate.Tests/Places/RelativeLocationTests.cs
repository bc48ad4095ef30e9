using Triangulate.Model;
using static Triangulate.Tests.Places.GazetteerFixture;

namespace Triangulate.Tests.Places;

/// <summary>The words before a place that put something relative to it, read in the three languages.</summary>
[Collection(GazetteerCollection.Name)]
public sealed class RelativeLocationTests(GazetteerFixture fixture)
{
    private PlaceMention Mention(string text, string surface, string language)
    {
        var start = text.IndexOf(surface, StringComparison.Ordinal);
        return Assert.Single(fixture.Find(text, language), m => m.Span.Start == start);
    }

    private static string Words(string text, PlaceMention mention) => mention.Relation!.Span.Slice(text);

    [Fact]
    public void Find_DecimalDistanceBeforeDirection_KeepsTheWholeNumber()
    {
        const string text = "Russian units advanced about 1.45 km into the forest belt south of Ivanivske.";
        var mention = Mention(text, "Ivanivske", "en");

        Assert.Equal((1.45, 180.0), (mention.Relation?.DistanceKm, mention.Relation?.BearingDegrees));
        Assert.Equal("about 1.45 km into the forest belt south of Ivanivske", Words(text, mention));
    }

    [Fact]
    public void Find_UkrainianDistanceWithTwoWordDirection_ReadsDistanceAndBearing()
    {
        const string text = "Бої точаться за 3 км на південний схід від Торецька.";
        var mention = Mention(text, "Торецька", "uk");

        Assert.Equal((Toretsk, 3.0, 135.0), (mention.Place?.Id, mention.Relation?.DistanceKm, mention.Relation?.BearingDegrees));
        Assert.Equal("за 3 км на південний схід від Торецька", Words(text, mention));
    }

    [Fact]
    public void Find_UkrainianDirection_SpanStartsAtItsPreposition()
    {
        const string text = "Бої на південь від Часового Яру.";

        Assert.Equal("на південь від Часового Яру", Words(text, Mention(text, "Часового Яру", "uk")));
    }

    [Fact]
    public void Find_FromUnderAPlace_IsNearIt()
    {
        const string text = "Противник перебрасывает резервы из-под Часова Яра.";
        var mention = Mention(text, "Часова Яра", "ru");

        Assert.Equal((ChasivYar, "near"), (mention.Place?.Id, mention.Relation?.Relation));
        Assert.Equal("из-под Часова Яра", Words(text, mention));
    }

    [Fact]
    public void Find_RelationWordAfterAnOpeningQuote_IsRead()
    {
        const string text = "Мешканці кажуть: «Під Бахмутом триває бій».";
        var mention = Mention(text, "Бахмутом", "uk");

        Assert.Equal((Bakhmut, "near"), (mention.Place?.Id, mention.Relation?.Relation));
        Assert.Equal("Під Бахмутом", Words(text, mention));
    }

    [Fact]
    public void Find_DirectionWordEndsAnotherWord_IsOnlyTheDirection()
    {
        const string text = "Склад на трассе Бахмут - Краматорск западнее Торецка уничтожен.";

        Assert.Equal("западнее Торецка", Words(text, Mention(text, "Торецка", "ru")));
    }

    [Fact]
    public void Find_DistanceAfterThePlace_IsTheDistance()
    {
        const string text = "Fighting continued south of Toretsk, up to about 1.5 km, on Tuesday.";

        Assert.Equal(1.5, Mention(text, "Toretsk", "en").Relation?.DistanceKm);
    }

    [Fact]
    public void Find_DirectionInThePreviousSentence_IsNoRelation()
    {
        const string text = "The column turned south. Toretsk was shelled overnight.";
        var mention = Mention(text, "Toretsk", "en");

        Assert.Null(mention.Relation);
        Assert.Equal(PlacePrecision.Exact, mention.Precision);
    }

    [Theory]
    [InlineData("Units held positions close to Pokrovsk.", "close to Pokrovsk")]
    [InlineData("Shelling on the outskirts of Pokrovsk continued.", "on the outskirts of Pokrovsk")]
    public void Find_EnglishNearnessWords_AreRead(string text, string words)
    {
        var mention = Mention(text, "Pokrovsk", "en");

        Assert.Equal((Pokrovsk, PlacePrecision.NearPlace), (mention.Place?.Id, mention.Precision));
        Assert.Equal(words, Words(text, mention));
    }
}
