using System.Collections.Immutable;
using Triangulate.Model;
using Triangulate.Storage;
using static Triangulate.Tests.Storage.LedgerFixtures;

namespace Triangulate.Tests.Storage;

/// <summary>
/// Event listings (migration 0013 on SQLite, 0011 on PostgreSQL): a row per event that the app computes, read by box,
/// period and filter values from the listings' indexes; every write of events marks what must be listed again.
/// </summary>
public abstract partial class LedgerStoreContractTests
{
    private static readonly DateOnly July1 = new(2024, 7, 1);

    [SkippableFact]
    public async Task ListEventListingsAsync_ViewBoxAndPeriod_KeepTheEventsWhosePointAndDaysFallInBoth()
    {
        var events = await OneEventPerClaimAsync();
        await SaveListingsAsync(
            Listing(events[0], lat: 48.39, lon: 37.85, first: July1, last: July1.AddDays(2)),
            Listing(events[1], lat: 48.39, lon: 37.86, first: July1.AddDays(-40), last: July1.AddDays(-30)),
            Listing(events[2], lat: 48.60, lon: 37.83, first: July1, last: July1),
            Listing(events[3], lat: null, lon: null, first: July1, last: July1),
            Listing(events[4], lat: 48.40, lon: 37.84, first: null, last: null));
        var toretsk = new GeoBox(48.3, 48.5, 37.7, 38.0);

        var inView = await Store.ListEventListingsAsync(new EventListingQuery { Box = toretsk, Since = July1.AddDays(-7), Until = July1.AddDays(7) });

        Assert.Equal([events[0]], inView.Select(e => e.EventId));
    }

    [SkippableFact]
    public async Task ListEventListingsAsync_ViewBoxWithoutPeriod_KeepsUndatedEventsInsideIt()
    {
        var events = await OneEventPerClaimAsync();
        await SaveListingsAsync(
            Listing(events[0], lat: 48.39, lon: 37.85, first: July1, last: July1),
            Listing(events[1], lat: 48.60, lon: 37.83, first: July1, last: July1),
            Listing(events[2], lat: 48.40, lon: 37.84, first: null, last: null));

        var inView = await Store.ListEventListingsAsync(new EventListingQuery { Box = new GeoBox(48.3, 48.5, 37.7, 38.0) });

        Assert.Equal([events[0], events[2]], inView.Select(e => e.EventId));
    }

    [SkippableFact]
    public async Task ListEventListingsAsync_PeriodAlone_KeepsDatedEventsOverlappingIt()
    {
        var events = await OneEventPerClaimAsync();
        await SaveListingsAsync(
            Listing(events[0], lat: null, lon: null, first: July1.AddDays(-3), last: July1.AddDays(1)),
            Listing(events[1], lat: 48.39, lon: 37.85, first: July1.AddDays(-10), last: July1.AddDays(-2)),
            Listing(events[2], lat: null, lon: null, first: null, last: null),
            Listing(events[3], lat: 48.39, lon: 37.85, first: July1.AddDays(5), last: July1.AddDays(6)));

        var overlapping = await Store.ListEventListingsAsync(new EventListingQuery { Since = July1, Until = July1.AddDays(4) });

        Assert.Equal([events[0]], overlapping.Select(e => e.EventId));
    }

    [SkippableFact]
    public async Task ListEventListingsAsync_Radius_KeepsEventsWithinTheGreatCircleDistance()
    {
        var events = await OneEventPerClaimAsync();
        // About 1 km and about 22 km north of the centre.
        await SaveListingsAsync(
            Listing(events[0], lat: 48.40, lon: 37.85, first: July1, last: July1),
            Listing(events[1], lat: 48.59, lon: 37.85, first: July1, last: July1));

        var near = await Store.ListEventListingsAsync(new EventListingQuery { Lat = 48.39, Lon = 37.85, RadiusKm = 10 });

        Assert.Equal([events[0]], near.Select(e => e.EventId));
    }

    [SkippableFact]
    public async Task ListEventListingsAsync_ValueFilters_KeepOnlyTheEventThatHasEveryValue()
    {
        var events = await OneEventPerClaimAsync();
        var wanted = Listing(events[0], lat: 48.39, lon: 37.85, first: July1, last: July1) with
        {
            Kind = ClaimKind.Strike, Credibility = "2", IndependentOrigins = 3, Hedged = true, OriginSides = ["russia", "ukraine"],
            Keys = ["place:toretsk", "source:reuters"], SearchText = EventListing.FoldText("Russian forces struck Toretsk"),
        };
        await SaveListingsAsync(
            wanted,
            wanted with { EventId = events[1], Kind = ClaimKind.TerritorialControl },
            wanted with { EventId = events[2], Credibility = "3" },
            wanted with { EventId = events[3], IndependentOrigins = 1, Hedged = false },
            wanted with { EventId = events[4], OriginSides = ["russia"], Keys = ["place:toretsk"], SearchText = "" });

        var kept = await Store.ListEventListingsAsync(new EventListingQuery
        {
            Kind = ClaimKind.Strike, Credibility = ["1", "2"], MinIndependentOrigins = 2, Hedged = true, OriginSide = "ukraine",
            KeyGroups = [["place:toretsk", "place:торецьк"], ["source:reuters"]], FoldedText = EventListing.FoldText("struck toretsk"),
        });

        Assert.Equal([events[0]], kept.Select(e => e.EventId));
    }

    [SkippableFact]
    public async Task SaveEventListingsAsync_UnlocatedEventSharingAReport_FoldsIntoTheLocatedEventThere()
    {
        var (located, unlocated, elsewhere) = await TwoEventsOfOneReportAsync();
        await SaveListingsAsync(
            Listing(located, lat: 48.39, lon: 37.85, first: July1, last: July1),
            Listing(unlocated, lat: null, lon: null, first: July1, last: July1),
            Listing(elsewhere, lat: null, lon: null, first: July1, last: July1));

        var all = (await Store.ListEventListingsAsync(new EventListingQuery())).ToDictionary(e => e.EventId);
        var folded = await Store.ListEventListingsAsync(new EventListingQuery { FoldFragments = true });

        Assert.Equal((located, 1), (all[unlocated].FragmentOf!.Value, all[located].Fragments));
        Assert.Null(all[elsewhere].FragmentOf);
        Assert.Equal([located, elsewhere], folded.Select(e => e.EventId).Order());
    }

    [SkippableFact]
    public async Task SaveEventListingsAsync_LocatedEventListedAfterItsFragment_StillFoldsIt()
    {
        var (located, unlocated, _) = await TwoEventsOfOneReportAsync();
        await SaveListingsAsync(Listing(unlocated, lat: null, lon: null, first: July1, last: July1));

        await SaveListingsAsync(Listing(located, lat: 48.39, lon: 37.85, first: July1, last: July1));

        var fragments = await Store.ListEventListingsAsync(new EventListingQuery { FragmentsOf = [located] });
        Assert.Equal([unlocated], fragments.Select(e => e.EventId));
    }

    [SkippableFact]
    public async Task UpdateEventsAsync_WrittenEvents_AreMarkedAndLeaveTheListings()
    {
        var events = await OneEventPerClaimAsync();
        await SaveListingsAsync([.. events.Select(id => Listing(id, lat: 48.39, lon: 37.85, first: July1, last: July1))]);
        var stored = (await Store.ListEventsAsync()).ToDictionary(e => e.Id);

        await Store.UpdateEventsAsync([events[1]], [stored[events[0]] with { ClaimIds = [events[0], events[1]] }]);

        Assert.Equal([events[0]], (await Store.ListPendingEventListingsAsync(100)).Select(mark => mark.EventId));
        Assert.Equal(events.Skip(2), (await Store.ListEventListingsAsync(new EventListingQuery())).Select(e => e.EventId));
    }

    [SkippableFact]
    public async Task SaveEventListingsAsync_EventWrittenAgainMeanwhile_StaysMarked()
    {
        var events = await OneEventPerClaimAsync();
        var pending = await Store.ListPendingEventListingsAsync(100);
        var stored = (await Store.ListEventsAsync()).ToDictionary(e => e.Id);
        await Store.UpdateEventsAsync([], [stored[events[0]]]);

        await Store.SaveEventListingsAsync(pending, [.. events.Select(id => Listing(id, lat: null, lon: null, first: July1, last: July1))]);

        Assert.Equal([events[0]], (await Store.ListPendingEventListingsAsync(100)).Select(mark => mark.EventId));
    }

    [SkippableFact]
    public async Task SaveEventListingsAsync_ListingOfARemovedEvent_IsDropped()
    {
        var events = await OneEventPerClaimAsync();
        var pending = await Store.ListPendingEventListingsAsync(100);
        await Store.UpdateEventsAsync([events[0]], []);

        await Store.SaveEventListingsAsync(pending, [.. events.Select(id => Listing(id, lat: 48.39, lon: 37.85, first: July1, last: July1))]);

        Assert.Equal(events.Skip(1), (await Store.ListEventListingsAsync(new EventListingQuery { Box = new GeoBox(48, 49, 37, 38) })).Select(e => e.EventId));
    }

    [SkippableFact]
    public async Task CountEventListingsPerDayAsync_EventsInAView_CountsThemByFirstDay()
    {
        var events = await OneEventPerClaimAsync();
        await SaveListingsAsync(
            Listing(events[0], lat: 48.39, lon: 37.85, first: July1, last: July1.AddDays(3)),
            Listing(events[1], lat: 48.40, lon: 37.85, first: July1, last: July1),
            Listing(events[2], lat: 48.41, lon: 37.85, first: July1.AddDays(2), last: July1.AddDays(2)),
            Listing(events[3], lat: 48.41, lon: 37.85, first: null, last: null),
            Listing(events[4], lat: 50.00, lon: 30.00, first: July1, last: July1));

        var days = await Store.CountEventListingsPerDayAsync(new EventListingQuery { Box = new GeoBox(48.3, 48.5, 37.7, 38.0) });

        Assert.Equal([new EventDayCount(July1, 2), new EventDayCount(July1.AddDays(2), 1)], days);
    }

    /// <summary>
    /// The timeline counts from the index of points and days, the list through the R*Tree: for a box, a box and period, a
    /// radius and a box with a value filter, the counts per first day are those of the events the list gives. The events
    /// lie inside, outside and on the edges of the box, unlocated and undated, and over several days and both kinds.
    /// </summary>
    [SkippableFact]
    public async Task CountEventListingsPerDayAsync_AnyViewOrFilter_CountsTheListedEventsByFirstDay()
    {
        var events = await OneEventPerClaimAsync();
        var box = new GeoBox(48.3, 48.5, 37.7, 38.0);
        double?[] lats = [48.3, 48.39, 48.5, 48.6, null, 48.45];
        double?[] lons = [37.7, 37.85, 38.0, 37.85, null, 37.71];
        var listings = events.Select((id, i) => Listing(id, lats[i % lats.Length], lons[i % lons.Length],
                i % 5 == 4 ? null : July1.AddDays(i % 3 - 1), i % 5 == 4 ? null : July1.AddDays(i % 3 + i % 2))
            with { Kind = i % 2 == 0 ? ClaimKind.Strike : ClaimKind.TerritorialControl }).ToList();
        await SaveListingsAsync([.. listings]);
        var firstDays = listings.ToDictionary(listing => listing.EventId, listing => listing.FirstDay);
        EventListingQuery[] queries =
        [
            new() { Box = box },
            new() { Box = box, Since = July1, Until = July1.AddDays(1) },
            new() { Lat = 48.39, Lon = 37.85, RadiusKm = 15 },
            new() { Box = box, Kind = ClaimKind.Strike },
        ];

        foreach (var query in queries)
        {
            var listed = await Store.ListEventListingsAsync(query with { Limit = 10_000 });
            var fromList = listed.Select(e => firstDays[e.EventId]).OfType<DateOnly>().GroupBy(day => day).OrderBy(days => days.Key)
                .Select(days => new EventDayCount(days.Key, days.Count()));

            Assert.Equal(fromList, await Store.CountEventListingsPerDayAsync(query));
        }
    }

    /// <summary>
    /// A ledger with events grouped before listings existed gets the listing tables, and every event marked to be
    /// listed, when opened; nothing stored changes.
    /// </summary>
    [SkippableFact]
    public async Task MigrateAsync_LedgerWithEventsBeforeListings_MarksEveryEventAndKeepsCounts()
    {
        var events = await OneEventPerClaimAsync();
        var summary = await Store.SummarizeAsync();
        var stored = LedgerJson.Serialize(await Store.ListEventsAsync());
        await RunSqlAsync("""
            DROP TABLE event_listings; DROP TABLE event_summaries; DROP TABLE event_listing_keys; DROP TABLE event_listings_pending; DROP TABLE IF EXISTS event_points_rtree;
            DELETE FROM schema_version WHERE name = 'event_listings';
            """);

        await using var reopened = await OpenSameLedgerAsync();

        Assert.Equal(events, (await reopened.ListPendingEventListingsAsync(100)).Select(mark => mark.EventId));
        Assert.Equal(summary, await reopened.SummarizeAsync());
        Assert.Equal(stored, LedgerJson.Serialize(await reopened.ListEventsAsync()));
        Assert.Empty(await reopened.CheckIntegrityAsync());
    }

    /// <summary>Stores the batch and one event per claim (its id the claim's); returns the event ids in order, each marked.</summary>
    private async Task<IReadOnlyList<long>> OneEventPerClaimAsync()
    {
        await Store.SaveAsync(Batch());
        var claims = await Store.ListClaimsAsync(new ClaimQuery { Limit = 100 });
        await Store.ReplaceEventsAsync([.. claims.OrderBy(c => c.Id).Select(c => new StoredEvent(c.Id, c.Claim.Kind, [c.Id], c.Published, c.Published, "{}"))]);
        return [.. claims.Select(c => c.Id).Order()];
    }

    /// <summary>Two events of the two claims of one report and one event of each other claim; returns two of the first and one of the others.</summary>
    private async Task<(long First, long Second, long Elsewhere)> TwoEventsOfOneReportAsync()
    {
        await OneEventPerClaimAsync();
        var claims = await Store.ListClaimsAsync(new ClaimQuery { Limit = 100 });
        var shared = claims.GroupBy(c => c.ReportId).First(group => group.Count() >= 2).Select(c => c.Id).Order().ToList();
        var elsewhere = claims.Where(c => !shared.Contains(c.Id)).Min(c => c.Id);
        return (shared[0], shared[1], elsewhere);
    }

    /// <summary>Lists the events as given and clears every mark.</summary>
    private async Task SaveListingsAsync(params EventListing[] listings) =>
        await Store.SaveEventListingsAsync(await Store.ListPendingEventListingsAsync(10_000), listings);

    private static EventListing Listing(long eventId, double? lat, double? lon, DateOnly? first, DateOnly? last) =>
        new(eventId, ClaimKind.Strike, first, last, lat, lon, "3", 1, false, ["ukraine"], [], "", $$"""{"id":{{eventId}}}""");
}
