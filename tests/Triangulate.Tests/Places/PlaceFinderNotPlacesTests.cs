using Triangulate.Model;
using Triangulate.Places;
using static Triangulate.Tests.Places.GazetteerFixture;

namespace Triangulate.Tests.Places;

/// <summary>Words the finder must not take for places (surnames, weapons, bodies, rivers), and features named in lower case.</summary>
[Collection(GazetteerCollection.Name)]
public sealed class PlaceFinderNotPlacesTests(GazetteerFixture fixture)
{
    private const string PivnichnaMine = "feature:toretsk-pivnichna-mine";
    private const string TsentralnaMine = "feature:toretsk-tsentralna-mine";

    private IReadOnlyList<string> Written(string text, string language) => [.. fixture.Find(text, language).Select(m => m.Text)];

    [Fact]
    public void Find_SurnameAfterFirstName_IsNotAVillage()
    {
        Assert.DoesNotContain("Волошин", Written("Ввечері Назар Волошин повідомив про бої біля Торецька.", "uk"));
    }

    [Fact]
    public void Find_SurnameSeenWithFirstName_IsNotAVillageWhenItRecurs()
    {
        var written = Written("Сергій Добряк закликав мешканців Покровська виїхати. «Ситуація складна», — додав Добряк.", "uk");
        Assert.DoesNotContain("Добряк", written);
    }

    [Fact]
    public void Find_SurnameAfterFirstName_OutranksSettlementWordBeforeIt()
    {
        Assert.DoesNotContain("Приходько", Written("Со слов мэра города Ивана Приходько, пострадавших нет.", "ru"));
    }

    [Fact]
    public void Find_SurnameAfterRoleWord_IsNotAVillage()
    {
        Assert.DoesNotContain("Волошин", Written("Про це заявив речник Волошин у телемарафоні.", "uk"));
    }

    [Fact]
    public void Find_PlaceAfterRoleWord_InGenitive_StaysAPlace()
    {
        Assert.Contains("Горловки", Written("По словам мэра Горловки, обстрел длился час.", "ru"));
    }

    [Fact]
    public void Find_FirstNameAlone_IsNotAVillage()
    {
        Assert.DoesNotContain("Serhii", Written("Serhii Lysak said three houses in Nikopol were hit.", "en"));
    }

    // The Russian Defence Ministry's lists of losses, as TASS and Sputnik carry them (2024).
    [Theory]
    [InlineData("The enemy lost a tank, two Kozak armored fighting vehicles and a Bogdana self-propelled howitzer near Kupyansk.", "Kozak", "en")]
    [InlineData("The enemy lost a tank, two Kozak armored fighting vehicles and a Bogdana self-propelled howitzer near Kupyansk.", "Bogdana", "en")]
    [InlineData("Уничтожены танк и два бронеавтомобиля «Козак» в районе Купянска.", "Козак", "ru")]
    public void Find_WeaponModelBesideItsNoun_IsNotAVillage(string text, string model, string language)
    {
        var written = Written(text, language);
        Assert.DoesNotContain(model, written);
        Assert.Contains(written, name => name.StartsWith("Куп", StringComparison.Ordinal) || name == "Kupyansk");
    }

    [Fact]
    public void Find_RocketSystemInQuotes_IsNotAVillage()
    {
        Assert.DoesNotContain("Град", Written("Вечером Херсон обстреляли из РСЗО «Град».", "ru"));
    }

    // data/real/reports.jsonl, real-0047 (molva33.ru), shortened: «Таврия» is the grouping's name, Tavriia a village.
    [Fact]
    public void Find_QuotedGroupingNameAfterAnotherWord_IsNotAPlace()
    {
        var found = Written("По данным Укринформа, ссылающегося на командующего группировкой ВСУ “Таврия” Александра Тарнавского, украинские войска отходят из Авдеевки.", "ru");

        Assert.DoesNotContain("Таврия", found);
        Assert.Contains("Авдеевки", found);
    }

    [Theory]
    [InlineData("Речник ОТУ «Луганськ» повідомив про бої біля Бахмута.", "Луганськ")]
    [InlineData("Речник угруповання Сил оборони \"Хортиця\" повідомив про бої біля Бахмута.", "Хортиця")]
    public void Find_QuotedGroupingNameInUkrainian_IsNotAPlace(string text, string grouping)
    {
        var found = Written(text, "uk");

        Assert.DoesNotContain(grouping, found);
        Assert.Contains("Бахмута", found);
    }

    // Shaped on data/real/reports.jsonl, real-0268 and real-0269 (our own sentences): the cruiser's class «Атлант» and
    // its crew's ship "Москвы" are ships named after places, not Atlanta and Moscow.
    [Theory]
    [InlineData("«Москва» — головной корабль проекта 1164 «Атлант» Черноморского флота.", "ru", "Атлант")]
    [InlineData("Численность экипажа \"Москвы\" составляет около 500 человек.", "ru", "Москвы")]
    [InlineData("Увесь екіпаж «Москви» евакуювали, повідомили в Міноборони РФ.", "uk", "Москви")]
    public void Find_ShipNamedByItsClassOrCrew_IsNotAPlace(string text, string language, string ship)
    {
        Assert.DoesNotContain(ship, Written(text, language));
    }

    [Fact]
    public void Find_QuotedPlaceFarFromAGroupingWord_StaysAPlace()
    {
        Assert.Contains("Таврия", Written("Группировка войск «Центр» в этот день не действовала, а в селе «Таврия» прошли обыски.", "ru"));
    }

    [Fact]
    public void Find_DefenceForcesInUkrainian_IsNotAVillage()
    {
        Assert.DoesNotContain("Сил", Written("Біля Куп'янська позиції Сил оборони зазнали ударів.", "uk"));
    }

    [Fact]
    public void Find_Parliament_IsNotAVillage()
    {
        Assert.DoesNotContain("Верховная", Written("Закон о переименовании Верховная рада приняла в мае.", "ru"));
    }

    [Fact]
    public void Find_HalfOfHyphenatedDistrict_IsNotAVillage()
    {
        Assert.DoesNotContain("Городском", Written("Снаряд попал в дом в Центрально-Городском районе Макеевки.", "ru"));
    }

    [Fact]
    public void Find_RiverName_IsNotASettlement()
    {
        var written = Written("Штурмовики вышли к реке Кривой Торец южнее Константиновки.", "ru");
        Assert.DoesNotContain("Кривой", written);
        Assert.DoesNotContain("Торец", written);
    }

    [Fact]
    public void Find_CityAsCommonNounAfterPreviousSentence_IsNotAVillage()
    {
        Assert.DoesNotContain("Город", Written("Бои за Часов Яр идут с весны. Город разрушен почти полностью.", "ru"));
    }

    [Fact]
    public void Find_MineInRussianGenitive_IsThePivnichnaMine()
    {
        var mention = Assert.Single(fixture.Find("Десантники закрепились западнее шахты «Северная».", "ru"), m => m.Place?.Kind == PlaceKind.Feature);
        Assert.Equal(PivnichnaMine, mention.Place?.Id);
    }

    [Fact]
    public void Find_MineInUkrainian_IsThePivnichnaMine()
    {
        var mention = Assert.Single(fixture.Find("Окупанти накопичують піхоту біля шахти «Північна».", "uk"), m => m.Place?.Kind == PlaceKind.Feature);
        Assert.Equal(PivnichnaMine, mention.Place?.Id);
    }

    [Fact]
    public void Find_CentralMine_IsTheTsentralnaMine()
    {
        var mention = Assert.Single(fixture.Find("Бои продолжаются в районе шахты «Центральная».", "ru"));
        Assert.Equal(TsentralnaMine, mention.Place?.Id);
    }

    [Fact]
    public void Find_FormerNameBesideCurrentName_IsTheSamePlace()
    {
        var mention = Assert.Single(fixture.Find("Под Ивановским (бывшее Красное) идут позиционные бои.", "ru"), m => m.Text == "Красное");
        Assert.Equal(IvanivskeNearChasivYar, mention.Place?.Id);
    }

    // A TASS report's shape (tass.com, 2023): a name read through a Lugansk dateline and a speaker's title from Luhansk
    // Oblast, and given as Bakhmut's other name in the same sentence; Kypuche (Luhansk Oblast) was Artemivsk until 2016.
    [Fact]
    public void Find_FormerNameGivenBesideCurrentName_OutranksNamesakeInsideTheAreaNamed()
    {
        const string text = "LUGANSK, May 22. /TASS/. The Ukrainian command has redeployed the remnants of its forces in Artyomovsk "
            + "(called Bakhmut by Ukraine) to other directions, Lugansk People's Republic (LPR) militia officer Andrey Marochko told TASS.";
        var mention = Assert.Single(fixture.Find(text, "en"), m => m.Text == "Artyomovsk");
        Assert.Equal(Bakhmut, mention.Place?.Id);
    }

    [Theory]
    [InlineData("The strike carried out on the Shevchenkivsky district of Kharkiv killed one person.", "Shevchenkivsky", "en")]
    [InlineData("Russian troops fired on the Dniprovskyi and Korabelnyi districts of Kherson from the left bank.", "Dniprovskyi", "en")]
    [InlineData("The enemy attacked residential areas of the Dniprovskyi and Korabelnyi districts of the city.", "Dniprovskyi", "en")]
    [InlineData("A guided bomb hit Kharkiv’s Shevchenkivskyi district overnight.", "Shevchenkivskyi", "en")]
    [InlineData("Four people were injured during shelling of the Kirovsky district in the western part of Donetsk.", "Kirovsky", "en")]
    [InlineData("It hit a market in the Kirovsky District, in the south-western part of the city, during its busiest hour.", "Kirovsky", "en")]
    [InlineData("Two people were killed in the city's northern Kievsky district, officials said.", "Kievsky", "en")]
    [InlineData("Уламки впали у Шевченківському районі Харкова.", "Шевченківському", "uk")]
    [InlineData("ВСУ обстреляли Кировский район Донецка.", "Кировский", "ru")]
    public void Find_CityDistrict_IsNotAVillageOfItsAdjective(string text, string district, string language)
    {
        Assert.DoesNotContain(district, Written(text, language));
    }

    [Theory]
    [InlineData("Shelling hit the Kramatorskyi district of Donetsk Oblast.", "Kramatorskyi district", "en")]
    [InlineData("Обстріляли громади у Покровському районі Донецької області.", "Покровському районі", "uk")]
    [InlineData("Shelling hit the Kramatorskyi district in the Donetsk region.", "Kramatorskyi district", "en")]
    public void Find_RaionNamedWithItsOblast_StaysARaion(string text, string raion, string language)
    {
        Assert.Contains(fixture.Find(text, language), m => m.Text == raion && m.Place?.Kind == PlaceKind.AdminArea);
    }

    [Fact]
    public void Find_RussianSpellingOfVuhledar_IsVuhledar()
    {
        var mention = Assert.Single(fixture.Find("Колонна техники вышла из Угледара утром.", "ru"));
        Assert.Equal("Vuhledar", mention.Place?.Name);
    }

    [Fact]
    public void Find_RussianSpellingOfVovchansk_InKharkivContext_IsVovchansk()
    {
        var mention = Assert.Single(fixture.Find("Бои у Волчанска Харьковской области не стихают.", "ru"), m => m.Text == "Волчанска");
        Assert.Equal("Vovchansk", mention.Place?.Name);
    }

    [Fact]
    public void Find_NewYorkInToretskReport_IsNiuYork()
    {
        var mention = Assert.Single(fixture.Find("Fighting continued on the southern edge of Toretsk and in New York overnight.", "en"), m => m.Text == "New York");
        Assert.Equal(NiuYork, mention.Place?.Id);
    }

    [Fact]
    public void Find_EventNounOpeningSentence_IsNotAVillage()
    {
        Assert.DoesNotContain("Пожежа", Written("Пожежа на нафтобазі поблизу Василькова тривала всю ніч.", "uk"));
    }

    [Fact]
    public void Find_RussianEventNounOpeningSentence_IsNotAVillage()
    {
        Assert.DoesNotContain("Пожар", Written("Ночью был обстрел. Пожар на складе под Краматорском потушили к утру.", "ru"));
    }

    [Fact]
    public void Find_EventNounAfterVillageWord_IsAVillage()
    {
        Assert.Contains("Пожежа", Written("Снаряд влучив у будинок у селі Пожежа на Сумщині.", "uk"));
    }

    [Fact]
    public void Find_BareNewYorkInRussianWarReport_IsNiuYork()
    {
        var mention = Assert.Single(fixture.Find("По данным военных, в Нью-Йорке бои идут уже на юге поселка.", "ru"), m => m.Text == "Нью-Йорке");
        Assert.Equal(NiuYork, mention.Place?.Id);
    }

    [Fact]
    public void Find_NewYorkInWarReportAboutTheUnitedStates_IsTheUsCity()
    {
        var mention = Assert.Single(fixture.Find("Після обстрілу Харкова Зеленський вилетів до Нью-Йорка на Генасамблею ООН.", "uk"), m => m.Text == "Нью-Йорка");
        Assert.Equal("US", mention.Place?.CountryCode);
    }

    [Fact]
    public void Find_ForeignTownWithItsRegionInWarReport_StaysAbroad()
    {
        var mention = Assert.Single(fixture.Find("Drones hit a plant in Dzerzhinsk, Nizhny Novgorod region, overnight.", "en"), m => m.Text == "Dzerzhinsk");
        Assert.Equal("RU", mention.Place?.CountryCode);
    }

    [Fact]
    public void Find_GroupOfForcesNamedAfterIsland_IsNotAPlace()
    {
        Assert.DoesNotContain("Khortytsia", Written("A statement by the Khortytsia group of forces denied the loss of Toretsk.", "en"));
    }

    [Fact]
    public void Find_NamesInsideSourceNames_AreNotPlaces()
    {
        var text = "The Kyiv Independent reported shelling of Kherson.";
        var outlet = new Span(text.IndexOf("Kyiv Independent", StringComparison.Ordinal), text.IndexOf(" reported", StringComparison.Ordinal));
        var finder = new PlaceFinder(fixture.Gazetteer, _ => SourceContext.None with { SourceNames = [outlet] });
        var mentions = finder.Find(new Report(null, "test", null, null, "en", null, text, new InputLocation("test.txt")));
        Assert.Equal(["Kherson"], mentions.Select(m => m.Text));
    }

    // data/real/gold-dev.jsonl, real-0309 (TASS), shortened: "Russian" shares the Latin key of the village Rusyn, and a
    // settlement word ends the clause before it.
    [Fact]
    public void Find_EnglishWordAfterSettlementWordAndComma_IsNotAVillage()
    {
        Assert.DoesNotContain("Russian", Written("After conducting building sweeps in the settlement, Russian troops unfurled national flags.", "en"));
    }

    [Fact]
    public void Find_CommonWordAfterAbbreviatedSettlementWord_IsAVillage()
    {
        Assert.Contains("Мирне", Written("Ворог обстріляв с. Мирне, повідомили в ОВА.", "uk"));
    }

    // real-0130 (RIA, shortened): an operational-tactical group named for a town (ОТГ «Северск», «Краматорськ») is a unit.
    [Theory]
    [InlineData("Две ракеты были выпущены по месту совещания командного состава украинской оперативно-тактической группы \"Северск\" в Сумах.", "ru", "Северск")]
    [InlineData("Командувач ОТГ «Краматорськ» повідомив про бої біля Часового Яру.", "uk", "Краматорськ")]
    public void Find_QuotedNameOfOperationalTacticalGroup_IsNotAPlace(string text, string language, string grouping)
    {
        Assert.DoesNotContain(grouping, Written(text, language));
    }
}
