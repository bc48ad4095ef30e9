using System.Collections.Immutable;
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

    [Fact]
    public void Read_VillageNamedNorthOfATown_IsTheOnlyPlaceTheClaimBearsOn()
    {
        // samples/jsonl/reports.jsonl, kyivind-20240627-kalynivka
        var facts = Read("Ukrainian forces continue to hold the village of Kalynivka north of Chasiv Yar, the General Staff said on June 27, contradicting a claim by Russia's Defence Ministry a day earlier that Russian troops had captured it.", "en", _ => true);

        Assert.Equal(("Kalynivka", 1), (facts.Place?.Name, facts.Anchors.Length));
    }

    [Fact]
    public void Read_NamesakeTheExtractorToldApart_IsNotTheRegistryPerson()
    {
        // samples/html/kyivindependent-2024-07-25-deepstate-toretsk.html, shortened: the brigade's press officer is not
        // the disinformation centre's Andriy Kovalenko, whom the registry spells the same way.
        var facts = Read("Andrii Kovalenko, a press officer of the 24th Mechanized Brigade, confirmed on July 22 that Russian troops were entering the central part of the town.", "en", _ => true);

        Assert.Equal(("Andrii Kovalenko", false), (facts.Origin.Name, facts.Origin.Registered));
    }

    [Fact]
    public void Read_DatelineCity_IsNotThePlaceOfTheClaim()
    {
        var facts = Read("MOSCOW (Reuters) - Russian forces have captured the village of Ostrivske in the Donetsk region, the defence ministry said.", "en", _ => true);

        Assert.Equal("Ostrivske", facts.Place?.Name);
    }

    [Fact]
    public void ReadReport_GroupingOfForcesNamedLikeAVillage_IsNotWhereItsCommandersClaimHappened()
    {
        // data/real/reports.jsonl, real-0047 (molva33.ru), shortened: «Таврия» is the grouping's name, Tavriia a village.
        var facts = ReadReport(
            "Главнокомандующий украинскими войсками Александр Сырский объявил о решении вывести ВСУ из Авдеевки. По данным агентства Укринформ, ссылающегося на командующего группировкой ВСУ “Таврия” Александра Тарнавского, украинские войска уже начали отходить с разрушенных позиций. Несмотря на это, Тарнавский отметил, что бои в городе Авдеевка продолжаются.",
            "ru");
        var withdrawal = facts.Single(f => f.Text.StartsWith("По данным агентства", StringComparison.Ordinal));

        Assert.Equal("Avdiivka", withdrawal.Place?.Name);
    }

    [Fact]
    public void ReadReport_QuoteFragmentOfAStatement_ContinuesTheClaimItBelongsTo()
    {
        // samples/text/2024-07-04-tass-dzerzhinsk-centre.md, shortened
        var facts = ReadReport(
            "Российские военные заняли центр Дзержинска, заявил советник главы ДНР Игорь Кимаковский. «Наши бойцы продвинулись от шахты \"Северная\" в сторону центра. Идет зачистка», — сказал он.",
            "ru");
        var centre = facts.First(f => f.Text.StartsWith("Российские военные", StringComparison.Ordinal));
        var clearing = facts.Single(f => f.Text.StartsWith("Идет зачистка", StringComparison.Ordinal));
        var host = facts.Single(f => f.ClaimId == clearing.Continues);

        Assert.Equal((centre.Origin.Key, centre.Place?.Anchor, KindFamily.Ground), (host.Origin.Key, clearing.Place?.Anchor, clearing.Family));
    }

    [Fact]
    public void ReadReport_FragmentWhosePlaceTheExtractorCarried_IsPlacedThereInTheFamilyOfTheStatementItContinues()
    {
        // Kimakovsky's «Идет зачистка» after Pushilin's word on Horlivka: the extractor carries Toretsk to it, and
        // corroboration reads that place rather than deciding one of its own.
        var facts = ReadReport(
            "Российские военные заняли центр Дзержинска, заявил советник главы ДНР Игорь Кимаковский. Глава ДНР Денис Пушилин сообщил, что ВСУ обстреляли Горловку. «Идет зачистка», — сказал Кимаковский.",
            "ru");
        var centre = facts.First(f => f.Text.StartsWith("Российские военные", StringComparison.Ordinal));
        var clearing = facts.Single(f => f.Text.StartsWith("«Идет зачистка»", StringComparison.Ordinal));

        Assert.Equal((centre.Place?.Anchor, centre.ClaimId, KindFamily.Ground, true), (clearing.Place?.Anchor, clearing.Continues, clearing.Family, clearing.PlaceCarried));
    }

    [Fact]
    public void ReadReport_UnplacedClaimOfAnotherSpeaker_TakesThePlaceOfItsStory()
    {
        var facts = ReadReport(
            "Russia's Ministry of Defence said 65 Ukrainian prisoners of war were aboard the plane. The prisoners were being flown to the Belgorod region for an exchange, the RIA news agency reported.",
            "en");

        Assert.All(facts.Where(f => f.Family == KindFamily.Prisoners), f => Assert.Equal("Belgorod Oblast", f.Place?.Name));
    }

    // data/real/reports.jsonl, real-0072 (the General Staff on the Kursk region), shortened.
    private const string EncirclementDenied =
        "Сообщения о якобы “окружении” украинских подразделений в Курской области РФ не соответствуют действительности. Об этом сообщил Генштаб ВСУ в пятницу, 14 марта. ";

    private const string RegroupedToBetterLines =
        "\"Подразделения Сил обороны Украины осуществили перегруппировку, отошли на более выгодные рубежи обороны и выполняют определенные им задачи на территории Курской области\", - говорится в сообщении Генштаба ВСУ.";

    [Fact]
    public void ReadReport_WithdrawalGrantedInADenialOfTheSamePlace_Concedes()
    {
        var facts = ReadReport(EncirclementDenied + RegroupedToBetterLines, "ru");

        Assert.True(facts.Single(f => f.Kind == ClaimKind.Withdrawal).Concedes);
    }

    [Fact]
    public void Read_RefutationNamingNoPlace_TakesThePlaceItsReportNames()
    {
        // data/real/reports.jsonl, real-0113 (the Il-76 downed in the Belgorod region), shortened.
        var facts = ReadReport(
            "Літак Іл-76 зазнав аварії у Бєлгородській області 24 січня. \"Версія російської пропаганди про 65 українських військовополонених викликає багато запитань\", – заявив Кирило Буданов.",
            "uk");

        Assert.Equal("Belgorod Oblast", facts.Single(f => f.Stance == Stance.Denies).Place?.Name);
    }

    // data/real/reports.jsonl, real-0239, shortened: the ministry's word on the cruiser Moskva.
    private const string FireOnBoard = " The ministry says ammunition on board detonated as a result of a fire, and the Moskva's entire crew was evacuated.";

    [Fact]
    public void ReadReport_DamageTheMinistryGrantsBesideItsAccountOfAFire_Concedes()
    {
        var facts = ReadReport("The Russian Defence Ministry confirmed the ship was damaged on Wednesday, but not that it was hit by Ukraine." + FireOnBoard, "en");

        Assert.True(facts.Single(f => f.Text.StartsWith("The Russian Defence Ministry confirmed", StringComparison.Ordinal)).Concedes);
    }

    [Fact]
    public void ReadReport_StrikeTheMinistryTellsOfItsOwnForcesBesideItsAccountOfAFire_DoesNotConcede()
    {
        var facts = ReadReport("Russian forces struck a Ukrainian command post with Kalibr missiles, the Russian Defence Ministry said." + FireOnBoard, "en");

        Assert.False(facts.Single(f => f.Text.StartsWith("Russian forces struck", StringComparison.Ordinal)).Concedes);
    }

    [Fact]
    public void ReadReport_WithdrawalWithoutADenial_DoesNotConcede()
    {
        var facts = ReadReport(RegroupedToBetterLines, "ru");

        Assert.False(facts.Single(f => f.Kind == ClaimKind.Withdrawal).Concedes);
    }

    [Fact]
    public void Read_MobilisationNamingOnlyItsCountry_IsPlacedByTheCountry()
    {
        var facts = Read("Russia will call up 300,000 reservists in a partial mobilisation, the defence minister said.", "en", _ => true);

        Assert.Equal((KindFamily.Recruitment, "Russia", true), (facts.Family, facts.Place?.Name, facts.Place?.Coarse));
    }

    [Fact]
    public void Read_CaptureNamingOnlyACountry_HasNoPlace()
    {
        var facts = Read("Russian forces captured another village in Ukraine, the defence ministry said.", "en", _ => true);

        Assert.Null(facts.Place);
    }

    [Fact]
    public void Read_CapitalNamedForItsGovernmentBesideARegion_IsPlacedByTheRegion()
    {
        var facts = Read("Ukrainian forces have advanced into Russia's Kursk region and Kyiv now controls 1,000 square kilometres there, Syrskyi said.", "en", _ => true);

        Assert.Equal("Kursk Oblast", facts.Place?.Name);
    }

    [Fact]
    public void ReadReport_UnplacedClaimInAStoryOfOneTown_TakesTheTown()
    {
        var facts = ReadReport(
            "Российские войска четыре месяца штурмовали Авдеевку, заявил Сырский. Тарнавский сообщил, что украинские подразделения уже вышли из населенного пункта.",
            "ru");

        Assert.All(facts, f => Assert.Equal("Avdiivka", f.Place?.Name));
    }

    [Fact]
    public void ReadReport_NoClaimPlacedInAReportNamingOneSettlement_TakesThatSettlement()
    {
        // data/real/reports.jsonl, real-0191 (a Russian outlet): the governor's title names only his oblast.
        var facts = ReadReport(
            "Глава Белгородской области Вячеслав Гладков сообщил в соцсетях, что попал под ракетный удар.\nЭто произошло при объезде объектов инфраструктуры в Белгороде. «Вместе с сотрудниками аварийных бригад спрятались в укрытие», — указал он.",
            "ru");

        Assert.Equal("Belgorod", facts.First(f => f.Text.StartsWith("Глава Белгородской", StringComparison.Ordinal)).Place?.Name);
    }

    [Fact]
    public void ReadReport_NoClaimPlacedInAReportNamingTwoSettlements_StaysUnplaced()
    {
        var facts = ReadReport(
            "Глава Белгородской области Вячеслав Гладков сообщил в соцсетях, что попал под ракетный удар.\nЭто произошло при объезде объектов инфраструктуры между Белгородом и Шебекино.",
            "ru");

        Assert.Null(facts.First(f => f.Text.StartsWith("Глава Белгородской", StringComparison.Ordinal)).Place);
    }

    // data/real/reports.jsonl, real-0190 (a Russian outlet): the oblast in the governor's title places the claim, the
    // next sentence names the town where it happened; naming two towns, it does not say which.
    [Theory]
    [InlineData("в Белгороде", "Belgorod", false)]
    [InlineData("между Белгородом и Шебекино", "Belgorod Oblast", true)]
    public void ReadReport_ClaimAtARegion_IsAtTheOneSettlementItsStoryNamesInsideIt(string where, string place, bool coarse)
    {
        var facts = ReadReport(
            $"Ранее Life.ru рассказывал, что губернатор Белгородской области Вячеслав Гладков попал под ракетный обстрел ВСУ. Инцидент произошёл во время объезда объектов инфраструктуры {where}.",
            "ru");

        Assert.Equal((place, coarse), (facts.First().Place?.Name, facts.First().Place?.Coarse));
    }

    [Fact]
    public void ReadReport_UnplacedClaimInAStoryOfOneRegion_TakesTheRegion()
    {
        // data/real/reports.jsonl, real-0375 (Ukrinform), shortened: the area held is the Kursk region's.
        var facts = ReadReport(
            "\"We are pursuing an offensive operation on the territory of Kursk region. Currently, we have under our control nearly 1,000 square kilometers of Russian territory,\" Syrskyi said.",
            "en");

        Assert.Equal(("Kursk Oblast", "Kursk Oblast"), (facts.First(f => f.Kind == ClaimKind.Attack).Place?.Name, facts.First(f => f.Kind == ClaimKind.TerritorialControl).Place?.Name));
    }

    [Fact]
    public void Read_OperationalTacticalGroupNamedLikeATown_IsNotWhereItsMeetingWasStruck()
    {
        // Ukraine's operational-tactical groups bear the names of towns («ОТГ «Северск»», «Луганск»): the quoted name
        // after «оперативно-тактической группы» is the unit, not where the strike on it was.
        var facts = Read("Две ракеты «Искандер-М» были выпущены по месту проведения совещания командного состава украинской оперативно-тактической группы \"Северск\".", "ru", _ => true);

        Assert.NotEqual("Siversk", facts.Place?.Name);
    }

    [Fact]
    public void ReadReport_NoClaimPlacedInAReportNamingATownAtWarAndACityAbroad_TakesTheTownAtWar()
    {
        // data/real/reports.jsonl, real-0130 (a Russian aggregator), shortened: the envoy in Vienna speaks of the strike
        // on Sumy; the city abroad is where he speaks, not where it happened.
        var facts = ReadReport(
            "Уточняется, что две ракеты \"Искандер-М\" были выпущены по месту проведения совещания командного состава ВСУ.\n"
            + "Госсекретарь США Марко Рубио выразил соболезнования пострадавшим от ракетного удара по Сумам. "
            + "В ответ на это представитель России в международных организациях в Вене Михаил Ульянов поинтересовался, намерен ли Вашингтон прекратить украинские атаки.",
            "ru");

        Assert.Equal("Sumy", facts.First(f => f.Text.StartsWith("Уточняется", StringComparison.Ordinal)).Place?.Name);
    }

    [Fact]
    public void ReadReport_VillagesNamedInAStoryOfARegion_ArePlacedInsideIt()
    {
        // data/real/reports.jsonl, real-0067: «Меловой» also names Milove in Ukraine's Luhansk oblast.
        var facts = ReadReport(
            "Вооружённые силы России освободили в Курской области ещё три населенных пункта, сообщило в четверг министерство обороны РФ.\n«Подразделениями группировки войск «Север» в ходе наступательных действий освобождены населенные пункты Меловой, Подол и Суджа», — сказано в сообщении.",
            "ru");

        Assert.Equal("Sudzha", facts.Single(f => f.Text.Contains("Суджа", StringComparison.Ordinal)).Place?.Name);
    }

    [Fact]
    public void ReadReport_DamOnARiver_IsAtTheDamNotTheRiver()
    {
        // data/real/reports.jsonl, real-0320 (Ahram Online), its first sentence. The dam is a feature at Nova Kakhovka.
        var facts = ReadReport("Russia and Ukraine have traded accusations over damage to the major Kakhovka dam on the Dnipro River.", "en");

        Assert.Equal(("Kakhovka Dam", false), (facts.Single().Place?.Name, facts.Single().Place?.Coarse));
    }

    private const string BoatsShelledOnTheRiver = "Russian troops shelled Ukrainian boats on the Dnipro River overnight, the Southern Defence Forces said.";

    [Fact]
    public void ReadReport_ClaimAtARiverInAStoryOfTheOneTownOnIt_IsAtTheTown()
    {
        var facts = ReadReport(BoatsShelledOnTheRiver + " Kherson has been under fire for months.", "en");

        Assert.Equal("Kherson", facts.Single().Place?.Name);
    }

    [Fact]
    public void ReadReport_ClaimAtARiverInAStoryOfTwoTownsOnIt_StaysAtTheRiverAsACoarsePlace()
    {
        var facts = ReadReport(BoatsShelledOnTheRiver + " Kherson and Nikopol have been under fire for months.", "en");

        Assert.Equal(("Dnipro River", true), (facts.Single().Place?.Name, facts.Single().Place?.Coarse));
    }

    [Fact]
    public void Group_ClaimAtARiverInAStoryOfATownAndTheSameClaimToldByTheTown_AreOneEvent()
    {
        var onTheRiver = ReadReport(BoatsShelledOnTheRiver + " Kherson has been under fire for months.", "en");
        var byTheTown = ReadReport("Russian troops shelled Ukrainian boats near Kherson overnight, the Southern Defence Forces said.", "en", reportId: 2);

        Assert.Single(EventGrouper.Group([.. onTheRiver, .. byTheTown]));
    }

    [Fact]
    public void ReadReport_ClaimAtARegionInAStoryOfASettlementInsideIt_IsAtTheSettlement()
    {
        var facts = ReadReport(
            "Russian forces have taken another village in the Donetsk region, the defence ministry said on Friday. Units of the Southern group of forces liberated Ostrivske, the ministry said.",
            "en");

        Assert.All(facts.Where(f => f.Family == KindFamily.Ground), f => Assert.Equal("Ostrivske", f.Place?.Name));
    }

    [Fact]
    public void Group_MinistrysWordOnTheCityAndOnItsOblast_AreOneEvent()
    {
        var byTheCity = ReadReport("Russia's defence ministry said its troops had completed their withdrawal from Kherson.", "en");
        var byTheOblast = ReadReport("Міноборони Росії заявило, що російські війська відійшли з Херсонської області.", "uk", reportId: 2);

        Assert.Equal((false, true), (byTheCity.Single().Place!.Coarse, byTheOblast.Single().Place!.Coarse));
        Assert.Single(EventGrouper.Group([.. byTheCity, .. byTheOblast]));
    }

    [Fact]
    public void ReadReport_RebuttalNamingNoPlace_IsWhereTheOtherSidesClaimItAnswersIs()
    {
        // data/real/reports.jsonl, real-0240 (VOA), its first four paragraphs: the ministry's fire against Marchenko's Neptune strike.
        var facts = ReadReport(
            "The Russian navy’s Black Sea flagship has been “seriously damaged” by an ammunition explosion, Russian state media said Thursday.\n\n"
            + "“As a result of a fire, ammunition detonated on the Moskva missile cruiser. The ship was seriously damaged,” the Russian defense ministry was quoted as saying, adding that the cause of the fire was being determined and that the crew had been evacuated.\n\n"
            + "Earlier, the governor of Odessa said that Ukrainian forces had hit the Moskva with missile strikes.\n\n"
            + "“Neptune missiles guarding the Black Sea caused very serious damage to the Russian ship. Glory to Ukraine!” governor Maksym Marchenko wrote on Telegram.",
            "en");

        var fire = facts.Single(f => f.Text.Contains("As a result of a fire", StringComparison.Ordinal));
        Assert.Equal((Stance.Denies, "Black Sea"), (fire.Stance, fire.Place?.Name));
    }

    // samples/html/kyivindependent-2024-07-25-deepstate-toretsk.html: the extractor reads no actor in its second clause.
    private const string InfiltrationToldByDeepState =
        "DeepState said the building stands about 600 metres west of the Tsentralna mine, and that Russian infantry had likely been infiltrating the area for several days.";

    [Fact]
    public void Read_AdvanceNamingNoOneAdvancing_HasNoSideRatherThanItsOrigins()
    {
        var facts = ReadReport(InfiltrationToldByDeepState, "en").Single(f => f.Kind == ClaimKind.Advance);

        Assert.Equal((Side.UA, Side.Unknown), (facts.Origin.Side, facts.ActingSide));
    }

    [Fact]
    public void Read_AdvanceNamingWhoAdvanced_IsOfTheirSide()
    {
        var facts = ReadReport("Russian troops advanced 600 metres west of the Tsentralna mine, DeepState said.", "en").Single(f => f.Kind == ClaimKind.Advance);

        Assert.Equal((Side.UA, Side.RU), (facts.Origin.Side, facts.ActingSide));
    }

    [Fact]
    public void Group_InfiltrationToldByTheDefendersSource_JoinsTheAttackersEventRatherThanTheDefendersHold()
    {
        var hold = ReadReport("«Центр Торецька контролюють українські військові», — заявив речник ОСУВ «Хортиця» Віктор Трегубов.", "uk");
        var flag = ReadReport("Russian troops have raised a flag over a five-storey apartment building in central Toretsk, according to video footage geolocated by DeepState. " + InfiltrationToldByDeepState, "en", reportId: 2);

        var groups = EventGrouper.Group([.. hold, .. flag]);

        var infiltration = groups.Single(g => g.Claims.Any(c => c.Kind == ClaimKind.Advance));
        Assert.Equal((true, false), (infiltration.Claims.Any(c => c.ActingSide == Side.RU), infiltration.Claims.Any(c => c.ActingSide == Side.UA)));
    }

    private static ClaimFacts Read(string text) => Read(text, "uk", _ => true);

    /// <summary>One report's claims, numbered from its id times a hundred so that the claims of several reports stay apart.</summary>
    private static ImmutableArray<ClaimFacts> ReadReport(string text, string language, long reportId = 1)
    {
        var report = new Report($"r{reportId}", "Outlet", null, new DateTimeOffset(2024, 7, 4, 9, 0, 0, TimeSpan.Zero), language, null, text, new InputLocation("test", 1), []);
        var analysis = Analyzer.Analyze(report);
        return Reader.ReadReport([.. analysis.Claims.Select((claim, i) => ((reportId * 100) + i + 1, claim))], ClaimReport.Of(reportId, report, analysis.Places));
    }

    private static ClaimFacts Read(string text, string language, Func<Claim, bool> which)
    {
        var report = new Report("r1", "Укрінформ", null, new DateTimeOffset(2024, 6, 10, 9, 0, 0, TimeSpan.Zero), language, null, text, new InputLocation("test", 1), []);
        var analysis = Analyzer.Analyze(report);
        return Reader.Read(1, Assert.Single(analysis.Claims, claim => which(claim)), ClaimReport.Of(1, report, analysis.Places));
    }
}
