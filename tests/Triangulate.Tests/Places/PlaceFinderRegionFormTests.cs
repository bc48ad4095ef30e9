using Triangulate.Places;

namespace Triangulate.Tests.Places;

/// <summary>
/// Forms of the names of Russia's border regions in Ukrainian and Russian reports (issue 13), and short words that open
/// a sentence: each must name the region, or no place.
/// </summary>
[Collection(GazetteerCollection.Name)]
public sealed class PlaceFinderRegionFormTests(GazetteerFixture fixture)
{
    private string? PlaceOf(string text, string surface, string language)
    {
        var start = text.IndexOf(surface, StringComparison.Ordinal);
        return Assert.Single(fixture.Find(text, language), m => m.Span.Start == start && m.Text == surface).Place?.Id;
    }

    [Fact]
    public void Find_RussianInstrumentalOfOblast_IsTheOblast()
    {
        Assert.Equal("region:ru-kursk", PlaceOf("Над Курской областью ночью сбиты два беспилотника.", "Курской областью", "ru"));
    }

    // GeoNames lists «Воронежская область» among the alternate names of the city of Voronezh.
    [Theory]
    [InlineData("В Воронежской области объявлена воздушная тревога.", "Воронежской области")]
    [InlineData("Воронежская область подверглась атаке беспилотников.", "Воронежская область")]
    public void Find_OblastNameASettlementAlsoBears_IsTheOblast(string text, string surface)
    {
        Assert.Equal("region:ru-voronezh", PlaceOf(text, surface, "ru"));
    }

    [Theory]
    [InlineData("Губернатор Краснодарского края сообщил о пожаре на нефтебазе.", "Краснодарского края", "ru")]
    [InlineData("В Краснодарском крае после атаки беспилотников горит нефтебаза.", "Краснодарском крае", "ru")]
    [InlineData("У Краснодарському краї після атаки дронів горить нафтобаза.", "Краснодарському краї", "uk")]
    public void Find_KraiInAnObliqueCase_IsTheKrai(string text, string surface, string language)
    {
        Assert.Equal("region:ru-krasnodar", PlaceOf(text, surface, language));
    }

    [Fact]
    public void ObliqueStemsOfNounInAi_AreTheStemsOfItsCasesWithoutTheY()
    {
        Assert.Equal(["кра", "кр"], PlaceText.ObliqueStemsOfNounInAi("край"));
        Assert.Empty(PlaceText.ObliqueStemsOfNounInAi("область"));
    }

    // The standard Ukrainian spelling is Бєлгород; the press often writes Білгород.
    [Theory]
    [InlineData("Вибухи пролунали у Білгородській області.", "Білгородській області")]
    [InlineData("Губернатор заявив, що на Білгородщині оголосили тривогу.", "Білгородщині")]
    public void Find_PressSpellingOfRussianRegion_IsTheRegion(string text, string surface)
    {
        Assert.Equal("region:ru-belgorod", PlaceOf(text, surface, "uk"));
    }

    // «Тим часом» (meanwhile) is no mention of Tim, a town in Kursk Oblast.
    [Fact]
    public void Find_ShortFunctionWordOpeningSentence_IsNotAPlace()
    {
        var mentions = fixture.Find("Ворог атакував позиції біля Часового Яру. Тим часом у Нікополі пролунали вибухи.", "uk");
        Assert.DoesNotContain(mentions, m => m.Text == "Тим");
    }

    [Fact]
    public void Find_ShortTownNameOpeningSentence_IsAPlaceTheReportNamesAgain()
    {
        var mentions = fixture.Find("Бар знову без світла. У Барі після атаки вимкнули електроенергію.", "uk");
        Assert.Contains(mentions, m => m.Text == "Бар");
    }
}
