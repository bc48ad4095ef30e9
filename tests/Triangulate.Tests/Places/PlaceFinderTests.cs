using Triangulate.Model;
using static Triangulate.Tests.Places.GazetteerFixture;

namespace Triangulate.Tests.Places;

[Collection(GazetteerCollection.Name)]
public sealed class PlaceFinderTests(GazetteerFixture fixture)
{
    private const string ProhresNearOcheretyne = "osm:node/256615847";

    private PlaceMention Single(string text, string surface, string language = "en")
    {
        var start = text.IndexOf(surface, StringComparison.Ordinal);
        return Assert.Single(fixture.Find(text, language), m => m.Span.Start == start);
    }

    [Fact]
    public void Find_Seed_DzerzhinskResolvesToToretsk()
    {
        var text = SeedText();
        var mentions = fixture.Find(text).Where(m => m.Text == "Dzerzhinsk").ToList();
        Assert.Equal(3, mentions.Count);
        Assert.All(mentions, m => Assert.Equal(Toretsk, m.Place?.Id));
    }

    // A TASS report's shape (tass.com, 2023): the Moscow dateline put Nikolskoye at the Moscow namesake beside it.
    [Fact]
    public void Find_DatelineCity_IsNoNeighbourOfANamesake()
    {
        const string text = "MOSCOW, October 7. /TASS/. Fighters of Russia's Battlegroup East improved their tactical positions in the "
            + "south Donetsk direction near Novomikhailovka, north of Nikolskoye and west of Novodonetskoye, the spokesman said.";
        Assert.Equal("Mykilske", Single(text, "Nikolskoye").Place?.Name);
    }

    [Fact]
    public void Find_DatelineCityNamedAgain_StaysANeighbour()
    {
        const string text = "MOSCOW, October 7. /TASS/. Air defences shot down drones over Nikolskoye, west of Moscow, the mayor said.";
        Assert.Equal("RU", Single(text, "Nikolskoye").Place?.CountryCode);
    }

    [Fact]
    public void Find_Seed_ChasovYarResolvesToChasivYar()
    {
        var mentions = fixture.Find(SeedText()).Where(m => m.Text == "Chasov Yar").ToList();
        Assert.NotEmpty(mentions);
        Assert.All(mentions, m => Assert.Equal(ChasivYar, m.Place?.Id));
    }

    [Fact]
    public void Find_Seed_IvanovskyResolvesToIvanivskeNearChasivYar()
    {
        var mention = Assert.Single(fixture.Find(SeedText()), m => m.Text == "Ivanovsky");
        Assert.Equal(IvanivskeNearChasivYar, mention.Place?.Id);
        Assert.NotNull(mention.RunnerUpId);
    }

    [Fact]
    public void Find_Seed_ForestBeltSouthOfIvanovskyIsEstimatedSouthAtTheStatedDistance()
    {
        var mention = Assert.Single(fixture.Find(SeedText()), m => m.Text == "Ivanovsky");
        Assert.Equal(PlacePrecision.NearPlace, mention.Precision);
        Assert.Equal("south of", mention.Relation?.Relation);
        Assert.Equal(1.45, mention.Relation?.DistanceKm);
        Assert.Equal(180, mention.Relation?.BearingDegrees);
        Assert.True(mention.EstimatedLat < mention.Place!.Lat, "the estimate lies south of the village");
        var movedKm = (mention.Place.Lat - mention.EstimatedLat!.Value) * 111.2;
        Assert.InRange(movedKm, 1.4, 1.5);
    }

    [Fact]
    public void Find_Seed_SeveranayaMineIsThePivnichnaMineOfToretsk()
    {
        var mention = Assert.Single(fixture.Find(SeedText()), m => m.Text == "Severnaya mine");
        Assert.Equal("feature:toretsk-pivnichna-mine", mention.Place?.Id);
        Assert.Contains(Toretsk, mention.Place!.Parents);
    }

    [Fact]
    public void Find_Seed_DonetskPeoplesRepublicIsDonetskOblastAsARegion()
    {
        var mentions = fixture.Find(SeedText()).Where(m => m.Text.StartsWith("Donetsk People", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(mentions);
        Assert.All(mentions, m => Assert.Equal((DonetskOblast, PlacePrecision.Region), (m.Place?.Id, m.Precision)));
    }

    [Fact]
    public void Find_Seed_EveryMentionTextIsTheExactSubstringAtItsSpan()
    {
        var text = SeedText();
        var mentions = fixture.Find(text);
        Assert.NotEmpty(mentions);
        Assert.All(mentions, m => Assert.Equal(text[m.Span.Start..m.Span.End], m.Text));
    }

    [Theory]
    [InlineData("Бои идут в Торецке.", "Торецке", Toretsk)]
    [InlineData("Штурмовики продвинулись под Часовым Яром.", "Часовым Яром", ChasivYar)]
    [InlineData("Бої тривають у Часовому Яру.", "Часовому Яру", ChasivYar)]
    [InlineData("Лесополоса южнее Ивановского под Часовым Яром занята.", "Ивановского", IvanivskeNearChasivYar)]
    [InlineData("Мешканці Дзержинська виїхали.", "Дзержинська", Toretsk)]
    [InlineData("Обстрел в Бахмуте продолжается.", "Бахмуте", Bakhmut)]
    [InlineData("Ситуація біля Покровська погіршилась.", "Покровська", Pokrovsk)]
    public void Find_ObliqueCaseForm_IsFoundWithExactSpan(string text, string surface, string expectedId)
    {
        var mention = Single(text, surface, "ru");
        Assert.Equal(surface, mention.Text);
        Assert.Equal(text.IndexOf(surface, StringComparison.Ordinal) + surface.Length, mention.Span.End);
        Assert.Equal(expectedId, mention.Place?.Id);
    }

    [Theory]
    [InlineData("Fighting near Dzerzhynsk.", Toretsk)]
    [InlineData("Shelling of Artemivsk reported.", Bakhmut)]
    [InlineData("Shelling of Artemovsk reported.", Bakhmut)]
    [InlineData("Columns moved toward Krasnoarmeysk.", Pokrovsk)]
    [InlineData("Columns moved toward Krasnoarmiisk.", Pokrovsk)]
    [InlineData("Fighting continued in Dymytrov.", Myrnohrad)]
    [InlineData("Fighting continued in Dimitrov and Pokrovsk.", Myrnohrad)]
    [InlineData("Отмечены бои у Красноармейска.", Pokrovsk)]
    [InlineData("Обстріл Артемівська.", Bakhmut)]
    [InlineData("Units entered Ivanivske.", IvanivskeNearChasivYar)]
    [InlineData("Units entered Ivanovskoye.", IvanivskeNearChasivYar)]
    [InlineData("Units entered Ivanovskoe.", IvanivskeNearChasivYar)]
    [InlineData("Units entered Chasov Yar.", ChasivYar)]
    [InlineData("Units entered Toretsk.", Toretsk)]
    public void Find_CurrentOrFormerName_ResolvesToTodaysPlace(string text, string expectedId)
    {
        var mention = fixture.Find(text).First();
        Assert.Equal(expectedId, mention.Place?.Id);
    }

    [Fact]
    public void Find_FormerName_ResolvesToOrdzhonikidzeAsPokrov()
    {
        var mention = Assert.Single(fixture.Find("Strikes hit Ordzhonikidze in Dnipropetrovsk oblast."), m => m.Text == "Ordzhonikidze");
        Assert.Equal("Pokrov", mention.Place?.Name);
    }

    [Theory]
    [InlineData("Обстрел Тельманово в Донецкой области.", "Boykivske")]
    [InlineData("Обстрел Комсомольского в Донецкой области.", "Kalmiouske")]
    public void Find_FormerNamesOfTwoRenamedTowns_ResolveEachToItsOwnTown(string text, string expectedName)
    {
        var mention = fixture.Find(text, "ru").First();
        Assert.Equal(expectedName, mention.Place?.Name);
    }

    [Fact]
    public void Find_DzerzhinskWithoutContext_PrefersToretskInWarReporting()
    {
        var mention = Assert.Single(fixture.Find("Dzerzhinsk was shelled overnight."));
        Assert.Equal(Toretsk, mention.Place?.Id);
        Assert.NotNull(mention.RunnerUpId);
        Assert.StartsWith("geonames:", mention.RunnerUpId, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_DzerzhinskNextToNizhnyNovgorod_ResolvesToTheRussianTown()
    {
        var mention = fixture.Find("A drone hit a plant in Dzerzhinsk, Nizhny Novgorod region.").First(m => m.Text == "Dzerzhinsk");
        Assert.Equal("RU", mention.Place?.CountryCode);
    }

    [Fact]
    public void Find_LuhanskOblastInGenitive_IsTheRegionNotTheCity()
    {
        var mention = Assert.Single(fixture.Find("Обстріли Луганської області тривали.", "uk"));
        Assert.Equal("Луганської області", mention.Text);
        Assert.Equal(LuhanskOblast, mention.Place?.Id);
        Assert.Equal(PlacePrecision.Region, mention.Precision);
    }

    [Fact]
    public void Find_CommonWordDruzhba_IsNotAPlaceOnItsOwn()
    {
        Assert.Empty(fixture.Find("Дружба народов укрепляется.", "ru"));
    }

    [Fact]
    public void Find_CommonWordAfterVillageCue_IsAPlace()
    {
        var mention = Assert.Single(fixture.Find("Бои у села Дружба продолжаются.", "ru"));
        Assert.Equal("Дружба", mention.Text);
        Assert.Equal(PlaceKind.Settlement, mention.Place?.Kind);
    }

    [Fact]
    public void Find_CommonWordPivnichne_IsNotAPlaceOnItsOwn()
    {
        Assert.Empty(fixture.Find("Північне сяйво було видно вночі.", "uk"));
    }

    [Fact]
    public void Find_LowerCaseWord_IsNotAPlace()
    {
        Assert.Empty(fixture.Find("the toretsk question", "en"));
    }

    [Fact]
    public void Find_NewYorkAtTheUnitedNations_IsTheUsCity()
    {
        var mention = Assert.Single(fixture.Find("Diplomats met in New York on Tuesday."));
        Assert.Equal("US", mention.Place?.CountryCode);
    }

    [Fact]
    public void Find_NewYorkNextToToretsk_IsTheDonetskOblastTown()
    {
        var mention = fixture.Find("Russian troops attacked New York near Toretsk.").First(m => m.Text == "New York");
        Assert.Equal(NiuYork, mention.Place?.Id);
    }

    [Fact]
    public void Find_DistanceAndDirectionInRussian_EstimatesThePoint()
    {
        var mention = Assert.Single(fixture.Find("Бои идут в 500 метрах к северу от Торецка.", "ru"));
        Assert.Equal((0.5, 0.0), (mention.Relation?.DistanceKm, mention.Relation?.BearingDegrees));
        Assert.True(mention.EstimatedLat > mention.Place!.Lat);
    }

    [Fact]
    public void Find_DirectionInUkrainian_IsNearPlace()
    {
        var mention = Assert.Single(fixture.Find("Бої на південь від Часового Яру.", "uk"));
        Assert.Equal((ChasivYar, 180.0), (mention.Place?.Id, mention.Relation?.BearingDegrees));
        Assert.Equal(PlacePrecision.NearPlace, mention.Precision);
    }

    [Fact]
    public void Find_Outskirts_IsNearPlaceAtThePlace()
    {
        var mention = Assert.Single(fixture.Find("Бои на окраине Торецка.", "ru"));
        Assert.Equal("outskirts of", mention.Relation?.Relation);
        Assert.Equal(mention.Place!.Lat, mention.EstimatedLat!.Value, 3);
    }

    [Fact]
    public void Find_BetweenTwoPlaces_EstimatesTheMidpoint()
    {
        var mentions = fixture.Find("Fighting between Toretsk and Chasiv Yar intensified.");
        var first = mentions.First();
        Assert.Equal("between", first.Relation?.Relation);
        Assert.InRange(first.EstimatedLat!.Value, 48.397, 48.588);
    }

    [Fact]
    public void Find_CountryInQuotedChannelName_IsNotAPlace()
    {
        var mentions = fixture.Find("Об этом в эфире телеканала «Россия 24» заявил советник, назвав бои в Торецке тяжелыми.", "ru");

        Assert.DoesNotContain(mentions, m => m.Text.StartsWith("Росси", StringComparison.Ordinal));
        Assert.Contains(mentions, m => m.Place?.Id == Toretsk);
    }

    [Fact]
    public void Find_CountryAfterMinistry_IsNotAPlace()
    {
        var mentions = fixture.Find("В Минобороны России заявили о продвижении у Часова Яра.", "ru");

        Assert.Equal([ChasivYar], mentions.Select(m => m.Place?.Id));
    }

    [Fact]
    public void Find_OblastAdjectiveInAdministrationName_IsNotAPlace()
    {
        var mentions = fixture.Find("Про обстріл Покровська повідомила Донецька обласна військова адміністрація.", "uk");

        Assert.Equal([Pokrovsk], mentions.Select(m => m.Place?.Id));
    }

    [Fact]
    public void Find_SentenceInitialWordSharingOnlyAStemWithAVillage_IsNotAPlace()
    {
        var mentions = fixture.Find("Под Торецком продолжаются бои.", "ru");

        Assert.Equal([Toretsk], mentions.Select(m => m.Place?.Id));
    }

    [Fact]
    public void Find_RussianSpellingMissingFromTheGazetteer_ResolvesByConsonantsToTheUkrainianName()
    {
        var mention = Single("Бои идут за Клещеевку южнее Часова Яра.", "Клещеевку", "ru");

        Assert.Equal("Кліщіївка", mention.Place?.Names.First(n => n.Language == "uk").Text);
    }

    [Fact]
    public void Find_RussianSpellingDifferingOnlyInYAndI_PrefersThatNameToAnotherOfTheSameConsonants()
    {
        // Крынках is Кринки (Kherson Oblast) in Russian; Кореньок (Sumy Oblast) has the same consonants, and the Sumy
        // village named beside it had outweighed the spelling.
        var mention = Single("Ради наступления в Сумской области у Рыжевки ВСУ перебросили резервы из Херсонской области и оставили плацдарм в Крынках.", "Крынках", "ru");

        Assert.Equal("Krynky", mention.Place?.Name);
    }

    [Fact]
    public void Find_UkrainianLocativeInTsi_FindsTheTownInKa()
    {
        var mention = Single("Вибухи пролунали у Костянтинівці вранці.", "Костянтинівці", "uk");

        Assert.Equal("Kostiantynivka", mention.Place?.Name);
    }

    [Theory]
    [InlineData("Сили ППО працювали під Києвом уночі.", "Києвом", "Kyiv")]
    [InlineData("Вибухи пролунали у Чернігові вранці.", "Чернігові", "Chernihiv")]
    [InlineData("Ракета влучила в підприємство у Вінниці.", "Вінниці", "Vinnytsia")]
    public void Find_UkrainianObliqueCaseWithTheVowelOfAnOpenSyllable_FindsTheTown(string text, string surface, string expected)
    {
        var mention = Single(text, surface, "uk");

        Assert.Equal(expected, mention.Place?.Name);
    }

    // The cruiser Moskva as data/real's reports name it (real-0241, real-0271); the sentences are written for the test.
    [Theory]
    [InlineData("На ракетному крейсері \"Москва\" сталася пожежа, здетонував боєзапас. Екіпаж \"Москви\" евакуйовано.", "uk")]
    [InlineData("The ministry said a fire on the Moskva missile cruiser caused ammunition to blow up. The Moskva's crew was evacuated.", "en")]
    public void Find_ShipsName_IsNoPlaceWhereverTheReportRepeatsIt(string text, string language)
    {
        Assert.DoesNotContain(fixture.Find(text, language), mention => mention.Place?.Name == "Moscow");
    }

    // Vessels named after towns, in the shapes reports give them; the sentences are written for the test.
    [Theory]
    [InlineData("Удар пришелся по большому десантному кораблю «Новочеркасск» в порту Феодосии.", "Новочеркасск", "ru")]
    [InlineData("Сили оборони уразили великий десантний корабель «Мінськ» у Севастополі.", "Мінськ", "uk")]
    [InlineData("Уражено підводний човен «Ростов-на-Дону», який стояв у доку Севастополя.", "Ростов-на-Дону", "uk")]
    [InlineData("Уничтожен сторожевой корабль «Сергей Котов» и поврежден БДК «Ямал».", "Ямал", "ru")]
    [InlineData("Ukraine said it had struck the landing ship Novocherkassk in the port of Feodosia.", "Novocherkassk", "en")]
    [InlineData("Ukraine said it had destroyed a landing ship, the Orsk, in the port of Berdiansk.", "Orsk", "en")]
    public void Find_TownsNameAfterAWordForAVessel_IsTheVesselNotAPlace(string text, string name, string language)
    {
        Assert.DoesNotContain(fixture.Find(text, language), mention => mention.Text == name);
    }

    [Theory]
    [InlineData("Russian media said the Moskva had been seriously damaged by a fire on board.")]
    [InlineData("Ukrainian officials said two Neptune missiles were used to attack the Moskva.")]
    public void Find_TownsNameHeadingANounPhraseAfterThe_IsAShipNotAPlace(string text)
    {
        Assert.DoesNotContain(fixture.Find(text), mention => mention.Place?.Name == "Moscow");
    }

    [Theory]
    [InlineData("Russian troops kept up their assaults in the Pokrovsk direction overnight.", "Pokrovsk")]
    [InlineData("Heavy fighting went on along the Kupiansk axis, the General Staff said.", "Kupiansk")]
    [InlineData("Ukrainian marines have held positions across the Dnipro since November.", "Dnipro")]
    public void Find_TownsNameModifyingANounAfterThe_IsStillAPlace(string text, string name)
    {
        Assert.Contains(fixture.Find(text), mention => mention.Text == name);
    }

    [Fact]
    public void Find_CityNamedBesideTheShipsWordElsewhere_IsStillAPlace()
    {
        var mention = Single("A Russian cruiser was hit off Sevastopol, officials in Moscow said.", "Moscow");

        Assert.Equal("Moscow", mention.Place?.Name);
    }

    // The Air Force's listing as data/real's reports give it (real-0165); the sentence is written for the test.
    [Fact]
    public void Find_AdjectivesListedBeforeTheNounOfAnArea_EachNameTheirOblast()
    {
        var mentions = fixture.Find("Безпілотники знищено в межах Харківської, Сумської та Київської областей.", "uk");

        Assert.Equal(["Kharkiv Oblast", "Sumy Oblast", "Kyiv Oblast"], mentions.Select(mention => mention.Place?.Name));
    }

    [Fact]
    public void Find_CommonWordListedWithPlaces_CountsAsAPlace()
    {
        var mentions = fixture.Find("Assault groups entered Toretsk from the direction of Zalizne and Pivnichne.");

        Assert.Contains(mentions, m => m.Text == "Pivnichne");
    }

    [Fact]
    public void Find_CommonWordAlone_IsNotAPlace()
    {
        var mentions = fixture.Find("Прогрес у переговорах не досягнуто.", "uk");

        Assert.Empty(mentions);
    }

    [Fact]
    public void Find_CommonWordTowardWhichTroopsMove_BesideANamedPlace_IsThatPlace()
    {
        var mention = Single("Наши подразделения выбили противника из Очеретино и продвигаются в сторону Прогресса.", "Прогресса", "ru");

        Assert.Equal(ProhresNearOcheretyne, mention.Place?.Id);
    }

    [Fact]
    public void Find_CommonWordTowardWhichTroopsMove_WithNoPlaceBesideIt_IsNotAPlace()
    {
        Assert.Empty(fixture.Find("Переговоры продвигаются в сторону Прогресса.", "ru"));
    }

    [Fact]
    public void Resolve_RussianDoubleConsonantSpelling_FindsTheUkrainianName()
    {
        Assert.Contains(fixture.Finder.Resolve("Прогресс"), c => c.Place.Id == ProhresNearOcheretyne);
    }

    [Fact]
    public void Find_ExactSpelling_BeatsANamesakeSharingOnlyTheStem()
    {
        var mention = Single("Fighting continues in Toretsk.", "Toretsk");

        Assert.Equal(Toretsk, mention.Place?.Id);
    }

    [Fact]
    public void Find_OblastWithoutPopulation_BeatsASmallNamesake()
    {
        var mention = Single("Обстріли в Криму тривали всю ніч.", "Криму", "uk");

        Assert.Equal(PlaceKind.AdminArea, mention.Place?.Kind);
    }

    [Fact]
    public void Resolve_ContextNamingTheOblast_PutsItsPlaceFirst()
    {
        var candidates = fixture.Finder.Resolve("Покровське", "Дніпропетровська область");

        Assert.StartsWith("Дніпропетровська область", candidates[0].Place.AdminPath);
        Assert.Equal(1.0, candidates.Sum(c => c.Score), 2);
    }

    [Fact]
    public void Find_CalledFromManyThreadsAtOnce_FindsWhatItFindsOneByOne()
    {
        // Each thread reuses its own word list between reports; reports of very different lengths interleave here.
        string[] texts =
        [
            SeedText(),
            "Бои идут в 500 метрах к северу от Торецка.",
            "Бої на південь від Часового Яру, на околиці Бахмута і біля Покровська.",
            string.Concat(Enumerable.Repeat("Fighting between Toretsk and Chasiv Yar intensified. ", 400)),
        ];
        static string Describe(IEnumerable<PlaceMention> mentions) =>
            string.Join("; ", mentions.Select(m => $"{m.Span.Start}-{m.Span.End} {m.Place?.Id} {m.Relation?.Relation} {m.EstimatedLat}"));
        var alone = texts.Select(text => Describe(fixture.Find(text))).ToArray();

        var together = new string[200];
        Parallel.For(0, together.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => together[i] = Describe(fixture.Find(texts[i % texts.Length])));

        Assert.All(Enumerable.Range(0, together.Length), i => Assert.Equal(alone[i % texts.Length], together[i]));
    }
}
