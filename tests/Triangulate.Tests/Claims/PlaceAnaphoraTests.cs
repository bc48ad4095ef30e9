using Triangulate.Model;
using Triangulate.Pipeline;

namespace Triangulate.Tests.Claims;

/// <summary>
/// Places a claim refers back to instead of naming, through the whole pipeline (the real place finder and gazetteer),
/// on sentences from the samples and the gold sets.
/// </summary>
public sealed class PlaceAnaphoraTests
{
    private static readonly ReportAnalyzer Analyzer = AnalyzerFactory.CreateDefault();

    /// <summary>The second paragraph of the Russia 24 report of 4 July 2024 (samples/text/2024-07-04-russia24-kimakovsky-toretsk-centre.md).</summary>
    private const string Russia24 =
        "Российские военнослужащие заняли центральную часть Дзержинска (украинское название — Торецк) и несколько многоэтажных домов в самом центре города. Об этом в эфире телеканала «Россия 24» заявил советник главы ДНР Игорь Кимаковский.\n\n" +
        "По словам Кимаковского, наступление велось сразу на нескольких участках. Штурмовые группы, вышедшие от шахты «Северная», продвинулись вдоль железнодорожной ветки, которая прикрывает северные подступы к городу. Другие подразделения от той же шахты прошли к центру и закрепились в квартале пятиэтажек.";

    [Fact]
    public void Analyze_SameMineNamedSentenceBefore_ClaimTakesTheMineAndItsTown()
    {
        var (text, claim) = ClaimOf(Russia24, "ru", "Другие подразделения");

        var place = Assert.Single(claim.Places, place => place.Place?.Kind == PlaceKind.Feature);
        Assert.Equal("feature:toretsk-pivnichna-mine", place.Place?.Id);
        Assert.Equal(["Pivnichna mine", "Toretsk"], claim.Places.Select(mention => mention.Place?.Name).Order(StringComparer.Ordinal));
        Assert.StartsWith("шахты «Северная", place.Span.Slice(text), StringComparison.Ordinal);
        Assert.Equal("той же шахты", place.CarriedBy?.Words);
        Assert.Equal("той же шахты", place.CarriedBy?.Span.Slice(text));
    }

    // The forms below do not occur in the samples or gold sets; the sentences follow the Russia 24 report and the
    // General Staff's bulletins.
    [Fact]
    public void Analyze_SameMineInUkrainian_ClaimTakesTheMineAndItsTown()
    {
        var (_, claim) = ClaimOf(
            "Штурмові групи, що вийшли від шахти «Північна», просунулися вздовж залізничної гілки. Інші підрозділи від тієї ж шахти пройшли до центру і закріпилися в кварталі п'ятиповерхівок.",
            "uk", "Інші підрозділи");

        Assert.Equal(
            [("feature:toretsk-pivnichna-mine", "тієї ж шахти"), ("Toretsk", "тієї ж шахти")],
            claim.Places.Select(place => (place.Place?.Kind == PlaceKind.Feature ? place.Place.Id : place.Place?.Name, place.CarriedBy?.Words)));
    }

    // A site places its claim in the town the gazetteer files it under (real reports' development split: the Zaporizhzhia
    // nuclear plant, annotated as Enerhodar; the Kakhovka dam, as Nova Kakhovka). The sentences follow wire stories.
    [Fact]
    public void Analyze_ClaimNamingASite_AlsoTakesTheTownOfTheSite()
    {
        var (text, claim) = ClaimOf("Ukrainian forces fired more than 20 large-caliber projectiles at the Zaporizhzhia nuclear power plant on Saturday, the ministry said.", "en", "Ukrainian forces");

        var town = Assert.Single(claim.Places, place => place.Place?.Kind == PlaceKind.Settlement);
        Assert.Equal("Enerhodar", town.Place?.Name);
        Assert.Equal("Zaporizhzhia nuclear power plant", town.Span.Slice(text));
        Assert.Equal("Zaporizhzhia nuclear power plant", town.CarriedBy?.Words);
    }

    [Fact]
    public void Analyze_ClaimNamingASiteInRussian_AlsoTakesTheTownOfTheSite()
    {
        var (_, claim) = ClaimOf("Минобороны сообщило, что украинские войска нанесли удар по Каховской ГЭС.", "ru", "Минобороны");

        Assert.Contains(claim.Places, place => place.Place?.Name == "Nova Kakhovka");
    }

    [Theory]
    [InlineData("Поблизу Часового Яру ворог атакував позиції наших військ. У цьому ж районі противник втратив 40 військових.", "uk", "У цьому ж районі")]
    [InlineData("Бои идут в районе Часова Яра. Там же противник потерял до 40 военнослужащих.", "ru", "Там же")]
    public void Analyze_SameArea_TakesThePlaceNamedBefore(string text, string language, string claimStart)
    {
        var (_, claim) = ClaimOf(text, language, claimStart);

        Assert.Equal("Chasiv Yar", Assert.Single(claim.Places).Place?.Name);
    }

    [Fact]
    public void Analyze_ThereAsAPlace_TakesThePlaceNamedBefore()
    {
        var (_, claim) = ClaimOf("Russian forces advanced near Velyka Novosilka, DeepState said. Fighting there continues, the Khortytsia group said.", "en", "Fighting there");

        Assert.Equal("Velyka Novosilka", Assert.Single(claim.Places).Place?.Name);
    }

    [Fact]
    public void Analyze_ThereThatIntroducesSomething_IsNotABackReference()
    {
        var (_, claim) = ClaimOf("Russian forces advanced near Velyka Novosilka, DeepState said. There were 12 clashes over the past day, the General Staff said.", "en", "There were");

        Assert.Empty(claim.Places);
    }

    [Fact]
    public void Analyze_CityInUkrainian_TakesTheTownTheReportNamed()
    {
        // gold-annotator g026
        var (text, claim) = ClaimOf(
            "Ватажок окупаційної адміністрації Донеччини Денис Пушилін заявив у Telegram, що російські війська захопили Торецьк. У ЗСУ ці заяви назвали такими, що не відповідають дійсності: бої в місті тривають. Раніше окупанти вже тричі оголошували про захоплення міста.",
            "uk", "бої в місті");

        var place = Assert.Single(claim.Places);
        Assert.Equal("Toretsk", place.Place?.Name);
        Assert.Equal("Торецьк", place.Span.Slice(text));
        Assert.Equal("місті", place.CarriedBy?.Words);
    }

    [Fact]
    public void Analyze_TheTownAfterAVillageWasNamed_TakesTheTown()
    {
        // gold-annotator g038: Dachne, named in between, is a village, not "the town".
        var (_, claim) = ClaimOf(
            "Russian troops have entered Kurakhove from the east, Denis Pushilin, the Russian-installed head of occupied Donetsk Oblast, said, as relayed by TASS. Pushilin also claimed that Ukrainian units were withdrawing towards Dachne. Ukraine's Khortytsia group said fighting continued in the town. Kurakhove's power plant once supplied much of the region's electricity.",
            "en", "Ukraine's Khortytsia group said");

        Assert.Equal(["Kurakhove"], claim.Places.Where(place => place.CarriedBy is not null).Select(place => place.Place?.Name));
    }

    [Fact]
    public void Analyze_TheVillageBesideATownNamedAsAReferencePoint_TakesTheVillage()
    {
        // gold-annotator g043: "a village east of Chasiv Yar" names Chasiv Yar only to say where Ivanivske is.
        var (_, claim) = ClaimOf(
            "\"Units of the Southern group of forces liberated the settlement of Krasnoye,\" TASS quoted Defence Ministry spokesman Igor Konashenkov as saying. Krasnoye is the Soviet-era name of Ivanivske, a village east of Chasiv Yar. Ukraine's military said on Sunday its troops had repelled eight Russian attacks near the village.",
            "en", "Ukraine's military said");

        Assert.Equal(["Ivanivske"], claim.Places.Where(place => place.CarriedBy is not null).Select(place => place.Place?.Name));
    }

    [Fact]
    public void Analyze_CityAfterAVillageAndATown_TakesTheTown()
    {
        // gold-annotator g011: Ivanivske is a village, Chasiv Yar the town; the sentence between names only ДНР in a title.
        var (_, claim) = ClaimOf(
            "Российские штурмовики закрепились в Ивановском и ведут бои на восточной окраине Часова Яра. Об этом в эфире телеканала «Россия 24» рассказал советник главы ДНР Игорь Кимаковский. Кимаковский добавил, что противник перебрасывает к городу резервы, в том числе иностранных наемников.",
            "ru", "Кимаковский добавил");

        Assert.Equal("Chasiv Yar", Assert.Single(claim.Places).Place?.Name);
    }

    [Fact]
    public void Analyze_InTheAreaAfterAQuotation_TakesTheTown()
    {
        // gold-annotator g041
        var (_, claim) = ClaimOf(
            "Denis Pushilin told the state channel Russia 24 that Russian troops had practically completed the capture of Toretsk. “Ukrainian forces are still holding out in the mine complex in the north of the town,” he added. Meduza could not verify the claims; Ukraine's General Staff reported 11 Russian assaults in the area on the same day.",
            "en", "Ukraine's General Staff reported");

        var place = Assert.Single(claim.Places, place => place.CarriedBy is not null);
        Assert.Equal(("Toretsk", "the area"), (place.Place?.Name, place.CarriedBy?.Words));
    }

    [Fact]
    public void Analyze_TheTownInAParagraphWithoutPlaces_TakesTheTownOfTheParagraphBefore()
    {
        // samples/feeds/moscowtimes-ukraine-war.atom.xml, 4 July 2024
        var (_, claim) = ClaimOf(
            "Russian troops have captured the centre of the town of Toretsk in Ukraine's Donetsk region, a Moscow-installed official said Thursday.\n\nUkraine's military denied that Russian forces were in the town centre, saying fighting was taking place on its eastern outskirts.",
            "en", "Ukraine's military denied");

        Assert.Equal("Toretsk", Assert.Single(claim.Places, place => place.CarriedBy is not null).Place?.Name);
    }

    [Fact]
    public void Analyze_CityOfAQuotationNamingNoPlace_HasNoPlace()
    {
        // gold.jsonl ru-04: nothing in the report names the city.
        var (_, claim) = ClaimOf("«Наши ребята двинулись в центр города», — сказал Кимаковский. По его словам, противник отступил к терриконам.", "ru", "«Наши ребята");

        Assert.Empty(claim.Places);
    }

    [Fact]
    public void Analyze_InTheAreaAfterATownNamedOnlyAsAReferencePoint_HasNoPlace()
    {
        // samples/text/2024-10-31-reuters-selydove.md: "the town ... south of Pokrovsk" is Selydove, so "the area" is not Pokrovsk.
        var (_, claim) = ClaimOf(
            "The ministry said in a statement on the Telegram messaging app that units of its Centre group of forces had \"liberated\" the town, which lies about 17 km (10.5 miles) south of Pokrovsk and had a pre-war population of around 20,000.\n\n" +
            "Reuters could not independently verify the battlefield report. Ukraine's military did not comment directly on the claim, but Nazar Voloshyn, a spokesman for the Khortytsia group of forces, said on national television that fighting was continuing in the area.",
            "en", "Nazar Voloshyn");

        Assert.DoesNotContain(claim.Places, place => place.CarriedBy is not null);
    }

    [Fact]
    public void Analyze_ParagraphBetweenNamesAPlaceOfItsOwn_CarriesNothingFromBeforeIt()
    {
        // The village is no town, but the paragraph that names it has moved on from Toretsk.
        var (_, claim) = ClaimOf(
            "Russian forces have captured the centre of Toretsk, Denis Pushilin said.\n\n" +
            "Russian forces attacked near Klishchiivka overnight.\n\n" +
            "Fighting continued in the town on Friday, the Khortytsia group said.",
            "en", "Fighting continued");

        Assert.Empty(claim.Places);
    }

    [Fact]
    public void Analyze_RegionNamedOnTheWayBack_DoesNotCarryATownOutsideIt()
    {
        var (_, claim) = ClaimOf(
            "Russian troops entered the centre of Toretsk, Denis Pushilin said. Ukrainian drones attacked Belgorod region overnight. Drones struck the city, damaging two houses.",
            "en", "Drones struck the city");

        // The city is in the region the claim before names; Toretsk is not carried across it.
        Assert.Equal(["Belgorod Oblast"], claim.Places.Select(place => place.Place?.Name));
    }

    // Shaped on data/real/reports.jsonl, real-0336 (our own sentences): a river is no city "the city" could mean.
    [Fact]
    public void Analyze_RiverNamedBeforeTheCity_IsNotCarriedAsTheCity()
    {
        var (_, claim) = ClaimOf(
            "Russian drones struck Kharkiv overnight, the mayor said. Debris fell on the east bank of the Dnieper. Air defence shot down two drones over the city, the mayor said.",
            "en", "Air defence shot down");

        Assert.DoesNotContain(claim.Places, place => place.Place?.Id == "feature:dnipro-river");
    }

    // Follow-up sentences of one happening that leave its place unsaid, in the shapes of data/real's reports (real-0010,
    // real-0013, real-0146): the sentences here are written for the tests.
    [Fact]
    public void Analyze_RussianSentenceContinuingTheHappening_TakesThePlaceOfTheClaimBefore()
    {
        var (text, claim) = ClaimOf(
            "Военнослужащие группировки «Юг» освободили населенный пункт Островское. Противнику пришлось оставить позиции и отступить на более дальние рубежи.",
            "ru", "Противнику");

        var place = Assert.Single(claim.Places);
        Assert.Equal("Ostrivske", place.Place?.Name);
        Assert.Equal("Островское", place.Span.Slice(text));
        Assert.Equal(place.CarriedBy?.Words, place.CarriedBy?.Span.Slice(text));
        Assert.StartsWith("оставить", place.CarriedBy?.Words, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_ClauseContinuingTheSentence_TakesItsPlace()
    {
        var (_, claim) = ClaimOf(
            "Two ballistic missiles struck the centre of Sumy on Sunday morning, killing at least 34 people and wounding 119, the regional administration said.",
            "en", "killing");

        Assert.Equal("Sumy", Assert.Single(claim.Places).Place?.Name);
    }

    [Fact]
    public void Analyze_EnglishSentenceTakingUpTheHappeningByADefinitePhrase_TakesItsPlace()
    {
        var (_, claim) = ClaimOf(
            "A Russian missile struck a restaurant in Kryvyi Rih on Friday evening, the governor said. The attack destroyed nearby buildings, he said.",
            "en", "The attack");

        var place = Assert.Single(claim.Places);
        Assert.Equal(("Kryvyi Rih", "The attack"), (place.Place?.Name, place.CarriedBy?.Words));
    }

    [Fact]
    public void Analyze_EnglishSentenceWithoutADefinitePhrase_DoesNotTakeThePlaceBefore()
    {
        var (_, claim) = ClaimOf(
            "A Russian missile struck a restaurant in Kryvyi Rih on Friday evening, the governor said. Five houses were damaged, officials said.",
            "en", "Five houses");

        Assert.Empty(claim.Places);
    }

    [Fact]
    public void Analyze_NewParagraphInAReportWhoseClaimsNameTwoPlaces_TakesNeither()
    {
        var (_, claim) = ClaimOf(
            "Военнослужащие группировки «Юг» освободили населенный пункт Островское. Группировка «Восток» освободила Золотую Ниву.\n\nЗа неделю противник потерял до 4790 военнослужащих.",
            "ru", "За неделю");

        Assert.Empty(claim.Places);
    }

    // The report's setting: Russian and Ukrainian claims in later paragraphs, or after lines that are no claims, that
    // name no place (shapes of data/real's development split: a ministry's capture with its losses, a governor's
    // strike report, a spokesman's account of a sector; the sentences are written for the tests).
    [Theory]
    [InlineData("Группировка «Восток» освободила Константинополь. Об этом сообщает Минобороны РФ.\n\nПотери противника составили более 50 боевиков.", "ru", "Потери противника", "Kostiantynopil")]
    [InlineData("Ракетный удар по Белгороду привел к гибели двух человек, сообщил губернатор.\n\nТрое пострадавших госпитализированы.", "ru", "Трое пострадавших", "Belgorod")]
    [InlineData("Речник повідомив, що на Гуляйпільському напрямку тривають бої.\n\nДекілька наших військовослужбовців вважаються зниклими безвісти.", "uk", "Декілька наших", "Huliaipole")]
    public void Analyze_RussianOrUkrainianClaimNamingNoPlace_TakesTheOnePlaceTheReportsClaimsName(string text, string language, string claimStart, string setting)
    {
        var (_, claim) = ClaimOf(text, language, claimStart);

        var place = Assert.Single(claim.Places);
        Assert.Equal(setting, place.Place?.Name);
        Assert.NotNull(place.CarriedBy);
    }

    [Fact]
    public void Analyze_ClaimNamingNoPlaceInAReportOnATownOfAnOblast_TakesTheTownAndTheOblast()
    {
        var (_, claim) = ClaimOf(
            "Украинские войска вышли из Авдеевки Донецкой области, сообщил Сырский.\n\nВоины нанесли врагу значительные потери в живой силе и технике.",
            "ru", "Воины нанесли");

        Assert.Equal(["Avdiivka", "Donetsk Oblast"], claim.Places.Select(place => place.Place?.Name));
    }

    [Fact]
    public void Analyze_ClaimNamingNoPlaceInAReportNamingOnlyAnOblast_TakesTheOblast()
    {
        var (_, claim) = ClaimOf(
            "Генштаб спростував інформацію про оточення українських військ у Курській області.\n\nЗахисники відбивають атаки та завдають ворогу втрат.",
            "uk", "Захисники відбивають");

        Assert.Equal(["Kursk Oblast"], claim.Places.Select(place => place.Place?.Name));
    }

    [Theory]
    [InlineData("Бои идут у Курахово. Российская армия взяла под контроль Островское. Об установлении контроля над населенным пунктом сообщалось 11 октября.", "ru", "Об установлении")]
    [InlineData("Бої тривають біля Курахового. Російська армія взяла під контроль Островське. Про встановлення контролю над населеним пунктом повідомлялося 11 жовтня.", "uk", "Про встановлення")]
    public void Analyze_WordForASettlementOfAnySize_TakesTheSettlementNamedBefore(string text, string language, string claimStart)
    {
        var (_, claim) = ClaimOf(text, language, claimStart);

        var place = Assert.Single(claim.Places);
        Assert.Equal("Ostrivske", place.Place?.Name);
        Assert.StartsWith("населен", place.CarriedBy?.Words, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_TownFollowedByAWeekday_IsABackReference()
    {
        var (_, claim) = ClaimOf(
            "Ukrainian forces said they had retreated from Vuhledar in the Donetsk region. Russian forces entered the town Tuesday, the Khortytsia group said.",
            "en", "Russian forces entered");

        var place = Assert.Single(claim.Places);
        Assert.Equal(("Vuhledar", "the town"), (place.Place?.Name, place.CarriedBy?.Words));
    }

    [Fact]
    public void Analyze_EnglishPlaceWordTheWalkBackCannotDecide_TakesTheReportsSetting()
    {
        // The sentence before names Bakhmut beside Sloviansk, so "there" cannot be read from it; the report's claims name Bakhmut alone.
        var (_, claim) = ClaimOf(
            "Russia's defence ministry said its forces had taken full control of Bakhmut.\n\nRussia considers Bakhmut a foothold for the nearby city of Sloviansk.\n\nA Ukrainian military spokesperson said Ukrainian units are fighting there.",
            "en", "A Ukrainian military spokesperson");

        var place = Assert.Single(claim.Places);
        Assert.Equal(("Bakhmut", "there"), (place.Place?.Name, place.CarriedBy?.Words));
    }

    [Fact]
    public void Analyze_ReportWhoseClaimsNameAnAreaOutsideItsTown_HasNoSetting()
    {
        // The shape of a Dnipropetrovsk OVA bulletin (real-0233): Nikopol, then another raion; the casualties are the second raion's.
        var (_, claim) = ClaimOf(
            "Ворог гатив по Нікополю. По Синельниківщині російська армія поцілила FPV-дроном.\n\nПостраждали двоє людей.",
            "uk", "Постраждали");

        Assert.Empty(claim.Places);
    }

    [Theory]
    [InlineData("New Delhi: Ukraine claimed on Thursday that a Neptune missile strike had destroyed the cruiser Moskva.", "New Delhi", "Delhi")]
    [InlineData("KYIV: Ukrainian troops have withdrawn from the frontline city of Avdiivka, the commander-in-chief said.", "KYIV", "Kyiv")]
    public void Analyze_EnglishDatelineNamingWhereTheReportWasFiled_IsNoPlaceOfItsClaims(string text, string claimStart, string filedFrom)
    {
        var (_, claim) = ClaimOf(text, "en", claimStart);

        Assert.DoesNotContain(claim.Places, place => place.Place?.Name == filedFrom);
    }

    [Fact]
    public void Analyze_EnglishHeadlineTopicBeforeAColon_IsNoDateline()
    {
        var (_, claim) = ClaimOf(
            "Bakhmut: fighting goes on\n\nUkrainian forces are still fighting in the city, a military spokesperson said.",
            "en", "Ukrainian forces");

        Assert.Equal("Bakhmut", Assert.Single(claim.Places).Place?.Name);
    }

    [Fact]
    public void Analyze_EnglishDenialInANewParagraph_TakesTheReportsSetting()
    {
        var (_, claim) = ClaimOf(
            "Wagner chief Yevgeny Prigozhin said on Saturday his fighters had captured Bakhmut.\n\nPrigozhin made the claim in a video posted on Telegram.\n\nUkrainian military spokesperson Serhiy Cherevatyi told Reuters: \"This is not true.\"",
            "en", "Ukrainian military spokesperson");

        Assert.Equal(ClaimKind.Denial, claim.Kind);
        Assert.Equal("Bakhmut", Assert.Single(claim.Places).Place?.Name);
    }

    [Fact]
    public void Analyze_EnglishClaimInANewParagraph_DoesNotTakeTheReportsSetting()
    {
        var (_, claim) = ClaimOf(
            "A Russian missile strike on the city of Sumy killed at least 34 people, authorities said.\n\nRussia also launched 90 drones overnight, the air force said.",
            "en", "Russia also launched");

        Assert.DoesNotContain(claim.Places, place => place.Place?.Name == "Sumy");
    }

    /// <summary>Written for the test in the shape of the TASS report on Toretsk (samples/text/2024-07-04-tass-dzerzhinsk-centre.md).</summary>
    private const string StatementAroundAnotherSpeaker =
        "Российские военные заняли центр Дзержинска, заявил советник главы ДНР Игорь Кимаковский. Глава ДНР Денис Пушилин сообщил, что ВСУ обстреляли Горловку. «Идет зачистка», — сказал Кимаковский.";

    [Fact]
    public void Analyze_FragmentOfAStatementAfterAnotherSpeakersClaim_TakesThePlaceOfTheStatementItContinues()
    {
        var (text, claim) = ClaimOf(StatementAroundAnotherSpeaker, "ru", "«Идет зачистка»");

        var place = Assert.Single(claim.Places);
        Assert.Equal(("Toretsk", "Дзержинска"), (place.Place?.Name, place.Span.Slice(text)));
    }

    [Fact]
    public void Analyze_EnglishClaimOfTheSameSpeakerInALaterSentenceWithoutADefinitePhrase_DoesNotTakeItsPlace()
    {
        var (_, claim) = ClaimOf(
            "Russia's defence ministry said its forces had captured the village of Ostrivske. Russian troops also advanced further west, the ministry said.",
            "en", "Russian troops also");

        Assert.Empty(claim.Places);
    }

    [Fact]
    public void Analyze_TownNamedInTheClause_IsNotABackReference()
    {
        // samples/text/2024-10-31-reuters-selydove.md: "the town of Selydove" names the town.
        var (_, claim) = ClaimOf(
            "Russian forces have taken full control of the town of Selydove in Ukraine's Donetsk region, Russia's defence ministry said on Thursday.",
            "en", "Russian forces");

        Assert.DoesNotContain(claim.Places, place => place.CarriedBy is not null);
        Assert.Contains(claim.Places, place => place.Place?.Name == "Selydove");
    }

    // An oblast referred to by the bare noun (real reports' development split: a Kherson OVA bulletin, a Belgorod
    // report in Russian, a Ukrinform report in English), shortened.
    [Theory]
    [InlineData("У Херсонській області російські війська минулої доби обстріляли 9 населених пунктів, повідомив Олександр Прокудін.\n\nПід вогнем опинилися Білозерка, Антонівка та Берислав.\n\nРосійські військові поцілили в житлові квартали населених пунктів області.", "uk", "Російські військові поцілили", "Kherson Oblast")]
    [InlineData("В Белгородской области потерпел крушение самолет Ил-76. Незадолго до этого в регионе была объявлена ракетная опасность.", "ru", "Незадолго", "Belgorod Oblast")]
    [InlineData("Ukrainian troops pushed into Russia's Kursk region, the general staff said. At the same time, 180,000 people in the region are to be evacuated, the governor said.", "en", "At the same time", "Kursk Oblast")]
    public void Analyze_RegionNoun_TakesTheOblastNamedBefore(string text, string language, string claimStart, string oblast)
    {
        var (_, claim) = ClaimOf(text, language, claimStart);

        Assert.Equal(oblast, Assert.Single(claim.Places).Place?.Name);
    }

    [Fact]
    public void Analyze_RegionNounAfterItsAdjective_NamesRatherThanRefers()
    {
        var (_, claim) = ClaimOf("Бої тривають біля Вовчанська. Ворог обстріляв 12 населених пунктів Харківської області, повідомив Олег Синєгубов.", "uk", "Ворог обстріляв");

        Assert.Equal(["Kharkiv Oblast"], claim.Places.Select(place => place.Place?.Name));
    }

    [Fact]
    public void Analyze_RegionNounInAClaimContinuingAnother_AlsoTakesItsTown()
    {
        var (_, claim) = ClaimOf(
            "Russian forces attacked Kurakhove in the Donetsk region on Monday, the general staff said. Kurakhove is under threat, with Russian forces storming the town's surroundings, according to DeepState, which tracks movements in the region.",
            "en", "Kurakhove is under threat");

        Assert.Contains("Kurakhove", claim.Places.Select(place => place.Place?.Name));
    }

    // A bare noun for an oblast in a report that names no oblast before it (real reports' development split: the
    // bulletins of the Kherson and Kharkiv administrations' heads), shortened.
    [Fact]
    public void Analyze_RegionNounWithNoOblastNamed_TakesTheOblastItsSpeakerSpeaksFor()
    {
        var (_, claim) = ClaimOf("Протягом доби росіяни обстріляли 12 населених пунктів регіону, повідомив Олег Синєгубов.", "uk", "Протягом доби");

        Assert.Equal(["Kharkiv Oblast"], claim.Places.Select(place => place.Place?.Name));
        Assert.Equal("регіону", Assert.Single(claim.Places).CarriedBy?.Words);
    }

    [Fact]
    public void Analyze_RegionNounAfterATownOfTheSentence_TakesTheTownsOblast()
    {
        var (_, claim) = ClaimOf("Харків та дев’ять населених пунктів області обстріляли росіяни за добу.", "uk", "Харків");

        Assert.Equal(["Kharkiv", "Kharkiv Oblast"], claim.Places.Select(place => place.Place?.Name));
    }

    [Fact]
    public void Analyze_RegionNounBesideATownOfThatOblast_AddsTheOblast()
    {
        var (_, claim) = ClaimOf(
            "Російські військові поцілили у житлові квартали населених пунктів області та територію заводу у Херсоні, повідомив Олександр Прокудін.",
            "uk", "Російські військові");

        Assert.Equal(["Kherson", "Kherson Oblast"], claim.Places.Select(place => place.Place?.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Analyze_RegionNounBesideATownOfAnotherOblast_AddsNothing()
    {
        var (_, claim) = ClaimOf("Ворог обстріляв населені пункти області та Нікополь, повідомив Олександр Прокудін.", "uk", "Ворог обстріляв");

        Assert.Equal(["Nikopol"], claim.Places.Select(place => place.Place?.Name));
    }

    // A tally of a day, a week or an unnamed sector after a claim on one village (real reports' development split: the
    // Russian ministry's bulletins as the press retells them), shortened.
    [Theory]
    [InlineData("Российские военные освободили поселок Островское в ДНР, сообщили в Минобороны. За сутки ВСУ потеряли 340 военнослужащих.", "ru", "За сутки")]
    [InlineData("Российские войска освободили населенный пункт Константинополь. В результате украинская армия на данном направлении потеряла более 145 военнослужащих.", "ru", "В результате")]
    public void Analyze_TallyOfADayOrASectorAfterAClaimOnAVillage_TakesNoSettlement(string text, string language, string claimStart)
    {
        var (_, claim) = ClaimOf(text, language, claimStart);

        Assert.DoesNotContain(claim.Places, place => place.Place?.Kind is PlaceKind.Settlement or PlaceKind.Feature);
    }

    [Fact]
    public void Analyze_TallyOfADayAfterAClaimOnAVillageOfAnOblast_KeepsTheOblast()
    {
        var (_, claim) = ClaimOf("У Херсонській області ворог обстріляв Білозерку. За минулу добу внаслідок обстрілів 11 людей дістали поранення.", "uk", "За минулу добу");

        Assert.Equal(["Kherson Oblast"], claim.Places.Select(place => place.Place?.Name));
    }

    [Fact]
    public void Analyze_TallyOfADayBeforeAClaimOnTheOblastsCentre_TakesTheSettingsOblast()
    {
        var (_, claim) = ClaimOf(
            "За минулу добу противник здійснив 77 обстрілів. По місту Херсон ворог випустив 14 снарядів.\n\nРосійські військові поцілили у житлові квартали населених пунктів області, повідомив Олександр Прокудін.",
            "uk", "За минулу добу");

        Assert.Equal(["Kherson Oblast"], claim.Places.Select(place => place.Place?.Name));
    }

    // A word for the town beside a site the clause names (real reports' development split: the Russian ministry on
    // Avdiivka's coke plant as the press retells it), shortened.
    [Fact]
    public void Analyze_TownWordBesideASiteOfThatTown_AddsTheTown()
    {
        var (_, claim) = ClaimOf(
            "Российские войска взяли под контроль Авдеевку. Сейчас проводятся мероприятия по зачистке города от боевиков, оставивших город и засевших на Авдеевском коксохимическом комбинате.",
            "ru", "Сейчас");

        Assert.Equal(["Avdiivka", "Avdiivka coke plant"], claim.Places.Select(place => place.Place?.Name).Order(StringComparer.Ordinal));
    }

    // A sentence naming two oblasts on the way back, one the place lies in (real reports' development split: the
    // Russian ministry on a village at the border of the Donetsk and Dnipropetrovsk regions), in a sentence of that shape.
    [Fact]
    public void Analyze_VillageWordAfterASentenceNamingTwoOblasts_TakesTheVillageInOneOfThem()
    {
        var (_, claim) = ClaimOf(
            "Russian troops captured the village of Novokhatske in the Donetsk region, the ministry said. The capture opened the way to the border of the Donetsk region with the Dnipropetrovsk region. Fighting continues on the edge of the village, the ministry added.",
            "en", "Fighting continues");

        Assert.Equal(["Novokhatske"], claim.Places.Select(place => place.Place?.Name));
    }

    // "There" after a sentence that names only an oblast (real reports' development split: wire stories on the Kursk
    // region), in a sentence of that shape.
    [Fact]
    public void Analyze_ThereAfterASentenceNamingOnlyAnOblast_TakesTheOblast()
    {
        var (_, claim) = ClaimOf(
            "Russian troops retook Sudzha, the ministry said. Ukraine still holds part of the Kursk region. Fighting continues there, the Kremlin said.",
            "en", "Fighting continues");

        // The oblast, which a report's one town in it may refine (the report's setting), as for «в регионе».
        Assert.Contains(claim.Places, place => place.Place?.Name == "Kursk Oblast" && place.CarriedBy?.Words == "there");
    }

    [Fact]
    public void Analyze_TownWordBesideASiteOfAnotherTown_AddsNothing()
    {
        var (_, claim) = ClaimOf(
            "Российские войска взяли под контроль Авдеевку. Сейчас проводятся мероприятия по зачистке города и шахты «Северная».",
            "ru", "Сейчас");

        Assert.DoesNotContain(claim.Places, place => place.Place?.Name == "Avdiivka");
    }

    // A lede that speaks of a village before the next sentence names it (real reports' development split: wire stories
    // on the Russian ministry's captures), shortened.
    [Fact]
    public void Analyze_IndefiniteVillageInALede_TakesTheVillageTheNextSentenceNames()
    {
        var (_, claim) = ClaimOf(
            "Russia has announced the capture of a new village in eastern Ukraine.\n\nThe defence ministry said on Saturday that Russian forces \"have liberated the village of Kalynove\" in the Donetsk region, which lies around 25 kilometres southeast of Pokrovsk.",
            "en", "Russia has announced");

        var village = Assert.Single(claim.Places, place => place.Place?.Kind == PlaceKind.Settlement);
        Assert.Equal(("Kalynove", "a new village"), (village.Place?.Name, village.CarriedBy?.Words));
    }

    [Theory]
    [InlineData("Russia has announced the recapture of another village in the Kursk region.\n\nThe defence ministry said Russian forces have liberated the village of Kalynove.")]
    [InlineData("Russia has announced the recapture of two more villages in eastern Ukraine.\n\nThe defence ministry said Russian forces have liberated the village of Kalynove.")]
    public void Analyze_IndefiniteVillagesTheNextSentenceDoesNotName_TakesNothing(string text)
    {
        var (_, claim) = ClaimOf(text, "en", "Russia has announced");

        Assert.DoesNotContain(claim.Places, place => place.Place?.Name == "Kalynove");
    }

    [Fact]
    public void Analyze_VillageDescribingTheNameBeforeIt_TakesNothingFromTheNextSentence()
    {
        var (_, claim) = ClaimOf(
            "Russian forces have taken control of Kostiantynopolske, a village in the Donetsk region. Ukrainian troops repelled attacks in Dachne.",
            "en", "Russian forces have taken");

        Assert.DoesNotContain(claim.Places, place => place.Place?.Name == "Dachne");
    }

    // The venue of the agreements an exchange of prisoners follows (real reports' development split: the Coordination
    // Headquarters' review of 2025), shortened.
    [Theory]
    [InlineData("Також Координаційний штаб організував обмін полоненими згідно з першими домовленостями у Стамбулі.", "uk", "Також")]
    [InlineData("Россия и Украина провели обмен пленными в соответствии с договоренностями в Стамбуле.", "ru", "Россия и Украина")]
    public void Analyze_VenueOfTheAgreementsAClaimFollows_IsNoPlaceOfIt(string text, string language, string claimStart)
    {
        var (_, claim) = ClaimOf(text, language, claimStart);

        Assert.DoesNotContain(claim.Places, place => place.Place?.Name == "Istanbul");
    }

    // An English definite phrase for a happening or facility takes up the one the report told of first with a noun of its
    // family (shapes of data/real's development split: a strike's toll in a later paragraph; the sentences are written
    // for the tests).
    [Theory]
    [InlineData("Russia said its missile strike hit a meeting of officers in the city of Sumy on Sunday.\n\nLeaders condemned the attack.\n\nLocal officials say the strike killed at least 34 people.", "Local officials")]
    [InlineData("A Russian missile strike hit the central city of Kryvyi Rih on Friday, the military said.\n\nThe missile struck a residential area, the General Staff said.\n\nLocal officials say the strike killed at least 18 people.", "Local officials")]
    public void Analyze_EnglishDefiniteHappeningInALaterParagraph_TakesThePlaceOfTheHappeningFirstToldOf(string text, string claimStart)
    {
        var (_, claim) = ClaimOf(text, "en", claimStart);

        var place = Assert.Single(claim.Places);
        Assert.NotNull(place.CarriedBy);
        Assert.StartsWith("the strike", place.CarriedBy.Words, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_EnglishDefiniteHappeningFirstToldOfWithTwoPlaces_TakesNoPlace()
    {
        var (_, claim) = ClaimOf(
            "Russian strikes hit Kharkiv and Sumy overnight, the air force said.\n\nLocal officials say the strike killed at least 18 people.",
            "en", "Local officials");

        Assert.Empty(claim.Places);
    }

    // A place named with a word for nearness right after a settlement says where that settlement lies: the report is
    // still about the one settlement («Авдеевка под Донецком», real-0054's shape).
    [Theory]
    [InlineData("Министр обороны доложил о взятии под контроль населенного пункта Авдеевка под Донецком.\n\nПотери противника превысили 1,5 тысячи человек, сообщили в Минобороны.", "ru", "Потери противника")]
    [InlineData("Міністр оборони РФ доповів про взяття під контроль міста Авдіївка під Донецьком.\n\nВтрати противника перевищили 1,5 тисячі осіб, повідомили в Міноборони РФ.", "uk", "Втрати противника")]
    public void Analyze_SettlementLocatedNearAnotherInTheSameBreath_IsTheReportsOneSetting(string text, string language, string claimStart)
    {
        var (_, claim) = ClaimOf(text, language, claimStart);

        Assert.Equal("Avdiivka", Assert.Single(claim.Places).Place?.Name);
    }

    [Fact]
    public void Analyze_EnglishDenialInAReportOnASettlementLocatedNearAnother_TakesTheSettlement()
    {
        var (_, claim) = ClaimOf(
            "Russia's defence ministry said its forces had taken Avdiivka near Donetsk.\n\nUkrainian military spokesperson Dmytro Lykhovii told Reuters: \"This is not true.\"",
            "en", "Ukrainian military spokesperson");

        Assert.Equal("Avdiivka", Assert.Single(claim.Places).Place?.Name);
    }

    // A report whose claims only refer to their place («у цьому районі») after a line that is no claim named it (a
    // subheading: real-0358's shape) is about the place referred to.
    [Theory]
    [InlineData("Декілька українських військових вважаються зниклими безвісти після боїв.\nЩо сталося біля Гуляйполя?\nРечник розповів, що у цьому районі проводили перегрупування військ.", "uk", "Декілька")]
    [InlineData("Несколько украинских военных считаются пропавшими без вести после боев.\nЧто произошло под Гуляйполем?\nСпикер рассказал, что в этом районе проводили перегруппировку войск.", "ru", "Несколько")]
    public void Analyze_ClaimsThatOnlyReferToTheirPlace_GiveTheReportItsSetting(string text, string language, string claimStart)
    {
        var (_, claim) = ClaimOf(text, language, claimStart);

        Assert.Equal("Huliaipole", Assert.Single(claim.Places).Place?.Name);
    }

    // A word for the capital refers to the capital the report named before (real-0161's shape: a Kyiv administration's
    // account of a drone attack).
    [Theory]
    [InlineData("Сили ППО знищили всі безпілотники навколо Києва, повідомив начальник КМВА.\n\nУ повітряному просторі навколо столиці було збито усі ворожі цілі.", "uk", "У повітряному", "столиці")]
    [InlineData("Силы ПВО уничтожили все беспилотники на подлете к Киеву, сообщил глава КГВА.\n\nВ воздушном пространстве вокруг столицы сбиты все вражеские цели.", "ru", "В воздушном", "столицы")]
    [InlineData("Explosions were heard in Kyiv overnight, the city administration said. All drones approaching the capital were shot down, it said.", "en", "All drones", "the capital")]
    public void Analyze_WordForTheCapital_TakesTheCapitalNamedBefore(string text, string language, string claimStart, string words)
    {
        var (_, claim) = ClaimOf(text, language, claimStart);

        var place = Assert.Single(claim.Places);
        Assert.Equal(("Kyiv", words), (place.Place?.Name, place.CarriedBy?.Words));
    }

    // A bare word for the sea or its waters refers to the sea named before (a navy spokesman's account of the Black
    // Sea: real-0219's and real-0224's shape).
    [Theory]
    [InlineData("Росія зберігає присутність у Чорному морі.\n\nТакож в морі ми спостерігаємо один підводний човен, сказав Плетенчук.", "uk", "Також в морі", "в морі")]
    [InlineData("Россия сохраняет присутствие в Черном море.\n\nТакже в море мы наблюдаем одну подводную лодку, сказал Плетенчук.", "ru", "Также в море", "в море")]
    [InlineData("Russia keeps two warships in the Black Sea, the Ukrainian navy said. One submarine was also spotted at sea, the navy spokesman said.", "en", "One submarine", "at sea")]
    public void Analyze_BareWordForTheSea_TakesTheSeaNamedBefore(string text, string language, string claimStart, string words)
    {
        var (_, claim) = ClaimOf(text, language, claimStart);

        var place = Assert.Single(claim.Places);
        Assert.Equal(("Black Sea", words), (place.Place?.Name, place.CarriedBy?.Words));
    }

    // An English definite phrase for a town with words describing it between article and noun refers back as "the
    // city" does (real-0145's and real-0039's shapes).
    [Fact]
    public void Analyze_EnglishDescribedCity_TakesTheCityNamedBefore()
    {
        var (_, claim) = ClaimOf(
            "A Russian missile strike on the Ukrainian city of Sumy killed at least 34 people, authorities said.\n\nTwo ballistic missiles hit the center of the northeastern city on Sunday morning, Ukrainian authorities said.",
            "en", "Two ballistic missiles");

        var place = Assert.Single(claim.Places);
        Assert.Equal(("Sumy", "the northeastern city"), (place.Place?.Name, place.CarriedBy?.Words));
    }

    [Fact]
    public void Analyze_EnglishDescribedCityInALedeThatNamesItLater_TakesTheReportsSetting()
    {
        var (_, claim) = ClaimOf(
            "Commander-in-Chief Oleksandr Syrskyi announced his decision to withdraw Ukrainian units from the heavily battered city.\n\n\"Based on the operational situation around Avdiivka, I made a decision to withdraw our units,\" the statement reads.",
            "en", "Commander-in-Chief");

        Assert.Equal("Avdiivka", Assert.Single(claim.Places).Place?.Name);
    }

    [Fact]
    public void Analyze_EnglishNearestVillage_IsNoBackReference()
    {
        var (_, claim) = ClaimOf(
            "Russian forces took control of Yablunivka, the defence ministry said. The crash did no damage on the ground, landing five kilometres from the nearest village, the governor said.",
            "en", "The crash did");

        Assert.DoesNotContain(claim.Places, place => place.CarriedBy?.Words == "the nearest village");
    }

    // A word for an oblast's centre means the centre of the oblast the report named before (real-0234's shape: a
    // governor's account of shelling across his oblast), or of the oblast its speaker governs.
    [Theory]
    [InlineData("Ворог знову атакував Нікопольський район Дніпропетровської області.\n\nЗа його словами, в обласному центрі пошкоджена мережа водопостачання.", "uk", "За його словами", "обласному центрі")]
    [InlineData("Противник снова атаковал Никопольский район Днепропетровской области.\n\nПо его словам, в областном центре повреждена сеть водоснабжения.", "ru", "По его словам", "областном центре")]
    [InlineData("Russian forces shelled the Nikopol district of Dnipropetrovsk region overnight, the governor said. A water main was damaged in the regional center, he said.", "en", "A water main", "the regional center")]
    public void Analyze_WordForTheRegionalCentre_TakesTheCentreOfTheOblastNamedBefore(string text, string language, string claimStart, string words)
    {
        var (_, claim) = ClaimOf(text, language, claimStart);

        var place = Assert.Single(claim.Places, mention => mention.CarriedBy is not null);
        Assert.Equal(("Dnipro", words), (place.Place?.Name, place.CarriedBy?.Words));
    }

    [Fact]
    public void Analyze_WordForTheRegionalCentreFromAGovernor_TakesTheCentreOfHisOblast()
    {
        var (_, claim) = ClaimOf("Губернатор Вячеслав Гладков сообщил, что в областном центре повреждены три жилых дома.", "ru", "Губернатор");

        Assert.Equal("Belgorod", Assert.Single(claim.Places).Place?.Name);
    }

    // A Russian or Ukrainian claim given no other place is about the place its speaker's title names in its sentence
    // (real-0457's and real-0318's shapes); an English one is not (real-0240's: the governor of Odesa on the Moskva).
    [Theory]
    [InlineData("Семеро людей загинули в результаті ракетних ударів по військовому аеродрому – мер Кропивницького.", "uk", "Семеро людей", "Kropyvnytskyi")]
    [InlineData("Мэр Москвы Сергей Собянин сообщил, что силы ПВО сбили беспилотник.", "ru", "Мэр Москвы", "Moscow")]
    public void Analyze_ClaimWithNoPlaceOfItsOwn_TakesThePlaceItsSpeakersTitleNames(string text, string language, string claimStart, string place)
    {
        var (_, claim) = ClaimOf(text, language, claimStart);

        Assert.Equal(place, Assert.Single(claim.Places).Place?.Name);
    }

    [Fact]
    public void Analyze_EnglishClaimWithNoPlaceOfItsOwn_DoesNotTakeItsSpeakersPlace()
    {
        var (_, claim) = ClaimOf("The governor of Odesa said that Ukrainian forces had hit the cruiser with two missiles.", "en", "The governor");

        Assert.Empty(claim.Places);
    }

    private static (string Text, Claim Claim) ClaimOf(string text, string language, string claimStart)
    {
        var report = new Report(null, "Test Outlet", null, new DateTimeOffset(2024, 7, 4, 9, 30, 0, TimeSpan.Zero), language, null, text, new InputLocation("test"), []);
        var analysis = Analyzer.Analyze(report);
        return (text, Assert.Single(analysis.Claims, claim => claim.Text.StartsWith(claimStart, StringComparison.Ordinal)));
    }
}
