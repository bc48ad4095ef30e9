using Triangulate.Model;

namespace Triangulate.Tests.Storage;

/// <summary>A clock that stays where the test puts it.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

/// <summary>
/// Analysed reports shaped like real ones from the Toretsk and Chasiv Yar axes, in Ukrainian, Russian and English,
/// with the places, claims and attribution chains an extractor would give them.
/// </summary>
internal static class LedgerFixtures
{
    public static readonly DateTimeOffset IngestTime = new(2024, 7, 2, 9, 0, 0, TimeSpan.Zero);

    public static readonly Place Toretsk = new(
        "osm:node/256613774", "Toretsk", PlaceKind.Settlement, 48.3970469, 37.8501378, "UA",
        [
            new PlaceName("Торецьк", "uk"),
            new PlaceName("Торецк", "ru"),
            new PlaceName("Дзержинськ", "uk", ValidTo: new DateOnly(2016, 2, 4)),
            new PlaceName("Дзержинск", "ru", ValidTo: new DateOnly(2016, 2, 4), Source: "decommunization law"),
        ],
        ["Donetsk Oblast"],
        AdminPath: "Ukraine/Donetsk Oblast/Bakhmut Raion",
        Population: 30914);

    public static readonly Place ChasivYar = new(
        "osm:node/256613727", "Chasiv Yar", PlaceKind.Settlement, 48.5873911, 37.8373367, "UA",
        [new PlaceName("Часів Яр", "uk"), new PlaceName("Часов Яр", "ru"), new PlaceName("Chasov Yar", "en", Scheme: "from-ru")],
        ["Donetsk Oblast"]);

    public static readonly Place Ivanivske = new(
        "osm:node/256614663", "Ivanivske", PlaceKind.Settlement, 48.574936, 37.924595, "UA",
        [new PlaceName("Іванівське", "uk"), new PlaceName("Ивановское", "ru")],
        ["Donetsk Oblast"]);

    public static readonly Place Kramatorsk = new(
        "osm:node/274929523", "Kramatorsk", PlaceKind.Settlement, 48.7389415, 37.5843812, "UA",
        [new PlaceName("Краматорськ", "uk"), new PlaceName("Краматорск", "ru")],
        ["Donetsk Oblast"]);

    /// <summary>Ukrainian outlet relaying the General Staff: attacks repelled near Toretsk, one more to its north-east.</summary>
    public static Analysis GeneralStaffRepelledAttacks()
    {
        const string text =
            "Сили оборони відбили 12 атак російських військ на Торецькому напрямку, повідомив Генштаб ЗСУ. " +
            "Місто Торецьк залишається під контролем українських підрозділів. " +
            "Ще одну атаку ворог здійснив північно-східніше міста, її також зупинено.";
        var report = new Report(
            "7463021", "Українська правда", "https://www.pravda.com.ua/news/2024/07/01/7463021/?utm_source=telegram",
            new DateTimeOffset(2024, 7, 1, 11, 30, 0, TimeSpan.FromHours(3)), "uk",
            "Генштаб: на Торецькому напрямку відбито 12 атак", text, new InputLocation("feeds/pravda.xml", 14));
        var toretsk = Mention(text, "Торецьк", Toretsk, 0.97, within: "Місто Торецьк");
        var northEast = new PlaceMention(
            SpanOf(text, "північно-східніше міста"), "північно-східніше міста", Toretsk, 0.6, PlacePrecision.NearPlace,
            new PlaceRelation("north_east_of", 28, 45, SpanOf(text, "північно-східніше")),
            EstimatedLat: Toretsk.Lat + 0.18, EstimatedLon: Toretsk.Lon + 0.27, UncertaintyKm: 10);
        var generalStaff = new SourceRef("Генштаб ЗСУ", SourceKind.MilitaryCommand, Side.UA, SourceId: "ua-general-staff",
            Written: "Генштаб ЗСУ", Span: SpanOf(text, "Генштаб ЗСУ"));
        var chain = new AttributionChain(
            new Attribution(generalStaff, AttributionRole.Origin, SpanOf(text, "повідомив Генштаб ЗСУ")),
            [new Attribution(new SourceRef("Українська правда", SourceKind.IndependentMedia, Side.UA, SourceId: "pravda-com-ua"), AttributionRole.Relay)]);
        var repelled = new Claim(
            SpanOf(text, "Сили оборони відбили 12 атак російських військ на Торецькому напрямку"),
            "Сили оборони відбили 12 атак російських військ на Торецькому напрямку",
            ClaimKind.RepelledAttack,
            new Actor("Сили оборони", Side.UA, SpanOf(text, "Сили оборони")),
            "відбили",
            [toretsk],
            new ClaimTime(new DateOnly(2024, 6, 30), new DateOnly(2024, 7, 1)),
            [new Quantity(12, "attacks", SpanOf(text, "12 атак"))],
            null,
            false,
            chain);
        var attackNorthEast = new Claim(
            SpanOf(text, "Ще одну атаку ворог здійснив північно-східніше міста"),
            "Ще одну атаку ворог здійснив північно-східніше міста",
            ClaimKind.Attack,
            new Actor("ворог", Side.RU, SpanOf(text, "ворог")),
            "здійснив",
            [northEast],
            null,
            [],
            null,
            false,
            chain);
        return new Analysis(report, [toretsk, northEast], [repelled, attackNorthEast]);
    }

    /// <summary>Russian state agency relaying a milblogger: an advance south of Chasiv Yar, 1.45 km into a forest belt.</summary>
    public static Analysis RybarAdvanceSouthOfChasivYar()
    {
        const string text =
            "Российские подразделения продвинулись на 1,45 километра в лесополосе южнее Часова Яра, " +
            "у Ивановского, сообщил военкор «Рыбарь».";
        var report = new Report(
            "ria-1956789", "РИА Новости", "https://ria.ru/20240701/chasov-yar-1956789.html",
            new DateTimeOffset(2024, 7, 1, 8, 0, 0, TimeSpan.FromHours(3)), "ru",
            "Военкор сообщил о продвижении южнее Часова Яра", text, new InputLocation("feeds/ria.xml", 3));
        var southOfChasivYar = new PlaceMention(
            SpanOf(text, "южнее Часова Яра"), "южнее Часова Яра", ChasivYar, 0.9, PlacePrecision.NearPlace,
            new PlaceRelation("south_of", 1.45, 180, SpanOf(text, "южнее")),
            EstimatedLat: ChasivYar.Lat - 0.013, EstimatedLon: ChasivYar.Lon, UncertaintyKm: 1.5, RunnerUpId: "osm:node/337508558");
        var ivanivske = Mention(text, "Ивановского", Ivanivske, 0.8);
        var rybar = new SourceRef("Рыбарь", SourceKind.MilbloggerChannel, Side.RU, "военкор", "rybar", "военкор «Рыбарь»",
            SpanOf(text, "военкор «Рыбарь»"));
        var advance = new Claim(
            SpanOf(text, text.TrimEnd('.')),
            text.TrimEnd('.'),
            ClaimKind.Advance,
            new Actor("Российские подразделения", Side.RU, SpanOf(text, "Российские подразделения")),
            "продвинулись",
            [southOfChasivYar, ivanivske],
            new ClaimTime(new DateOnly(2024, 6, 30), null, "накануне"),
            [new Quantity(1.45, "km", SpanOf(text, "1,45 километра"), "about")],
            null,
            false,
            new AttributionChain(
                new Attribution(rybar, AttributionRole.Origin, SpanOf(text, "сообщил военкор «Рыбарь»")),
                [new Attribution(new SourceRef("РИА Новости", SourceKind.StateMedia, Side.RU, SourceId: "ria"), AttributionRole.Relay)]));
        return new Analysis(report, [southOfChasivYar, ivanivske], [advance]);
    }

    /// <summary>A forwarded Telegram post without URL: an adviser's hedged claim that the centre of Toretsk (Dzerzhinsk) was taken.</summary>
    public static Analysis KimakovskyToretskCentre()
    {
        const string text =
            "Советник главы ДНР Игорь Кимаковский в эфире «Россия 24» заявил, что бойцы якобы заняли центр Дзержинска " +
            "и несколько многоэтажек. Украинская сторона это не подтверждает.";
        var report = new Report(
            null, "Операция Z: Военкоры Русской Весны", null,
            new DateTimeOffset(2024, 6, 28, 21, 15, 0, TimeSpan.FromHours(3)), "ru",
            null, text, new InputLocation("telegram/rusvesnasu.json", 88311), ["Россия 24"]);
        var dzerzhinsk = Mention(text, "Дзержинска", Toretsk, 0.92);
        var kimakovsky = new SourceRef("Игорь Кимаковский", SourceKind.Official, Side.RU, "советник главы ДНР",
            Written: "Советник главы ДНР Игорь Кимаковский", Span: SpanOf(text, "Советник главы ДНР Игорь Кимаковский"));
        var control = new Claim(
            SpanOf(text, "бойцы якобы заняли центр Дзержинска и несколько многоэтажек"),
            "бойцы якобы заняли центр Дзержинска и несколько многоэтажек",
            ClaimKind.TerritorialControl,
            new Actor("бойцы", Side.RU, SpanOf(text, "бойцы")),
            "заняли",
            [dzerzhinsk],
            null,
            [],
            new Hedge("якобы", SpanOf(text, "якобы")),
            false,
            new AttributionChain(
                new Attribution(kimakovsky, AttributionRole.Origin),
                [
                    new Attribution(new SourceRef("Россия 24", SourceKind.StateMedia, Side.RU, SourceId: "russia-24",
                        Span: SpanOf(text, "«Россия 24»")), AttributionRole.Relay, SpanOf(text, "в эфире «Россия 24»")),
                    new Attribution(new SourceRef("Операция Z: Военкоры Русской Весны", SourceKind.MilbloggerChannel, Side.RU), AttributionRole.Relay),
                ]));
        return new Analysis(report, [dzerzhinsk], [control]);
    }

    /// <summary>An English wire report of a strike on Kramatorsk, in the police's words, with a denial-free plain chain.</summary>
    public static Analysis KramatorskStrike()
    {
        const string text =
            "A Russian missile strike hit a residential area of Kramatorsk on Monday evening, regional police said, " +
            "wounding at least five people.";
        var report = new Report(
            "kramatorsk-strike-0701", "Reuters", "https://www.reuters.com/world/europe/kramatorsk-strike-2024-07-01/",
            new DateTimeOffset(2024, 7, 1, 19, 40, 0, TimeSpan.Zero), "en",
            "Missile strike hits Kramatorsk", text, new InputLocation("samples/reuters.jsonl", 2));
        var kramatorsk = Mention(text, "Kramatorsk", Kramatorsk, 0.99);
        var strike = new Claim(
            SpanOf(text, "A Russian missile strike hit a residential area of Kramatorsk on Monday evening"),
            "A Russian missile strike hit a residential area of Kramatorsk on Monday evening",
            ClaimKind.Strike,
            new Actor("Russian", Side.RU, SpanOf(text, "Russian")),
            "hit",
            [kramatorsk],
            new ClaimTime(new DateOnly(2024, 7, 1), new DateOnly(2024, 7, 1), "on Monday evening", SpanOf(text, "on Monday evening")),
            [new Quantity(5, "people", SpanOf(text, "at least five people"), "at least")],
            null,
            false,
            new AttributionChain(
                new Attribution(new SourceRef("Donetsk regional police", SourceKind.Official, Side.UA, Written: "regional police"), AttributionRole.Origin),
                [new Attribution(new SourceRef("Reuters", SourceKind.WireAgency, Side.Other, SourceId: "reuters"), AttributionRole.Relay)]));
        return new Analysis(report, [kramatorsk], [strike]);
    }

    public static IReadOnlyList<Analysis> Batch() =>
        [GeneralStaffRepelledAttacks(), RybarAdvanceSouthOfChasivYar(), KimakovskyToretskCentre(), KramatorskStrike()];

    /// <summary>The same analysis of a report whose text the publisher has since changed (claims keep their offsets: the change is appended).</summary>
    public static Analysis WithAppendedText(Analysis analysis, string addition) =>
        analysis with { Report = analysis.Report with { Text = analysis.Report.Text + " " + addition } };

    /// <summary>
    /// Numbered daily summaries, each a distinct report with one claim, for volume tests: report <paramref name="number"/>
    /// of a series always has the same text, URL and analysis, so a re-run of the series is all duplicates.
    /// </summary>
    public static Analysis DailySummary(int number)
    {
        var text =
            $"Зведення №{number}: на Торецькому напрямку противник {number % 7 + 1} разів намагався просунутися " +
            $"біля Торецька та Часового Яру. Усі спроби зупинено, повідомили у пресслужбі угруповання.";
        var report = new Report(
            $"summary-{number}", "Пресслужба ОСУВ «Хортиця»", $"https://t.me/khortytsky_military/{number}",
            new DateTimeOffset(2024, 1, 1, 6, 0, 0, TimeSpan.Zero).AddHours(number), "uk",
            $"Зведення №{number}", text, new InputLocation("telegram/khortytsia.json", number));
        var toretsk = Mention(text, "Торецька", Toretsk, 0.95);
        var chasivYar = Mention(text, "Часового Яру", ChasivYar, 0.95);
        var claim = new Claim(
            SpanOf(text, text[..text.IndexOf(" Усі", StringComparison.Ordinal)]),
            text[..text.IndexOf(" Усі", StringComparison.Ordinal)],
            ClaimKind.RepelledAttack,
            new Actor("противник", Side.RU, SpanOf(text, "противник")),
            "намагався просунутися",
            [toretsk, chasivYar],
            null,
            [],
            null,
            false,
            AttributionChain.OwnVoice(report.Publisher));
        return new Analysis(report, [toretsk, chasivYar], [claim]);
    }

    /// <summary>The span of the first occurrence of <paramref name="words"/>, inside the first occurrence of <paramref name="within"/> when given.</summary>
    public static Span SpanOf(string text, string words, string? within = null)
    {
        var from = within is null ? 0 : text.IndexOf(within, StringComparison.Ordinal);
        var start = from < 0 ? -1 : text.IndexOf(words, from, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new ArgumentException($"'{words}' is not in the fixture text.", nameof(words));
        }
        return new Span(start, start + words.Length);
    }

    private static PlaceMention Mention(string text, string words, Place place, double confidence, string? within = null) =>
        new(SpanOf(text, words, within), words, place, confidence);
}
