using System.Collections.Immutable;
using Triangulate.Claims;
using Triangulate.Model;

namespace Triangulate.Tests.Claims;

public sealed class RuleBasedClaimExtractorTests
{
    private static readonly RuleBasedClaimExtractor Extractor = new(SourceRegistry.LoadDefault());
    private static readonly DateTimeOffset July5 = new(2024, 7, 5, 9, 0, 0, TimeSpan.Zero);

    private static ImmutableArray<Claim> Extract(string text, string language, string publisher = "Test Outlet", ImmutableArray<string> forwardedFrom = default, ImmutableArray<PlaceMention> places = default) =>
        Extractor.Extract(new Report(null, publisher, null, July5, language, null, text, new InputLocation("test"), forwardedFrom), places.IsDefault ? [] : places);

    private static Claim Only(string text, string language, string publisher = "Test Outlet") => Assert.Single(Extract(text, language, publisher));

    [Fact]
    public void Extract_RussianOnAirStatement_KimakovskyOriginRussia24Relay()
    {
        var claim = Only("Российские войска заняли центр Дзержинска. Об этом в эфире телеканала «Россия 24» заявил советник главы ДНР Игорь Кимаковский.", "ru");

        Assert.Equal("kimakovsky", claim.Chain.Origin.Source.SourceId);
        Assert.Equal("Кимаковский", claim.Chain.Origin.Source.Written?.Split(' ')[^1]);
        Assert.Equal(["rossiya24"], claim.Chain.Relays.Select(relay => relay.Source.SourceId));
    }

    [Fact]
    public void Extract_ReportsCitingSource_CitedSourceIsOrigin()
    {
        var claim = Only("ВС РФ освободили Спорное, сообщает ТАСС со ссылкой на Минобороны России.", "ru");

        Assert.Equal("ru_mod", claim.Chain.Origin.Source.SourceId);
        Assert.Equal(["tass"], claim.Chain.Relays.Select(relay => relay.Source.SourceId));
    }

    [Fact]
    public void Extract_UkrainianRelayByUkrinform_SpokesmanIsOrigin()
    {
        var claim = Only("Сили оборони відбили 12 атак біля Торецька, заявив Віктор Трегубов, передає Укрінформ.", "uk");

        Assert.Equal(ClaimKind.RepelledAttack, claim.Kind);
        Assert.Equal("trehubov", claim.Chain.Origin.Source.SourceId);
        Assert.Equal(["ukrinform"], claim.Chain.Relays.Select(relay => relay.Source.SourceId));
    }

    [Fact]
    public void Extract_EnglishToldTvChannel_SpeakerOriginChannelRelay()
    {
        var claim = Only("Russian troops captured Niu-York, Denis Pushilin told Rossiya 24.", "en");

        Assert.Equal("pushilin", claim.Chain.Origin.Source.SourceId);
        Assert.Equal(["rossiya24"], claim.Chain.Relays.Select(relay => relay.Source.SourceId));
    }

    [Fact]
    public void Extract_AccordingToUnknownSpeaker_DescribedKind()
    {
        var claim = Only("According to a Russian war correspondent, Russian forces advanced 500 metres near Krasnohorivka.", "en");

        Assert.Equal(SourceKind.MilbloggerChannel, claim.Chain.Origin.Source.Kind);
        Assert.Null(claim.Chain.Origin.Source.SourceId);
    }

    [Fact]
    public void Extract_HeAdded_CarriesTheLastSpeaker()
    {
        var claims = Extract("Trehubov said Ukrainian forces repelled 20 assaults near Toretsk.\nHe added that Russian troops lost up to 390 soldiers.", "en");

        Assert.Equal(2, claims.Length);
        Assert.Equal("trehubov", claims[1].Chain.Origin.Source.SourceId);
        Assert.Equal(ClaimKind.Casualties, claims[1].Kind);
    }

    [Fact]
    public void Extract_OwnVoice_PublisherOriginWithoutRelays()
    {
        var claim = Only("Russian drones struck Kharkiv overnight.", "en", publisher: "Kyiv Independent");

        Assert.Equal(SourceKind.Publisher, claim.Chain.Origin.Source.Kind);
        Assert.Empty(claim.Chain.Relays);
    }

    [Fact]
    public void Extract_TelegramForward_ForwardedChannelIsOrigin()
    {
        var claim = Assert.Single(Extract("Наши штурмовики зашли в Нью-Йорк.", "ru", publisher: "Two Majors mirror", forwardedFrom: ["Рыбарь"]));

        Assert.Equal("rybar", claim.Chain.Origin.Source.SourceId);
        Assert.Equal(Side.RU, claim.Actor?.Side);
    }

    [Fact]
    public void Extract_QuotedDenial_IsDenialFromTrehubov()
    {
        var claim = Only("«Інформація про захоплення Торецька не відповідає дійсності», — заявив Трегубов.", "uk");

        Assert.Equal(ClaimKind.Denial, claim.Kind);
        Assert.Equal("trehubov", claim.Chain.Origin.Source.SourceId);
    }

    [Theory]
    [InlineData("Речник ОСУВ «Хортиця» Віктор Трегубов заперечив, що росіяни захопили Часів Яр.", "uk")]
    [InlineData("Виктор Трегубов отрицает, что российские войска захватили Часов Яр.", "ru")]
    public void Extract_SpokesmanDeniesACapture_IsDenialFromTrehubov(string text, string language)
    {
        var claim = Only(text, language);

        Assert.Equal((ClaimKind.Denial, "trehubov"), (claim.Kind, claim.Chain.Origin.Source.SourceId));
    }

    [Theory]
    [InlineData("Российские войска якобы захватили Торецк.", "ru", "якобы")]
    [InlineData("Російські війська нібито захопили Торецьк.", "uk", "нібито")]
    [InlineData("По неподтвержденным данным, ВС РФ захватили Торецк.", "ru", "По неподтвержденным данным")]
    [InlineData("Russian forces reportedly captured Toretsk.", "en", "reportedly")]
    public void Extract_HedgeWords_AreRecorded(string text, string language, string hedge) =>
        Assert.Equal(hedge, Only(text, language).Hedge?.Words);

    [Theory]
    [InlineData("ЗСУ відбили 12 атак під Покровськом.", "uk", ClaimKind.RepelledAttack)]
    [InlineData("Наши ребята двинулись в центр города.", "ru", ClaimKind.Advance)]
    [InlineData("Українські військові відійшли з Очеретиного.", "uk", ClaimKind.Withdrawal)]
    [InlineData("Russian missiles struck an energy facility in Odesa.", "en", ClaimKind.Strike)]
    [InlineData("Противник потерял до 390 военнослужащих.", "ru", ClaimKind.Casualties)]
    [InlineData("Two Russian soldiers were taken prisoner near Vovchansk.", "en", ClaimKind.Prisoners)]
    [InlineData("В Харькове мобилизовали 200 человек.", "ru", ClaimKind.Recruitment)]
    [InlineData("Russian troops launched an assault on Chasiv Yar.", "en", ClaimKind.Attack)]
    public void Extract_EventWords_GiveTheKind(string text, string language, ClaimKind kind) =>
        Assert.Equal(kind, Only(text, language).Kind);

    [Fact]
    public void Extract_CoordinatedClauses_GiveTwoClaims()
    {
        var claims = Extract("ЗСУ відбили 12 атак, а противник просунувся біля Торецька.", "uk");

        Assert.Equal([ClaimKind.RepelledAttack, ClaimKind.Advance], claims.Select(claim => claim.Kind));
    }

    [Fact]
    public void Extract_DecimalCommaKilometres_ReadAsQuantity()
    {
        var quantity = Assert.Single(Only("Подразделения продвинулись на 1,5 км южнее Часова Яра.", "ru").Quantities);

        Assert.Equal((1.5, "km"), (quantity.Value, quantity.Unit));
    }

    [Fact]
    public void Extract_UpToSoldiers_KeepsQualifier()
    {
        var quantity = Assert.Single(Only("Russian troops lost up to 390 soldiers near Pokrovsk.", "en").Quantities);

        Assert.Equal((390d, "personnel", "up to"), (quantity.Value, quantity.Unit, quantity.Qualifier));
    }

    [Theory]
    [InlineData("Two civilians were killed in Kherson, the governor said.", "en", 2d, "people")]
    [InlineData("Унаслідок обстрілу Херсона загинули двоє мирних жителів.", "uk", 2d, "people")]
    [InlineData("В результате обстрела погибли пятеро военнослужащих.", "ru", 5d, "personnel")]
    public void Extract_CountWrittenInWords_ReadAsQuantity(string text, string language, double value, string unit)
    {
        var quantity = Assert.Single(Only(text, language).Quantities);

        Assert.Equal((value, unit), (quantity.Value, quantity.Unit));
    }

    [Theory]
    [InlineData("Russian forces killed at least 65 Ukrainian soldiers near Bakhmut.", "en", 65d, "personnel", "at least")]
    [InlineData("Над Белгородской областью сбили 30 украинских беспилотников.", "ru", 30d, "drones", null)]
    [InlineData("Сили ППО знищили щонайменше двадцять російських ударних дронів.", "uk", 20d, "drones", "щонайменше")]
    public void Extract_CountBeforeDescribingWords_ReadsTheNounCounted(string text, string language, double value, string unit, string? qualifier)
    {
        var quantity = Assert.Single(Only(text, language).Quantities);

        Assert.Equal((value, unit, qualifier), (quantity.Value, quantity.Unit, quantity.Qualifier));
    }

    [Fact]
    public void Extract_OneOfTheThingsNamed_IsNoCount()
    {
        Assert.Empty(Only("One of the drones hit a house in Sumy, the governor said.", "en").Quantities);
    }

    [Theory]
    [InlineData("Вчера ВС РФ нанесли удар по Харькову.", "ru", "2024-07-04", "2024-07-04")]
    [InlineData("Минулої доби ЗСУ відбили 30 атак.", "uk", "2024-07-04", "2024-07-05")]
    [InlineData("В ночь на 3 июля противник атаковал Белгород.", "ru", "2024-07-02", "2024-07-03")]
    [InlineData("Russian forces captured Sokil on July 2.", "en", "2024-07-02", "2024-07-02")]
    [InlineData("Удар по Одесі завдано 01.07.2024.", "uk", "2024-07-01", "2024-07-01")]
    public void Extract_TimeWords_ResolvedAgainstPublished(string text, string language, string from, string to)
    {
        var time = Only(text, language).Time;

        Assert.Equal((DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)), (time?.From, time?.To));
    }

    [Theory]
    [InlineData("Russian forces did not capture Toretsk.", "en")]
    [InlineData("ВС РФ так и не захватили Торецк.", "ru")]
    public void Extract_NegatedEvent_IsMarkedNegated(string text, string language) =>
        Assert.True(Only(text, language).Negated);

    [Theory]
    [InlineData("Analysts note that battles hinge on central districts.")]
    [InlineData("Did Russian forces capture Toretsk?")]
    [InlineData("Toretsk is a major railway junction.")]
    public void Extract_CommentaryQuestionsAndBackground_AreNotClaims(string text) =>
        Assert.Empty(Extract(text, "en"));

    [Fact]
    public void Extract_PlaceInsideClaim_IsAttached()
    {
        const string text = "Russian forces captured Toretsk.";
        var toretsk = new PlaceMention(new Span(24, 31), "Toretsk", null, 0.9);

        var claim = Assert.Single(Extract(text, "en", places: [toretsk]));

        Assert.Equal(toretsk, Assert.Single(claim.Places));
    }

    [Fact]
    public void Extract_EnemyFromUkrainianSpeaker_IsRussian()
    {
        var claim = Only("Ворог атакував позиції біля Часового Яру, заявив Назар Волошин.", "uk");

        Assert.Equal(Side.RU, claim.Actor?.Side);
    }

    [Fact]
    public void Extract_SentenceWithTwoEvents_OneClaimPerClause()
    {
        var claims = Extract("Наши бойцы отбили две атаки у Работино, противник отошел к Малой Токмачке.", "ru", "WarGonzo");

        Assert.Equal([ClaimKind.RepelledAttack, ClaimKind.Withdrawal], claims.Select(claim => claim.Kind));
    }

    [Fact]
    public void Extract_AttemptThenRepulse_IsOneRepelledAttack()
    {
        var claim = Only("The enemy tried to break through near Robotyne twice and was beaten back both times, the brigade said.", "en");

        Assert.Equal(ClaimKind.RepelledAttack, claim.Kind);
    }

    [Fact]
    public void Extract_AgencyNamedAgain_IsTheOriginOfItsOwnClaim()
    {
        var claims = Extract("Як повідомляє Reuters з посиланням на джерела в уряді, росіяни втратили 50 танків. За даними агентства, найбільші втрати вони зазнали під Вугледаром.", "uk");

        Assert.Equal("reuters", claims[^1].Chain.Origin.Source.SourceId);
        Assert.Empty(claims[^1].Chain.Relays);
    }

    [Fact]
    public void Extract_SpokesmanWithHisCommandInApposition_CommandIsNoRelay()
    {
        var claim = Only("Речник Генштабу ЗСУ Андрій Ковальов повідомив, що сили оборони уразили склад пального у Ростовській області.", "uk");

        Assert.Equal("kovalov", claim.Chain.Origin.Source.SourceId);
        Assert.Empty(claim.Chain.Relays);
    }

    [Fact]
    public void Extract_ForcesNamedAsActor_AreNoSpeaker()
    {
        var claim = Only("Минулої доби ворог 30 разів атакував позиції ЗСУ біля Курахового, повідомляє Генштаб ЗСУ.", "uk");

        Assert.Equal("ua_general_staff", claim.Chain.Origin.Source.SourceId);
        Assert.Empty(claim.Chain.Relays);
    }

    [Fact]
    public void Extract_DeniedStatementsAuthor_IsNoRelay()
    {
        var claim = Only("Заява Міноборони Росії про захоплення Вовчанська не відповідає дійсності, заявили в Генштабі ЗСУ.", "uk");

        Assert.Equal(ClaimKind.Denial, claim.Kind);
        Assert.Equal("ua_general_staff", claim.Chain.Origin.Source.SourceId);
        Assert.Empty(claim.Chain.Relays);
    }

    [Fact]
    public void Extract_PersonNamedInSpeakersRoleApposition_IsNoRelay()
    {
        var claim = Only("Igor Kimakovsky, an adviser to Denis Pushilin, the Moscow-backed head of the region, told Rossiya 24 that Russian units had taken the Niu-York railway station.", "en");

        Assert.Equal("kimakovsky", claim.Chain.Origin.Source.SourceId);
        Assert.Equal(["rossiya24"], claim.Chain.Relays.Select(relay => relay.Source.SourceId));
    }

    [Fact]
    public void Extract_UkrainianApposition_HeadNamedInsideIsNoRelay()
    {
        var claim = Only("Ігор Кимаковський, радник Дениса Пушиліна, заявив в ефірі «России 24», що російські війська захопили вокзал у Нью-Йорку.", "uk");

        Assert.Equal("kimakovsky", claim.Chain.Origin.Source.SourceId);
        Assert.Equal(["rossiya24"], claim.Chain.Relays.Select(relay => relay.Source.SourceId));
    }

    [Fact]
    public void Extract_ListedSpeakers_AreNotReadAsApposition()
    {
        var claim = Only("Russian forces captured Niu-York, Igor Kimakovsky and Denis Pushilin said on Rossiya 24.", "en");

        Assert.Contains("pushilin", claim.Chain.Relays.Prepend(claim.Chain.Origin).Select(party => party.Source.SourceId));
    }

    [Fact]
    public void Extract_PublisherToldByItsSpeaker_IsNoRelayUnderItsFeedTitle()
    {
        var claim = Only("Сили оборони відбили 9 атак біля Часового Яру, сказав Укрінформу Віктор Трегубов.", "uk", publisher: "Укрінформ — Фронт");

        Assert.Equal("trehubov", claim.Chain.Origin.Source.SourceId);
        Assert.Empty(claim.Chain.Relays);
    }

    [Fact]
    public void Extract_UnknownPublisherNamedInText_IsNoRelay()
    {
        var claim = Only("Ukrainian forces repelled six attacks near Pokrovsk, Nazar Voloshyn told the Donbas Herald.", "en", publisher: "Donbas Herald — Front Line");

        Assert.Equal("voloshyn", claim.Chain.Origin.Source.SourceId);
        Assert.DoesNotContain(claim.Chain.Relays, relay => relay.Source.Name.Contains("Herald", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_IndefiniteOfficialLaterNamed_ResolvesToTheNamedOfficial()
    {
        var claims = Extract(
            "Russian troops have taken the railway station of Niu-York, a Kremlin-backed official said on Friday, according to TASS.\n\n"
            + "Denis Pushilin, the head of the Russian-installed administration, told state television that the station was cleared in the morning.",
            "en");

        Assert.Equal("pushilin", claims[0].Chain.Origin.Source.SourceId);
        Assert.Equal(["tass"], claims[0].Chain.Relays.Select(relay => relay.Source.SourceId));
    }

    [Fact]
    public void Extract_IndefiniteOfficialOfTheOtherSide_StaysUnnamed()
    {
        var claims = Extract(
            "Russian troops have taken the railway station of Niu-York, a Ukrainian official said on Friday.\n\n"
            + "Denis Pushilin told state television that the station was cleared in the morning.",
            "en");

        Assert.Null(claims[0].Chain.Origin.Source.SourceId);
    }

    /// <summary>Ukrainska Pravda's headline of 4 July 2024 (samples/html/pravda-2024-07-04-toretsk-claim.html).</summary>
    private const string OccupiersClaimHeadline = "Окупанти заявляють про захоплення центру Торецька, у Силах оборони це заперечують";

    [Fact]
    public void Extract_OccupiersClaimInHeadline_TheRussianSideIsTheOrigin()
    {
        var claim = Extract(OccupiersClaimHeadline, "uk", publisher: "Українська правда")[0];

        Assert.Equal(ClaimKind.TerritorialControl, claim.Kind);
        Assert.Equal(("Окупанти", Side.RU, (string?)null), (claim.Chain.Origin.Source.Written, claim.Chain.Origin.Source.Side, claim.Chain.Origin.Source.SourceId));
    }

    [Fact]
    public void Extract_OccupiersClaimInHeadline_TheDenialIsTheDefenceForces()
    {
        var claims = Extract(OccupiersClaimHeadline, "uk", publisher: "Українська правда");

        Assert.Equal(2, claims.Length);
        Assert.Equal((ClaimKind.Denial, "ua_defence_forces"), (claims[1].Kind, claims[1].Chain.Origin.Source.SourceId));
    }

    [Theory]
    [InlineData("Росіяни стверджують, що зайшли в центр Торецька.", "uk")]
    [InlineData("Россияне утверждают, что заняли центр Дзержинска.", "ru")]
    [InlineData("Russians claim to have captured the centre of Toretsk.", "en")]
    [InlineData("В Кремле заявили, что российские войска заняли Торецк.", "ru")]
    public void Extract_SideSayingAsAWhole_IsTheOriginOnThatSide(string text, string language)
    {
        var origin = Only(text, language).Chain.Origin.Source;

        Assert.Equal((SourceKind.Official, Side.RU), (origin.Kind, origin.Side));
    }

    [Fact]
    public void Extract_SideInGenitiveBeforeASayingWord_IsNoSpeaker()
    {
        var claim = Only("Про атаки окупантів біля Торецька повідомляють у Генштабі ЗСУ.", "uk");

        Assert.Equal("ua_general_staff", claim.Chain.Origin.Source.SourceId);
    }

    [Fact]
    public void Extract_SideNamedAfterAnotherSpeaker_IsNotReadAsThatSpeaker()
    {
        var claims = Extract("Віктор Трегубов заявив, що Сили оборони відбили 12 атак біля Торецька.\nОкупанти заявляють про захоплення центру Торецька.", "uk");

        Assert.Equal((Side.RU, (string?)null), (claims[1].Chain.Origin.Source.Side, claims[1].Chain.Origin.Source.SourceId));
    }

    [Fact]
    public void Extract_DenialOpeningAQuotation_IsTheSpeakerNamedAfterItNotTheOneBefore()
    {
        var claims = Extract(
            "Igor Kimakovsky, an adviser to Russian-installed proxy leader Denis Pushilin, said on the state TV channel Russia 24 that Russian units had seized several apartment blocks in central Toretsk. "
            + "\"This is not true. The town is held by the Defence Forces, fighting is going on at its outskirts,\" Viktor Trehubov, spokesperson for the Khortytsia group of forces, told the Kyiv Independent by phone.",
            "en", publisher: "The Kyiv Independent");

        var denial = Assert.Single(claims, claim => claim.Kind == ClaimKind.Denial);
        Assert.Equal("trehubov", denial.Chain.Origin.Source.SourceId);
    }

    [Fact]
    public void Extract_QuotationAfterTheStatementItAnswers_IsTheSpokesmans()
    {
        var claims = Extract(
            "Він прокоментував заяву радника ватажка окупаційної адміністрації Донеччини Ігоря Кимаковського, який в ефірі російського телеканалу «Россия 24» стверджував, нібито російські підрозділи зайшли в центр Торецька від шахти «Північна». "
            + "«Місто під контролем Сил оборони. Ворог намагається штурмувати околиці, зокрема з боку Північного, але в центрі міста окупантів немає», — зазначив Трегубов.",
            "uk", publisher: "Суспільне");

        Assert.Equal(["kimakovsky", "trehubov", "trehubov"], claims.Select(claim => claim.Chain.Origin.Source.SourceId));
    }

    [Fact]
    public void Extract_QuotationLabelledWithItsSpeaker_IsHisThroughout()
    {
        var claims = Extract(
            "Пряма мова Трегубова: «Окупанти не вперше оголошують про \"захоплення\" того, чого не захопили. Ворог намагається прорватися до міста малими групами, вони знищуються. Ситуація складна, але контрольована».",
            "uk", publisher: "Українська правда");

        Assert.NotEmpty(claims);
        Assert.All(claims, claim => Assert.Equal("trehubov", claim.Chain.Origin.Source.SourceId));
    }

    [Fact]
    public void Extract_QuotationClosedByAPronounSpeaker_IsTheSpeakerBefore()
    {
        var claims = Extract(
            "Заява російської сторони про нібито захоплення центральної частини Торецька не відповідає дійсності. Про це в коментарі Укрінформу сказав начальник управління комунікацій угруповання «Хортиця» Віктор Трегубов.\n"
            + "«Центр Торецька контролюють українські військові. Окупанти штурмують околиці міста, зокрема з боку Північного та шахти „Північна“, але всі атаки відбиваються», — наголосив він.",
            "uk", publisher: "Укрінформ — Війна");

        Assert.All(claims, claim => Assert.Equal("trehubov", claim.Chain.Origin.Source.SourceId));
    }

    [Fact]
    public void Extract_DenyingWordsAfterAQuotation_AreNoDenialOfTheirOwn()
    {
        var claims = Extract("«Це неправда. Місто під контролем Сил оборони», — заперечив Трегубов.", "uk");

        Assert.Equal([ClaimKind.Denial, ClaimKind.TerritorialControl], claims.Select(claim => claim.Kind));
    }

    [Fact]
    public void Extract_SpeakerInACommentToAnOutlet_IsTheOriginAndTheOutletNoRelay()
    {
        var claim = Extract(
            "Начальник управління комунікацій угруповання «Хортиця» Віктор Трегубов у коментарі «Українській правді» заявив, що центр Торецька контролюють українські підрозділи, а бої тривають на східних околицях міста та біля Північного.",
            "uk", publisher: "pravda.com.ua")[0];

        Assert.Equal("trehubov", claim.Chain.Origin.Source.SourceId);
        Assert.Empty(claim.Chain.Relays);
    }
}
