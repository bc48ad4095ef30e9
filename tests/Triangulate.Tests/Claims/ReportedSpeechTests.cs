using System.Collections.Immutable;
using Triangulate.Claims;
using Triangulate.Model;

namespace Triangulate.Tests.Claims;

/// <summary>
/// Origins read from the shapes of reported speech that real reports use beyond "X said that …": impersonal sayings,
/// headlines retold before their source is cited, a country speaking through its ministry, pronouns before anyone is
/// quoted. The sentences are written for these tests in the shapes the real corpus shows (data/real).
/// </summary>
public sealed class ReportedSpeechTests
{
    private static readonly RuleBasedClaimExtractor Extractor = new(SourceRegistry.LoadDefault());
    private static readonly DateTimeOffset June3 = new(2024, 6, 3, 9, 0, 0, TimeSpan.Zero);

    private static ImmutableArray<Claim> Extract(string text, string language) => Extract(text, language, June3);

    private static ImmutableArray<Claim> Extract(string text, string language, DateTimeOffset published) =>
        Extractor.Extract(new Report(null, "Test Outlet", null, published, language, null, text, new InputLocation("test")), []);

    /// <summary>The registry id of the origin of the one claim a text holds.</summary>
    private static string? OriginOfOnlyClaim(string text, string language) => Assert.Single(Extract(text, language)).Chain.Origin.Source.SourceId;

    private static Claim Containing(ImmutableArray<Claim> claims, string words) =>
        Assert.Single(claims, claim => claim.Text.Contains(words, StringComparison.Ordinal));

    /// <summary>Checks a claim's chain: the registry id of its origin and the names of its relays in order.</summary>
    private static void AssertChain(Claim claim, string origin, params string[] relays)
    {
        Assert.Equal(origin, claim.Chain.Origin.Source.SourceId);
        Assert.Equal(relays, claim.Chain.Relays.Select(relay => relay.Source.Name));
    }

    [Theory]
    [InlineData("Генштаб ЗСУ повідомив, що ворог атакував позиції біля Торецька.\nЗагроза оточення підрозділів відсутня, — йдеться у повідомленні.", "uk", "Загроза оточення")]
    [InlineData("Генштаб ЗСУ повідомив, що ворог атакував позиції біля Торецька.\nЯк зазначається, противник втратив 40 військових.", "uk", "противник втратив")]
    public void ImpersonalSaying_RetellsTheStatementQuotedBefore(string text, string language, string retold)
    {
        var claim = Containing(Extract(text, language), retold);

        Assert.Equal("ua_general_staff", claim.Chain.Origin.Source.SourceId);
    }

    [Fact]
    public void ThereAsSpeaker_StandsForTheBodyQuotedBefore()
    {
        var claims = Extract("Генштаб ЗСУ повідомив, що ворог атакував позиції біля Торецька.\nТам додали, що противник втратив 40 військових.", "uk");

        Assert.Equal("ua_general_staff", Containing(claims, "противник втратив").Chain.Origin.Source.SourceId);
    }

    [Fact]
    public void Headline_RetellingTheStatementCitedNext_TakesItsSource()
    {
        var claims = Extract("Російські війська захопили Кліщіївку.\nСело взяли під контроль підрозділи угруповання «Південь», повідомили в Міноборони РФ.", "uk");

        Assert.Equal("ru_mod", Containing(claims, "захопили Кліщіївку").Chain.Origin.Source.SourceId);
    }

    [Fact]
    public void Headline_OfAnotherHappeningThanTheStatementCitedNext_StaysTheOutletsVoice()
    {
        var claims = Extract("Російські війська обстріляли Херсон.\nРосійські війська захопили село Кліщіївка, повідомили в Міноборони РФ.", "uk");

        Assert.Equal(SourceKind.Publisher, Containing(claims, "обстріляли Херсон").Chain.Origin.Source.Kind);
    }

    [Theory]
    [InlineData("Окупанти завдали по Запоріжжю щонайменше два удари.\n\nУ місті пролунали вибухи.\n\nЧастина абонентів залишилася без світла.\n\nАрмія РФ атакувала об'єкт інфраструктури, повідомив начальник ЗОВА Іван Федоров. Росіяни завдали по Запоріжжю щонайменше два удари.", "uk", "Окупанти завдали", "fedorov_zaporizhzhia")]
    [InlineData("Потери противника в боях за неё составили более 1500 военнослужащих.\n\nНад городом поднят флаг.\n\nЖители покидают подвалы.\n\nПресс-служба Минобороны России заявила, что освобождена территория площадью 31,75 кв. км. Потери противника в боях за Авдеевку составили более 1500 военнослужащих.", "ru", "за неё", "ru_mod")]
    [InlineData("Russian troops lost more than 1,500 soldiers in the battle for Avdiivka.\n\nSmoke rose over the coke plant.\n\nResidents left their basements.\n\nThe Russian Defence Ministry said its forces had cleared the town. Russian troops lost more than 1,500 soldiers in the battle for the town, it added.", "en", "for Avdiivka", "ru_mod")]
    public void HeadlineStatedAgainFarOnInTheBody_TakesTheOriginTheBodyGivesThoseWords(string text, string language, string headline, string speaker)
    {
        var claims = Extract(text, language);

        Assert.Equal(speaker, Containing(claims, headline).Chain.Origin.Source.SourceId);
    }

    [Fact]
    public void HeadlineStatedAgainInTheOutletsOwnWords_StaysTheOutletsVoice()
    {
        var claims = Extract("Окупанти завдали по Запоріжжю щонайменше два удари.\n\nУ місті пролунали вибухи.\n\nЧастина абонентів залишилася без світла.\n\nРосіяни завдали по Запоріжжю щонайменше два удари вранці.", "uk");

        Assert.Equal(SourceKind.Publisher, Containing(claims, "Окупанти завдали").Chain.Origin.Source.Kind);
    }

    [Fact]
    public void SayingWithContentOfItsOwn_DoesNotPointBackAtTheSentenceBefore()
    {
        var claims = Extract("Російські війська обстріляли Херсон.\n\nЗеленський заявив, що переговори з партнерами тривають.", "uk");

        Assert.Equal(SourceKind.Publisher, Containing(claims, "обстріляли Херсон").Chain.Origin.Source.Kind);
    }

    [Theory]
    [InlineData("Russian forces have captured the village of Ostrivske, according to a statement from the defence ministry on Saturday.", "en", "ru_mod")]
    [InlineData("Российские войска заняли Островское, по данным оборонного ведомства в субботу.", "ru", "ru_mod")]
    [InlineData("Російські війська захопили Острівське, за даними оборонного відомства в суботу.", "uk", "ru_mod")]
    public void AccordingToClosingTheSentence_FollowedOnlyByWhenItSpoke_HasTheContentBeforeIt(string text, string language, string speaker)
    {
        // The content names the side ("Russian forces"), which tells whose ministry a bare body is.
        Assert.Equal(speaker, OriginOfOnlyClaim(text, language));
    }

    [Theory]
    [InlineData("IL-76 military transport aircraft\nThe IL-76 aircraft was carrying 65 captured soldiers when it crashed, the Defense Ministry has said.\n\nIn a statement on Wednesday, the Russian Defense Ministry said the plane went down at 11am.", "en", "65 captured soldiers")]
    [InlineData("Самолет Ил-76\nСамолет Ил-76 разбился с 65 пленными на борту, сообщили в военном ведомстве.\n\nВ заявлении Министерства обороны России говорится, что самолет упал в 11:00.", "ru", "65 пленными")]
    [InlineData("Літак Іл-76\nЛітак Іл-76 розбився з 65 полоненими на борту, повідомили у військовому відомстві.\n\nУ заяві Міністерства оборони Росії сказано, що літак впав об 11:00.", "uk", "65 полоненими")]
    public void BareBodyOfNoStatedSide_IsTheOneSuchBodyTheReportNamesInFull(string text, string language, string words)
    {
        Assert.Equal("ru_mod", Containing(Extract(text, language), words).Chain.Origin.Source.SourceId);
    }

    [Fact]
    public void CountryAsSpeaker_SpeaksThroughTheOneBodyOfItTheReportQuotes()
    {
        var claims = Extract("Russia said its forces had captured the village of Kalynove.\nThe Defence Ministry said units of the Southern group had taken the village after heavy fighting.", "en");

        Assert.Equal("ru_mod", Containing(claims, "Russia said").Chain.Origin.Source.SourceId);
    }

    [Fact]
    public void SideNamedAsASide_StaysTheSideAsAWhole()
    {
        var claims = Extract("Российская сторона заявила, что ее войска взяли Калиново.\nМинобороны России сообщило, что подразделения группировки «Юг» заняли село.", "ru");

        Assert.Equal("Russian side", Containing(claims, "взяли Калиново").Chain.Origin.Source.Name);
    }

    [Fact]
    public void BodyStatingItsSide_IsThatSidesBodyWhoeverSpokeLast()
    {
        var claims = Extract("Ukrainian officials said Russian troops attacked near Toretsk.\nThe defence ministry in Moscow added that its forces had captured the village of Kalynove.", "en");

        Assert.Equal("ru_mod", Containing(claims, "captured the village").Chain.Origin.Source.SourceId);
    }

    [Fact]
    public void EnglishParticipleOfSaying_TakesTheSubjectOfItsClauseNotTheWordsAfterIt()
    {
        var claims = Extract("Russia claimed responsibility for a missile strike on Sumy, saying it targeted a gathering of Ukrainian officers.", "en");

        Assert.All(claims, claim => Assert.Equal("Russian side", claim.Chain.Origin.Source.Name));
    }

    [Fact]
    public void PossessiveStatementNoun_InAnotherSpeakersQuotation_LeavesTheQuotationHis()
    {
        var claims = Extract("Wagner chief Yevgeny Prigozhin said his fighters had captured Klishchiivka.\n" +
            "Ukraine's eastern command spokesman Serhiy Cherevatyi told Reuters that Prigozhin's claim “is false. Our troops are holding positions in Klishchiivka.”", "en");

        AssertChain(Containing(claims, "Our troops are holding"), "cherevatyi", "Reuters");
    }

    [Fact]
    public void VerbOfSayingJoinedByAnd_SharesTheSubjectOfTheVerbBefore()
    {
        var claims = Extract("Ukraine said its missiles had struck the cruiser Moskva.\n\n" +
            "Russia's defence ministry, however, refuted Ukraine's claim and said it was a fire on the cruiser that caused ammunition to blow up.", "en");

        Assert.Equal("ru_mod", Containing(claims, "a fire on the cruiser").Chain.Origin.Source.SourceId);
    }

    [Fact]
    public void VerbOfSayingJoinedByAnd_TakesNoSpeakerFromTheContentBeforeIt()
    {
        var claims = Extract("Officials in Kyiv said Russian drones had hit Odesa overnight.\n\n" +
            "The Russian defence ministry added that its missiles had destroyed a fuel depot in Odesa, and accused Kyiv of storing weapons in residential areas.", "en");

        Assert.Equal("ru_mod", Containing(claims, "destroyed a fuel depot").Chain.Origin.Source.SourceId);
    }

    [Fact]
    public void PronounBeforeAnyoneIsQuoted_StandsForThePersonNamedBefore()
    {
        var claims = Extract("Commander-in-Chief Oleksandr Syrskyi has decided to withdraw troops from Avdiivka.\n\nHe announced this on Facebook.", "en");

        var claim = Containing(claims, "withdraw troops");
        Assert.Equal("syrskyi", claim.Chain.Origin.Source.SourceId);
        Assert.Equal(["Facebook"], claim.Chain.Relays.Select(relay => relay.Source.Name));
    }

    [Fact]
    public void RussianImpersonalSaying_RetellsTheStatementQuotedBefore()
    {
        var claims = Extract("Минобороны России сообщило, что войска заняли Калиново.\nПротивник потерял до 40 военнослужащих, говорится в сообщении.", "ru");

        Assert.Equal("ru_mod", Containing(claims, "потерял").Chain.Origin.Source.SourceId);
    }

    [Theory]
    [InlineData("Командир группировки Сергей Медведев сообщил, что войска заняли восточную часть Константиновки.", "ru", "Сергей Медведев")]
    [InlineData("Sergei Medvedev, a Russian commander, said his forces had captured the eastern part of Kostiantynivka.", "en", "Sergei Medvedev")]
    public void SurnameOfARegistryPerson_AfterAnotherGivenName_IsANamesake(string text, string language, string namesake)
    {
        var origin = Assert.Single(Extract(text, language)).Chain.Origin.Source;

        Assert.Null(origin.SourceId);
        Assert.Equal(namesake, origin.Name);
    }

    [Theory]
    [InlineData("Aleksandr Syrsky said Ukrainian forces had advanced 12 kilometres into the Kursk region.")]
    [InlineData("Gen Syrskyi said Ukrainian forces had advanced 12 kilometres into the Kursk region.")]
    public void SurnameOfARegistryPerson_AfterHisGivenNameInAnotherRomanisationOrARank_IsHim(string text)
    {
        Assert.Equal("syrskyi", Assert.Single(Extract(text, "en")).Chain.Origin.Source.SourceId);
    }

    [Theory]
    [InlineData("By Euronews with AP\n\nRussian forces captured the village of Kalynove, the defence ministry said.", "Associated Press")]
    [InlineData("Russian forces captured the village of Kalynove, the defence ministry said.\n\n-AP with Stuff", "Associated Press")]
    [InlineData("Russian forces captured the village of Kalynove, the defence ministry said.\n(Reporting by Guy Faulconbridge; Editing by Kevin Liffey)", "Reuters")]
    public void WireCreditedByBylineOrClosingLine_IsTheLastRelay(string text, string wire)
    {
        var claim = Assert.Single(Extract(text, "en"));

        Assert.Equal("ru_mod", claim.Chain.Origin.Source.SourceId);
        Assert.Equal(wire, claim.Chain.Relays[^1].Source.Name);
    }

    [Theory]
    [InlineData("Российские войска освободили село Калиново, сообщили в Минобороны России.\nИА «Дон 24»", "ru", "Don 24")]
    [InlineData("Російські війська захопили село Калинове, повідомили в Міноборони РФ.\nАгентство «Інтерфакс-Україна»", "uk", "Interfax-Ukraine")]
    public void ClosingCreditNamingTheOutletsKindBeforeItsQuotedName_IsTheLastRelay(string text, string language, string outlet)
    {
        var claim = Assert.Single(Extract(text, language));

        Assert.Equal("ru_mod", claim.Chain.Origin.Source.SourceId);
        Assert.Equal(outlet, claim.Chain.Relays[^1].Source.Name);
    }

    [Theory]
    [InlineData("Kyiv warns of new push on Kupiansk\n\nBy\nReuters\n\nRussian forces captured the village of Kalynove, the defence ministry said.", "Reuters")]
    [InlineData("- Anna Petrenko & John Smith\n - BBC news\nRussian forces captured the village of Kalynove, the defence ministry said.", "BBC News")]
    [InlineData("Russian forces captured the village of Kalynove, the defence ministry said. -AP\n\nFighting went on near the town all week.", "Associated Press")]
    [InlineData("Russian forces captured the village of Kalynove, the defence ministry said.\nNew York Times News Service", "The New York Times")]
    public void WireCreditedAmongTheFirstLinesOrUnderItsServiceName_IsTheLastRelay(string text, string wire)
    {
        var claim = Containing(Extract(text, "en"), "Kalynove");

        Assert.Equal("ru_mod", claim.Chain.Origin.Source.SourceId);
        Assert.Equal(wire, claim.Chain.Relays[^1].Source.Name);
    }

    [Theory]
    [InlineData("Russian forces captured the village of Kalynove, the defence ministry said.\n(NTB/Reuters)\n tx-0412", "en", "Reuters", "NTB")]
    [InlineData("Российские войска заняли село Калиново, сообщили в Минобороны России.\n(РИА Новости/ТАСС)", "ru", "TASS", "RIA Novosti")]
    public void TwoWiresInOneCredit_AreBothRelays_TheOneNamedLastNearestTheOrigin(string text, string language, string nearer, string outer)
    {
        AssertChain(Assert.Single(Extract(text, language)), "ru_mod", nearer, outer);
    }

    [Fact]
    public void BodyNamedAsTheTextsSource_SpeaksWhereNoOneElseDoes_AndRelaysNoOne()
    {
        var claims = Extract("Джерело: Генеральний штаб ЗСУ\n\nНа Покровському напрямку ворог двічі атакував позиції біля Мирнограда.\nЗеленський заявив, що росіяни втратили під Торецьком 40 військових.", "uk");

        AssertChain(Containing(claims, "двічі атакував"), "ua_general_staff");
        AssertChain(Containing(claims, "втратили під Торецьком"), "zelensky");
    }

    [Fact]
    public void SurnameAloneOfASpeakerTheRegistryDoesNotKnow_IsThatSpeaker_WithTheRelaysNamedForHim()
    {
        var claims = Extract("Российские войска заняли село Калиново, сообщил заместитель командующего группировкой генерал-майор Петр Сидоренко, передает ТАСС.\n«Противник отступил к Покровску, бросив технику», — рассказал Сидоренко.", "ru");

        // The chain's names from the origin outwards: the speaker as the report first named him, then the outlet.
        var chain = Containing(claims, "отступил к Покровску").Chain;
        Assert.Equal(["Петр Сидоренко", "TASS"], [chain.Origin.Source.Name, .. chain.Relays.Select(relay => relay.Source.Name)]);
    }

    [Fact]
    public void BodyNamedWithTheBodyItBelongsTo_IsThePart_NotAnOutletToldByTheWhole()
    {
        var claim = Assert.Single(Extract("Уночі ворог застосував 20 ударних дронів, інформує Командування Повітряних Сил ЗСУ.", "uk"));

        AssertChain(claim, "ua_air_force");
    }

    [Theory]
    [InlineData("Генштаб ЗСУ повідомив, що ворог атакував позиції біля Торецька. Сили ППО збили 12 дронів над Києвом, повідомив Сергій Попко.\nПосадовець повідомив, що уламки пошкодили два будинки.", "uk", "уламки пошкодили")]
    [InlineData("The General Staff said Russian forces attacked near Toretsk. Air defences shot down 12 drones over Kyiv, Serhiy Popko said.\nThe official said debris had damaged two houses.", "en", "debris had damaged")]
    public void SingleOfficialAsSpeaker_IsThePersonWhoSpokeLast_NotABody(string text, string language, string words)
    {
        Assert.Equal("popko", Containing(Extract(text, language), words).Chain.Origin.Source.SourceId);
    }

    [Theory]
    [InlineData("Российские военные освободили село Калиново.\nКадры опубликовало 9 марта Минобороны РФ.", "ru", "освободили село")]
    [InlineData("Російські військові захопили село Калинове.\nВідео оприлюднило 9 березня Міноборони РФ.", "uk", "захопили село")]
    public void FootageNamedAsTheObject_WithTheDateBeforeItsPublisher_PointsBackAtWhatItShows(string text, string language, string words)
    {
        Assert.Equal("ru_mod", Containing(Extract(text, language), words).Chain.Origin.Source.SourceId);
    }

    [Fact]
    public void LineOfTheTextThatOnlyStartsWithBy_CreditsNoWire()
    {
        var claim = Assert.Single(Extract("Bykov said Russian forces captured the village of Kalynove.\nReuters-style rules do not apply here at all today.", "en"));

        Assert.Empty(claim.Chain.Relays);
    }

    [Fact]
    public void DescriptionAfterAPersonsName_WithoutItsClosingComma_IsThatPersonsApposition()
    {
        var claim = Assert.Single(Extract("Oleksandr Syrskyi, the Ukrainian Armed Forces commander-in-chief on Sunday said that Ukrainian troops had pulled back from Krynky.", "en"));

        Assert.Equal("syrskyi", claim.Chain.Origin.Source.SourceId);
    }

    [Fact]
    public void TimeBeforeACommaAndABody_IsNoNameTheBodyDescribes()
    {
        var claim = Assert.Single(Extract("On Sunday, the Ukrainian General Staff said that Russian troops had attacked near Krynky.", "en"));

        Assert.Equal("ua_general_staff", claim.Chain.Origin.Source.SourceId);
    }

    [Fact]
    public void JoiningWordInsideABodysName_KeepsTheWholeName()
    {
        var claim = Assert.Single(Extract("The Khortytsia Operational and Strategic Group has confirmed that Russian troops attacked near Siversk.", "en"));

        Assert.Equal("khortytsia", claim.Chain.Origin.Source.SourceId);
    }

    [Theory]
    [InlineData("Russian troops shelled Vovchansk overnight. This was stated by the head of the Investigative Department of the National Police in the Kharkiv region, Petro Marchuk.")]
    [InlineData("Russian troops shelled Vovchansk overnight, said the head of the police department in the Kharkiv region, Petro Marchuk.")]
    public void NameSetOffByACommaAfterTheSpeakersDescription_IsTheSpeaker(string text)
    {
        var claim = Containing(Extract(text, "en"), "shelled Vovchansk");

        Assert.Equal("Petro Marchuk", claim.Chain.Origin.Source.Name);
    }

    [Fact]
    public void PersonPronoun_AfterAPersonIntroducedInALaterSentenceThanTheLastSpeaker_IsThatPerson()
    {
        var claims = Extract("Russia's defence ministry said a fire had damaged the cruiser. But the governor of the Odesa region, Maksym Marchenko, is telling another story.\n\n\"Ukrainian missiles struck the cruiser near Odesa,\" he said.", "en");

        Assert.Equal("marchenko", Containing(claims, "missiles struck").Chain.Origin.Source.SourceId);
    }

    [Fact]
    public void PersonPronoun_AfterAPersonSpokenOfByThePronounCarriedSpeaker_StaysTheSpeaker()
    {
        var claims = Extract("Ukrainian forces repelled an attack near Pokrovsk, Zelensky said. He recalled the report of Oleksandr Syrskyi on the fighting.\n\n\"Russian troops lost 40 men near Pokrovsk,\" he said.", "en");

        Assert.Equal("zelensky", Containing(claims, "lost 40 men").Chain.Origin.Source.SourceId);
    }

    [Theory]
    [InlineData("Russian forces captured the village of Kalynove, according to a statement from the Russian defence ministry.", "ru_mod")]
    [InlineData("Russian forces captured the village of Kalynove, according to the report by the Russian defence ministry.", "ru_mod")]
    public void AccordingToAStatementByItsAuthor_IsTheAuthors(string text, string origin)
    {
        Assert.Equal(origin, OriginOfOnlyClaim(text, "en"));
    }

    [Fact]
    public void PassiveQuotation_WithItsQuoterAfterBy_IsTheQuotedPartysPassedOnByTheQuoter()
    {
        var claim = Assert.Single(Extract("\"Air defence destroyed six drones over the Bryansk region,\" the Russian defence ministry was quoted as saying by TASS.", "en"));

        AssertChain(claim, "ru_mod", "TASS");
    }

    [Theory]
    [InlineData("State news agency TASS quoted the defence ministry as saying its air defences had shot down six drones over the Kursk region.", "ru_mod", "TASS")]
    [InlineData("Ukrinform quoted the defence ministry as saying that Ukrainian units had repelled an assault near Pokrovsk.", "ua_mod", "Ukrinform")]
    public void OutletQuotingABodyAsSaying_PassesOnTheBodyOfItsOwnSide(string text, string origin, string outlet)
    {
        AssertChain(Assert.Single(Extract(text, "en")), origin, outlet);
    }

    [Fact]
    public void HeadlineBodyNoun_IsTheBodyTheReportQuotesAfterIt_NotTheTroopsItSpeaksOf()
    {
        var claims = Extract("В ведомстве заявили, что штурмовые отряды заняли село Калиново\n\nПодразделения ВСУ отступили к Покровску, оставив позиции. Об этом сообщили в Минобороны России.", "ru");

        Assert.Equal("ru_mod", Containing(claims, "заняли село").Chain.Origin.Source.SourceId);
    }

    [Theory]
    [InlineData("Ворог втратив позиції біля Калинового.\nТаку інформацію повідомив речник Сил оборони півдня Владислав Волошин.", "uk", "втратив позиції", "voloshyn_vladyslav")]
    [InlineData("The enemy lost its positions near Kalynove.\nThis information was confirmed by the spokesman of the Southern Defence Forces, Vladyslav Voloshyn.", "en", "lost its positions", "voloshyn_vladyslav")]
    public void StatementNamedAsTheObjectOfASaying_PointsBackAtTheSentencesBefore(string text, string language, string words, string origin)
    {
        Assert.Equal(origin, Containing(Extract(text, language), words).Chain.Origin.Source.SourceId);
    }

    [Fact]
    public void PassiveQuotation_WithNoQuoterNamed_WasPassedOnByTheOutletThatSpokeLast()
    {
        var claims = Extract("Russian state media said on Friday that the frigate was hit.\n\n\"The frigate was damaged by a fire on board,\" the Russian defence ministry was quoted as saying.", "en");

        Assert.Equal("ru_mod", Containing(claims, "damaged by a fire").Chain.Origin.Source.SourceId);
        Assert.Equal(["Russian state media"], Containing(claims, "damaged by a fire").Chain.Relays.Select(relay => relay.Source.Name));
    }

    [Fact]
    public void PointerWithTheseWords_GivesTheSpeakerAfterIt()
    {
        var claims = Extract("Российские войска за месяц взяли под контроль восемь населенных пунктов. С такими словами выступил генерал-лейтенант Роман Греков, передает ТАСС.", "ru");

        var claim = Containing(claims, "взяли под контроль");
        Assert.Equal("grekov", claim.Chain.Origin.Source.SourceId);
        Assert.Equal(["tass"], claim.Chain.Relays.Select(relay => relay.Source.SourceId));
    }

    [Fact]
    public void OutletCreditingASentence_PassesOnTheAttributionOpeningIt()
    {
        var claims = Extract("Як розповів начальник Запорізької ОВА Іван Федоров, внаслідок удару пошкоджено два будинки, передає УНН.", "uk");

        AssertChain(Assert.Single(claims), "fedorov_zaporizhzhia", "UNN");
    }

    [Fact]
    public void ImpersonalSaying_AfterAnOutletsCredit_RetellsTheBodyTheOutletPassedOn()
    {
        var claims = Extract("Сили оборони відбили 12 атак біля Покровська. Про це повідомляє Генштаб, пише УНН.\n\"Противник втратив 40 військових\", - йдеться у повідомленні.", "uk");

        Assert.Equal("ua_general_staff", Containing(claims, "Противник втратив").Chain.Origin.Source.SourceId);
    }

    [Theory]
    [InlineData("Ivan Fedorov said (in a Telegram post) that Russian drones had hit two houses in Zaporizhzhia.", "en", "Telegram")]
    [InlineData("Іван Федоров заявив (у Facebook), що російські дрони влучили у два будинки в Запоріжжі.", "uk", "Facebook")]
    public void PlatformInParenthesesAfterTheVerb_IsARelay(string text, string language, string platform)
    {
        AssertChain(Assert.Single(Extract(text, language)), "fedorov_zaporizhzhia", platform);
    }

    [Theory]
    [InlineData("Про це у Фейсбуці повідомив начальник Запорізької ОВА Іван Федоров. Ворог обстріляв Степногірськ з артилерії.", "Facebook")]
    [InlineData("Ворог обстріляв Степногірськ з артилерії. Про це в етері телемарафону \"Єдині новини\" повідомив Іван Федоров.", "United News telethon")]
    public void RelayNamedInAnInflectedOrVariantForm_IsRead(string text, string relay)
    {
        AssertChain(Containing(Extract(text, "uk"), "обстріляв Степногірськ"), "fedorov_zaporizhzhia", relay);
    }

    [Theory]
    [InlineData("Російські дрони атакували енергетичний об'єкт у Харкові — Синєгубов", "syniehubov")]
    [InlineData("Окупанти вдарили по Запоріжжю керованими авіабомбами – голова ОВА Іван Федоров", "fedorov_zaporizhzhia")]
    [InlineData("Знищено два склади боєприпасів окупантів на лівобережжі — ССО", "ua_sso")]
    public void HeadlineCreditingItsSpeakerAfterADash_IsTheSpeakers(string text, string speaker)
    {
        Assert.Equal(speaker, Assert.Single(Extract(text, "uk")).Chain.Origin.Source.SourceId);
    }

    [Fact]
    public void DashBeforeADescription_IsNoCredit()
    {
        var claim = Assert.Single(Extract("Противник атакував Куп'янськ — місто на півночі області", "uk"));

        Assert.Equal(SourceKind.Publisher, claim.Chain.Origin.Source.Kind);
    }

    [Theory]
    [InlineData("Начальник Дніпропетровської ОВА Сергій Лисак заявив, що ворог обстріляв Нікополь з артилерії.\nПо Марганцю окупанти поцілили двома дронами, – заявив очільник ОВА.", "uk", "поцілили двома дронами", "lysak")]
    [InlineData("Глава Луганской ОВА Сергей Гайдай рассказал, что Лисичанск обстреливают из артиллерии.\nВ районе Золотого идут тяжелые бои, сообщил глава ОВА.", "ru", "идут тяжелые бои", "haidai")]
    public void OfficeHolderDescribedByHisOfficeAndItsBody_IsThePersonNotTheBody(string text, string language, string words, string person)
    {
        Assert.Equal(person, Containing(Extract(text, language), words).Chain.Origin.Source.SourceId);
    }

    [Fact]
    public void BodyNamedWithOf_IsNoPersonWhoseSurnameIsItsLastWord()
    {
        var origin = Assert.Single(Extract("According to the Ministry of Defence, Russian troops tried to break through near Vovchansk on Friday.", "en")).Chain.Origin.Source;

        Assert.NotEqual("Defence", origin.Name);
        Assert.Equal(SourceKind.MilitaryCommand, origin.Kind);
    }

    [Theory]
    [InlineData("Ukraine's special forces said they had destroyed a Russian radar station in Crimea.")]
    [InlineData("Ukrainian special forces said they had destroyed a Russian radar station in Crimea.")]
    public void SpecialForcesOfUkraine_AreItsSpecialOperationsForces(string text)
    {
        Assert.Equal("ua_sso", Assert.Single(Extract(text, "en")).Chain.Origin.Source.SourceId);
    }

    [Theory]
    [InlineData("Ukrainian troops withdrew from Avdiivka, RBC-Ukraine reported, citing a Facebook post by Commander-in-Chief Oleksandr Syrskyi.", "en", "withdrew")]
    [InlineData("Украинские войска вышли из Авдеевки. Об этом сообщает РБК-Украина со ссылкой на Facebook главнокомандующего ВСУ Александра Сырского.", "ru", "вышли")]
    [InlineData("Українські війська вийшли з Авдіївки. Про це повідомляє РБК-Україна з посиланням на Facebook головнокомандувача ЗСУ Олександра Сирського.", "uk", "вийшли")]
    public void CitingThePlatformOfAPerson_CitesThePersonThroughThePlatform(string text, string language, string words)
    {
        AssertChain(Containing(Extract(text, language), words), "syrskyi", "Facebook", "RBC-Ukraine");
    }

    [Fact]
    public void CitingTheBriefingOfAnAdviser_CitesTheAdviserNotTheOfficeInHisTitle()
    {
        var claims = Extract("Війська противника вклинилися на відстань до п'яти кілометрів на півночі Харківської області. "
            + "Про це повідомляє РБК-Україна з посиланням на брифінг радника Офісу президента Олексія Арестовича.", "uk");

        AssertChain(Containing(claims, "вклинилися"), "arestovych", "RBC-Ukraine");
    }

    [Theory]
    [InlineData("In a video posted on Telegram, Kharkiv governor Oleh Syniehubov said Russian drones had struck two houses in Kharkiv.")]
    [InlineData("On his Telegram channel, Oleh Syniehubov said Russian drones had struck two houses in Kharkiv.")]
    public void OpeningPhraseNamingThePlatform_GivesItsRelayToTheSpeakerAfterIt(string text)
    {
        AssertChain(Assert.Single(Extract(text, "en")), "syniehubov", "Telegram");
    }

    [Theory]
    [InlineData("Russia's Defence Ministry, meanwhile, said its troops had captured the village of Novoselivka.", "en", "ru_mod")]
    [InlineData("Ukraine's General Staff, however, said the attack on Novoselivka had been repelled.", "en", "ua_general_staff")]
    [InlineData("Генштаб ЗСУ, своєю чергою, повідомив, що ворог атакував позиції біля Торецька.", "uk", "ua_general_staff")]
    [InlineData("Минобороны России в свою очередь заявило, что подразделения освободили село Новоселовка.", "ru", "ru_mod")]
    [InlineData("Energoatom, on the other hand, said Russia had shelled the Zaporizhzhia power plant.", "en", "energoatom")]
    [InlineData("Russia's Defence Ministry, for its part, said its troops had captured the village of Novoselivka.", "en", "ru_mod")]
    [InlineData("Минобороны России, с другой стороны, заявило, что подразделения освободили село Новоселовка.", "ru", "ru_mod")]
    [InlineData("Минобороны России со своей стороны заявило, что подразделения освободили село Новоселовка.", "ru", "ru_mod")]
    [InlineData("Генштаб ЗСУ, натомість, повідомив, що ворог атакував позиції біля Торецька.", "uk", "ua_general_staff")]
    [InlineData("Генштаб ЗСУ зі свого боку повідомив, що ворог атакував позиції біля Торецька.", "uk", "ua_general_staff")]
    public void AsideBetweenSpeakerAndVerb_LeavesTheSpeakerBeforeIt(string text, string language, string speaker) =>
        Assert.Equal(speaker, OriginOfOnlyClaim(text, language));

    [Theory]
    [InlineData("Local media reported that explosions were heard in Kherson overnight.", "Local media")]
    [InlineData("Russian state media claimed that Ukrainian forces had shelled the town of Vasylivka.", "Russian state media")]
    public void MediaBeforeAVerbInThePast_IsItsSpeaker(string text, string speaker)
    {
        var origin = Assert.Single(Extract(text, "en")).Chain.Origin.Source;

        Assert.Equal(speaker, origin.Name);
        Assert.NotEqual(SourceKind.Publisher, origin.Kind);
    }

    [Fact]
    public void MediaReportsAsANoun_AreNoSaying()
    {
        var claim = Assert.Single(Extract("Russian troops shelled Vasylivka overnight, according to the regional governor, while media reports spoke of a fire.", "en"));

        Assert.Equal(SourceKind.Official, claim.Chain.Origin.Source.Kind);
    }

    [Theory]
    [InlineData("Russia's Defence Ministry has released a video showing its troops after they captured the village of Novoselivka.", "en", "ru_mod")]
    [InlineData("The General Staff of Ukraine's armed forces issued a statement saying the attack on Novoselivka had been repelled.", "en", "ua_general_staff")]
    [InlineData("Минобороны России опубликовало видео, на котором подразделения освободили село Новоселовка.", "ru", "ru_mod")]
    [InlineData("Генштаб ЗСУ оприлюднив дані, за якими ворог атакував позиції біля Торецька.", "uk", "ua_general_staff")]
    public void BodyPublishingAStatementOrFootage_SpeaksWhatItShows(string text, string language, string speaker) =>
        Assert.Equal(speaker, OriginOfOnlyClaim(text, language));

    [Theory]
    [InlineData("Russia's Defence Ministry said its missiles had struck a depot near Kupiansk, where Ukraine said 12 civilians were wounded.", "struck a depot", "ru_mod")]
    [InlineData("Ukraine's General Staff said its troops had repelled an attack near Vovchansk, while Russia's Defence Ministry said its forces captured the village of Tykhe.", "repelled an attack", "ua_general_staff")]
    public void AttributionAfterAClauseOpener_TakesOnlyTheWordsAfterIt(string text, string words, string speaker)
    {
        Assert.Equal(speaker, Containing(Extract(text, "en"), words).Chain.Origin.Source.SourceId);
    }

    [Fact]
    public void QuotationClosedByItsSpeaker_WithWordsAfterTheAttribution_IsHisFromWhereItOpens()
    {
        var claims = Extract("Kyiv's defence ministry gave an update on Monday.\n\n“We are pursuing an offensive operation in the Kursk region. Currently, we control nearly 1,000 square kilometers of Russian territory. Battles are going on all along the front,” Syrskyi said, speaking via video link.", "en");

        Assert.Equal("syrskyi", Containing(claims, "pursuing an offensive").Chain.Origin.Source.SourceId);
        Assert.Equal("syrskyi", Containing(claims, "we control nearly").Chain.Origin.Source.SourceId);
    }

    [Theory]
    [InlineData("Ukraine's General Staff disputed the account, stating that the missile had struck a school in Kupiansk.", "en", "struck a school", "ua_general_staff")]
    [InlineData("Минобороны России обвинило ВСУ в ракетном ударе по жилому дому в Белгороде.", "ru", "ракетном ударе", "ru_mod")]
    [InlineData("Генштаб ЗСУ звинуватив росіян в обстрілі школи у Куп'янську.", "uk", "обстрілі школи", "ua_general_staff")]
    public void DisputingOrAccusing_IsASayingOfItsSubject(string text, string language, string words, string speaker)
    {
        Assert.Equal(speaker, Containing(Extract(text, language), words).Chain.Origin.Source.SourceId);
    }

    [Theory]
    [InlineData("Глава Минобороны уточнил, что российские войска заняли село Кисловка.", "ru", "2023-03-01", "shoigu")]
    [InlineData("Глава Минобороны уточнил, что российские войска заняли село Кисловка.", "ru", "2024-06-03", "belousov")]
    [InlineData("The chief of the HUR said Ukrainian drones had destroyed a Russian patrol boat near Crimea.", "en", "2024-06-03", "budanov")]
    [InlineData("The leader of PMC Wagner claimed his fighters had captured the village of Berkhivka.", "en", "2023-03-01", "prigozhin")]
    public void HeadOfABody_IsThePersonWhoHeldThatOfficeOnTheReportsDay(string text, string language, string day, string person)
    {
        var published = DateTimeOffset.Parse(day, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(person, Assert.Single(Extract(text, language, published)).Chain.Origin.Source.SourceId);
    }

    [Fact]
    public void DeputyOfABody_IsNotItsHead()
    {
        var claims = Extract("Заступник начальника ГУР заявив, що українські дрони знищили російський катер біля Криму.", "uk");

        Assert.NotEqual("budanov", Assert.Single(claims).Chain.Origin.Source.SourceId);
    }

    [Fact]
    public void SentencesAfterTheReportsOwnRecap_DoNotCarryTheStatementBeforeIt()
    {
        var claims = Extract("Гладков сообщил, что беспилотник атаковал Шебекино.\nРанее ВСУ обстреляли Белгород. При обстреле ранены четыре человека.", "ru");

        Assert.Equal(SourceKind.Publisher, Containing(claims, "ранены четыре").Chain.Origin.Source.Kind);
    }

    [Theory]
    [InlineData("Глава Чечни Рамзан Кадыров сообщил, что бойцы «Ахмата» заняли село Рыжевка.\n\nОднако ради этого ВСУ пришлось перебросить резервы из Херсонской области. Украинские войска безуспешно пытаются контратаковать.", "ru", "пытаются контратаковать")]
    [InlineData("Голова Чечні Рамзан Кадиров заявив, що бійці «Ахмату» зайняли село Рижівка.\n\nВодночас ЗСУ перекинули резерви з Херсонщини. Українські війська намагаються контратакувати біля села.", "uk", "намагаються контратакувати")]
    public void ParagraphOpeningOnAContrastOrATurn_EndsTheRunOfTheStatementBeforeIt(string text, string language, string words)
    {
        Assert.Equal(SourceKind.Publisher, Containing(Extract(text, language), words).Chain.Origin.Source.Kind);
    }

    [Theory]
    [InlineData("Триває 50 доба героїчного протистояння Українського народу російському воєнному вторгненню.\nНа Донецькому напрямку противник намагався наступати в районі Мар'їнки.", "uk", "намагався наступати")]
    [InlineData("Продолжаются 50-е сутки героического противостояния украинского народа российскому военному вторжению.\nНа Донецком направлении противник пытался наступать в районе Марьинки.", "ru", "пытался наступать")]
    public void ReprintedGeneralStaffBulletin_SpeaksInTheGeneralStaffsVoice(string text, string language, string words)
    {
        Assert.Equal("ua_general_staff", Containing(Extract(text, language), words).Chain.Origin.Source.SourceId);
    }

    [Theory]
    [InlineData("Генштаб ЗСУ повідомив, що ворог атакував позиції біля Торецька.\n\"Противник втратив 40 військових\", — уточнило українське військове командування.", "uk", "2024-06-03", "Противник втратив", "ua_general_staff")]
    [InlineData("Министр обороны России Сергей Шойгу заявил, что российские войска заняли село Кисловка.\n«Противник потерял 40 военнослужащих», — заявил глава оборонного ведомства.", "ru", "2022-09-21", "Противник потерял", "shoigu")]
    public void BareDescriptionOfThreeWords_TakesUpThePartyNamedBefore(string text, string language, string published, string words, string speaker)
    {
        var claims = Extract(text, language, DateTimeOffset.Parse(published, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(speaker, Containing(claims, words).Chain.Origin.Source.SourceId);
    }

    [Theory]
    [InlineData("Силы обороны Украины уничтожили девять вертолетов на аэродроме Бердянска, сообщили в ССО. || Российские войска обстреляли Херсон.", "ru", "обстреляли Херсон")]
    [InlineData("Сили оборони знищили дев'ять гелікоптерів на аеродромі Бердянська, повідомили в ССО. || Російські війська обстріляли Херсон.", "uk", "обстріляли Херсон")]
    public void ItemAfterADoubleBar_DoesNotCarryTheSpeakerOfTheItemBeforeIt(string text, string language, string words)
    {
        Assert.Equal(SourceKind.Publisher, Containing(Extract(text, language), words).Chain.Origin.Source.Kind);
    }

    [Theory]
    [InlineData("Російська артилерія обстріляла Сіверськ. Ворог завдав авіаудару поблизу Лисичанська, – йдеться у ранковому звіті Генштабу ЗСУ.", "uk", "обстріляла Сіверськ", "ua_general_staff")]
    [InlineData("Потери противника за сутки составили 300 военнослужащих. Российские войска освободили село Кисловка, сообщает Минобороны РФ.", "ru", "Потери противника", "ru_mod")]
    public void CreditClosingAParagraph_SpeaksForTheUnattributedSentencesBeforeIt(string text, string language, string words, string speaker)
    {
        Assert.Equal(speaker, Containing(Extract(text, language), words).Chain.Origin.Source.SourceId);
    }

    [Fact]
    public void CreditInsideAParagraph_LeavesTheSentencesBeforeItToTheOutlet()
    {
        var claims = Extract("Российская авиация нанесла удар по Харькову. Российские войска освободили село Кисловка, сообщает Минобороны РФ. В Харькове ранены три человека.", "ru");

        Assert.Equal(SourceKind.Publisher, Containing(claims, "удар по Харькову").Chain.Origin.Source.Kind);
    }

    [Theory]
    [InlineData("По данным российского военного ведомства, российские войска заняли село Кисловка.", "ru", "ru_mod")]
    [InlineData("Як повідомили в оборонному відомстві України, українські сили відбили атаку біля Часового Яру.", "uk", "ua_mod")]
    public void BodyDescribedByItsFunctionInAnyCase_IsThatSidesBody(string text, string language, string body) =>
        Assert.Equal(body, OriginOfOnlyClaim(text, language));

    [Theory]
    [InlineData("Министерство обороны РФ сообщило об освобождении села Кисловка.\nПо информации источников, село освободили бойцы группировки «Юг».", "ru", "село освободили")]
    [InlineData("Генштаб ЗСУ повідомив, що ворог атакував позиції біля Торецька.\nЗа даними джерел, українські сили відійшли з села Щербинівка.", "uk", "сили відійшли")]
    [InlineData("Russia's Defence Ministry said its forces had captured Kalynove.\nThe newspaper reported, citing sources, that Ukrainian troops had withdrawn from the village.", "en", "troops had withdrawn")]
    public void UnnamedSources_AreAnUnnamedOrigin_NotABodyQuotedBefore(string text, string language, string words)
    {
        var origin = Containing(Extract(text, language), words).Chain.Origin.Source;

        Assert.Null(origin.SourceId);
        Assert.Equal(SourceKind.Unknown, origin.Kind);
    }

    [Fact]
    public void TheSource_TakesUpTheUnnamedPartyQuotedBefore()
    {
        var claims = Extract("Russian forces destroyed a Ukrainian platoon near Yegorovka, security forces told TASS.\nThe Defence Ministry said on Monday that the village had been liberated.\n\"Russian flags have been hoisted in the settlement,\" the source said.", "en");

        Assert.Equal("security forces", Containing(claims, "flags have been hoisted").Chain.Origin.Source.Name);
    }

    [Theory]
    [InlineData("Министр обороны Сергей Шойгу доложил о полном взятии под контроль Авдеевки. Об этом в субботу сообщил ТАСС.", "ru", "shoigu", "TASS")]
    [InlineData("Речник Повітряних сил Юрій Ігнат заявив, що сили ППО збили 20 дронів. Про це повідомляє Укрінформ.", "uk", "ihnat", "Ukrinform")]
    public void OutletPointingBack_RelaysTheSpeakerOfTheSentenceBefore(string text, string language, string speaker, string outlet)
    {
        var claim = Assert.Single(Extract(text, language));

        AssertChain(claim, speaker, outlet);
    }

    [Fact]
    public void EnglishParagraphNamingNoSpeaker_AfterAStatement_IsTheOutletsVoice()
    {
        var claims = Extract("Russian forces struck Kryvyi Rih with a ballistic missile, the Defence Ministry said.\n\nPeople ran for cover as fires broke out, and at least 16 people were killed.", "en");

        Assert.Equal(SourceKind.Publisher, Containing(claims, "16 people were killed").Chain.Origin.Source.Kind);
    }

    [Fact]
    public void EnglishParagraphGoingOnWithAQuotation_StaysTheSpeakers()
    {
        var claims = Extract("Russian forces struck Kryvyi Rih with a ballistic missile, the Defence Ministry said.\n\n\"Up to 30 foreign instructors were killed in the strike.\"", "en");

        Assert.Equal("ru_mod", Containing(claims, "instructors were killed").Chain.Origin.Source.SourceId);
    }

    [Theory]
    // Backshifted to the past perfect
    [InlineData("Russian forces struck Kryvyi Rih with a ballistic missile, the Defence Ministry said.\n\nUp to 30 foreign instructors had been killed in the strike.", "instructors had been killed", "ru_mod")]
    // Quoting a fragment
    [InlineData("Russian forces struck Kryvyi Rih with a ballistic missile, the Defence Ministry said.\n\nThe strike killed \"up to 30 foreign instructors\" at the site.", "The strike killed", "ru_mod")]
    // Between two statements of the speaker
    [InlineData("'Russia is lying about the target,' said the General Staff of Ukraine.\nThe information spread by Russia is false. The missile struck a residential area and a children's playground.\n'The enemy violates international law. It will be held accountable,' the General Staff stated.", "missile struck", "ua_general_staff")]
    public void EnglishParagraphGoingOnWithTheStatementsAccount_StaysTheSpeakers(string text, string words, string speaker)
    {
        Assert.Equal(speaker, Containing(Extract(text, "en"), words).Chain.Origin.Source.SourceId);
    }

    [Theory]
    // A past perfect dated by a year
    [InlineData("Russian forces struck Kryvyi Rih with a ballistic missile, the Defence Ministry said.\n\nA missile had hit the same district in June 2024.", "had hit")]
    // Naming the speaker before his next statement
    [InlineData("Oleksandr Syrskyi said Ukrainian forces controlled 1,000 square kilometres of the Kursk region.\n\nRussian troops attacked Sudzha overnight, a day before Oleksandr Syrskyi met the president.\n\n\"We continue the offensive operation,\" he said.", "attacked Sudzha")]
    public void EnglishParagraphOfTheOutletsOwnNarration_IsTheOutletsVoice(string text, string words)
    {
        Assert.Equal(SourceKind.Publisher, Containing(Extract(text, "en"), words).Chain.Origin.Source.Kind);
    }

    [Fact]
    public void EnglishParagraphWithASpeakerTheRegistryDoesNotKnow_GoesOnWithTheSpeakerBefore()
    {
        var claims = Extract("\"Intense fighting continues near Vovchansk,\" General Serhiy Melnyk said on Wednesday.\n\nMelnik said that at least 24 people were injured in Russian bombing of the Kharkiv region.", "en");

        Assert.Contains("Melnyk", Containing(claims, "24 people were injured").Chain.Origin.Source.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void EnglishParagraphNamingNoSpeaker_AfterThePublisherRetellingACitedSource_GoesOnWithTheSource()
    {
        const string text = "Over the past 24 hours, 142 combat engagements took place along the front line, Ukrinform reports, citing the General Staff of the Armed Forces of Ukraine.\n\nIn the Toretsk sector, the enemy attacked nine times near Toretsk and Zalizne.";
        var claims = Extractor.Extract(new Report(null, "Ukrinform", null, June3, "en", null, text, new InputLocation("test")), []);

        Assert.Equal("ua_general_staff", Containing(claims, "attacked nine times").Chain.Origin.Source.SourceId);
    }

    [Fact]
    public void RussianParagraphNamingNoSpeaker_AfterAStatement_GoesOnWithIt()
    {
        var claims = Extract("Российские войска нанесли удар по Кривому Рогу, сообщило Минобороны РФ.\n\nВ результате удара уничтожены до 30 иностранных инструкторов.", "ru");

        Assert.Equal("ru_mod", Containing(claims, "уничтожены").Chain.Origin.Source.SourceId);
    }

    [Fact]
    public void AccordingToHim_TakesUpTheSpeakerQuotedBefore()
    {
        var claims = Extract("Kharkiv governor Oleh Syniehubov said fighting continues on the streets of Vovchansk.\n\nAccording to him, Russian troops shelled Vovchansk overnight.", "en");

        Assert.Equal("syniehubov", Containing(claims, "shelled Vovchansk").Chain.Origin.Source.SourceId);
    }

    [Theory]
    [InlineData("Москва заявила, що російські війська захопили село Кліщіївка.", "uk")]
    [InlineData("Москва заявила, что российские войска освободили село Клещеевка.", "ru")]
    public void CapitalAsSpeaker_IsItsSideSpeakingAsAWhole(string text, string language)
    {
        var origin = Assert.Single(Extract(text, language)).Chain.Origin.Source;

        Assert.Equal(("Russian side", Side.RU), (origin.Name, origin.Side));
    }

    [Theory]
    [InlineData("Российские военные заняли село Суворово, пишет «Свободная пресса».", "ru")]
    [InlineData("Російські військові зайняли село Суворове, пише «Вільна преса».", "uk")]
    public void QuotedTitleAfterTheVerb_IsAnOutletAsOrigin_EvenWhereItSpellsAPlace(string text, string language)
    {
        var origin = Assert.Single(Extract(text, language)).Chain.Origin.Source;

        Assert.Equal(SourceKind.IndependentMedia, origin.Kind);
    }

    [Theory]
    [InlineData("\u201cUkrainian troops shelled Horlivka overnight,\u201d Peskov told reporters.")]
    [InlineData("\u201cUkrainian troops shelled Horlivka overnight,\u201d Peskov told a press conference in Moscow.")]
    [InlineData("\u201cUkrainian troops shelled Horlivka overnight,\u201d Peskov told Russian journalists.")]
    public void ListenerOfTellingWithoutAName_IsAnAudience_NotARelay(string text)
    {
        AssertChain(Assert.Single(Extract(text, "en")), "peskov");
    }

    [Theory]
    [InlineData("Российские войска продвинулись к Курахово. Об этом ТАСС рассказал глава ДНР Денис Пушилин.", "ru", "продвинулись", "pushilin", "TASS")]
    [InlineData("Окупанти залишили позиції на острові Олексіївський. Про це Укрінформу повідомив речник Сил оборони Півдня Владислав Волошин.", "uk", "залишили позиції", "voloshyn_vladyslav", "Ukrinform")]
    public void OutletNamedBetweenPointerAndVerb_WithTheSpeakerAfterTheVerb_IsTheOneTold(string text, string language, string words, string speaker, string outlet)
    {
        AssertChain(Containing(Extract(text, language), words), speaker, outlet);
    }

    [Theory]
    [InlineData("Российские войска заняли село Калиново, сообщили в Минобороны России.\n\nИсточник: http://gazeta19.ru/", "ru", "gazeta19.ru")]
    [InlineData("Російські війська захопили село Калинове, повідомили в Міноборони РФ.\n\nДжерело: https://www.ukrinform.ua/rubric-ato/3901.html", "uk", "Ukrinform")]
    [InlineData("Russian forces captured the village of Kalynove, the defence ministry said.\n\nSource: https://www.kyivpost.com/post/3901", "en", "Kyiv Post")]
    public void WebAddressAfterASourceLabel_CreditsThatSite_AsTheLastRelay(string text, string language, string site)
    {
        AssertChain(Assert.Single(Extract(text, language)), "ru_mod", site);
    }

    [Fact]
    public void PlatformAddressAfterASourceLabel_CreditsNoOutlet()
    {
        var claim = Assert.Single(Extract("Російські війська захопили село Калинове, повідомили в Міноборони РФ.\n\nДжерело: https://t.me/mod_russia/41234", "uk"));

        Assert.DoesNotContain(claim.Chain.Relays, relay => relay.Source.Name.Contains("t.me", StringComparison.Ordinal));
    }

    [Fact]
    public void OutletQuotingASpeaker_PassesOnWhatHeSaidOnAPlatform()
    {
        var claims = Extract("Сергей Собянин написал в своем телеграм-канале, что силы ПВО сбили два беспилотника, летевших на Москву. ТАСС цитирует мэра: «Специалисты работают на месте».", "ru");

        AssertChain(Containing(claims, "сбили"), "sobyanin", "Telegram", "TASS");
    }

    [Theory]
    [InlineData("Мэр Белгорода Валентин Демидов сообщил об обстреле. «Ракета попала в жилой дом», — приводит его слова ТАСС.", "ru", "Ракета попала", "TASS")]
    [InlineData("Мэр Белгорода Валентин Демидов сообщил об обстреле. «Ракета попала в жилой дом», — приводит его слова Znak.", "ru", "Ракета попала", "Znak")]
    [InlineData("Речник Сил оборони Півдня Владислав Волошин розповів про обстріл. «Ворог обстріляв Херсон з артилерії», — наводить його слова Укрінформ.", "uk", "обстріляв Херсон", "Ukrinform")]
    public void OutletQuotingSomeonesWords_AfterTheQuotation_IsTheRelay(string text, string language, string words, string outlet)
    {
        Assert.Equal([outlet], Containing(Extract(text, language), words).Chain.Relays.Select(relay => relay.Source.Name));
    }

    [Fact]
    public void OutletQuotingABodysStatement_NamedBeforeTheNoun_RelaysTheBody()
    {
        var claims = Extract("На крейсере «Москва» произошел пожар, сообщили в Минобороны России.\n«Корабль получил серьезные повреждения, — приводит «Интерфакс» сообщение ведомства.", "ru");

        AssertChain(Containing(claims, "повреждения"), "ru_mod", "Interfax");
    }

    [Fact]
    public void VerbOfQuotingWithoutANounOfWords_QuotesNoOne()
    {
        var claim = Assert.Single(Extract("Обстрел ВСУ привел к гибели двух мирных жителей, сообщил губернатор Белгородской области Вячеслав Гладков.", "ru"));

        Assert.Empty(claim.Chain.Relays);
    }

    [Fact]
    public void CitingParticiple_AfterAnOutlet_CitesThePartyNamedAfterIt()
    {
        var claim = Assert.Single(Extract("По данным агентства Укринформ, ссылающегося на командующего группировкой ВСУ «Таврия» Александра Тарнавского, украинские войска начали отходить с позиций.", "ru"));

        AssertChain(claim, "tarnavskyi", "Ukrinform");
    }

    [Fact]
    public void OutletTitleInQuotes_BeforeTheCommaOfACitingFrame_StillCites()
    {
        var claim = Assert.Single(Extract("Украинские войска отошли с позиций под Авдеевкой, сообщает издание «Страна», ссылающееся на командующего группировкой «Таврия» Александра Тарнавского.", "ru"));

        Assert.Equal("tarnavskyi", claim.Chain.Origin.Source.SourceId);
    }

    [Fact]
    public void CitedAsSaying_QuotesTheParty_TheCitingOutletARelay()
    {
        var claim = Assert.Single(Extract("Ukrainian media cited Ukraine's General Staff as saying that Russian troops attacked positions near Pokrovsk 40 times.", "en"));

        AssertChain(claim, "ua_general_staff", "Ukrainian media");
    }

    [Fact]
    public void CitedWithoutAsSaying_QuotesNoOne()
    {
        var claim = Assert.Single(Extract("The Kremlin cited security concerns after Russian troops shelled Kupiansk overnight.", "en"));

        Assert.Equal(SourceKind.Publisher, claim.Chain.Origin.Source.Kind);
    }

    [Theory]
    [InlineData("Ukraine's General Staff confirmed the withdrawal from Vuhledar to the BBC.", "BBC News")]
    [InlineData("Ukraine's General Staff described the Russian assault on Pokrovsk to Reuters.", "Reuters")]
    public void OutletAVerbOfSayingTellsItsObjectTo_IsARelay(string text, string outlet)
    {
        AssertChain(Assert.Single(Extract(text, "en")), "ua_general_staff", outlet);
    }

    [Fact]
    public void PartyAVerbOfSayingTellsItsObjectTo_IsNoRelayUnlessAnOutlet()
    {
        var claim = Assert.Single(Extract("Ukraine's General Staff reported the Russian assault on Pokrovsk to President Zelensky.", "en"));

        Assert.Empty(claim.Chain.Relays);
    }

    [Fact]
    public void SaidBeforeAClauseWithItsOwnAuxiliary_IsNoInvertedSpeaker_AndTheClauseIsAClaimOfItsOwn()
    {
        var claims = Extract("President Volodymyr Zelenskyy accused Vladimir Putin of trying to surround Ukraine's forces in the Kursk region amid ceasefire talks with the United States, but said Ukraine's forces had not been trapped.", "en");
        var denial = Containing(claims, "had not been trapped");
        Assert.Equal(ClaimKind.Denial, denial.Kind);
        Assert.Equal("zelensky", denial.Chain.Origin.Source.SourceId);
    }

    [Fact]
    public void ClaimedBeforeAClauseWithItsOwnAuxiliary_TakesNoSpeakerFromTheWordsAfterIt()
    {
        var claim = Containing(Extract("The Khortytsia group of forces reported fighting near Siversk on Monday. The unit claimed it had inflicted heavy losses on Russian forces.", "en"), "heavy losses");
        Assert.DoesNotContain("Russian forces", claim.Chain.Origin.Source.Name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"Ukrainian units withdrew from Vuhledar to preserve personnel,\" reads a message on the official Telegram channel of the Khortytsia Operational and Strategic Group.")]
    [InlineData("Ukrainian units withdrew from Vuhledar to preserve personnel, according to a post on Telegram by the Khortytsia Operational and Strategic Group.")]
    public void StatementNamingItsAuthorAfterThePlatform_IsTheAuthorsWords(string text)
    {
        AssertChain(Assert.Single(Extract(text, "en")), "khortytsia", "Telegram");
    }

    [Fact]
    public void StatementAfterAVerbWithItsSpeakerBefore_IsTheVerbsObject()
    {
        var claim = Assert.Single(Extract("Oleh Syniehubov posted a video of Russian troops shelling Kharkiv.", "en"));

        Assert.Equal("syniehubov", claim.Chain.Origin.Source.SourceId);
    }

    [Fact]
    public void PassiveSaying_WithThePlatformBeforeItsAgent_IsTheAgentsWords()
    {
        var claims = Extract("Ukrainian forces withdrew from Avdiivka.\n\nThis was reported on Facebook by the Commander-in-Chief Oleksandr Syrskyi.", "en");

        AssertChain(Containing(claims, "withdrew"), "syrskyi", "Facebook");
    }

    [Theory]
    [InlineData("Sources in Ukraine's General Staff said Ukrainian forces had shot down the plane near Belgorod.", "en")]
    [InlineData("Ukrainian forces shot down the plane near Belgorod, local media reported, citing sources in Kyiv's military.", "en")]
    [InlineData("Украинские военные сбили самолет под Белгородом, сообщили источники в Генштабе ВСУ.", "ru")]
    [InlineData("Українські військові збили літак під Бєлгородом, повідомили джерела в Генштабі ЗСУ.", "uk")]
    public void SourcesNamedByTheBodyTheySitIn_AreUnnamedInformantsNotTheBody(string text, string language)
    {
        var origin = Assert.Single(Extract(text, language)).Chain.Origin.Source;

        Assert.Null(origin.SourceId);
        Assert.Equal(SourceKind.Unknown, origin.Kind);
    }

    [Theory]
    [InlineData("Serhiy Cherevatyi, the spokesman for the eastern command, said Russian forces attacked Bakhmut.\nREAD MORE: Vladimir Putin says his troops will take Bakhmut\nHe added that Ukrainian units repelled 20 attacks near Bakhmut.", "en", "repelled 20 attacks")]
    [InlineData("Сергей Череватый заявил, что российские войска атаковали Бахмут.\nЧитайте также: Владимир Путин заявил о скором взятии Бахмута\nОн добавил, что украинские подразделения отразили 20 атак у Бахмута.", "ru", "отразили 20 атак")]
    [InlineData("Сергій Череватий заявив, що російські війська атакували Бахмут.\nЧитайте також: Володимир Путін заявив про швидке взяття Бахмута\nВін додав, що українські підрозділи відбили 20 атак біля Бахмута.", "uk", "відбили 20 атак")]
    public void LinkToAnotherItem_QuotesNoOne_AndLeavesThePronounToTheSpeakerBeforeIt(string text, string language, string words)
    {
        Assert.Equal("cherevatyi", Containing(Extract(text, language), words).Chain.Origin.Source.SourceId);
    }

    [Theory]
    [InlineData("Евгений Пригожин заявил, что «Вагнер» взял Клещеевку.\n«Вокруг Клещеевки еще ведутся бои», — сообщила его пресс-служба.", "ru", "ведутся бои")]
    [InlineData("Євген Пригожин заявив, що «Вагнер» захопив Кліщіївку.\n«Навколо Кліщіївки тривають бої», — повідомила його прес-служба.", "uk", "тривають бої")]
    public void PressServiceOwnedByAPronoun_SpeaksForTheOneThePronounMeans(string text, string language, string words)
    {
        Assert.Equal("prigozhin", Containing(Extract(text, language), words).Chain.Origin.Source.SourceId);
    }

    [Theory]
    [InlineData("Владимир Путин заявил, что российские войска взяли Авдеевку.\n«Бои идут на окраинах», — сообщил его пресс-секретарь.", "ru", "Бои идут")]
    [InlineData("Володимир Зеленський заявив, що ЗСУ відбили атаку на Вовчанськ.\n«Бої тривають на околицях», — повідомив його прес-секретар.", "uk", "Бої тривають")]
    public void PersonOwnedByAPronoun_IsNotTheOneThePronounMeans(string text, string language, string words)
    {
        var origin = Containing(Extract(text, language), words).Chain.Origin.Source;

        Assert.NotEqual("putin", origin.SourceId);
        Assert.NotEqual("zelensky", origin.SourceId);
    }

    [Theory]
    [InlineData("Об этом заявил министр обороны РФ Сергей Шойгу. Глава Минобороны уточнил, что российские войска заняли село Кисловка.", "ru", "Кисловка")]
    [InlineData("Про це заявив міністр оборони РФ Сергій Шойгу. Керівник Міноборони РФ уточнив, що російські війська зайняли село Кисличівка.", "uk", "Кисличівка")]
    [InlineData("Russian Defence Minister Sergei Shoigu spoke on Wednesday. The head of the Russian Defence Ministry said Russian troops had captured the village of Kyslivka.", "en", "Kyslivka")]
    public void HeadOfABody_InAnUndatedReport_IsTheHolderOfThatOfficeTheReportNames(string text, string language, string words)
    {
        var undated = Extractor.Extract(new Report(null, "Test Outlet", null, null, language, null, text, new InputLocation("test")), []);

        Assert.Equal("shoigu", Containing(undated, words).Chain.Origin.Source.SourceId);
    }

    [Theory]
    [InlineData("Губернатор Белгородской области Вячеслав Гладков приехал в Шебекино. Мэр Белгорода Валентин Демидов заявил, что дрон упал на парковку. Губернатор также сообщил, что ВСУ обстреляли село Новая Таволжанка.", "ru", "Новая Таволжанка", "gladkov")]
    [InlineData("Губернатор Бєлгородської області В'ячеслав Гладков приїхав до Шебекіно. Мер Бєлгорода Валентин Демидов заявив, що дрон упав на парковку. Губернатор також повідомив, що ЗСУ обстріляли село Нова Таволжанка.", "uk", "Нова Таволжанка", "gladkov")]
    [InlineData("Russian President Vladimir Putin signed a decree. Defence Minister Sergei Shoigu said Ukraine had lost 100 tanks. The president also said Russian troops had captured the village of Kyslivka.", "en", "Kyslivka", "putin")]
    public void BareOfficeNoun_IsThePersonNamedBeforeWhoseTitlesHoldIt_NotTheLastSpeaker(string text, string language, string words, string person)
    {
        Assert.Equal(person, Containing(Extract(text, language), words).Chain.Origin.Source.SourceId);
    }

    [Theory]
    [InlineData("Під час авіаудару по аеродрому Канатове загинуло семеро військових — глава Кіровоградської ОВА", "uk", "глава")]
    [InlineData("При авиаударе по аэродрому Канатово погибли семь военных — глава Кировоградской ОВА", "ru", "глава")]
    [InlineData("Seven servicemen were killed in a strike on the Kanatove airfield, a spokesman for the Kirovohrad Regional Military Administration said.", "en", "spokesman")]
    public void OfficeOfABody_WhoseHolderIsUnknown_IsAnUnnamedOfficer_NotTheBody(string text, string language, string office)
    {
        var origin = Assert.Single(Extract(text, language)).Chain.Origin.Source;

        Assert.Null(origin.SourceId);
        Assert.StartsWith(office, origin.Name, StringComparison.Ordinal);
        Assert.Equal(SourceKind.Official, origin.Kind);
    }

    [Theory]
    [InlineData("Повітряні сили ЗСУ знищили командний пункт 8-ї армії РФ на аеродромі в Чорнобаївці - Арестович", "uk", "arestovych")]
    [InlineData("Воздушные силы ВСУ уничтожили командный пункт 8-й армии РФ на аэродроме в Чернобаевке - Арестович", "ru", "arestovych")]
    [InlineData("Russian forces shelled the outskirts of Kherson overnight - Prokudin", "en", "prokudin")]
    public void HeadlineCredit_AfterAHyphenTypedForADash_NamesTheSpeaker(string text, string language, string speaker)
    {
        Assert.Equal(speaker, Assert.Single(Extract(text, language)).Chain.Origin.Source.SourceId);
    }

    [Theory]
    [InlineData("«Освобождён Купянск-Узловой», — сказал он. Герасимов также сообщил, что бои продолжаются в Глушковке.", "ru", "Купянск")]
    [InlineData("«Звільнено Куп'янськ-Вузловий», — сказав він. Герасимов також повідомив, що бої тривають у Глушківці.", "uk", "Куп'янськ")]
    [InlineData("\"Our forces have liberated Kupiansk-Vuzlovyi,\" he said. Gerasimov also said fighting continued in Glushkovka.", "en", "Kupiansk")]
    public void PronounOpeningAnItem_StandsForThePersonNamedAfterIt(string text, string language, string words)
    {
        Assert.Equal("gerasimov", Containing(Extract(text, language), words).Chain.Origin.Source.SourceId);
    }

    [Theory]
    [InlineData("Ukraine's army said it was withdrawing from the town of Vuhledar. \"The units are leaving the town,\" the Khortytsia group said in a Telegram post.", "en", "withdrawing")]
    [InlineData("ВСУ заявили, что украинские подразделения оставили Угледар. «Войска выведены из города», — сообщили в ОСГВ «Хортица».", "ru", "оставили Угледар")]
    [InlineData("ЗСУ заявили, що українські підрозділи залишили Вугледар. \"Війська виведено з міста\", — повідомили в ОСУВ \"Хортиця\".", "uk", "залишили Вугледар")]
    public void ForcesNamedAsAWhole_SpeakThroughTheOneCommandWithinThemTheReportQuotes(string text, string language, string words)
    {
        Assert.Equal("khortytsia", Containing(Extract(text, language, new DateTimeOffset(2024, 10, 2, 9, 0, 0, TimeSpan.Zero)), words).Chain.Origin.Source.SourceId);
    }

    [Theory]
    [InlineData("Со слов губернатора Вячеслава Гладкова, ВСУ обстреляли село Новая Таволжанка.", "ru", "gladkov")]
    [InlineData("Согласно словам губернатора Вячеслава Гладкова, ВСУ обстреляли село Новая Таволжанка.", "ru", "gladkov")]
    [InlineData("Зі слів голови ОВА Олександра Прокудіна, російські війська обстріляли Херсон.", "uk", "prokudin")]
    [InlineData("Згідно зі словами голови ОВА Олександра Прокудіна, російські війська обстріляли Херсон.", "uk", "prokudin")]
    public void FromTheWordsOf_AttributesTheClauseToThePersonNamed(string text, string language, string person)
    {
        Assert.Equal(person, Assert.Single(Extract(text, language, new DateTimeOffset(2023, 6, 3, 9, 0, 0, TimeSpan.Zero))).Chain.Origin.Source.SourceId);
    }
    [Theory]
    [InlineData("Ранее губернатор Вячеслав Гладков заявил, что один мирный житель погиб при ударе по Шебекино, сообщает Telegram-канал «Рыбарь».", "ru")]
    [InlineData("Раніше губернатор В'ячеслав Гладков заявив, що один мирний житель загинув унаслідок удару по Шебекіному, повідомляє Telegram-канал «Рибар».", "uk")]
    [InlineData("Governor Vyacheslav Gladkov said one civilian was killed in a strike on Shebekino, Rybar reported.", "en")]
    public void ChannelCreditingASentenceWhoseSpeakerItNames_RelaysHim_NotTheOrigin(string text, string language)
    {
        var chain = Assert.Single(Extract(text, language)).Chain;

        Assert.Equal("gladkov", chain.Origin.Source.SourceId);
        Assert.Contains(chain.Relays, relay => relay.Source.SourceId == "rybar");
    }

    [Theory]
    [InlineData("Российские войска заняли село Кисловка, сообщает Telegram-канал «Рыбарь».", "ru")]
    [InlineData("Російські війська зайняли село Кисличівка, повідомляє Telegram-канал «Рибар».", "uk")]
    [InlineData("Russian troops have captured the village of Kyslivka, Rybar reported.", "en")]
    public void ChannelCreditingASentenceThatNamesNoSpeaker_IsItsOrigin(string text, string language)
    {
        Assert.Equal("rybar", OriginOfOnlyClaim(text, language));
    }

    [Theory]
    [InlineData("Губернатор Вячеслав Гладков заявил, что один мирный житель погиб при ударе по Шебекино, сообщает Telegram-канал «Радиоточка НСН».", "ru")]
    [InlineData("Губернатор В'ячеслав Гладков заявив, що один мирний житель загинув унаслідок удару по Шебекіному, повідомляє Telegram-канал «Радіоточка НСН».", "uk")]
    [InlineData("Governor Vyacheslav Gladkov said one civilian was killed in a strike on Shebekino, Radiotochka NSN reported.", "en")]
    public void PublishersOwnChannel_IsThePublisher_AndRelaysNothing(string text, string language)
    {
        var publisher = language == "en" ? "NSN" : "НСН";
        var chain = Assert.Single(Extractor.Extract(new Report(null, publisher, null, June3, language, null, text, new InputLocation("test")), [])).Chain;

        Assert.Equal("gladkov", chain.Origin.Source.SourceId);
        Assert.Empty(chain.Relays);
    }
    [Theory]
    [InlineData("Министр обороны Сергей Шойгу заявил, что призовут 300 тысяч резервистов. Началось обращение президента России Владимира Путина. Президент также заявил, что российские войска заняли село Кисловка.", "ru", "Кисловка")]
    [InlineData("Міністр оборони Сергій Шойгу заявив, що призвуть 300 тисяч резервістів. Почалося звернення президента Росії Володимира Путіна. Президент також заявив, що російські війська зайняли село Кисличівка.", "uk", "Кисличівка")]
    [InlineData("Defence Minister Sergei Shoigu said 300,000 reservists would be called up. The address of Russian President Vladimir Putin began. The president also said Russian troops had captured the village of Kyslivka.", "en", "Kyslivka")]
    public void PresidentNoun_IsThePresidentNamedBefore_NotHisBodyNorTheLastSpeaker(string text, string language, string words)
    {
        Assert.Equal("putin", Containing(Extract(text, language), words).Chain.Origin.Source.SourceId);
    }

    [Theory]
    [InlineData("Как сообщил замглавы Координационного штаба Андрей Юсов, за год удалось провести десять обменов. Также штаб организовал обмен пленными в три этапа.\n\nПо словам представительницы секретариата штаба Марии Коваль, со штабом сотрудничают правозащитные организации.", "ru", "обмен пленными")]
    [InlineData("Як повідомив заступник голови Координаційного штабу Андрій Юсов, за рік вдалося провести десять обмінів. Також штаб організував обмін полоненими у три етапи.\n\nЗа словами представниці секретаріату штабу Марії Коваль, зі штабом співпрацюють правозахисні організації.", "uk", "обмін полоненими")]
    public void AccordingToOpeningASentenceThatTellsNoHappening_LeavesTheParagraphBeforeToItsOwnSpeaker(string text, string language, string words)
    {
        Assert.Equal("yusov", Containing(Extract(text, language), words).Chain.Origin.Source.SourceId);
    }

    [Theory]
    [InlineData("Zelensky denied on Saturday that his troops were encircled in the Kursk region.\n\nUS President Donald Trump had a day earlier asked Vladimir Putin to spare the lives of Ukrainian troops that he said were completely surrounded by the Russian army.", "en", "completely surrounded")]
    [InlineData("Зеленский в субботу опроверг окружение своих войск в Курской области.\n\nПрезидент США Дональд Трамп накануне попросил Владимира Путина сохранить жизни украинских военных, которые, как он заявил, полностью окружены российской армией.", "ru", "полностью окружены")]
    [InlineData("Зеленський у суботу заперечив оточення своїх військ у Курській області.\n\nПрезидент США Дональд Трамп напередодні попросив Володимира Путіна зберегти життя українських військових, які, як він заявив, повністю оточені російською армією.", "uk", "повністю оточені")]
    public void PronounInTheSentenceOfTwoPersons_StandsForItsSubject_NotThePersonNamedAfterHim(string text, string language, string words)
    {
        Assert.Equal("trump", Containing(Extract(text, language, new DateTimeOffset(2025, 3, 15, 9, 0, 0, TimeSpan.Zero)), words).Chain.Origin.Source.SourceId);
    }

    [Theory]
    [InlineData("Глава ОВА Александр Прокудин сообщил, что российские войска обстреляли Берислав.\nВ Херсоне прогремели взрывы. Как сообщил глава Херсонской МВА Роман Мрочко, оккупанты обстреливают город.", "ru", "прогремели взрывы")]
    [InlineData("Голова ОВА Олександр Прокудін повідомив, що російські війська обстріляли Берислав.\nУ Херсоні пролунали вибухи. Як повідомив керівник Херсонської МВА Роман Мрочко, окупанти обстрілюють місто.", "uk", "пролунали вибухи")]
    public void UnattributedSentenceOpeningAParagraph_IsTheSpeakerCreditedRightAfterIt_NotTheOneBefore(string text, string language, string words)
    {
        Assert.Equal("mrochko", Containing(Extract(text, language, new DateTimeOffset(2024, 5, 3, 9, 0, 0, TimeSpan.Zero)), words).Chain.Origin.Source.SourceId);
    }

    [Theory]
    [InlineData("Военный корреспондент Евгений Поддубный сообщил о боях у Торецка.\n«Российские штурмовые группы продвинулись на окраины Торецка», — написал журналист в своем Telegram-канале.", "ru", "продвинулись", "poddubny")]
    [InlineData("Журналіст Юрій Бутусов розповів про бої біля Часового Яру.\n«Ворог просунувся до каналу в Часовому Яру», — написав журналіст у своєму Telegram-каналі.", "uk", "просунувся", "butusov")]
    [InlineData("War correspondent Yevgeny Poddubny reported fighting near Toretsk.\n\"Russian assault groups have advanced to the outskirts of Toretsk,\" the journalist wrote on his Telegram channel.", "en", "advanced", "poddubny")]
    public void PressRoleNoun_ClosingAQuotation_IsTheReporterNamedBefore_WithHisPlatform(string text, string language, string quoted, string reporter)
    {
        var claim = Containing(Extract(text, language), quoted);

        AssertChain(claim, reporter, "Telegram");
    }

    [Fact]
    public void RoleNounStatingASide_TakesUpNoPartyOfTheOtherSide()
    {
        var claims = Extract("MOSCOW - The Russian army on Friday said it had repelled several attacks in the Zaporizhzhia region.\n\n\"Over the past day, the armed forces of Ukraine tried to advance near Robotyne,\" the army said.", "en");

        var origin = Containing(claims, "repelled several attacks").Chain.Origin.Source;
        Assert.NotEqual("ua_armed_forces", origin.SourceId);
        Assert.Equal(Side.RU, origin.Side);
    }

    [Fact]
    public void SayingJoinedByBut_SharesTheSubjectOpeningItsSentence()
    {
        var claims = Extract("MOSCOW (Reuters) - Russian forces have captured the village of Serebrianka in the Donetsk region, Russia's Defence Ministry said on Wednesday, as war bloggers reported Russian gains near Pokrovsk.\nUkraine's military made no acknowledgement of the village falling into Russian hands, but said the area was gripped by intense fighting.", "en");

        Assert.Equal("ua_armed_forces", Containing(claims, "intense fighting").Chain.Origin.Source.SourceId);
    }

    [Fact]
    public void BareBody_AfterASideSpokeAsAWhole_IsThatSidesBody()
    {
        var claims = Extract("Russia on Saturday said its forces had captured a village in the Donetsk region.\n\nThe defence ministry said its troops liberated the village of Sokil.\n\nKyiv says the fiercest fighting across the front line is taking place in the Donetsk region.", "en");

        Assert.Equal("ru_mod", Containing(claims, "liberated the village").Chain.Origin.Source.SourceId);
    }

    [Theory]
    [InlineData("Russian forces captured the village of Sokil, the defence ministry said on Saturday, as Moscow continues its advance in the Donetsk region.", "captured the village")]
    [InlineData("As Russian forces press their offensive in the north, Ukraine's army said on Friday that its troops had stopped the advance near Vovchansk.", "stopped the advance")]
    public void FrameOfTimeInThePresent_IsTheOutletsOwn_AndLeavesTheStatementItsSpeakers(string text, string words)
    {
        var claims = Extract(text, "en");

        Assert.Equal(SourceKind.Publisher, Assert.Single(claims, claim => claim.Text.StartsWith("as ", StringComparison.OrdinalIgnoreCase)).Chain.Origin.Source.Kind);
        Assert.NotEqual(SourceKind.Publisher, Containing(claims, words).Chain.Origin.Source.Kind);
    }

    [Fact]
    public void DoubleHyphenAfterAWireDateline_PartsTheWireFromTheSpeaker()
    {
        var claim = Assert.Single(Extract("Oct. 2 (UPI) -- Ukrainian forces said Wednesday they had retreated from the town of Vuhledar.", "en"));

        Assert.Equal("Ukrainian forces", claim.Chain.Origin.Source.Name);
        Assert.Equal(["United Press International"], claim.Chain.Relays.Select(relay => relay.Source.Name));
    }

    [Theory]
    [InlineData("At least 12 people were killed in a Russian attack on Kyiv, according to local and regional authorities.", "local and regional authorities")]
    [InlineData("At least 12 people were killed in a Russian attack on Kyiv, according to the governor and the mayor.", "governor")]
    public void ModifiersJoinedByAnd_NameOneParty_WhereDeterminersNameTwo(string text, string origin)
    {
        Assert.Equal(origin, Assert.Single(Extract(text, "en")).Chain.Origin.Source.Name);
    }

    [Fact]
    public void DenialByItsOwnVerb_IsTheDeniersEvenInsideAnotherStatementsSentence()
    {
        var claims = Extract("The head of the Wagner group claimed on Saturday that his fighters had taken the town of Soledar after weeks of fighting but Kyiv officials have denied it.", "en");

        var denial = Assert.Single(claims, claim => claim.Kind == ClaimKind.Denial);
        Assert.Equal(Side.UA, denial.Chain.Origin.Source.Side);
    }

    [Theory]
    [InlineData("Earlier, Ukrainian missile strikes killed up to 60 Russian soldiers in the Kherson region, a Ukrainian military spokeswoman said.\n\nNatalia Gumenyuk, a spokeswoman for the Southern Command, told Kyiv city television that the strikes hit exercises of Russian assault groups.", "en", "killed up to 60", "Natalia Humeniuk")]
    [InlineData("Над Брянской областью уничтожен беспилотник\nПострадавших и разрушений нет, говорится в сообщении главы региона. Александр Богомаз уточняет, что БПЛА был сбит силами ПВО.", "ru", "разрушений нет", "Alexander Bogomaz")]
    [InlineData("The Russian-backed mayor of the eastern Ukrainian city said on Telegram that two civilians died in Donetsk on Sunday after shelling by Ukrainian forces.\n\nAlexey Kulemzin said that a young man and a woman died as a result of enemy fire.", "en", "two civilians died", "Alexei Kulemzin")]
    [InlineData("Eight people were killed and 23 injured by Ukrainian shelling in the Russian-controlled Luhansk region, the Russian-installed administrator of the region said on Friday.\nPasechnik called the attack \"barbaric\" and said Ukraine was targeting residential neighbourhoods.", "en", "Eight people were killed", "Leonid Pasechnik")]
    [InlineData("Russia claimed on Friday that it had destroyed 11 Ukrainian drones overnight, though one UAV dropped explosives on a substation, a regional governor said.\n\n\"Eleven Ukrainian unmanned aerial vehicles were destroyed by air defence systems on duty,\" Russia's defence ministry said.\n\nKursk governor Roman Starovoyt said that the region was \"massively attacked\" by Ukrainian UAVs.", "en", "dropped explosives", "Roman Starovoyt")]
    [InlineData("На Прикарпатті є приліт, постраждали троє людей - голова ОВА\nВранці 26 серпня росіяни вкотре атакували Прикарпаття з повітря. Є влучання і постраждалі.\nПро це повідомила очільниця ОВА Світлана Онищук.", "uk", "постраждали троє людей", "Світлана Онищук")]
    public void SpeakerDescribedByHisOffice_IsThePersonNamedInTheNextStatement(string text, string language, string words, string person)
    {
        Assert.Equal(person, Containing(Extract(text, language), words).Chain.Origin.Source.Name);
    }

    [Fact]
    public void OfficeNoun_NeverTakesUpASideThatSpokeAsAWhole()
    {
        var claims = Extract("Russia says two killed in Ukrainian drone attack on border region\n\nA Ukrainian drone attack on the Russian border region of Belgorod killed two people, the Russian regional governor said.\n\n\"As a result of the explosions, two people were killed,\" Belgorod Governor Vyacheslav Gladkov said in a post on Telegram.", "en");

        Assert.Equal("gladkov", Containing(claims, "border region of Belgorod").Chain.Origin.Source.SourceId);
    }

    [Theory]
    [InlineData("Five civilians were killed in the shelling of Kherson, a Ukrainian military spokesman said.\n\nPresident Volodymyr Zelensky said Russian forces struck the city again.", "zelensky")]
    [InlineData("Five Ukrainian soldiers were killed near Kherson, a Russian-installed spokeswoman said.\n\nNatalia Gumenyuk, a spokeswoman for the Southern Command, said Russian forces struck the city again.", "humeniuk")]
    [InlineData("Five people died in the Rostov region after a car caught fire following a Ukrainian drone strike, Rostov's acting governor said.\n\nUkrainian President Volodymyr Zelensky said troops were pushing Russian forces out of the Sumy region.", "zelensky")]
    public void SpeakerDescribedByHisOffice_IsNotAPersonOfAnotherOfficeSeatOrSideNamedNext(string text, string namedNext)
    {
        var described = Containing(Extract(text, "en"), "Five");

        Assert.NotEqual(namedNext, described.Chain.Origin.Source.SourceId);
    }

    [Theory]
    [InlineData("ВСУ отступили из Муравки. Об этом сообщили в Минобороны РФ, опубликовав кадры боевой работы подразделений 35-й бригады.\n\"Противник, неся значительные потери, отступил\", - говорится в сообщении.", "ru", "отступил\"", "ru_mod")]
    [InlineData("Окупанти відступили з Кліщіївки. Про це повідомили в Генштабі ЗСУ, опублікувавши відео роботи підрозділів 47-ї бригади.\n«Противник, зазнавши значних втрат, відступив», – йдеться у повідомленні.", "uk", "відступив»", "ua_general_staff")]
    public void AdverbialParticipleOfSaying_NamesNoSpeakerOfItsOwn(string text, string language, string words, string origin)
    {
        Assert.Equal(origin, Containing(Extract(text, language), words).Chain.Origin.Source.SourceId);
    }

    [Fact]
    public void ParticiplePhraseBetweenSpeakerAndVerb_LeavesTheSpeakerBeforeIt()
    {
        Assert.Equal("ru_mod", OriginOfOnlyClaim("Russia's defence ministry, writing on Telegram on Thursday, said its forces had taken control of Pobeda.", "en"));
    }
}
