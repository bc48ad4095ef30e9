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

    private static ImmutableArray<Claim> Extract(string text, string language) =>
        Extractor.Extract(new Report(null, "Test Outlet", null, June3, language, null, text, new InputLocation("test")), []);

    private static Claim Containing(ImmutableArray<Claim> claims, string words) =>
        Assert.Single(claims, claim => claim.Text.Contains(words, StringComparison.Ordinal));

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

    [Fact]
    public void SayingWithContentOfItsOwn_DoesNotPointBackAtTheSentenceBefore()
    {
        var claims = Extract("Російські війська обстріляли Херсон.\n\nЗеленський заявив, що переговори з партнерами тривають.", "uk");

        Assert.Equal(SourceKind.Publisher, Containing(claims, "обстріляли Херсон").Chain.Origin.Source.Kind);
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
    public void PronounBeforeAnyoneIsQuoted_StandsForThePersonNamedBefore()
    {
        var claims = Extract("Commander-in-Chief Oleksandr Syrskyi has decided to withdraw troops from Avdiivka.\n\nHe announced this on Facebook.", "en");

        var claim = Containing(claims, "withdraw troops");
        Assert.Equal("syrskyi", claim.Chain.Origin.Source.SourceId);
        Assert.Equal(["Facebook"], claim.Chain.Relays.Select(relay => relay.Source.Name));
    }
}
