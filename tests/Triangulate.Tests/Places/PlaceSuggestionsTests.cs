using Triangulate.Places;

namespace Triangulate.Tests.Places;

/// <summary>Places offered as a name is typed on the desk, over the bundled gazetteer.</summary>
public sealed class PlaceSuggestionsTests
{
    private static readonly Lazy<PlaceSuggestions> Suggestions = new(() => new PlaceSuggestions(Gazetteer.LoadDefault()));
    private const string Toretsk = "osm:node/256613774";

    [Theory]
    [InlineData("Dzerzhinsk")]
    [InlineData("Торецк")]
    [InlineData("Дзержинськ")]
    [InlineData("Toretsk")]
    public void Suggest_AnySpellingOfToretsk_OffersToretskFirst(string typed)
    {
        Assert.Equal(Toretsk, Suggestions.Value.Suggest(typed, 5)[0].Place.Id);
    }

    [Fact]
    public void Suggest_TheStartOfAName_OffersThePlacesItBegins()
    {
        var offered = Suggestions.Value.Suggest("Toret", 5);

        Assert.Contains(offered, s => s.Place.Id == Toretsk);
        Assert.All(offered, s => Assert.StartsWith("toret", s.Matched, StringComparison.Ordinal));
    }

    [Fact]
    public void Suggest_OneLetter_OffersNothing()
    {
        Assert.Empty(Suggestions.Value.Suggest("T", 5));
    }
}
