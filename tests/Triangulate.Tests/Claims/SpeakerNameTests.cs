using System.Collections.Immutable;
using Triangulate.Claims;
using Triangulate.Model;
using Triangulate.Places;

namespace Triangulate.Tests.Claims;

/// <summary>
/// Who a speaker's name means: a surname alone among the registry's namesakes, a surname that also spells a village,
/// a name with a nickname inside it. The sentences are written for these tests in the shapes the real corpus shows
/// (data/real); places are found by the bundled gazetteer, as in a real run.
/// </summary>
public sealed class SpeakerNameTests
{
    private static readonly RuleBasedClaimExtractor Extractor = new(SourceRegistry.LoadDefault());
    private static readonly PlaceFinder Places = new(Gazetteer.LoadDefault());

    private static ImmutableArray<Claim> Extract(string text, string language, DateTimeOffset published)
    {
        var report = new Report(null, "Test Outlet", null, published, language, null, text, new InputLocation("test"));
        return Extractor.Extract(report, Places.Find(report));
    }

    private static Claim Containing(ImmutableArray<Claim> claims, string words) =>
        Assert.Single(claims, claim => claim.Text.Contains(words, StringComparison.Ordinal));

    [Theory]
    [InlineData("Речник Сил оборони півдня Владислав Волошин повідомив, що окупанти обстріляли Херсон.\n\nВолошин також зазначив, що ворог атакував позиції біля Гуляйполя.", "2025-11-27", "voloshyn_vladyslav")]
    [InlineData("Голова Київської ОВА Олексій Кулеба повідомив, що окупанти обстріляли Васильків.\n\nКулеба додав, що ракетний удар поцілив у нафтобазу.", "2022-02-27", "kuleba_oleksiy")]
    public void SurnameAlone_MeansTheNamesakeTheReportNamesInFull(string text, string day, string expected)
    {
        var claims = Extract(text, "uk", DateTimeOffset.Parse(day, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, claims[^1].Chain.Origin.Source.SourceId);
    }

    [Fact]
    public void SurnameAlone_OfAPersonNamedInFull_SpeaksEvenWhereAVillageBearsIt()
    {
        var claims = Extract(
            "Росіяни вдарили по Запорізькому району, написав голова ОВА Іван Федоров.\n\n\"Жінка поранена внаслідок атаки\", - написав Федоров у телеграм-каналі.",
            "uk", new DateTimeOffset(2026, 2, 7, 18, 0, 0, TimeSpan.Zero));

        var wounded = Containing(claims, "Жінка поранена");
        Assert.Equal("fedorov_zaporizhzhia", wounded.Chain.Origin.Source.SourceId);
        Assert.Equal("Telegram", Assert.Single(wounded.Chain.Relays).Source.Name);
    }

    [Theory]
    [InlineData("Andrii Kovalenko, a press officer of the 24th Mechanized Brigade, said Russian troops were entering the centre of Toretsk.", "en", "Andrii Kovalenko")]
    [InlineData("Андрій Коваленко, речник 24-ї окремої механізованої бригади, повідомив, що російські військові заходять у центр Торецька.", "uk", "Андрій Коваленко")]
    public void RegistryName_DescribedAsServingInAnotherUnit_IsANamesake(string text, string language, string expected)
    {
        var claims = Extract(text, language, new DateTimeOffset(2024, 7, 25, 12, 0, 0, TimeSpan.Zero));

        var origin = Assert.Single(claims).Chain.Origin.Source;
        Assert.Null(origin.SourceId);
        Assert.Equal(expected, origin.Name);
    }

    [Fact]
    public void RegistryName_DescribedInHisOwnBody_StaysTheRegistryPerson()
    {
        var claims = Extract(
            "Andriy Kovalenko, head of the Center for Countering Disinformation, said Russian troops were entering the centre of Toretsk.",
            "en", new DateTimeOffset(2024, 7, 25, 12, 0, 0, TimeSpan.Zero));

        Assert.Equal("kovalenko_ccd", Assert.Single(claims).Chain.Origin.Source.SourceId);
    }

    [Theory]
    [InlineData("Мэр Белгорода Валентин Демидов сообщил, что беспилотник атаковал автомобиль на окраине города.", "ru", "Валентин Демидов")]
    [InlineData("Мер Бєлгорода Валентин Демидов повідомив, що безпілотник атакував автомобіль на околиці міста.", "uk", "Валентин Демидов")]
    [InlineData("The mayor of Belgorod, Valentin Demidov, said a drone struck a car on the outskirts of the city.", "en", "Valentin Demidov")]
    public void SurnameSpelledLikeAVillage_AfterATitlesPlace_StaysInTheNameWithoutThePlace(string text, string language, string expected)
    {
        var claims = Extract(text, language, new DateTimeOffset(2025, 3, 4, 9, 0, 0, TimeSpan.Zero));

        Assert.Equal(expected, Assert.Single(claims).Chain.Origin.Source.Name);
    }

    [Fact]
    public void NicknameInQuotes_StaysInsideTheNameItInterrupts()
    {
        var claims = Extract(
            "General Serhiy “Marcel” Melnyk, commander of the Kharkiv City Defense Forces, said Ukrainian units withdrew from positions in Vovchansk.",
            "en", new DateTimeOffset(2024, 5, 15, 12, 0, 0, TimeSpan.Zero));

        Assert.Equal("General Serhiy Melnyk", Assert.Single(claims).Chain.Origin.Source.Name);
    }

    [Theory]
    [InlineData("В Северодонецке продолжаются ожесточенные бои. Об этом Министерство обороны России сообщило в своем Telegram-канале.", "ru", "ru_mod")]
    [InlineData("Противник обстрелял Лисичанск. Об этом Сергей Гайдай сообщил журналистам.", "ru", "haidai")]
    public void Pointer_WithItsSpeakerBeforeTheVerb_GivesThatSpeaker(string text, string language, string expected)
    {
        var claims = Extract(text, language, new DateTimeOffset(2022, 6, 3, 9, 0, 0, TimeSpan.Zero));

        Assert.Equal(expected, claims[0].Chain.Origin.Source.SourceId);
    }

    [Fact]
    public void RoleNounNamingAPlace_TakesUpNoSpeakerOfAnotherPlace()
    {
        var claims = Extract("Kharkiv governor Oleh Syniehubov said two people were wounded in a strike on Kupiansk.\n\nThe governor of the central Poltava region reported a drone strike on an industrial site.", "en", new DateTimeOffset(2024, 6, 3, 9, 0, 0, TimeSpan.Zero));

        Assert.NotEqual("syniehubov", Containing(claims, "drone strike").Chain.Origin.Source.SourceId);
    }

    [Theory]
    [InlineData("Глава Сумской ОВА Дмитрий Живицкий заявил, что за сутки враг обстрелял четыре громады.\nПо данным главы Сумской области, оккупанты обстреляли приграничное село из минометов.", "ru", "приграничное село")]
    [InlineData("Голова Сумської ОВА Дмитро Живицький повідомив, що за добу ворог обстріляв чотири громади.\nЗа даними голови Сумської ОВА, окупанти обстріляли прикордонне село з мінометів.", "uk", "прикордонне село")]
    public void OfficeNamedByItsSeat_IsTheHolderNamedBeforeWithThatSeat(string text, string language, string words)
    {
        var claims = Extract(text, language, new DateTimeOffset(2022, 10, 30, 9, 0, 0, TimeSpan.Zero));

        Assert.Equal("zhyvytskyi", Containing(claims, words).Chain.Origin.Source.SourceId);
    }
}
