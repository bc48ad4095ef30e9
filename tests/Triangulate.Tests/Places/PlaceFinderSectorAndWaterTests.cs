using Triangulate.Model;

namespace Triangulate.Tests.Places;

/// <summary>Names that read as something other than a village of the same spelling: a sector's town, a city's locative, a sea, a river, a facility named for a town.</summary>
[Collection(GazetteerCollection.Name)]
public sealed class PlaceFinderSectorAndWaterTests(GazetteerFixture fixture)
{
    private Place? PlaceOf(string text, string surface, string language)
    {
        var start = text.IndexOf(surface, StringComparison.Ordinal);
        return Assert.Single(fixture.Find(text, language), m => m.Span.Start == start).Place;
    }

    [Theory]
    [InlineData("Волошин зазначив, що на Гуляйпільському напрямку проводилося перегрупування.", "Гуляйпільському", "uk", "Huliaipole")]
    [InlineData("Волошин отметил, что на Покровском направлении продолжаются бои.", "Покровском", "ru", "Pokrovsk")]
    [InlineData("Russian forces attacked in the Vremivske direction.", "Vremivske", "en", "Vremivka")]
    [InlineData("Fighting continued in the Pokrovske sector.", "Pokrovske", "en", "Pokrovsk")]
    [InlineData("З Херсонського напрямку ворог знімає підрозділи.", "Херсонського", "uk", "Kherson")]
    public void Find_AdjectiveBeforeASectorNoun_IsTheTownTheSectorIsNamedFor(string text, string surface, string language, string town)
    {
        Assert.Equal(town, PlaceOf(text, surface, language)?.Name);
    }

    [Fact]
    public void Find_AdjectivesListedBeforeOneSectorNoun_EachNameTheirTown()
    {
        const string text = "Найбільших втрат противник зазнав на Слов'янському, Бахмутському та Донецькому напрямках.";
        Assert.Equal("Sloviansk", PlaceOf(text, "Слов'янському", "uk")?.Name);
        Assert.Equal("Bakhmut", PlaceOf(text, "Бахмутському", "uk")?.Name);
    }

    [Fact]
    public void Find_SectorAdjectiveOfAnOblastWithoutATownOfItsName_IsTheOblast()
    {
        const string text = "На Волинському і Поліському напрямках противник активних дій не проводив.";
        Assert.Equal("Volyn Oblast", PlaceOf(text, "Волинському", "uk")?.Name);
    }

    [Theory]
    [InlineData("Від початку доби на Курському напрямку відбулося 13 бойових зіткнень.", "Курському", "uk", "Kursk Oblast")]
    [InlineData("С начала суток на Курском направлении произошло 13 боевых столкновений.", "Курском", "ru", "Kursk Oblast")]
    [InlineData("Обстрелы на Белгородском направлении продолжаются.", "Белгородском", "ru", "Belgorod Oblast")]
    public void Find_SectorAdjectiveOfATownAcrossTheBorder_IsItsRegion(string text, string surface, string language, string region)
    {
        Assert.Equal(region, PlaceOf(text, surface, language)?.Name);
    }

    [Fact]
    public void Find_VillageNamedLikeASectorAdjective_IsStillTheVillageWithoutASectorNoun()
    {
        const string text = "Окупанти обстріляли село Гуляйпільське.";
        Assert.Equal("Huliaipilske", PlaceOf(text, "Гуляйпільське", "uk")?.Name);
    }

    [Fact]
    public void Find_UkrainianLocativeOfLviv_IsTheCityNotTheVillageLvove()
    {
        Assert.Equal("Lviv", PlaceOf("Вранці у Львові пролунали вибухи.", "Львові", "uk")?.Name);
    }

    [Theory]
    [InlineData("Ворожих ракетоносіїв у Чорному морі не було.", "Чорному морі", "uk", "Black Sea")]
    [InlineData("В акватории Черного моря загорелся российский крейсер.", "Черного моря", "ru", "Black Sea")]
    [InlineData("Ships were seen in the Sea of Azov on Monday.", "Sea of Azov", "en", "Sea of Azov")]
    [InlineData("Damage to the dam on the Dnipro River flooded villages.", "Dnipro River", "en", "Dnipro River")]
    public void Find_SeaOrRiverNamedWithItsNoun_IsTheWaterBodyNotATownOfItsAdjective(string text, string surface, string language, string water)
    {
        var place = PlaceOf(text, surface, language);
        Assert.Equal(water, place?.Name);
        Assert.Equal(PlaceKind.Feature, place?.Kind);
    }

    [Theory]
    [InlineData("Бои идут на левом берегу Днепра.", "ru")]
    [InlineData("Shelling hit the east bank of the Dnipro overnight.", "en")]
    public void Find_CityNameAfterABank_IsTheRiverNotTheCityOfDnipro(string text, string language)
    {
        Assert.DoesNotContain(fixture.Find(text, language), m => m.Place?.Name == "Dnipro");
    }

    // Shaped on Shoigu's withdrawal from Kherson (Nov 2022), our own sentences: the river after a bank, in any case.
    [Theory]
    [InlineData("Российские войска отошли на левый берег Днепра.", "Днепра", "ru")]
    [InlineData("Російські війська відійшли на лівий берег Дніпра.", "Дніпра", "uk")]
    [InlineData("Russian troops withdrew to the east bank of the Dnieper.", "Dnieper", "en")]
    [InlineData("Shelling hit the east bank of the Dnipro overnight.", "Dnipro", "en")]
    public void Find_RiverNameAfterABank_IsTheRiver(string text, string surface, string language)
    {
        Assert.Equal("feature:dnipro-river", PlaceOf(text, surface, language)?.Id);
    }

    [Fact]
    public void Find_CityOfARiversNameWithNoBank_StaysTheCity()
    {
        Assert.Equal("Dnipro", PlaceOf("Вечером в Днепре прогремели взрывы.", "Днепре", "ru")?.Name);
    }

    // Facilities named for a town they do not lie in: the Kakhovka dam at Nova Kakhovka, 15 km downstream of Kakhovka;
    // the Zaporizhzhia nuclear plant at Enerhodar, 50 km from the city, under the press's shorter names too.
    [Theory]
    [InlineData("Russia and Ukraine traded accusations over damage to the Kakhovka dam.", "Kakhovka dam", "en", "feature:kakhovka-hpp", "Nova Kakhovka")]
    [InlineData("The Kremlin accused Kyiv of sabotaging the Kakhovka hydro-electric dam.", "Kakhovka hydro-electric dam", "en", "feature:kakhovka-hpp", "Nova Kakhovka")]
    [InlineData("Окупанти підірвали Каховську ГЕС.", "Каховську ГЕС", "uk", "feature:kakhovka-hpp", "Nova Kakhovka")]
    [InlineData("Россия обвинила Киев в подрыве Каховской ГЭС.", "Каховской ГЭС", "ru", "feature:kakhovka-hpp", "Nova Kakhovka")]
    [InlineData("Energoatom said Russia had shelled the Zaporizhia power plant.", "Zaporizhia power plant", "en", "feature:zaporizhzhia-npp", "Enerhodar")]
    [InlineData("The IAEA said the Zaporizhzhia nuclear plant lost power again.", "Zaporizhzhia nuclear plant", "en", "feature:zaporizhzhia-npp", "Enerhodar")]
    [InlineData("Drones hit the ZNPP training centre.", "ZNPP", "en", "feature:zaporizhzhia-npp", "Enerhodar")]
    [InlineData("Обстрел ЗАЭС продолжается.", "ЗАЭС", "ru", "feature:zaporizhzhia-npp", "Enerhodar")]
    public void Find_FacilityNamedForATown_IsTheFeatureInTheTownItLiesIn(string text, string surface, string language, string feature, string town)
    {
        var facility = PlaceOf(text, surface, language);
        Assert.Equal(feature, facility?.Id);
        Assert.EndsWith("/ " + town, facility?.AdminPath, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_BlackSeaFleet_IsAForceNotAPlace()
    {
        Assert.DoesNotContain(fixture.Find("Ukraine said Russia's Black Sea Fleet lost a ship.", "en"), m => m.Place?.Kind == PlaceKind.Feature);
    }

    [Fact]
    public void Find_RivneOblastByItsAdjective_IsRivneOblastHoldingRivne()
    {
        var oblast = PlaceOf("В Рівненській області палає нафтобаза.", "Рівненській", "uk");
        Assert.Equal("Rivne Oblast", oblast?.Name);
        var rivne = PlaceOf("Вибухи пролунали у Рівному.", "Рівному", "uk");
        Assert.Equal("Rivne", rivne?.Name);
        Assert.Contains(oblast!.Id, rivne!.Parents);
    }

    [Fact]
    public void Find_DativePluralOfSumy_IsSumy()
    {
        Assert.Equal("Sumy", PlaceOf("Российские войска продвинулись к Сумам.", "Сумам", "ru")?.Name);
    }

    [Fact]
    public void Find_TownAfterRegionOf_IsItsOblast()
    {
        const string text = "Drone debris in the southern region of Mykolaiv caused a fire.";
        Assert.Equal("Mykolaiv Oblast", PlaceOf(text, "Mykolaiv", "en")?.Name);
    }

    [Fact]
    public void Find_EnglishTownsListedBeforePluralDistricts_AreTheirRaions()
    {
        const string text = "Residents of Chuhuiv, Kharkiv, and Bohodukhiv districts are being evacuated.";
        Assert.Equal("Chuhuiv Raion", PlaceOf(text, "Chuhuiv", "en")?.Name);
        Assert.Equal("Kharkiv Raion", PlaceOf(text, "Kharkiv", "en")?.Name);
        Assert.Equal("Bohodukhiv Raion", PlaceOf(text, "Bohodukhiv", "en")?.Name);
    }
}
