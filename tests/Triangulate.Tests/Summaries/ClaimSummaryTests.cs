using Triangulate.Model;
using Triangulate.Pipeline;
using Triangulate.Summaries;

namespace Triangulate.Tests.Summaries;

/// <summary>
/// The one-line English summary of a claim, on sentences from the samples and gold sets run through the whole pipeline
/// (the real extractor, place finder and source registry), so that the summary is checked against the fields the
/// extractor really fills, whatever the language of the sentence.
/// </summary>
public sealed class ClaimSummaryTests
{
    private static readonly ReportAnalyzer Analyzer = AnalyzerFactory.CreateDefault();
    private static readonly DateTimeOffset Published = new(2025, 2, 10, 9, 0, 0, TimeSpan.Zero);

    private static Claim ClaimOf(string text, string language, string publisher, string claimStart)
    {
        var report = new Report(null, publisher, null, Published, language, null, text, new InputLocation("test", null));
        var analysis = Analyzer.Analyze(report);
        return Assert.Single(analysis.Claims, claim => claim.Text.StartsWith(claimStart, StringComparison.Ordinal));
    }

    private static string Summary(string text, string language, string publisher, string claimStart)
=>
        ClaimSummary.Of(ClaimOf(text, language, publisher, claimStart), publisher, Published);

    [Fact]
    public void Of_RegistrySourceQuotedByAWire_NamesTheSourceViaTheWireAndTheCapture()
    {
        // samples/feeds: Reuters, 10 February 2025
        var summary = Summary("Russian forces have taken control of Toretsk, Russia's defence ministry said on Monday.", "en", "Reuters", "Russian forces");

        Assert.Equal("Russian Ministry of Defence (via Reuters): Russian forces took control of Toretsk, 10 Feb 2025", summary);
    }

    [Fact]
    public void Of_UkrainianDenialBySpokesman_NamesTheSpeakerWithRoleInEnglish()
    {
        // samples: Ukrinform, 10 February 2025
        var summary = Summary("Твердження окупантів про захоплення Торецька — чергова інформаційна операція», — сказав Волошин.", "uk", "Укрінформ — Війна", "Твердження");

        // The extractor reads the capture the occupiers claim, which the spokesman calls an information operation.
        Assert.Equal("Nazar Voloshyn, spokesman of the Khortytsia operational-strategic group (via Ukrinform): Russian forces took control of Toretsk, 10 Feb 2025", summary);
    }

    [Fact]
    public void Of_LossesInTheMinistrysOwnVoice_AreTheLosingSidesUnderTheMinistrysEnglishName()
    {
        // samples: Russian Ministry of Defence, 26 June 2024
        var summary = Summary("Противник потерял до 270 военнослужащих.", "ru", "Министерство обороны Российской Федерации", "Противник");

        Assert.Equal("Russian Ministry of Defence: Ukrainian forces lost up to 270 personnel, 10 Feb 2025", summary);
    }

    [Fact]
    public void Of_HedgedClaimInUkrainian_SaysAllegedly()
    {
        // samples: pravda.com.ua, 4 July 2024
        var summary = Summary("Російська пропаганда поширює заяву про те, що окупаційні війська нібито захопили центральну частину Торецька на Донеччині.",
            "uk", "Українська правда", "Російська пропаганда");

        Assert.Equal("Russian side (via Ukrainska Pravda): allegedly Toretsk captured, 10 Feb 2025", summary);
    }

    [Fact]
    public void Of_RelayedStatement_ListsRelaysThenThePublisherOnce()
    {
        // samples: iz.ru (Izvestia in the source registry), Kimakovsky on Russia 24
        var summary = Summary(
            "Ранее, 4 июля, советник главы ДНР Игорь Кимаковский заявил в эфире «России 24», что российские военные заняли центр Дзержинска (Торецка).",
            "ru", "iz.ru", "Ранее");

        Assert.StartsWith("Igor Kimakovsky, adviser to the head of the Donetsk People's Republic (via Russia 24, Izvestia): Russian forces took control of Toretsk, 4 Jul 2024", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_ManyPlaces_NamesThreeAndCountsTheRest()
    {
        // gold-annotator style: the General Staff's bulletin as the Institute for the Study of War relays it
        var summary = Summary("The Ukrainian General Staff reported that Ukrainian forces repelled nine attacks near Chasiv Yar, Ivanivske, Klishchiivka and Andriivka.",
            "en", "Institute for the Study of War", "The Ukrainian General Staff");

        Assert.StartsWith("General Staff of the Armed Forces of Ukraine (via Institute for the Study of War): Ukrainian forces repelled 9 attacks near Chasiv Yar, Ivanivske, Klishchiivka and 1 more", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_AttacksCounted_TakesTheCountIntoThePhrase()
    {
        var summary = Summary("На Покровському напрямку ворог здійснив 28 атак поблизу Новоселівки Першої та Воздвиженки.", "uk", "Укрінформ", "На Покровському");

        Assert.Equal("Ukrinform: Russian forces made 28 attacks near Pokrovsk, Novoselivka Persha and Vozdvyzhenka, 10 Feb 2025", summary);
    }

    [Fact]
    public void Of_ClaimGivingADayRange_ShowsTheRangeNotTheReportDate()
    {
        var summary = Summary("A total of 127 combat clashes were recorded at the front over the past day, the General Staff said.", "en", "Ukrinform", "A total");

        Assert.Equal("General Staff of the Armed Forces of Ukraine (via Ukrinform): 127 clashes, 9–10 Feb 2025", summary);
    }

    [Fact]
    public void Of_PlaceNamedAsAReferencePoint_FollowsThePlaceInParentheses()
    {
        // samples: Reuters, 4 July 2024
        var summary = Summary("Russian forces captured Toretsk, which lies about 15 km south of Chasiv Yar, a Russian-installed official said.", "en", "Reuters", "Russian forces");

        Assert.Equal("Russian-installed official (via Reuters): Russian forces took control of Toretsk (15 km south of Chasiv Yar), 10 Feb 2025", summary);
    }

    [Fact]
    public void Of_AdvanceWithAReferencePoint_SaysTheDistanceOnceWithThePlace()
    {
        // samples: Institute for the Study of War, 24 August 2024
        var summary = Summary("Geolocated footage published on August 24 indicates that Russian forces recently advanced to the eastern outskirts of Novohrodivka, about 10 kilometres south-east of Pokrovsk.",
            "en", "Institute for the Study of War", "Geolocated");

        Assert.Contains("Russian forces advanced near Novohrodivka (10 km southeast of Pokrovsk)", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_NegatedClaim_SaysItDidNotHappen()
    {
        var claim = ClaimOf("Russian forces have taken control of Toretsk, Russia's defence ministry said on Monday.", "en", "Reuters", "Russian forces") with { Negated = true };

        Assert.Contains("Russian forces did not take control of Toretsk", ClaimSummary.Of(claim, "Reuters"), StringComparison.Ordinal);
    }

    [Fact]
    public void Of_UnnamedSpeakerDescribedInCyrillic_IsDescribedByKindAndSide()
    {
        var claim = ClaimOf("Russian forces have taken control of Toretsk, Russia's defence ministry said on Monday.", "en", "Reuters", "Russian forces");
        var prisoner = new SourceRef("полоненого", SourceKind.Individual, Side.UA);
        claim = claim with { Chain = new AttributionChain(new Attribution(prisoner, AttributionRole.Origin), []) };

        Assert.StartsWith("a Ukrainian individual (via Reuters): ", ClaimSummary.Of(claim, "Reuters"), StringComparison.Ordinal);
    }

    [Fact]
    public void Of_ClaimWithoutTime_FallsBackToTheReportsDay()
    {
        var claim = ClaimOf("Russian forces have taken control of Toretsk, Russia's defence ministry said on Monday.", "en", "Reuters", "Russian forces") with { Time = null };

        Assert.Equal("Russian Ministry of Defence (via Reuters): Russian forces took control of Toretsk, reported 10 Feb 2025",
            ClaimSummary.Of(claim, "Reuters", Published));
    }

    [Fact]
    public void Of_WithoutPublisherOrDate_NamesOriginAndNoDay()
    {
        var claim = ClaimOf("Russian forces have taken control of Toretsk, Russia's defence ministry said on Monday.", "en", "Reuters", "Russian forces") with { Time = null };

        Assert.Equal("Russian Ministry of Defence: Russian forces took control of Toretsk", ClaimSummary.Of(claim));
    }
}
