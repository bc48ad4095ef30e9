using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Triangulate.Storage.Sqlite;

/// <summary>Event listings: rows the app computes per event, read by box and period through an R*Tree over (lat, lon, day).</summary>
public sealed partial class SqliteLedgerStore
{
    /// <summary>Empties every listing table: the events they describe are all being replaced.</summary>
    private const string ClearAllListings =
        "DELETE FROM event_listing_keys; DELETE FROM event_points_rtree; DELETE FROM event_summaries; DELETE FROM event_listings; DELETE FROM event_listings_pending;";

    /// <summary>The day an undated event's R*Tree entry starts and ends on: every day, so that the period alone decides.</summary>
    private static readonly int FirstDayNumber = DateOnly.MinValue.DayNumber;
    private static readonly int LastDayNumber = DateOnly.MaxValue.DayNumber;

    public async Task<IReadOnlyList<PendingListing>> ListPendingEventListingsAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = Command(connection, "SELECT seq, event_id FROM event_listings_pending ORDER BY seq LIMIT $limit").With("$limit", limit);
        return await ReadAllAsync(command, reader => new PendingListing(reader.GetInt64(0), reader.GetInt64(1)), cancellationToken);
    }

    public async Task SaveEventListingsAsync(IReadOnlyList<PendingListing> done, IReadOnlyList<EventListing> listings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(done);
        ArgumentNullException.ThrowIfNull(listings);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        var ids = LedgerJson.Serialize(done.Select(mark => mark.EventId).Concat(listings.Select(listing => listing.EventId)).Distinct());
        await DeleteListingsAsync(connection, transaction, ids, cancellationToken);
        await using var insert = Command(connection, """
            INSERT INTO event_listings (event_id, kind, first_day, last_day, lat, lon, credibility, independent_origins, hedged, origin_sides)
            SELECT $id, $kind, $first_day, $last_day, $lat, $lon, $credibility, $origins, $hedged, $sides
            WHERE EXISTS (SELECT 1 FROM events WHERE id = $id)
            """, transaction);
        await using var insertSummary = Command(connection, "INSERT INTO event_summaries (event_id, search_text, summary) VALUES ($id, $text, $summary)", transaction);
        await using var insertKey = Command(connection, "INSERT OR IGNORE INTO event_listing_keys (key, event_id) VALUES ($key, $id)", transaction);
        await using var insertPoint = Command(connection, """
            INSERT INTO event_points_rtree (id, min_lat, max_lat, min_lon, max_lon, min_day, max_day) VALUES ($id, $lat, $lat, $lon, $lon, $min_day, $max_day)
            """, transaction);
        foreach (var listing in listings)
        {
            var stored = await insert
                .Set("$id", listing.EventId)
                .Set("$kind", LedgerJson.EnumName(listing.Kind))
                .Set("$first_day", Day(listing.FirstDay))
                .Set("$last_day", Day(listing.LastDay))
                .Set("$lat", listing.Lat)
                .Set("$lon", listing.Lon)
                .Set("$credibility", listing.Credibility)
                .Set("$origins", listing.IndependentOrigins)
                .Set("$hedged", listing.Hedged)
                .Set("$sides", SideList(listing.OriginSides))
                .ExecuteNonQueryAsync(cancellationToken);
            if (stored == 0)
            {
                continue;
            }
            await insertSummary.Set("$id", listing.EventId).Set("$text", listing.SearchText).Set("$summary", listing.Summary).ExecuteNonQueryAsync(cancellationToken);
            foreach (var key in listing.Keys)
            {
                await insertKey.Set("$key", key).Set("$id", listing.EventId).ExecuteNonQueryAsync(cancellationToken);
            }
            if (listing is { Lat: { } lat, Lon: { } lon })
            {
                await insertPoint
                    .Set("$id", listing.EventId)
                    .Set("$lat", lat)
                    .Set("$lon", lon)
                    .Set("$min_day", listing.FirstDay?.DayNumber ?? FirstDayNumber)
                    .Set("$max_day", listing.LastDay?.DayNumber ?? LastDayNumber)
                    .ExecuteNonQueryAsync(cancellationToken);
            }
        }
        // Every unlocated event that shares a report with the events just listed (themselves included) is folded again:
        // into the located event with the most claims in its reports, the smallest id on a tie, or into none.
        await using (var fold = Command(connection, """
            WITH touched AS (
                SELECT DISTINCT other.event_id AS id
                FROM event_claims mine
                JOIN claims c ON c.id = mine.claim_id
                JOIN claims sibling ON sibling.report_id = c.report_id
                JOIN event_claims other ON other.claim_id = sibling.id
                WHERE mine.event_id IN (SELECT value FROM json_each($ids)))
            UPDATE event_listings SET fragment_of = (
                SELECT host.event_id
                FROM event_claims hc
                JOIN claims h ON h.id = hc.claim_id
                JOIN event_listings host ON host.event_id = hc.event_id AND host.lat IS NOT NULL
                WHERE h.report_id IN (SELECT c.report_id FROM event_claims uc JOIN claims c ON c.id = uc.claim_id WHERE uc.event_id = event_listings.event_id)
                GROUP BY host.event_id
                ORDER BY count(*) DESC, host.event_id
                LIMIT 1)
            WHERE lat IS NULL AND event_id IN (SELECT id FROM touched)
            """, transaction).With("$ids", ids))
        {
            await fold.ExecuteNonQueryAsync(cancellationToken);
        }
        await using (var clear = Command(connection, "DELETE FROM event_listings_pending WHERE seq IN (SELECT value FROM json_each($seqs))", transaction)
            .With("$seqs", LedgerJson.Serialize(done.Select(mark => mark.Sequence))))
        {
            await clear.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ListedEvent>> ListEventListingsAsync(EventListingQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT l.event_id, s.summary, l.fragment_of, (SELECT count(*) FROM event_listings f WHERE f.fragment_of = l.event_id)
            FROM event_listings l JOIN event_summaries s ON s.event_id = l.event_id
            {Where(ListingConditions(command, query, BoxLookup.RTree))}
            ORDER BY l.event_id
            LIMIT $limit OFFSET $offset
            """;
        command.With("$limit", query.Limit).With("$offset", query.Offset);
        return await ReadAllAsync(
            command,
            reader => new ListedEvent(reader.GetInt64(0), reader.GetString(1), SqliteValues.Int64OrNull(reader, 2), reader.GetInt32(3)),
            cancellationToken);
    }

    public async Task<IReadOnlyList<EventDayCount>> CountEventListingsPerDayAsync(EventListingQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var conditions = ListingConditions(command, query, BoxLookup.PointIndex);
        conditions.Add("l.first_day IS NOT NULL");
        // Without statistics the planner would take a period through the index of first days and read a row per event
        // of the period; the covering index reads the box's band of latitudes and no row (docs/scaling.md).
        var listings = query.ByPoint ? "event_listings l INDEXED BY ix_event_listings_point_days" : "event_listings l";
        command.CommandText = $"SELECT l.first_day, count(*) FROM {listings} {Where(conditions)} GROUP BY l.first_day ORDER BY l.first_day";
        return await ReadAllAsync(
            command,
            reader => new EventDayCount(DateOnly.ParseExact(reader.GetString(0), DayFormat, CultureInfo.InvariantCulture), reader.GetInt32(1)),
            cancellationToken);
    }

    private const string DayFormat = "yyyy-MM-dd";

    private static string? Day(DateOnly? day) => day?.ToString(DayFormat, CultureInfo.InvariantCulture);

    /// <summary>Sides between commas, so that a side is found whole by <c>instr</c>.</summary>
    private static string SideList(IEnumerable<string> sides) => "," + string.Concat(sides.Select(side => side + ","));

    /// <summary>Removes the listings, keys and points of the events in <paramref name="ids"/> (a JSON array) inside the caller's transaction.</summary>
    private static async Task DeleteListingsAsync(SqliteConnection connection, SqliteTransaction transaction, string ids, CancellationToken cancellationToken)
    {
        foreach (var sql in new[]
        {
            "DELETE FROM event_listing_keys WHERE event_id IN (SELECT value FROM json_each($ids))",
            "DELETE FROM event_points_rtree WHERE id IN (SELECT value FROM json_each($ids))",
            "DELETE FROM event_summaries WHERE event_id IN (SELECT value FROM json_each($ids))",
            "DELETE FROM event_listings WHERE event_id IN (SELECT value FROM json_each($ids))",
        })
        {
            await using var command = Command(connection, sql, transaction).With("$ids", ids);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>How a box or radius finds its events.</summary>
    private enum BoxLookup
    {
        /// <summary>Through the R*Tree of points and days: the events found, each then read by its row, for listings that read the rows anyway.</summary>
        RTree,

        /// <summary>
        /// Through the covering index of located, dated events' points and days over the box's band of latitudes, no
        /// row read unless another filter needs it: for counts, where a row lookup per event cost more than the count.
        /// </summary>
        PointIndex,
    }

    /// <summary>
    /// The query's filters as conditions on <c>l</c> (event_listings), with their parameters added. A box or radius is
    /// looked up as <paramref name="lookup"/> says; the R*Tree's single-precision bounds are rounded outwards, so the
    /// row's own point and days then decide exactly.
    /// </summary>
    private static List<string> ListingConditions(SqliteCommand command, EventListingQuery query, BoxLookup lookup)
    {
        var conditions = new List<string>();
        if (query.Ids is { } ids)
        {
            conditions.Add("l.event_id IN (SELECT value FROM json_each($ids))");
            command.With("$ids", LedgerJson.Serialize(ids));
        }
        if (query.FragmentsOf is { } hosts)
        {
            conditions.Add("l.fragment_of IN (SELECT value FROM json_each($hosts))");
            command.With("$hosts", LedgerJson.Serialize(hosts));
        }
        var days = $"AND max_day >= {query.Since?.DayNumber ?? FirstDayNumber} AND min_day <= {query.Until?.DayNumber ?? LastDayNumber}";
        void InBox(string name, GeoBox box)
        {
            if (lookup == BoxLookup.RTree)
            {
                conditions.Add($"""
                    l.event_id IN (SELECT id FROM event_points_rtree
                                   WHERE max_lat >= ${name}_min_lat AND min_lat <= ${name}_max_lat AND max_lon >= ${name}_min_lon AND min_lon <= ${name}_max_lon {days})
                    """);
            }
            conditions.Add($"l.lat BETWEEN ${name}_min_lat AND ${name}_max_lat AND l.lon BETWEEN ${name}_min_lon AND ${name}_max_lon");
            command
                .With($"${name}_min_lat", box.MinLat)
                .With($"${name}_max_lat", box.MaxLat)
                .With($"${name}_min_lon", box.MinLon)
                .With($"${name}_max_lon", box.MaxLon);
        }
        if (query.Box is { } view)
        {
            InBox("view", view);
        }
        if (query is { Lat: { } lat, Lon: { } lon, RadiusKm: { } radiusKm })
        {
            InBox("near", GeoDistance.BoundingBox(lat, lon, radiusKm));
            conditions.Add("haversine_km($lat, $lon, l.lat, l.lon) <= $radius_km");
            command.With("$lat", lat).With("$lon", lon).With("$radius_km", radiusKm);
        }
        if (query.Since is { } since)
        {
            conditions.Add("l.first_day IS NOT NULL AND l.last_day >= $since");
            command.With("$since", Day(since));
        }
        if (query.Until is { } until)
        {
            conditions.Add("l.first_day <= $until");
            command.With("$until", Day(until));
        }
        if (query.Kind is { } kind)
        {
            conditions.Add("l.kind = $kind");
            command.With("$kind", LedgerJson.EnumName(kind));
        }
        if (query.Credibility.Count > 0)
        {
            conditions.Add("l.credibility IN (SELECT value FROM json_each($credibility))");
            command.With("$credibility", LedgerJson.Serialize(query.Credibility));
        }
        if (query.MinIndependentOrigins is { } minimum)
        {
            conditions.Add("l.independent_origins >= $min_origins");
            command.With("$min_origins", minimum);
        }
        if (query.Hedged is { } hedged)
        {
            conditions.Add("l.hedged = $hedged");
            command.With("$hedged", hedged);
        }
        if (query.OriginSide is { } side)
        {
            conditions.Add("instr(l.origin_sides, $origin_side) > 0");
            command.With("$origin_side", SideList([side]));
        }
        for (var i = 0; i < query.KeyGroups.Count; i++)
        {
            conditions.Add(FormattableString.Invariant($"l.event_id IN (SELECT event_id FROM event_listing_keys WHERE key IN (SELECT value FROM json_each($keys{i})))"));
            command.With(FormattableString.Invariant($"$keys{i}"), LedgerJson.Serialize(query.KeyGroups[i]));
        }
        if (query.FoldedText is { } text)
        {
            conditions.Add("l.event_id IN (SELECT event_id FROM event_summaries WHERE instr(search_text, $text) > 0)");
            command.With("$text", text);
        }
        if (query.FoldFragments)
        {
            conditions.Add("l.fragment_of IS NULL");
        }
        return conditions;
    }
}
