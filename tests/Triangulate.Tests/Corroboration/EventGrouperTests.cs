using CsCheck;
using Triangulate.Corroboration;
using Triangulate.Model;
using static Triangulate.Tests.Corroboration.Facts;

namespace Triangulate.Tests.Corroboration;

public class EventGrouperTests
{
    [Fact]
    public void Group_CentreOfToretskAndToretsk_FormOneEvent()
    {
        var groups = EventGrouper.Group([Claim(1, ToretskCentre), Claim(2, Toretsk, language: "uk")]);

        Assert.Equal("1,2", Partition(groups));
    }

    [Fact]
    public void Group_ToretskAndChasivYar_StayApart()
    {
        var groups = EventGrouper.Group([Claim(1, Toretsk), Claim(2, ChasivYar)]);

        Assert.Equal("1 | 2", Partition(groups));
    }

    [Fact]
    public void Group_MineInsideTheTown_JoinsTheTownsEvent()
    {
        var groups = EventGrouper.Group([Claim(1, Toretsk, ClaimKind.Advance), Claim(2, PivnichnaMine, ClaimKind.TerritorialControl)]);

        Assert.Equal("1,2", Partition(groups));
    }

    [Fact]
    public void Group_VillageNextToADistrictOfAnotherTown_StaysApart()
    {
        var groups = EventGrouper.Group([Claim(1, Kalynivka), Claim(2, KanalDistrict), Claim(3, ChasivYar)]);

        Assert.Equal("1 | 2,3", Partition(groups));
    }

    [Fact]
    public void Group_NeighbouringVillage_StaysApart()
    {
        var groups = EventGrouper.Group([Claim(1, Toretsk), Claim(2, NiuYork)]);

        Assert.Equal("1 | 2", Partition(groups));
    }

    [Fact]
    public void Group_OtherSideGaining_StaysApart()
    {
        var groups = EventGrouper.Group([Claim(1, Toretsk, side: Side.RU), Claim(2, Toretsk, side: Side.UA)]);

        Assert.Equal("1 | 2", Partition(groups));
    }

    [Fact]
    public void Group_StrikeAndCapture_StayApart()
    {
        var groups = EventGrouper.Group([Claim(1, Toretsk), Claim(2, Toretsk, ClaimKind.Strike)]);

        Assert.Equal("1 | 2", Partition(groups));
    }

    [Fact]
    public void Group_CaptureClaimsMonthsApart_StayApart()
    {
        var groups = EventGrouper.Group([Claim(1, Toretsk, day: 4), Claim(2, Toretsk, day: 4 + 220)]);

        Assert.Equal("1 | 2", Partition(groups));
    }

    [Fact]
    public void Group_UnplacedPostAndItsForward_FormOneEvent()
    {
        const string post = "Российские штурмовые подразделения вошли в Прогресс и закрепились на окраине села.";
        var groups = EventGrouper.Group([Unplaced(1, post), Unplaced(2, post) with { Publisher = "Канал Фронтовик" }]);

        Assert.Equal("1,2", Partition(groups));
    }

    [Fact]
    public void Group_UnplacedClaimsInTheirOwnWords_StayApart()
    {
        var groups = EventGrouper.Group(
        [
            Unplaced(1, "Российские штурмовые подразделения вошли в Прогресс и закрепились на окраине села."),
            Unplaced(2, "Наши бойцы продвинулись в районе Прогресса и выбили противника с опорного пункта."),
        ]);

        Assert.Equal("1 | 2", Partition(groups));
    }

    [Fact]
    public void Group_LaterCorroborationWithinTheWindow_JoinsThroughTheChain()
    {
        // Claimed on 4 July, geolocated on 25 July, assessed on 26 July.
        var groups = EventGrouper.Group([Claim(1, Toretsk, day: 4), Claim(2, Toretsk, day: 25, origin: DeepState), Claim(3, Toretsk, day: 26, origin: Isw)]);

        Assert.Equal("1,2,3", Partition(groups));
    }

    [Fact]
    public void Group_ClaimsEveryThreeDaysForMonths_FormEventsNoLongerThanTheWindow()
    {
        // Toretsk claimed again every three days from July to February: single linkage chained them into one event.
        var claims = Enumerable.Range(0, 75).Select(n => Claim(n + 1, Toretsk, day: 4 + (3 * n))).ToList();

        var groups = EventGrouper.Group(claims);

        Assert.True(groups.Length > 1);
        Assert.All(groups, g => Assert.True(g.Claims.Max(c => c.Day!.Value.DayNumber) - g.Claims.Min(c => c.Day!.Value.DayNumber) <= KindFamilies.WindowDays(KindFamily.Ground)));
    }

    [Fact]
    public void Group_UndatedReprintOfTheSameOrigin_JoinsTheDatedEvent()
    {
        var groups = EventGrouper.Group([Claim(1, Toretsk, origin: RuMod), Claim(2, Toretsk, day: 90, origin: Kimakovsky), Undated(Claim(3, Toretsk, origin: RuMod))]);

        Assert.Equal("1,3 | 2", Partition(groups));
    }

    [Fact]
    public void Group_UndatedClaimWhoseOriginStandsBehindTwoEvents_StaysOnItsOwn()
    {
        var groups = EventGrouper.Group([Claim(1, Toretsk, origin: RuMod), Claim(2, Toretsk, day: 90, origin: RuMod), Undated(Claim(3, Toretsk, origin: RuMod))]);

        Assert.Equal("1 | 2 | 3", Partition(groups));
    }

    [Fact]
    public void Group_UndatedClaimSaidOnSaturday_JoinsTheEventOnASaturday()
    {
        // 6 July 2024 was a Saturday, 4 July a Thursday.
        var onSaturday = Undated(Claim(3, Toretsk, origin: RuMod)) with { Partial = new PartialDate(Weekday: DayOfWeek.Saturday) };

        var groups = EventGrouper.Group([Claim(1, Toretsk, day: 6, origin: RuMod), Claim(2, Toretsk, day: 90 + 4, origin: RuMod), onSaturday]);

        Assert.Equal("1,3 | 2", Partition(groups));
    }

    [Fact]
    public void Group_UndatedClaimsWithNoDatedEvent_AreOneUndatedEventPerOrigin()
    {
        var groups = EventGrouper.Group([Undated(Claim(1, Toretsk, origin: RuMod)), Undated(Claim(2, Toretsk, origin: RuMod)), Undated(Claim(3, Toretsk, origin: DeepState))]);

        Assert.Equal("1,2 | 3", Partition(groups));
    }

    [Fact]
    public void Group_UndatedClaimPlacedOnlyByItsOblast_JoinsOnlyAnEventItsOriginStandsBehind()
    {
        var kurskOblast = new FactPlace("region:ru-kursk", "Kursk Oblast", 51.7, 36.2, [], null, "RU") { Coarse = true };

        var groups = EventGrouper.Group([Claim(1, kurskOblast, origin: RuMod), Undated(Claim(2, kurskOblast, origin: Kimakovsky)), Undated(Claim(3, kurskOblast, origin: RuMod))]);

        Assert.Equal("1,3 | 2", Partition(groups));
    }

    [Fact]
    public void Group_ClaimAtTheRegionByTheOriginOfAnEventAtATownInsideIt_JoinsThatEvent()
    {
        var groups = EventGrouper.Group([Claim(1, Toretsk, origin: RuMod), Claim(2, ToretskHromada, origin: RuMod, day: 5, language: "en"), Undated(Claim(3, ToretskHromada, origin: RuMod))]);

        Assert.Equal("1,2,3", Partition(groups));
    }

    [Fact]
    public void Group_ClaimAtTheRegion_JoinsATownsEventWhoseFirstClaimIsAtAFeatureWithNoRegion()
    {
        // The town's event: a dated claim at a mine inside the town (its parents name the town, not the hromada), which
        // sorts first, and an undated claim at the town. Every member's day and voice count, whatever their order.
        var groups = EventGrouper.Group([Claim(1, PivnichnaMine, origin: Isw), Undated(Claim(2, Toretsk, origin: RuMod)), Claim(3, ToretskHromada, origin: RuMod, day: 5)]);

        Assert.Equal("1,2,3", Partition(groups));
    }

    [Fact]
    public void Group_EventAtTheRegionWithAVoiceTheTownsEventLacks_StaysApart()
    {
        var groups = EventGrouper.Group([Claim(1, Toretsk, origin: RuMod), Claim(2, ToretskHromada, origin: RuMod), Claim(3, ToretskHromada, origin: Pushilin)]);

        Assert.Equal("1 | 2,3", Partition(groups));
    }

    [Fact]
    public void Group_EventAtTheRegionWithAnOutletsOwnVoiceBesideTheTownsOrigin_JoinsTheTownsEvent()
    {
        // An outlet retelling the ministry's capture in its own voice, at the region, is no statement of its own.
        var groups = EventGrouper.Group([Claim(1, Toretsk, origin: RuMod), Claim(2, ToretskHromada, origin: RuMod), Claim(3, ToretskHromada, origin: Outlet("Донецкий фронт | Z", Side.RU))]);

        Assert.Equal("1,2,3", Partition(groups));
    }

    [Fact]
    public void Group_ClaimAtTheRegionFittingEventsAtTwoTownsInsideIt_JoinsNeither()
    {
        var groups = EventGrouper.Group([Claim(1, Toretsk, origin: RuMod), Claim(2, Zalizne, origin: RuMod), Claim(3, ToretskHromada, origin: RuMod)]);

        Assert.Equal("1 | 2 | 3", Partition(groups));
    }

    [Fact]
    public void Group_ClaimAtTheRegionOutsideTheWindowOfTheTownsEvent_StaysApart()
    {
        var groups = EventGrouper.Group([Claim(1, Toretsk, origin: RuMod), Claim(2, ToretskHromada, origin: RuMod, day: 4 + 45)]);

        Assert.Equal("1 | 2", Partition(groups));
    }

    // One statement told by the town and by the river it stands on (Shoigu's withdrawal from Kherson, Nov 2022: "pulled
    // out of Kherson", "withdrawn from the west bank of the Dnipro River"). The gazetteer's river: a point on its lower
    // course reaching 500 km; Kherson and Nova Kakhovka on it, Lviv far beyond.
    private static readonly FactPlace DniproRiver = new("feature:dnipro-river", "Dnipro River", 47.1, 33.6, [], "річка Дніпро") { Coarse = true, ReachKm = 500 };
    private static readonly FactPlace Kherson = new("osm:node/255466573", "Kherson", 46.64013, 32.61439, ["katottg:UA65000000000030969"], "Херсон");
    private static readonly FactPlace NovaKakhovka = new("osm:node/nova-kakhovka", "Nova Kakhovka", 46.755, 33.348, ["katottg:UA65000000000030969"], "Нова Каховка");
    private static readonly FactPlace Lviv = new("osm:node/lviv", "Lviv", 49.84, 24.03, [], "Львів");
    private static readonly FactSource Shoigu = Registered("shoigu", "Sergei Shoigu", Side.RU, SourceKind.Official);

    private static ClaimFacts Withdrawal(long id, FactPlace place, int day = 4, string language = "ru") =>
        Claim(id, place, ClaimKind.Withdrawal, Side.UA, day, Shoigu, language: language);

    [Fact]
    public void Group_ClaimAtTheRiverByTheOriginOfATownsEventOnItThoseDays_JoinsThatEvent()
    {
        var groups = EventGrouper.Group([Withdrawal(1, Kherson), Withdrawal(2, DniproRiver, day: 5, language: "en")]);

        Assert.Equal("1,2", Partition(groups));
    }

    [Fact]
    public void Group_UnplacedClaimBesideTheTownAndTheRiver_JoinsTheOneEventTheyMake()
    {
        // Apart, the town's event and the river's both fit the unplaced «отошли на левый берег» of the same voice, and it
        // joined neither; told by the water, they are one event, which it joins.
        var groups = EventGrouper.Group([Withdrawal(1, Kherson), Withdrawal(2, DniproRiver, language: "en"), Withdrawal(3, Kherson, language: "uk") with { Place = null, Anchors = [] }]);

        Assert.Equal("1,2,3", Partition(groups));
    }

    [Fact]
    public void Group_ClaimAtTheRiverFittingEventsAtTwoTownsOnIt_JoinsNeither()
    {
        var groups = EventGrouper.Group([Withdrawal(1, Kherson), Withdrawal(2, NovaKakhovka), Withdrawal(3, DniproRiver)]);

        Assert.Equal("1 | 2 | 3", Partition(groups));
    }

    [Fact]
    public void Group_UndatedClaimAtTheRiver_JoinsNoTownsEvent()
    {
        var groups = EventGrouper.Group([Withdrawal(1, Kherson), Undated(Withdrawal(2, DniproRiver))]);

        Assert.Equal("1 | 2", Partition(groups));
    }

    [Fact]
    public void Group_ClaimAtTheRiverWhoseVoiceToldTheTownOnlyWeeksBefore_StaysApart()
    {
        // The town's event runs from day 4 to day 30 (another voice on day 30), so day 40 falls within its window, but
        // Shoigu told the town on day 4 only: by the water, a voice must have told the town in those days.
        var groups = EventGrouper.Group([Withdrawal(1, Kherson), Claim(3, Kherson, ClaimKind.Withdrawal, Side.UA, 30, Tass), Withdrawal(2, DniproRiver, day: 40)]);

        Assert.Equal("1,3 | 2", Partition(groups));
    }

    [Fact]
    public void Group_ClaimAtTheRiverByTheOriginOfATownsEventBeyondItsReach_StaysApart()
    {
        var groups = EventGrouper.Group([Claim(1, Lviv, ClaimKind.Strike, origin: Shoigu), Claim(2, DniproRiver, ClaimKind.Strike, origin: Shoigu)]);

        Assert.Equal("1 | 2", Partition(groups));
    }

    private static ClaimFacts Toll(long id, int day, FactSource origin) =>
        Claim(id, Toretsk, ClaimKind.Casualties, Side.UA, day, origin, text: $"More than 60 Ukrainian soldiers were killed in Toretsk on day {day}");

    [Fact]
    public void Group_CasualtiesAtATownByTheStrikesOriginOnItsDays_JoinTheStrike()
    {
        // «более 60 боевиков ВСУ погибли в результате удара ВС России по Сумам» beside the ministry's strike on Sumy.
        var groups = EventGrouper.Group([Strike(1, 4), Toll(2, 5, RuMod)]);

        Assert.Equal("1,2", Partition(groups));
    }

    [Fact]
    public void Group_CasualtiesWithAVoiceTheStrikeLacks_StayApart()
    {
        var groups = EventGrouper.Group([Strike(1, 4), Toll(2, 4, RuMod), Toll(3, 4, Pushilin)]);

        Assert.Equal("1 | 2,3", Partition(groups));
    }

    [Fact]
    public void Group_CasualtiesToldOnlyByUnnamedSources_JoinTheOneStrikeAtTheirTown()
    {
        // «По информации источников, … украинские формирования покинули» (data/real/reports.jsonl, real-0011): sources
        // speak for no statement of their own, so their toll counts the dead of the strike the ministry told.
        var groups = EventGrouper.Group([Strike(1, 4), Toll(2, 5, new FactSource("name:источников", "источников", Side.Unknown, SourceKind.Unknown, false))]);

        Assert.Equal("1,2", Partition(groups));
    }

    [Fact]
    public void Group_CasualtiesToldByANamedSpeakerTheRegistryLacks_StayApartFromAStrikeTheyDoNotTell()
    {
        // «25 сентября о боях в городе рассказал глава ДНР Денис Пушили» (real-0274): a named speaker is a voice, known or not.
        var groups = EventGrouper.Group([Strike(1, 4), Toll(2, 4, new FactSource("name:денис пушили", "Денис Пушили", Side.RU, SourceKind.Individual, false))]);

        Assert.Equal("1 | 2", Partition(groups));
    }

    [Fact]
    public void Group_CasualtiesToldByAnOutletInItsOwnVoice_JoinTheOneStrikeAtTheirTown()
    {
        var groups = EventGrouper.Group([Strike(1, 4), Toll(2, 4, Outlet("Reuters"))]);

        Assert.Equal("1,2", Partition(groups));
    }

    [Fact]
    public void Group_CasualtiesToldOnlyByUnnamedSourcesFittingTwoStrikes_JoinNeither()
    {
        var groups = EventGrouper.Group([Strike(1, 4), Strike(2, 7), Toll(3, 5, Outlet("источников"))]);

        Assert.Equal("1 | 2 | 3", Partition(groups));
    }

    [Fact]
    public void Group_CasualtiesFittingTwoStrikesAtTheTown_JoinNeither()
    {
        var groups = EventGrouper.Group([Strike(1, 4), Strike(2, 7), Toll(3, 5, RuMod)]);

        Assert.Equal("1 | 2 | 3", Partition(groups));
    }

    [Fact]
    public void Group_CasualtiesDaysAfterTheStrike_StayApart()
    {
        var groups = EventGrouper.Group([Strike(1, 4), Toll(2, 10, RuMod)]);

        Assert.Equal("1 | 2", Partition(groups));
    }

    [Fact]
    public void Group_CasualtiesAtANeighbouringVillage_DoNotJoinTheStrike()
    {
        var groups = EventGrouper.Group([Strike(1, 4), Toll(2, 4, RuMod) with { Place = NiuYork }]);

        Assert.Equal("1 | 2", Partition(groups));
    }

    [Fact]
    public void Group_ClaimOfNoKnownSide_JoinsTheOnlyEventAtItsTime()
    {
        var groups = EventGrouper.Group([Claim(1, Toretsk, side: Side.RU), Claim(2, Toretsk, side: Side.Unknown, day: 5), Claim(3, Toretsk, side: Side.RU, day: 120)]);

        Assert.Equal("1,2 | 3", Partition(groups));
    }

    [Fact]
    public void Group_ClaimOfNoKnownSideBetweenBothSidesEvents_StaysOnItsOwn()
    {
        var groups = EventGrouper.Group([Claim(1, Toretsk, side: Side.RU), Claim(2, Toretsk, side: Side.UA), Claim(3, Toretsk, side: Side.Unknown, day: 5)]);

        Assert.Equal("1 | 2 | 3", Partition(groups));
    }

    [Fact]
    public void Group_AdvanceOfNoNamedSideToldByTheOtherSide_DoesNotJoinTheOnlyEventUnvouched()
    {
        // DeepState's "infantry had likely been infiltrating the area" may be either side's advance: joining the Russian
        // capture on no other ground would count DeepState as a Ukrainian voice confirming it.
        var infiltration = Claim(2, Toretsk, ClaimKind.Advance, Side.Unknown, day: 5, origin: DeepState, language: "en");

        Assert.Equal("1 | 2", Partition(EventGrouper.Group([Claim(1, Toretsk), infiltration])));
    }

    [Fact]
    public void Group_AdvanceOfNoNamedSideToldByTheOtherSideInTheStoryOfTheCapture_JoinsTheCapture()
    {
        var infiltration = Claim(2, Toretsk, ClaimKind.Advance, Side.Unknown, day: 5, origin: DeepState, language: "en") with { ReportId = 1 };

        Assert.Equal("1,2", Partition(EventGrouper.Group([Claim(1, Toretsk), infiltration])));
    }

    private static ClaimFacts Strike(long id, int day) => Claim(id, Toretsk, ClaimKind.Strike, Side.RU, day, RuMod, text: $"Strike {id} on Toretsk on day {day}");

    [Fact]
    public void Group_StrikeRetoldDaysAfterAndDatedOnlyByItsReport_JoinsTheEventItRetells()
    {
        var groups = EventGrouper.Group([Strike(1, 4), Strike(2, 5), ByPublication(Strike(3, 7))]);

        Assert.Equal("1,2,3", Partition(groups));
    }

    [Fact]
    public void Group_StrikeTheWordsDateDaysAfter_IsAnotherEvent()
    {
        var groups = EventGrouper.Group([Strike(1, 4), Strike(2, 5), Strike(3, 7)]);

        Assert.Equal("1,2 | 3", Partition(groups));
    }

    [Fact]
    public void Group_RetellingsOfAStrike_DoNotStretchItsEvent()
    {
        var groups = EventGrouper.Group([Strike(1, 4), Strike(2, 5), ByPublication(Strike(3, 7)), ByPublication(Strike(4, 9))]);

        Assert.Equal("1,2,3 | 4", Partition(groups));
    }

    [Fact]
    public void Group_CaptureDatedOnlyByItsReportPastTheWindow_IsAnotherEvent()
    {
        // Ground's window of weeks already holds the later reports of a change of hands.
        var groups = EventGrouper.Group([Claim(1, Toretsk, day: 1), Claim(2, Toretsk, day: 20), ByPublication(Claim(3, Toretsk, day: 40))]);

        Assert.Equal("1,2 | 3", Partition(groups));
    }

    [Fact]
    public void Group_DenialRepeatingTheCapture_StaysApartFromIt()
    {
        var groups = EventGrouper.Group([Claim(1, Toretsk), Claim(2, Toretsk, origin: Trehubov, negated: true)]);

        Assert.Equal("1 | 2", Partition(groups));
    }

    [Fact]
    public void Group_EventId_IsTheSmallestMemberClaimId()
    {
        var groups = EventGrouper.Group([Claim(7, Toretsk), Claim(3, Toretsk), Claim(12, ChasivYar)]);

        Assert.Equal([3L, 12L], groups.Select(g => g.Id));
    }

    [Fact]
    public void Group_SplitOverride_MovesTheClaimsOut()
    {
        var claims = new[] { Claim(1, Toretsk), Claim(2, Toretsk), Claim(3, Toretsk) };
        var split = new EventOverride(1, OverrideKind.Split, [2, 3], "analyst", DateTimeOffset.UnixEpoch);

        Assert.Equal("1 | 2,3", Partition(EventGrouper.Group(claims, [split])));
    }

    [Fact]
    public void Group_MergeOverride_JoinsEvents()
    {
        var claims = new[] { Claim(1, Toretsk), Claim(2, ChasivYar) };
        var merge = new EventOverride(1, OverrideKind.Merge, [1, 2], "analyst", DateTimeOffset.UnixEpoch);

        Assert.Equal("1,2", Partition(EventGrouper.Group(claims, [merge])));
    }

    [Fact]
    public void Group_NewClaimAfterSplit_StaysWithTheRest()
    {
        var split = new EventOverride(1, OverrideKind.Split, [2], "analyst", DateTimeOffset.UnixEpoch);

        var groups = EventGrouper.Group([Claim(1, Toretsk), Claim(2, Toretsk), Claim(3, Toretsk, day: 5)], [split]);

        Assert.Equal("1,3 | 2", Partition(groups));
    }

    [Fact]
    public void Group_AnyOrder_GivesTheSameEvents()
    {
        Gen.Select(Generators.Ledger, Gen.Int).Sample(generated =>
        {
            var input = (claims: generated.Item1, seed: generated.Item2);
            var shuffled = input.claims.ToArray();
            new Random(input.seed).Shuffle(shuffled);
            return Partition(EventGrouper.Group(input.claims)) == Partition(EventGrouper.Group(shuffled));
        }, iter: 200);
    }

    [Fact]
    public void Group_MergeThenSplit_RestoresTheEvents()
    {
        Generators.Ledger.Sample(claims =>
        {
            var before = EventGrouper.Group(claims);
            if (before.Length < 2)
            {
                return true;
            }
            var (first, second) = (before[0], before[1]);
            var merge = new EventOverride(1, OverrideKind.Merge, [first.Id, second.Id], "analyst", DateTimeOffset.UnixEpoch);
            var split = new EventOverride(2, OverrideKind.Split, [.. second.Claims.Select(c => c.ClaimId)], "analyst", DateTimeOffset.UnixEpoch.AddMinutes(1));
            var merged = EventGrouper.Group(claims, [merge]);
            var restored = EventGrouper.Group(claims, [merge, split]);
            return merged.Length == before.Length - 1
                && Partition(restored) == Partition(before)
                && restored.Select(g => g.Id).SequenceEqual(before.Select(g => g.Id));
        }, iter: 200);
    }

    private static readonly FactPlace Yablonovo = new("osm:node/yablonovo", "Yablonovo", 50.86, 37.27, ["region:ru-belgorod"], null, "RU");
    private static readonly FactPlace BelgorodRegion = new("region:ru-belgorod", "Belgorod Oblast", 50.7, 37.4, ["country:RU"], null, "RU") { Coarse = true };
    private static readonly FactPlace Russia = new("country:RU", "Russia", 55.75, 37.62, [], null, "RU") { Coarse = true };

    [Fact]
    public void Group_PrisonersToldByVillageRegionAndCountry_FormOneEvent()
    {
        var groups = EventGrouper.Group(
        [
            Claim(1, Yablonovo, ClaimKind.Prisoners, origin: RuMod, day: 24),
            Claim(2, BelgorodRegion, ClaimKind.Prisoners, Side.UA, origin: RuMod, day: 24, language: "en"),
            Claim(3, Russia, ClaimKind.Prisoners, origin: RuMod, day: 25, language: "uk"),
        ]);

        Assert.Equal("1,2,3", Partition(groups));
    }

    [Fact]
    public void Group_UndatedPrisonersRemarkOfAnotherPlace_StaysOutOfTheOriginsPrisonersEvent()
    {
        var plane = Claim(1, BelgorodRegion, ClaimKind.Prisoners, origin: RuMod, day: 24);
        var surrender = Undated(Claim(2, Toretsk, ClaimKind.Prisoners, origin: RuMod, text: "Украинские военные сдавались в плен."));

        Assert.Equal("1 | 2", Partition(EventGrouper.Group([plane, surrender])));
    }

    [Fact]
    public void Group_UndatedMobilisationStatementSaidOnAWeekday_JoinsItsOriginsEventOnThatDay()
    {
        // 3 July 2024 was a Wednesday, 4 October a Friday; the undated reprint names no place and no figure
        // (data/real/reports.jsonl, real-0259: "Shoigu revealed some details about the mobilization in a separate statement on Wednesday").
        var onWednesday = Undated(Claim(3, null, ClaimKind.Recruitment, origin: RuMod, language: "en", text: "The minister revealed some details about the mobilization in a separate statement on Wednesday."))
            with { Place = null, Partial = new PartialDate(Weekday: DayOfWeek.Wednesday) };

        var groups = EventGrouper.Group([Claim(1, Russia, ClaimKind.Recruitment, origin: RuMod, day: 3), Claim(2, Russia, ClaimKind.Recruitment, origin: RuMod, day: 96), onWednesday]);

        Assert.Equal("1,3 | 2", Partition(groups));
    }

    [Fact]
    public void Group_UndatedPrisonersClaimInsideTheEventsRegion_JoinsIt()
    {
        var plane = Claim(1, BelgorodRegion, ClaimKind.Prisoners, origin: RuMod, day: 24);
        var reprint = Undated(Claim(2, Russia, ClaimKind.Prisoners, origin: RuMod, text: "Минобороны: на борту были 65 украинских военнопленных."));

        Assert.Equal("1,2", Partition(EventGrouper.Group([plane, reprint])));
    }

    /// <summary>The ministry's plane of prisoners, as data/real/reports.jsonl (real-0098) tells it.</summary>
    private static ClaimFacts PlaneOfPrisoners(long id, int day) =>
        Claim(id, BelgorodRegion, ClaimKind.Prisoners, origin: RuMod, day: day, language: "en", text: "The IL-76 military aircraft was transporting 65 captured service members for further exchange, the Defense Ministry has said.");

    /// <summary>The same plane told by its dead, read as casualties and placed nowhere (real-0096).</summary>
    private static ClaimFacts TollOfPrisoners(long id, FactSource origin, string count = "65") =>
        Undated(Claim(id, null, ClaimKind.Casualties, origin: origin, language: "en", text: $"According to Russia's Ministry of Defence, at least {count} Ukrainian prisoners of war were reportedly killed in a plane crash.")) with { Place = null };

    [Fact]
    public void Group_TollOfPrisonersByTheirVoiceWithTheirCount_JoinsThePrisonersEvent()
    {
        var groups = EventGrouper.Group([PlaneOfPrisoners(1, 24), TollOfPrisoners(2, RuMod)]);

        Assert.Equal("1,2", Partition(groups));
    }

    [Fact]
    public void Group_TollOfAnotherCount_StaysOutOfThePrisonersEvent()
    {
        var groups = EventGrouper.Group([PlaneOfPrisoners(1, 24), TollOfPrisoners(2, RuMod, count: "40")]);

        Assert.Equal("1 | 2", Partition(groups));
    }

    [Fact]
    public void Group_TollWithAVoiceThePrisonersEventLacks_StaysOut()
    {
        var groups = EventGrouper.Group([PlaneOfPrisoners(1, 24), TollOfPrisoners(2, Pushilin)]);

        Assert.Equal("1 | 2", Partition(groups));
    }

    [Fact]
    public void Group_TollDatedDaysAfterThePrisonersEvent_StaysOut()
    {
        var dated = TollOfPrisoners(2, RuMod) with { Time = PlaneOfPrisoners(1, 30).Time };

        Assert.Equal("1 | 2", Partition(EventGrouper.Group([PlaneOfPrisoners(1, 24), dated])));
    }

    [Fact]
    public void Group_UndatedTollFittingTwoPrisonersEventsOfItsCount_JoinsNeither()
    {
        var groups = EventGrouper.Group([PlaneOfPrisoners(1, 24), PlaneOfPrisoners(2, 90), TollOfPrisoners(3, RuMod)]);

        Assert.Equal("1 | 2 | 3", Partition(groups));
    }

    private static readonly FactPlace Sevastopol = new("osm:node/251073791", "Sevastopol", 44.6, 33.52, [], "Севастополь");
    private static readonly FactSource SpecialForces = Registered("ua_sso", "Special Operations Forces of Ukraine", Side.UA, SourceKind.MilitaryCommand);

    /// <summary>The special forces' toll of the fleet's headquarters at Sevastopol, undated (data/real/reports.jsonl, real-0139).</summary>
    private static ClaimFacts TollAtSevastopol(long id) =>
        Undated(Claim(id, Sevastopol, ClaimKind.Casualties, Side.UA, origin: SpecialForces, language: "en", text: "\"As it is known, 34 officers were killed as a result of a missile attack on the headquarters of the Black Sea Fleet,\" they said."));

    /// <summary>The same toll told on a day and placed nowhere (real-0137).</summary>
    private static ClaimFacts TollPlacedNowhere(long id, string count) =>
        Claim(id, null, ClaimKind.Casualties, Side.UA, day: 25, origin: SpecialForces, language: "en", text: $"Ukraine's special forces said on Monday they had killed Sokolov, along with {count} other officers") with { Place = null, Anchors = [] };

    [Fact]
    public void Group_UnplacedTollGivingTheHeadCountOfItsVoicesUndatedTollAtATown_JoinsIt()
    {
        var groups = EventGrouper.Group([TollAtSevastopol(1), TollPlacedNowhere(2, "34")]);

        Assert.Equal("1,2", Partition(groups));
    }

    [Fact]
    public void Group_UnplacedTollOfAnotherHeadCount_StaysApartFromTheUndatedToll()
    {
        var groups = EventGrouper.Group([TollAtSevastopol(1), TollPlacedNowhere(2, "12")]);

        Assert.Equal("1 | 2", Partition(groups));
    }

    private const string Mobilisation = "Defence Minister Sergei Shoigu said 300,000 reservists would be called up in the partial mobilisation announced by the president, about 1% of the country's mobilisation resource.";

    [Fact]
    public void Group_UndatedRecruitmentRemarkAgreeingOnlyByTheCountryInAnotherStory_StaysOutOfTheOriginsMobilisation()
    {
        // data/real/reports.jsonl, real-0369 (shortened): an undated story of the Kursk offensive, two years after the mobilisation.
        const string kursk = "Ukraine's senior commander says his forces have conquered 1,000 square kilometers of the Kursk region. Putin said Russia would respond by showing unanimous support for all those in distress and claimed there had been an increase in men signing up to fight.";
        var mobilisation = Claim(1, Russia, ClaimKind.Recruitment, origin: RuMod, day: 3, language: "en", text: Mobilisation) with { ReportSketch = TextSketch.Of(Mobilisation) };
        var remark = Undated(Claim(2, Russia, ClaimKind.Recruitment, origin: RuMod, language: "en", text: "Putin claimed there had been an increase in men signing up to fight.")) with { ReportSketch = TextSketch.Of(kursk) };

        Assert.Equal("1 | 2", Partition(EventGrouper.Group([mobilisation, remark])));
    }

    [Fact]
    public void Group_UndatedReprintOfAMobilisationStatementAgreeingByTheCountry_JoinsTheEventHoldingItsWords()
    {
        const string reprint = "300,000 reservists would be called up in the partial mobilisation announced by the president, about 1% of the country's mobilisation resource, Shoigu said on television.";
        var mobilisation = Claim(1, Russia, ClaimKind.Recruitment, origin: RuMod, day: 3, language: "en", text: Mobilisation) with { ReportSketch = TextSketch.Of(Mobilisation) };
        var undated = Undated(Claim(2, Russia, ClaimKind.Recruitment, origin: RuMod, language: "en", text: "Those who have served will be mobilised first.")) with { ReportSketch = TextSketch.Of(reprint) };

        Assert.Equal("1,2", Partition(EventGrouper.Group([mobilisation, undated])));
    }

    [Fact]
    public void Group_UndatedMobilisationClaimNamingNoPlaceWithTheEventsHeadCount_JoinsTheOriginsEvent()
    {
        // data/real/reports.jsonl, real-0254 and real-0253: a short reprint whose one claim names no place, only the 300,000,
        // beside the minister's dated statement, which names none either.
        var mobilisation = Claim(1, kind: ClaimKind.Recruitment, origin: RuMod, day: 3, language: "en", text: Mobilisation) with { Place = null, ReportSketch = TextSketch.Of(Mobilisation) };
        var placeless = Undated(Claim(2, kind: ClaimKind.Recruitment, origin: RuMod, language: "en", text: "300,000 reservists will be called up as part of the partial mobilization, said Russian Defense Minister Sergey Shoigu.")) with { Place = null };

        Assert.Equal("1,2", Partition(EventGrouper.Group([mobilisation, placeless])));
    }

    [Fact]
    public void Group_UndatedMobilisationClaimNamingNoPlaceNorAFigureOfTheEvent_StaysApart()
    {
        var mobilisation = Claim(1, kind: ClaimKind.Recruitment, origin: RuMod, day: 3, language: "en", text: Mobilisation) with { Place = null, ReportSketch = TextSketch.Of(Mobilisation) };
        var placeless = Undated(Claim(2, kind: ClaimKind.Recruitment, origin: RuMod, language: "en", text: "Reservists will be called up as part of the partial mobilization, said the minister.")) with { Place = null };

        Assert.Equal("1 | 2", Partition(EventGrouper.Group([mobilisation, placeless])));
    }

    [Fact]
    public void Group_UndatedPrisonersClaimAgreeingByTheCountryAndAHeadCount_JoinsTheOriginsEvent()
    {
        // data/real/reports.jsonl, real-0097 (shortened): a rewritten story sharing few words with the ministry's, but its 65 prisoners.
        const string ministry = "Около 11:00 мск потерпел крушение самолет Ил-76. На борту находились 65 пленных военнослужащих ВСУ, перевозимых для обмена.";
        const string rewritten = "A Russian military transport plane crashed south of Belgorod. Russia's Ministry of Defense announced that 65 captured Ukrainian military personnel were on board a plane headed to the region for a prisoner exchange.";
        var plane = Claim(1, Russia, ClaimKind.Prisoners, origin: RuMod, day: 24, language: "en", text: "The ministry said 65 Ukrainian prisoners of war were aboard the plane.") with { ReportSketch = TextSketch.Of(ministry) };
        var undated = Undated(Claim(2, Russia, ClaimKind.Prisoners, origin: RuMod, language: "en", text: "Russia's Ministry of Defense announced that 65 captured Ukrainian military personnel were on board.")) with { ReportSketch = TextSketch.Of(rewritten) };

        Assert.Equal("1,2", Partition(EventGrouper.Group([plane, undated])));
    }

    [Fact]
    public void Group_UndatedPrisonersClaimSharingOnlyAnHourOfTheDayWithTheEvent_StaysOutOfIt()
    {
        // "At 11:00" is when something happened, no head count: it tells nothing of which exchange a claim speaks of.
        const string ministry = "Около 11:00 мск потерпел крушение самолет Ил-76. На борту находились 65 пленных военнослужащих ВСУ, перевозимых для обмена.";
        const string another = "The ministry said at 11:00 that 90 Russian servicemen had been returned from captivity in an exchange.";
        var plane = Claim(1, Russia, ClaimKind.Prisoners, origin: RuMod, day: 24, language: "en", text: "At 11:00 the ministry said 65 Ukrainian prisoners of war were aboard the plane.") with { ReportSketch = TextSketch.Of(ministry) };
        var undated = Undated(Claim(2, Russia, ClaimKind.Prisoners, origin: RuMod, language: "en", text: another)) with { ReportSketch = TextSketch.Of(another) };

        Assert.Equal("1 | 2", Partition(EventGrouper.Group([plane, undated])));
    }

    [Fact]
    public void Group_LossesWithTheirSidesReadDifferently_FormOneEvent()
    {
        var groups = EventGrouper.Group([Claim(1, Toretsk, ClaimKind.Casualties, Side.RU, origin: RuMod), Claim(2, Toretsk, ClaimKind.Casualties, Side.UA, origin: RuMod, language: "uk")]);

        Assert.Equal("1,2", Partition(groups));
    }

    [Fact]
    public void Group_UndatedReprintBothEventsOfItsOriginVouchFor_JoinsTheOneHoldingItsWords()
    {
        const string october = "Российские военные освободили населенный пункт Островское в ДНР, сообщили в Минобороны. Село взяли под контроль подразделения Южной группировки.";
        const string december = "Минобороны сообщило об освобождении Константинополя, который в российских документах называют Островским, к юго-западу от Курахово.";
        var first = Claim(1, Toretsk, origin: RuMod, day: 11, text: october) with { ReportSketch = TextSketch.Of(october) };
        var second = Claim(2, Toretsk, origin: RuMod, day: 80, text: december) with { ReportSketch = TextSketch.Of(december) };
        const string reprint = "Российские военные освободили населенный пункт Островское в ДНР. Село взяли под контроль подразделения Южной группировки войск, сообщили в ведомстве.";
        var undated = Undated(Claim(3, Toretsk, origin: RuMod, text: reprint)) with { ReportSketch = TextSketch.Of(reprint) };

        Assert.Equal("1,3 | 2", Partition(EventGrouper.Group([first, second, undated])));
    }

    [Fact]
    public void Group_UndatedClaimNeitherEventHoldsTheWordsOf_StaysApart()
    {
        var first = Claim(1, Toretsk, origin: RuMod, day: 11);
        var second = Claim(2, Toretsk, origin: RuMod, day: 80);
        var undated = Undated(Claim(3, Toretsk, origin: RuMod, text: "Ранее сообщалось об освобождении села."));

        Assert.Equal("1 | 2 | 3", Partition(EventGrouper.Group([first, second, undated])));
    }

    [Fact]
    public void Group_UnvouchedClaimOfTheOtherSideActing_StaysOutOfTheOnlyEventThere()
    {
        var strike = Claim(1, Toretsk, ClaimKind.Strike, Side.UA, origin: Trehubov, language: "uk");
        var other = Undated(Claim(2, Toretsk, ClaimKind.Strike, Side.RU, origin: Pushilin));

        Assert.Equal("1 | 2", Partition(EventGrouper.Group([strike, other])));
    }

    [Fact]
    public void Group_RelaysOfOneSidesClaimInAnEventOfBothSidesActing_DoNotPushOutAnUndatedClaimOfTheOther()
    {
        // A toll at Toretsk told by a Ukrainian outlet with Russian forces acting, by a Russian channel with Ukrainian
        // forces acting, and undated by DeepState at the Pivnichna mine: wire copies of the Ukrainian outlet's report
        // repeat its side, and must not outvote the Russian channel's.
        var ukrainian = Claim(1, Toretsk, ClaimKind.Casualties, Side.UA, origin: Outlet("Суспільне Донбас", Side.UA), language: "uk", text: "Внаслідок обстрілу Торецька загинули двоє людей");
        var russian = Claim(2, Toretsk, ClaimKind.Casualties, Side.RU, origin: Outlet("Донецкий фронт | Z", Side.RU), text: "В Торецке уничтожены до 40 военнослужащих ВСУ");
        var undated = Undated(Claim(3, PivnichnaMine, ClaimKind.Casualties, Side.RU, origin: DeepState, language: "en", text: "DeepState reported casualties near the Pivnichna mine", relays: Outlet("The Moscow Times")));
        var relays = Enumerable.Range(4, 2).Select(id => ukrainian with { ClaimId = id, ReportId = id, Key = $"report-{id:D6}:0", Relays = [Reuters], Text = "Two people were killed in shelling of Toretsk, Suspilne reported" });

        Assert.Equal("1,2,3,4,5", Partition(EventGrouper.Group([ukrainian, russian, undated, .. relays])));
    }

    [Fact]
    public void Group_UndatedReprintOfAPlaneOfPrisonersToldOverDays_JoinsTheFirstOfItsOriginsEvents()
    {
        const string crash = "Около 11:00 мск при выполнении планового полета потерпел крушение самолет Ил-76 в Белгородской области. На борту находились 65 пленных военнослужащих ВСУ, перевозимых для обмена.";
        const string names = "Минобороны России сообщало, что в разбившемся самолете находились 65 пленных военнослужащих ВСУ, перевозимых в Белгородскую область для обмена; списки опубликованы.";
        var crashed = Claim(1, BelgorodRegion, ClaimKind.Prisoners, origin: RuMod, day: 24, text: crash) with { ReportSketch = TextSketch.Of(crash) };
        var nextDay = Claim(2, Yablonovo, ClaimKind.Prisoners, origin: RuMod, day: 25);
        var listed = Claim(3, BelgorodRegion, ClaimKind.Prisoners, origin: RuMod, day: 27, text: names) with { ReportSketch = TextSketch.Of(names) };
        const string reprint = "На борту находились 65 пленных военнослужащих ВСУ, перевозимых в Белгородскую область для обмена, сообщили в Минобороны России.";
        var undated = Undated(Claim(4, BelgorodRegion, ClaimKind.Prisoners, origin: RuMod, text: reprint)) with { ReportSketch = TextSketch.Of(reprint) };

        Assert.Equal("1,2,4 | 3", Partition(EventGrouper.Group([crashed, nextDay, listed, undated])));
    }

    [Fact]
    public void Group_UndatedReprintNoOriginOrReportVouchesFor_JoinsTheEventHoldingClearlyMostOfItsWords()
    {
        const string story = "A Russian missile attack on the central Ukrainian city killed at least 18 people, including nine children, and left dozens wounded, local officials said. The missile struck a residential area with a playground.";
        const string later = "Drones hit an energy facility on the outskirts overnight, cutting power to several districts, the regional governor said on Telegram.";
        var strike = Claim(1, Toretsk, ClaimKind.Strike, Side.RU, origin: Trehubov, day: 5, language: "en", text: story) with { ReportSketch = TextSketch.Of(story) };
        var weeksLater = Claim(2, Toretsk, ClaimKind.Strike, Side.RU, origin: Trehubov, day: 25, language: "en", text: later) with { ReportSketch = TextSketch.Of(later) };
        const string reprint = "A Russian missile attack on the Ukrainian city killed at least 18 people, including nine children, local officials said. Russia's defence ministry claimed a precision strike on a meeting of commanders.";
        var undated = Undated(Claim(3, Toretsk, ClaimKind.Strike, Side.RU, origin: Outlet("Local officials"), language: "en", text: reprint)) with { ReportSketch = TextSketch.Of(reprint) };

        Assert.Equal("1,3 | 2", Partition(EventGrouper.Group([strike, weeksLater, undated])));
    }

    [Fact]
    public void Group_UndatedClaimSharingOnlyThePlacesWordsWithAnEventNothingVouchesFor_StaysApart()
    {
        const string august = "Ukraine's head commander announced on Monday that Kyiv has taken control of approximately 1,000 square kilometres in Russia's Kursk region, a week after the start of the offensive.";
        const string april = "Moscow says its troops have completed the liberation of the Kursk region, and thanked North Korean soldiers for their part in the fighting near the border.";
        var offensive = Claim(1, BelgorodRegion, origin: Trehubov, day: 12, language: "en", text: august) with { ReportSketch = TextSketch.Of(august) };
        var liberation = Claim(2, BelgorodRegion, origin: Trehubov, day: 80, language: "en", text: april) with { ReportSketch = TextSketch.Of(april) };
        const string other = "Zelensky acknowledged that the situation in Russia's Kursk region is very difficult but insisted there is no encirclement of Ukrainian troops there, as Moscow reclaims villages.";
        var undated = Undated(Claim(3, BelgorodRegion, origin: Outlet("Zelensky"), language: "en", text: other)) with { ReportSketch = TextSketch.Of(other) };

        Assert.Equal("1 | 2 | 3", Partition(EventGrouper.Group([offensive, liberation, undated])));
    }

    [Fact]
    public void Group_StatementWithNoPlaceByTheOriginOfTheOnlyEventAtAPlaceOnItsDays_JoinsThatEvent()
    {
        // "The ministry said its forces had taken the town" in English; «Міноборони РФ заявило про захоплення» in a
        // Ukrainian report whose place the gazetteer does not hold, the next day.
        var groups = EventGrouper.Group([Claim(1, Toretsk, origin: RuMod, language: "en"), NoPlace(Claim(2, origin: RuMod, day: 5, language: "uk"))]);

        Assert.Equal("1,2", Partition(groups));
    }

    [Fact]
    public void Group_StatementWithNoPlaceByAnOriginThatToldTwoPlacesOnItsDays_JoinsNeither()
    {
        var groups = EventGrouper.Group([Claim(1, Toretsk, origin: RuMod), Claim(2, ChasivYar, origin: RuMod), NoPlace(Claim(3, origin: RuMod, day: 5, language: "uk"))]);

        Assert.Equal("1 | 2 | 3", Partition(groups));
    }

    [Fact]
    public void Group_StatementWithNoPlaceOutsideTheWindowOfItsOriginsEvent_StaysApart()
    {
        var groups = EventGrouper.Group([Claim(1, Toretsk, ClaimKind.Strike, origin: RuMod), NoPlace(Claim(2, kind: ClaimKind.Strike, origin: RuMod, day: 9, language: "uk"))]);

        Assert.Equal("1 | 2", Partition(groups));
    }

    [Fact]
    public void Group_StatementWithNoPlaceWithAVoiceTheEventLacks_StaysApart()
    {
        // One post forwarded with a word changed, once as the ministry's and once as Pushilin's: one unplaced event with two voices.
        const string post = "Russian forces have taken control of the town, the statement said";
        var groups = EventGrouper.Group([Claim(1, Toretsk, origin: RuMod), NoPlace(Claim(2, origin: RuMod, day: 5, text: post)), NoPlace(Claim(3, origin: Pushilin, day: 5, text: post + "."))]);

        Assert.Equal("1 | 2,3", Partition(groups));
    }

    [Fact]
    public void Group_UndatedStatementWithNoPlace_JoinsNoEventAtAPlace()
    {
        var groups = EventGrouper.Group([Claim(1, Toretsk, origin: RuMod), Undated(NoPlace(Claim(2, origin: RuMod, language: "uk")))]);

        Assert.Equal("1 | 2", Partition(groups));
    }

    [Fact]
    public void Group_StatementOfTheOtherSideGainingWithNoPlace_StaysOutOfTheEventAtAPlace()
    {
        var groups = EventGrouper.Group([Claim(1, Toretsk, origin: RuMod), NoPlace(Claim(2, side: Side.UA, origin: RuMod, day: 5, language: "uk"))]);

        Assert.Equal("1 | 2", Partition(groups));
    }

    private static readonly FactPlace NovoselivkaDonetsk = new("osm:node/novoselivka-donetsk", "Novoselivka", 48.17, 37.73, ["region:ua-donetsk"], "Новоселівка");
    private static readonly FactPlace NovoselivkaKharkiv = new("osm:node/novoselivka-kharkiv", "Novoselivka", 49.73, 37.84, ["region:ua-kharkiv"], "Новоселівка");

    [Fact]
    public void Group_OneStatementResolvedToNamesakesInTwoLanguages_FormsOneEvent()
    {
        var groups = EventGrouper.Group([Claim(1, NovoselivkaDonetsk, origin: RuMod, language: "ru"), Claim(2, NovoselivkaKharkiv, origin: RuMod, day: 5, language: "en"), Claim(3, NovoselivkaKharkiv, origin: RuMod, day: 5, language: "uk")]);

        Assert.Equal("1,2,3", Partition(groups));
    }

    [Fact]
    public void Group_NamesakesClaimedInOneLanguage_StayApart()
    {
        // A bulletin claiming two villages of one name on one day tells both in its own language.
        var groups = EventGrouper.Group([Claim(1, NovoselivkaDonetsk, origin: RuMod, language: "ru"), Claim(2, NovoselivkaKharkiv, origin: RuMod, language: "ru"), Claim(3, NovoselivkaKharkiv, origin: RuMod, day: 5, language: "en")]);

        Assert.Equal("1 | 2,3", Partition(groups));
    }

    [Fact]
    public void Group_NamesakesByOriginsNeitherStandsBehind_StayApart()
    {
        var groups = EventGrouper.Group([Claim(1, NovoselivkaDonetsk, origin: RuMod, language: "ru"), Claim(2, NovoselivkaKharkiv, side: Side.RU, origin: Trehubov, day: 5, language: "uk")]);

        Assert.Equal("1 | 2", Partition(groups));
    }

    [Fact]
    public void Group_UndatedReprintResolvedToANamesakeInAnotherLanguage_JoinsTheDatedStatement()
    {
        var groups = EventGrouper.Group([Claim(1, NovoselivkaDonetsk, origin: RuMod, language: "ru"), Undated(Claim(2, NovoselivkaKharkiv, origin: RuMod, language: "en"))]);

        Assert.Equal("1,2", Partition(groups));
    }

    [Fact]
    public void Group_UndatedClaimAtANamesakeOfTwoStatementsMonthsApart_JoinsNeither()
    {
        var groups = EventGrouper.Group([Claim(1, NovoselivkaDonetsk, origin: RuMod, language: "ru"), Claim(2, NovoselivkaDonetsk, origin: RuMod, day: 90, language: "ru"), Undated(Claim(3, NovoselivkaKharkiv, origin: RuMod, language: "en"))]);

        Assert.Equal("1 | 2 | 3", Partition(groups));
    }

    [Fact]
    public void Group_TownInOneLanguageAndItsRegionInAnotherWithAVoiceTheTownsEventLacks_FormOneEvent()
    {
        // "Withdrawn from Kherson" in English by the ministry; «відійшли з Херсонської області» in Ukrainian reports
        // that carry the ministry's word beside another voice: the town's voice stands behind the region's event.
        var groups = EventGrouper.Group([Claim(1, Toretsk, origin: RuMod, language: "en"), Claim(2, ToretskHromada, origin: RuMod, language: "uk"), Claim(3, ToretskHromada, origin: Pushilin, language: "uk")]);

        Assert.Equal("1,2,3", Partition(groups));
    }

    [Fact]
    public void Group_RegionInOneLanguageFittingTwoTownsInsideItInAnother_JoinsNeither()
    {
        var groups = EventGrouper.Group([Claim(1, Toretsk, origin: RuMod, language: "en"), Claim(2, Zalizne, origin: RuMod, language: "en"), Claim(3, ToretskHromada, origin: RuMod, language: "uk"), Claim(4, ToretskHromada, origin: Pushilin, language: "uk")]);

        Assert.Equal("1 | 2 | 3,4", Partition(groups));
    }

    /// <summary>The claim with no place the gazetteer holds: its words name none, or one not found.</summary>
    private static ClaimFacts NoPlace(ClaimFacts claim) => claim with { Place = null, Anchors = [] };

    private static ClaimFacts Unplaced(long id, string text) => Claim(id, kind: ClaimKind.Advance, origin: Registered("dva_mayora", "Dva Mayora", Side.RU, SourceKind.MilbloggerChannel), text: text) with { Place = null };
}

/// <summary>Random small ledgers over real places, sides, kinds, sources and days.</summary>
internal static class Generators
{
    private static readonly FactPlace[] Places = [Toretsk, ToretskCentre, PivnichnaMine, ChasivYar, KanalDistrict, Kalynivka, NiuYork, Zalizne, ToretskHromada];
    private static readonly FactSource[] Origins = [Kimakovsky, Pushilin, RuMod, Trehubov, DeepState, Isw, Outlet("Донецкий фронт | Z", Side.RU), Outlet("Суспільне Донбас", Side.UA)];
    private static readonly FactSource[] RelayPool = [Rossiya24, Tass, Reuters, Outlet("The Moscow Times")];
    private static readonly ClaimKind[] Kinds = [ClaimKind.TerritorialControl, ClaimKind.Advance, ClaimKind.Denial, ClaimKind.RepelledAttack, ClaimKind.Strike, ClaimKind.Casualties];
    private static readonly string[] Languages = ["ru", "uk", "en"];

    private static readonly Side[] Sides = [Side.RU, Side.UA, Side.RU, Side.UA, Side.Unknown];

    /// <summary>A claim over real places, sides (one in five of no known side) and days (one in six undated).</summary>
    public static readonly Gen<ClaimFacts> OneClaim =
        Gen.Select(Gen.Int[0, Places.Length - 1], Gen.Int[0, Kinds.Length - 1], Gen.Int[0, Sides.Length - 1], Gen.Int[1, 90], Gen.Int[0, Origins.Length - 1], Gen.Int[0, RelayPool.Length], Gen.Int[0, 2], Gen.Int[0, 5])
            .Select(t =>
            {
                var claim = Claim(
                    0,
                    Places[t.Item1],
                    Kinds[t.Item2],
                    Sides[t.Item3],
                    t.Item4,
                    Origins[t.Item5],
                    language: Languages[t.Item7],
                    text: $"{Kinds[t.Item2]} at {Places[t.Item1].Name} by {Sides[t.Item3]} forces, day {t.Item4}, according to {Origins[t.Item5].Name}",
                    relays: t.Item6 == RelayPool.Length ? [] : [RelayPool[t.Item6]]);
                return t.Item8 == 0 ? Undated(claim) : claim;
            });

    /// <summary>1 to 40 claims with ids 1..n.</summary>
    public static readonly Gen<ClaimFacts[]> Ledger = OneClaim.Array[1, 40].Select(claims =>
        claims.Select((c, i) => c with { ClaimId = i + 1, ReportId = i + 1, Key = $"report-{i + 1:D6}:0", ExternalId = "ext-" + (i + 1) }).ToArray());
}
