using System.Collections.Immutable;
using Triangulate.Claims;
using Triangulate.Model;

namespace Triangulate.Tests.Claims;

/// <summary>
/// The relays of a claim (the outlets and platforms its words passed through) in the shapes real reports use: a medium
/// named for one statement of a speaker and not for another, outlets carrying a speaker's words. The sentences are
/// written for these tests in the shapes the real corpus shows (data/real).
/// </summary>
public sealed class RelayTests
{
    private static readonly RuleBasedClaimExtractor Extractor = new(SourceRegistry.LoadDefault());
    private static readonly DateTimeOffset February17 = new(2024, 2, 17, 9, 0, 0, TimeSpan.Zero);

    private static ImmutableArray<Claim> Extract(string text, string language, string publisher = "Test Outlet") =>
        Extractor.Extract(new Report(null, publisher, null, February17, language, null, text, new InputLocation("test")), []);

    /// <summary>The origin's registry id and the relays' names of the one claim a text holds.</summary>
    private static (string? Origin, string Relays) ChainOfTheOnlyClaim(string text, string language)
    {
        var chain = Assert.Single(Extract(text, language)).Chain;
        return (chain.Origin.Source.SourceId, string.Join(", ", chain.Relays.Select(relay => relay.Source.Name)));
    }

    private static string[] RelaysOf(string text, string language, string words) =>
        [.. Assert.Single(Extract(text, language), claim => claim.Text.Contains(words, StringComparison.Ordinal)).Chain.Relays.Select(relay => relay.Source.Name)];

    [Fact]
    public void EnglishSpeakerNamedAgain_TakesNoPlatformOfHisOtherPost()
    {
        var relays = RelaysOf(
            "“I decided to withdraw our units from Avdiivka,” Syrskyi said on Facebook.\n\n“Our soldiers destroyed 40 Russian tanks,” Syrskyi said.",
            "en", "40 Russian tanks");

        Assert.Empty(relays);
    }

    [Fact]
    public void EnglishPronounGoingOnWithAPost_KeepsItsPlatform()
    {
        var relays = RelaysOf(
            "“I decided to withdraw our units from Avdiivka,” Syrskyi said on Facebook.\n\n“Our soldiers destroyed 40 Russian tanks,” he added.",
            "en", "40 Russian tanks");

        Assert.Equal(["Facebook"], relays);
    }

    [Fact]
    public void EnglishSpeakerNamedAgain_KeepsTheOutletThatPassedHimOn()
    {
        var relays = RelaysOf(
            "Syrskyi told Reuters that Ukrainian troops had withdrawn from Avdiivka.\n\nSyrskyi said Russian troops lost 40 tanks near the town.",
            "en", "lost 40 tanks");

        Assert.Equal(["Reuters"], relays);
    }

    [Theory]
    [InlineData("Сырский сообщил в Facebook, что ВСУ вышли из Авдеевки.\n\nПо словам Сырского, российские войска потеряли 40 танков.", "ru", "потеряли 40 танков")]
    [InlineData("Сирський повідомив у Facebook, що ЗСУ вийшли з Авдіївки.\n\nЗа словами Сирського, російські війська втратили 40 танків.", "uk", "втратили 40 танків")]
    public void RussianAndUkrainianSpeakerNamedAgain_KeepsThePlatformOfHisStatement(string text, string language, string words)
    {
        Assert.Equal(["Facebook"], RelaysOf(text, language, words));
    }

    [Fact]
    public void EnglishStatementOnAChannelOfABody_IsTheBodysWords_PostedOnThePlatform()
    {
        var claim = Assert.Single(Extract("Ukrainian units withdrew from Vuhledar, reads a message on the official Telegram channel of the Khortytsia group.", "en"));

        Assert.Equal("khortytsia", claim.Chain.Origin.Source.SourceId);
        Assert.Equal(["Telegram"], claim.Chain.Relays.Select(relay => relay.Source.Name));
    }

    [Theory]
    [InlineData("Подразделения ВСУ вышли из Угледара, говорится в сообщении в телеграм-канале ОСГВ «Хортица».", "ru")]
    [InlineData("Підрозділи вийшли з Вугледара, йдеться у повідомленні в телеграм-каналі ОСУВ «Хортиця».", "uk")]
    public void RussianAndUkrainianStatementOnAChannelOfABody_IsTheBodysWords_PostedOnThePlatform(string text, string language)
    {
        var claim = Assert.Single(Extract(text, language));

        Assert.Equal("khortytsia", claim.Chain.Origin.Source.SourceId);
        Assert.Equal(["Telegram"], claim.Chain.Relays.Select(relay => relay.Source.Name));
    }

    [Fact]
    public void EnglishStatementNamedWithItsAuthorAfterTheVerb_IsTheAuthors()
    {
        var claim = Assert.Single(Extract("Ukrainian units withdrew from Vuhledar, reads the statement of the General Staff.", "en"));

        Assert.Equal("ua_general_staff", claim.Chain.Origin.Source.SourceId);
    }

    [Theory]
    [InlineData("Российские войска полностью взяли Артемовск, заявил основатель ЧВК «Вагнер» Евгений Пригожин. Сообщение предпринимателя опубликовала его пресс-служба в Telegram-канале.", "ru", "Telegram")]
    [InlineData("Бои в Угледаре продолжаются, рассказал глава ДНР Денис Пушилин. Информация об этом появилась на сайте РИА Новости.", "ru", "RIA Novosti")]
    [InlineData("Російські війська повністю захопили Бахмут, заявив засновник ПВК «Вагнер» Євген Пригожин. Його слова наводить Укрінформ.", "uk", "Ukrinform")]
    [InlineData("Russian troops have fully captured Bakhmut, Wagner chief Yevgeny Prigozhin said. His statement was posted on Telegram.", "en", "Telegram")]
    public void SentenceSayingWhereTheStatementBeforeWasPublished_GivesItsMediumAsRelay(string text, string language, string medium)
    {
        var claim = Assert.Single(Extract(text, language));

        Assert.Equal([medium], claim.Chain.Relays.Select(relay => relay.Source.Name));
    }

    [Fact]
    public void SentenceOpeningOnAStatementThatTellsAHappening_IsNoCreditOfTheStatementBefore()
    {
        var claims = Extract("Российские войска полностью взяли Артемовск, заявил Евгений Пригожин. Сообщение о захвате Клещеевки появилось в Telegram-канале.", "ru");

        Assert.Empty(Assert.Single(claims, claim => claim.Text.Contains("Артемовск", StringComparison.Ordinal)).Chain.Relays);
    }

    [Theory]
    [InlineData("Russian troops captured two villages near Pokrovsk, military expert Andrey Marochko said on VKontakte.", "en")]
    [InlineData("Российские войска заняли два села у Покровска, написал военный эксперт Андрей Марочко во «ВКонтакте».", "ru")]
    public void PostOnVKontakte_HasThePlatformUnderTheNameReportsGiveIt(string text, string language)
    {
        var claim = Assert.Single(Extract(text, language));

        Assert.Equal(["VKontakte"], claim.Chain.Relays.Select(relay => relay.Source.Name));
    }

    [Fact]
    public void UkrainskaPravdaInTheRussianTransliteration_IsThatOutlet()
    {
        var claim = Assert.Single(Extract("Ukrainskaya Pravda reported, citing sources in the military, that Ukrainian forces had shot down the plane.", "en"));

        Assert.Equal(["ukrainska_pravda"], claim.Chain.Relays.Select(relay => relay.Source.SourceId));
    }

    [Theory]
    [InlineData("Russian troops captured Marinka, Anadolu said, citing Russian media.", "en", "Russian media")]
    [InlineData("Russian troops captured Marinka, Anadolu said, citing Russian agencies.", "en", "Russian news agencies")]
    [InlineData("Российские войска заняли Марьинку, передает Report со ссылкой на российские СМИ.", "ru", "Russian media")]
    [InlineData("Російські війська захопили Мар'їнку, повідомляє Report з посиланням на українські ЗМІ.", "uk", "Ukrainian media")]
    public void CitationOfASidesMedia_IsThatSidesMediaAsAWhole(string text, string language, string party)
    {
        var claim = Assert.Single(Extract(text, language));

        Assert.Equal(party, claim.Chain.Origin.Source.Name);
    }

    [Fact]
    public void RelayOfASidesMedia_IsThatSidesMediaAsAWhole()
    {
        var claims = Extract("В ходе частичной мобилизации будут призваны 300 тысяч резервистов.\n\nКак передает Report со ссылкой на российские СМИ, об этом заявил министр обороны Сергей Шойгу.", "ru");

        Assert.Equal(["Russian media"], Assert.Single(claims).Chain.Relays.Select(relay => relay.Source.Name));
    }

    [Theory]
    [InlineData("Речник ВМС Дмитро Плетенчук в ефірі телемарафону розповів, що росіяни втратили третину кораблів Чорноморського флоту.", "uk")]
    [InlineData("Navy spokesman Dmytro Pletenchuk said during the telethon that Russia had lost a third of its Black Sea Fleet ships.", "en")]
    public void StatementOnTheAirOfTheTelethonNamedByItsNounAlone_HasTheUnitedNewsTelethonAsRelay(string text, string language)
    {
        var claim = Assert.Single(Extract(text, language));

        Assert.Equal(["united_news"], claim.Chain.Relays.Select(relay => relay.Source.SourceId));
    }

    [Fact]
    public void EnglishStatementOnAMaxChannel_HasThePlatformMaxAsRelay()
    {
        var claim = Assert.Single(Extract("Air defences destroyed a drone flying toward Moscow, the city's mayor Sergei Sobyanin said on his Max channel.", "en"));

        Assert.Equal(["Max"], claim.Chain.Relays.Select(relay => relay.Source.Name));
    }

    [Theory]
    [InlineData("News.Az", "Russia has announced the capture of Kalynove, News.Az reports citing TRT World.\n\nThree people were killed by Russian shelling of Kostiantynivka, Donetsk region governor Vadym Filashkin said.", "en", "Kostiantynivka", "TRT World")]
    [InlineData("24 Канал", "ЗСУ відійшли з позицій біля Гуляйполя, розповів речник Сил оборони півдня Владислав Волошин. Про це повідомляє 24 Канал з посиланням на \"Інтерфакс-Україна\".\n\nРосіяни обстріляли Херсон, повідомив начальник ОВА Олександр Прокудін.", "uk", "Херсон", "Interfax-Ukraine")]
    [InlineData("Ura.ru", "Российские войска заняли Марьинку, сообщает Ura.ru со ссылкой на ТАСС.\n\nВСУ обстреляли Донецк, заявил глава ДНР Денис Пушилин.", "ru", "Донецк", "TASS")]
    public void OutletThePublisherSaysItRetells_PassesOnEveryStatementOfTheReport(string publisher, string text, string language, string words, string outlet)
    {
        var claim = Assert.Single(Extract(text, language, publisher), claim => claim.Text.Contains(words, StringComparison.Ordinal));

        Assert.Equal([outlet], claim.Chain.Relays.Select(relay => relay.Source.Name));
    }

    [Theory]
    [InlineData("Российские войска заняли Марьинку.\n\nКак передает ТАСС, об этом заявил министр обороны Сергей Шойгу.", "ru", "shoigu", "TASS")]
    [InlineData("Російські війська обстріляли Херсон.\n\nЯк передає Укрінформ, про це сказав речник ВМС ЗСУ Дмитро Плетенчук.", "uk", "pletenchuk", "Ukrinform")]
    public void OutletReportingAsItsOwnClauseBeforeAPointer_PassesOnTheSpeakerAfterTheVerb(string text, string language, string speaker, string outlet)
    {
        var claim = Assert.Single(Extract(text, language));

        Assert.Equal(speaker, claim.Chain.Origin.Source.SourceId);
        Assert.Equal([outlet], claim.Chain.Relays.Select(relay => relay.Source.Name));
    }

    [Theory]
    [InlineData("Глава ДНР Денис Пушилин заявил РИА Новости, что ВСУ отступили из Авдеевки.", "ru", "RIA Novosti")]
    [InlineData("Речник Віктор Трегубов розповів Укрінформу, що росіяни захопили Покровськ.", "uk", "Ukrinform")]
    public void OutletToldRightAfterTheVerbOfASpeakerBeforeIt_IsARelay(string text, string language, string outlet)
    {
        var claim = Assert.Single(Extract(text, language));

        Assert.Equal([outlet], claim.Chain.Relays.Select(relay => relay.Source.Name));
    }

    [Fact]
    public void PersonToldRightAfterTheVerb_IsNoRelay()
    {
        var claim = Assert.Single(Extract("Министр обороны Сергей Шойгу доложил Путину, что ВСУ отступили из Авдеевки.", "ru"));

        Assert.Empty(claim.Chain.Relays);
    }

    [Theory]
    [InlineData("Группировка ВСУ в Угледаре практически зачищена, сообщил Денис Пушилин.\n\nПо его словам, украинская сторона понесла большие потери, пишет ТАСС.", "ru", "большие потери")]
    [InlineData("Угруповання ЗСУ у Вугледарі практично зачищене, повідомив Денис Пушилін.\n\nЗа його словами, українська сторона зазнала великих втрат, пише ТАСС.", "uk", "великих втрат")]
    public void PossessivePronounInAnAccordingToPhraseUnderAnOutletCredit_IsTheLastSpeakerPassedOnByTheOutlet(string text, string language, string words)
    {
        var claim = Assert.Single(Extract(text, language), claim => claim.Text.Contains(words, StringComparison.Ordinal));

        Assert.Equal("pushilin", claim.Chain.Origin.Source.SourceId);
        Assert.Equal(["TASS"], claim.Chain.Relays.Select(relay => relay.Source.Name));
    }

    [Theory]
    [InlineData("Речник ВМС Дмитро Плетенчук розповів, що окупанти використовують захоплені кораблі як мішені. Під час телемарафону він наголосив, що ЗСУ знищили ракетний катер у Чорному морі.")]
    [InlineData("Речник ВМС Дмитро Плетенчук розповів, що окупанти використовують захоплені кораблі як мішені. Крім того, під час телемарафону він наголосив, що ЗСУ знищили ракетний катер у Чорному морі.")]
    public void RelayFrameOpeningTheClauseBeforeAPronounSpeaker_IsTheRelayOfHisWords(string text)
    {
        Assert.Equal(["United News telethon"], RelaysOf(text, "uk", "ракетний катер"));
    }

    [Fact]
    public void ChannelOwnerInAnEnglishOpeningFrame_LeavesThePlatformToTheSpeakerAfterIt()
    {
        var claim = Assert.Single(Extract("In a video published on Volodymyr Zelenskyy's Telegram channel, Syrskyi said Russian troops were captured in the Kursk region.", "en"));

        Assert.Equal("syrskyi", claim.Chain.Origin.Source.SourceId);
        Assert.Equal(["Telegram"], claim.Chain.Relays.Select(relay => relay.Source.Name));
    }

    [Fact]
    public void ChannelNamedWithItsOwnPlatformInItsSpeakerPhrase_SpeaksWithoutThePlatformAsRelay()
    {
        var claim = Assert.Single(Extract("The authors of the pro-war Telegram channel Rybar wrote that Russian forces had crossed the canal north of Chasiv Yar.", "en"));

        Assert.Equal(SourceKind.MilbloggerChannel, claim.Chain.Origin.Source.Kind);
        Assert.Empty(claim.Chain.Relays);
    }

    [Theory]
    [InlineData("Губернатор Вячеслав Гладков сообщил, что при обстреле Белгорода ранены три человека. rian_ru", "ru", "ранены три человека", "RIA Novosti")]
    [InlineData("Губернатор Вячеслав Гладков сообщил, что при обстреле Белгорода ранены три человека. lifenews.ru »", "ru", "ранены три человека", "Life.ru")]
    [InlineData("Governor Vyacheslav Gladkov said three people were wounded in the shelling of Belgorod. TASS", "en", "three people were wounded", "TASS")]
    public void OutletCreditedAfterTheLastSentenceOnItsLine_PassesOnTheReport(string text, string language, string words, string outlet)
    {
        Assert.Equal([outlet], RelaysOf(text, language, words));
    }

    [Fact]
    public void OutletNamedInAClauseClosingTheAttribution_CarriesTheSpeakersStatements()
    {
        const string text = "Будут призваны 300 тысяч резервистов. Об этом заявил министр обороны Сергей Шойгу, трансляцию его выступления ведет «Россия 24».\n"
            + "По словам Шойгу, мобилизации подлежит чуть более 1 процента мобилизационного ресурса.";

        Assert.Equal(["Russia 24"], RelaysOf(text, "ru", "300 тысяч резервистов"));
        Assert.Equal(["Russia 24"], RelaysOf(text, "ru", "1 процента"));
    }

    [Fact]
    public void WireDatelineOpeningTheLineBelowAHeadline_PassesOnTheReport()
    {
        const string text = "Ukraine says it downed 69 drones in overnight Russian attack\n\n"
            + "KYIV (Reuters) – Ukraine shot down 69 of 73 drones during an overnight Russian attack, the Ukrainian air force said on Saturday.";

        Assert.Equal(["Reuters"], RelaysOf(text, "en", "shot down 69 of 73"));
    }

    [Theory]
    [InlineData("Ukrainian drone attack damages utility facility in Voronezh region\n\n(Reuters) – A utility facility in the Voronezh region caught fire from the debris of a downed drone, the governor said on Monday.", "caught fire", "Reuters")]
    [InlineData("One killed in Russian drone attack on Odesa region\n(MENAFN- UkrinForm) Russian drones attacked the Izmail district overnight, killing one person, the regional governor said.", "attacked the Izmail", "Ukrinform")]
    public void WireCreditOpeningTheLineBelowAHeadline_PassesOnTheReport(string text, string words, string wire)
    {
        Assert.Equal([wire], RelaysOf(text, "en", words));
    }

    [Theory]
    [InlineData("Russian troops lost 300 soldiers near Pokrovsk, Syrskyi said in an exclusive interview with CNN.", "en", "CNN")]
    [InlineData("Российские войска потеряли 300 солдат под Покровском, заявил Сырский в большом интервью «Украинской правде».", "ru", "Ukrainska Pravda")]
    [InlineData("Російські війська втратили 300 солдатів під Покровськом, заявив Сирський у великому інтерв'ю \"Українській правді\".", "uk", "Ukrainska Pravda")]
    public void InterviewFrameWithAModifier_PassesTheSpeakersWordsOn(string text, string language, string outlet)
    {
        Assert.Equal(("syrskyi", outlet), ChainOfTheOnlyClaim(text, language));
    }

    [Theory]
    [InlineData("In an interview with CNN, Syrskyi said Russian troops lost 300 soldiers near Pokrovsk.", "CNN")]
    [InlineData("Speaking to Reuters, Syrskyi said Russian troops lost 300 soldiers near Pokrovsk.", "Reuters")]
    public void EnglishOpeningFrameNamingAnOutlet_PassesOnTheSpeakerAfterIt(string text, string outlet)
    {
        Assert.Equal(("syrskyi", outlet), ChainOfTheOnlyClaim(text, "en"));
    }

    [Theory]
    [InlineData("В интервью РБК Сырский заявил, что российские войска потеряли 300 солдат под Покровском.", "ru", "syrskyi", "RBC")]
    [InlineData("В эфире «Россия 24» Пушилин заявил, что российские войска заняли село Первомайское.", "ru", "pushilin", "Russia 24")]
    [InlineData("В інтерв'ю \"Українській правді\" Сирський заявив, що російські війська втратили 300 солдатів під Покровськом.", "uk", "syrskyi", "Ukrainska Pravda")]
    public void RussianAndUkrainianFrameOpeningTheSentence_PassesOnTheSpeakerBeforeTheVerb(string text, string language, string speaker, string outlet)
    {
        Assert.Equal((speaker, outlet), ChainOfTheOnlyClaim(text, language));
    }

    [Fact]
    public void CitedTitleBeforeAName_StaysOnePerson()
    {
        var (origin, _) = ChainOfTheOnlyClaim("Упродовж 2025 року втрати особового складу зменшилися на 13%. Про це повідомляє «Главком» з посиланням на головнокомандувача ЗСУ Олександра Сирського.", "uk");

        Assert.Equal("syrskyi", origin);
    }

    [Fact]
    public void AnadolusAbbreviationInADateline_CreditsTheAgency()
    {
        const string text = "Russian forces intensifying offensives near Avdiivka\n"
            + "DONETSK, Ukraine (AA) — Russian forces stepped up offensive action near Avdiivka, a Ukrainian commander said.";

        Assert.Equal(["Anadolu Agency"], RelaysOf(text, "en", "stepped up offensive action"));
    }

    [Fact]
    public void ClosingCreditOfTheWireTheCopyCameVia_PassesOnTheReport()
    {
        const string text = "Russian troops shelled Kharkiv overnight, the governor said.\n"
            + "Russian troops lost 300 soldiers near Pokrovsk, Trehubov said.\n\n(via Reuters)";

        Assert.Equal(["Reuters"], RelaysOf(text, "en", "lost 300 soldiers"));
    }

    [Theory]
    [InlineData("Russian troops lost 300 soldiers near Pokrovsk, Trehubov said, as quoted by Ukrinform.")]
    [InlineData("Russian troops lost 300 soldiers near Pokrovsk, Trehubov said, as cited by Ukrinform.")]
    public void AsQuotedByAfterTheSpeaker_PassesHisWordsOn(string text)
    {
        Assert.Equal(("trehubov", "Ukrinform"), ChainOfTheOnlyClaim(text, "en"));
    }

    [Theory]
    [InlineData("В ефірі телемарафону речник Віктор Трегубов заявив, що російські війська втратили 300 солдатів під Покровськом.", "uk", "trehubov", "United News telethon")]
    [InlineData("В прямом эфире губернатор Белгородской области Вячеслав Гладков заявил, что при обстреле Шебекино ранены три человека.", "ru", "gladkov", "")]
    public void RoleNounAfterAFrameOpeningTheSentence_StartsTheSpeaker(string text, string language, string speaker, string outlet)
    {
        Assert.Equal((speaker, outlet), ChainOfTheOnlyClaim(text, language));
    }

    [Fact]
    public void AgencyInBracketsWithinASentenceOfALaterLine_IsNoDateline()
    {
        const string text = "Ukraine says it downed 69 drones\n\n"
            + "Ukraine shot down 69 of 73 drones overnight (AFP), the Ukrainian air force said on Saturday.";

        Assert.DoesNotContain("Agence France-Presse", RelaysOf(text, "en", "downed 69 drones"));
    }

    [Fact]
    public void AgencyDatelineOfCapitalisedPlaceAndDateBelowAHeadline_PassesOnTheReport()
    {
        const string text = "Russian forces shell Kharkiv\n\n"
            + "Kyiv [Ukraine], May 13 (ANI): Russian forces shelled Kharkiv overnight, the regional governor said.";

        Assert.Equal(["ANI"], RelaysOf(text, "en", "shelled Kharkiv"));
    }

    [Fact]
    public void AggregatorBylineRowOpeningOnAWire_PassesOnTheReport()
    {
        const string text = "Ukraine shoots down 14 drones overnight - air force\nReuters | Kyiv | Updated: 15-12-2023 12:13 IST | Created: 15-12-2023 12:11 IST\n"
            + "Ukraine shot down all 14 drones launched at its territory by Russia overnight, its air force said on Friday morning.";

        Assert.Equal(["Reuters"], RelaysOf(text, "en", "shot down all 14"));
    }

    [Theory]
    [InlineData("В своем Telegram-канале губернатор Белгородской области Вячеслав Гладков сообщил, что при обстреле Шебекино ранены три человека.", "ru", "gladkov")]
    [InlineData("У своєму Telegram-каналі голова Харківської ОВА Олег Синєгубов написав, що окупанти обстріляли Куп'янськ, поранено двох людей.", "uk", "syniehubov")]
    public void PlatformAfterAPossessiveOpeningTheClause_IsTheMediumOfTheSpeakerAfterIt(string text, string language, string speaker)
    {
        var claim = Extract(text, language)[0];

        Assert.Equal(speaker, claim.Chain.Origin.Source.SourceId);
        Assert.Equal(["Telegram"], claim.Chain.Relays.Select(relay => relay.Source.Name));
    }

    [Fact]
    public void RoleNounAfterAPlatformOpeningTheClause_IsTheSpeakerNamedBefore()
    {
        const string text = "Губернатор Белгородской области Вячеслав Гладков сообщил об обстреле Шебекино.\n"
            + "В своем Telegram-канале губернатор сообщил, что в результате атаки ВСУ без электричества остались два села.";
        var claim = Assert.Single(Extract(text, "ru"), claim => claim.Text.Contains("без электричества", StringComparison.Ordinal));

        Assert.Equal("gladkov", claim.Chain.Origin.Source.SourceId);
        Assert.Equal(["Telegram"], claim.Chain.Relays.Select(relay => relay.Source.Name));
    }

    [Theory]
    [InlineData("Губернатор Бєлгородської області Вʼячеслав Гладков заявив, що місто Шебекіно обстріляли.\n\nДжерело: Гладков у Телеграмі\n\nДеталі: За словами Гладкова, одна людина загинула, троє поранені.", "uk", "загинула")]
    [InlineData("Губернатор Белгородской области Вячеслав Гладков заявил, что город Шебекино обстреляли.\n\nИсточник: Гладков в Телеграмм\n\nДетали: По словам Гладкова, один человек погиб, трое ранены.", "ru", "погиб")]
    public void SourceLabelNamingTheSpeakerAndAPlatform_IsTheMediumOfHisStatements(string text, string language, string words)
    {
        Assert.Equal(["Telegram"], RelaysOf(text, language, words));
    }

    [Theory]
    [InlineData("Russian state media outlets TASS and RIA, citing the defence ministry, said Russian forces had captured the village of Krynky.", "en")]
    [InlineData("ТАСС и РИА Новости со ссылкой на Минобороны России сообщили, что российские войска заняли село Крынки.", "ru")]
    public void OutletsJoinedAsOnePartyCitingABody_AreEachARelay(string text, string language)
    {
        var claim = Assert.Single(Extract(text, language));

        Assert.Equal("ru_mod", claim.Chain.Origin.Source.SourceId);
        Assert.Equal(["TASS", "RIA Novosti"], claim.Chain.Relays.Select(relay => relay.Source.Name));
    }

    [Theory]
    [InlineData("Российские войска нанесли удар по Сумам, сообщает РИА Новости со ссылкой на российские силовые структуры.", "ru", "RIA Novosti")]
    [InlineData("ВСУ отступили на десять километров. Об этом со ссылкой на российские силовые структуры сообщает РИА Новости.", "ru", "RIA Novosti")]
    [InlineData("Окупанти обстріляли Херсон, повідомляє Суспільне з посиланням на місцеву владу.", "uk", "Suspilne")]
    public void RussianOrUkrainianCitationOfADescriptionWithoutName_MakesTheOutletARelay(string text, string language, string outlet)
    {
        var claim = Extract(text, language)[0];

        Assert.Equal([outlet], claim.Chain.Relays.Select(relay => relay.Source.Name));
    }

    [Fact]
    public void EnglishCitingAReason_NamesNoPartyCited()
    {
        var claim = Assert.Single(Extract("Russian forces advanced near Vovchansk, Reuters reported, citing the absence of fortifications.", "en"));

        Assert.Equal("Reuters", claim.Chain.Origin.Source.Name);
    }

    [Fact]
    public void CitationOfFederalMedia_IsTheRussianMediaAsAWhole()
    {
        var claim = Assert.Single(Extract("Российские войска нанесли удар по штабу в Сумах, сообщает ИА «ДОН24» со ссылкой на федеральные СМИ и военкоров.", "ru"));

        Assert.Equal(("Russian media", Side.RU), (claim.Chain.Origin.Source.Name, claim.Chain.Origin.Source.Side));
        Assert.Equal(["Don 24"], claim.Chain.Relays.Select(relay => relay.Source.Name));
    }

    [Fact]
    public void CitedDescriptionWithoutName_IsAnUnknownPartyOnTheSideItNames()
    {
        var origin = Extract("Российские войска нанесли удар по Сумам, сообщает РИА Новости со ссылкой на российские силовые структуры.", "ru")[0].Chain.Origin.Source;

        Assert.Equal((SourceKind.Unknown, Side.RU), (origin.Kind, origin.Side));
    }

    [Theory]
    [InlineData("Российские войска нанесли удар по штабу в Сумах, сообщает ИА «ДОН24» со ссылкой на федеральные СМИ. Уточняется, что ракета поразила штаб на заводе «Сумыхимпром».", "ru", "поразила штаб")]
    [InlineData("Російські війська вдарили по Сумах, повідомляє Суспільне з посиланням на місцеву владу. Зазначається, що ракета влучила в адмінбудівлю.", "uk", "влучила")]
    public void ImpersonalSayingAfterAnOutletCitingAParty_GoesOnWithTheCitedPartyPassedOnByTheOutlet(string text, string language, string words)
    {
        var claims = Extract(text, language);

        Assert.Equal(claims[0].Chain, Assert.Single(claims, claim => claim.Text.Contains(words, StringComparison.Ordinal)).Chain);
    }

    [Theory]
    [InlineData("Russian forces captured the village of Krynky, the defence ministry said, according to the TASS and Interfax news agencies.")]
    [InlineData("Russian forces captured the village of Krynky, the defence ministry told TASS and Interfax.")]
    public void OutletsJoinedInARelayFrame_AreEachARelay(string text)
    {
        var claim = Assert.Single(Extract(text, "en"));

        Assert.Equal(["TASS", "Interfax"], claim.Chain.Relays.Select(relay => relay.Source.Name));
    }
}
