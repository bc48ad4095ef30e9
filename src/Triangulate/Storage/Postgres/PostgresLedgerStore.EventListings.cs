using Npgsql;
using NpgsqlTypes;

namespace Triangulate.Storage.Postgres;

/// <summary>Event listings: rows the app computes per event, read by box and period through the indexes on (lat, lon) and on the days.</summary>
public sealed partial class PostgresLedgerStore
{
    /// <summary>Empties every listing table: the events they describe are all being replaced.</summary>
    private const string ClearAllListings = "DELETE FROM event_listing_keys; DELETE FROM event_summaries; DELETE FROM event_listings; DELETE FROM event_listings_pending;";

    /// <summary>Removes the listings and keys of the events in the array parameter <c>@ids</c>.</summary>
    private static readonly string[] DeleteListings =
    [
        "DELETE FROM event_listing_keys WHERE event_id = ANY(@ids)",
        "DELETE FROM event_summaries WHERE event_id = ANY(@ids)",
        "DELETE FROM event_listings WHERE event_id = ANY(@ids)",
    ];

    public async Task<IReadOnlyList<PendingListing>> ListPendingEventListingsAsync(int limit, CancellationToken cancellationToken = default)
    {
        var command = dataSource.CreateCommand("SELECT seq, event_id FROM event_listings_pending ORDER BY seq LIMIT @limit")
            .With("limit", limit, NpgsqlDbType.Integer);
        return await ReadAllAsync(command, reader => new PendingListing(reader.GetInt64(0), reader.GetInt64(1)), cancellationToken);
    }

    public Task SaveEventListingsAsync(IReadOnlyList<PendingListing> done, IReadOnlyList<EventListing> listings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(done);
        ArgumentNullException.ThrowIfNull(listings);
        var ids = done.Select(mark => mark.EventId).Concat(listings.Select(listing => listing.EventId)).Distinct().ToArray();
        return InTransactionAsync(async (connection, transaction) =>
        {
            await using var batch = new NpgsqlBatch(connection, transaction);
            foreach (var sql in DeleteListings)
            {
                batch.BatchCommands.Add(new NpgsqlBatchCommand(sql).With("ids", ids, NpgsqlDbType.Array | NpgsqlDbType.Bigint));
            }
            foreach (var listing in listings)
            {
                batch.BatchCommands.Add(new NpgsqlBatchCommand("""
                    INSERT INTO event_listings (event_id, kind, first_day, last_day, lat, lon, credibility, independent_origins, hedged, origin_sides)
                    SELECT @id, @kind, @first_day, @last_day, @lat, @lon, @credibility, @origins, @hedged, @sides
                    WHERE EXISTS (SELECT 1 FROM events WHERE id = @id)
                    """)
                    .With("id", listing.EventId, NpgsqlDbType.Bigint)
                    .With("kind", LedgerJson.EnumName(listing.Kind), NpgsqlDbType.Text)
                    .With("first_day", listing.FirstDay, NpgsqlDbType.Date)
                    .With("last_day", listing.LastDay, NpgsqlDbType.Date)
                    .With("lat", listing.Lat, NpgsqlDbType.Double)
                    .With("lon", listing.Lon, NpgsqlDbType.Double)
                    .With("credibility", listing.Credibility, NpgsqlDbType.Text)
                    .With("origins", listing.IndependentOrigins, NpgsqlDbType.Integer)
                    .With("hedged", listing.Hedged, NpgsqlDbType.Boolean)
                    .With("sides", SideList(listing.OriginSides), NpgsqlDbType.Text));
                batch.BatchCommands.Add(new NpgsqlBatchCommand("""
                    INSERT INTO event_summaries (event_id, search_text, summary)
                    SELECT @id, @text, @summary WHERE EXISTS (SELECT 1 FROM event_listings WHERE event_id = @id)
                    """)
                    .With("id", listing.EventId, NpgsqlDbType.Bigint)
                    .With("text", listing.SearchText, NpgsqlDbType.Text)
                    .With("summary", listing.Summary, NpgsqlDbType.Text));
                batch.BatchCommands.Add(new NpgsqlBatchCommand("""
                    INSERT INTO event_listing_keys (key, event_id)
                    SELECT DISTINCT unnest(@keys), @id WHERE EXISTS (SELECT 1 FROM event_listings WHERE event_id = @id)
                    """)
                    .With("keys", listing.Keys.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text)
                    .With("id", listing.EventId, NpgsqlDbType.Bigint));
            }
            // Every unlocated event that shares a report with the events just listed (themselves included) is folded
            // again: into the located event with the most claims in its reports, the smallest id on a tie, or into none.
            batch.BatchCommands.Add(new NpgsqlBatchCommand("""
                WITH touched AS (
                    SELECT DISTINCT other.event_id AS id
                    FROM event_claims mine
                    JOIN claims c ON c.id = mine.claim_id
                    JOIN claims sibling ON sibling.report_id = c.report_id
                    JOIN event_claims other ON other.claim_id = sibling.id
                    WHERE mine.event_id = ANY(@ids))
                UPDATE event_listings l SET fragment_of = (
                    SELECT host.event_id
                    FROM event_claims hc
                    JOIN claims h ON h.id = hc.claim_id
                    JOIN event_listings host ON host.event_id = hc.event_id AND host.lat IS NOT NULL
                    WHERE h.report_id IN (SELECT c.report_id FROM event_claims uc JOIN claims c ON c.id = uc.claim_id WHERE uc.event_id = l.event_id)
                    GROUP BY host.event_id
                    ORDER BY count(*) DESC, host.event_id
                    LIMIT 1)
                FROM touched WHERE l.event_id = touched.id AND l.lat IS NULL
                """).With("ids", ids, NpgsqlDbType.Array | NpgsqlDbType.Bigint));
            batch.BatchCommands.Add(new NpgsqlBatchCommand("DELETE FROM event_listings_pending WHERE seq = ANY(@seqs)")
                .With("seqs", done.Select(mark => mark.Sequence).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Bigint));
            await batch.ExecuteNonQueryAsync(cancellationToken);
            return true;
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<ListedEvent>> ListEventListingsAsync(EventListingQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var command = dataSource.CreateCommand();
        command.CommandText = $"""
            SELECT l.event_id, s.summary, l.fragment_of, (SELECT count(*)::int FROM event_listings f WHERE f.fragment_of = l.event_id)
            FROM event_listings l JOIN event_summaries s ON s.event_id = l.event_id
            {Where(ListingConditions(command, query))}
            ORDER BY l.event_id
            LIMIT @limit OFFSET @offset
            """;
        command.With("limit", query.Limit, NpgsqlDbType.Integer).With("offset", query.Offset, NpgsqlDbType.Integer);
        return await ReadAllAsync(
            command,
            reader => new ListedEvent(reader.GetInt64(0), reader.GetString(1), PostgresValues.Int64OrNull(reader, 2), reader.GetInt32(3)),
            cancellationToken);
    }

    public async Task<IReadOnlyList<EventDayCount>> CountEventListingsPerDayAsync(EventListingQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var command = dataSource.CreateCommand();
        var conditions = ListingConditions(command, query);
        conditions.Add("l.first_day IS NOT NULL");
        command.CommandText = $"SELECT l.first_day, count(*)::int FROM event_listings l {Where(conditions)} GROUP BY l.first_day ORDER BY l.first_day";
        return await ReadAllAsync(command, reader => new EventDayCount(reader.GetFieldValue<DateOnly>(0), reader.GetInt32(1)), cancellationToken);
    }

    /// <summary>Sides between commas, so that a side is found whole by <c>strpos</c>.</summary>
    private static string SideList(IEnumerable<string> sides) => "," + string.Concat(sides.Select(side => side + ","));

    /// <summary>
    /// The query's filters as conditions on <c>l</c> (event_listings), with their parameters added: a box or radius on
    /// the (lat, lon) index, the period on the days' index.
    /// </summary>
    private static List<string> ListingConditions(NpgsqlCommand command, EventListingQuery query)
    {
        var conditions = new List<string>();
        if (query.Ids is { } ids)
        {
            conditions.Add("l.event_id = ANY(@ids)");
            command.With("ids", ids.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Bigint);
        }
        if (query.FragmentsOf is { } hosts)
        {
            conditions.Add("l.fragment_of = ANY(@hosts)");
            command.With("hosts", hosts.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Bigint);
        }
        void InBox(string name, GeoBox box)
        {
            conditions.Add($"l.lat BETWEEN @{name}_min_lat AND @{name}_max_lat AND l.lon BETWEEN @{name}_min_lon AND @{name}_max_lon");
            command
                .With($"{name}_min_lat", box.MinLat, NpgsqlDbType.Double)
                .With($"{name}_max_lat", box.MaxLat, NpgsqlDbType.Double)
                .With($"{name}_min_lon", box.MinLon, NpgsqlDbType.Double)
                .With($"{name}_max_lon", box.MaxLon, NpgsqlDbType.Double);
        }
        if (query.Box is { } view)
        {
            InBox("view", view);
        }
        if (query is { Lat: { } lat, Lon: { } lon, RadiusKm: { } radiusKm })
        {
            InBox("near", GeoDistance.BoundingBox(lat, lon, radiusKm));
            conditions.Add("haversine_km(@lat, @lon, l.lat, l.lon) <= @radius_km");
            command
                .With("lat", lat, NpgsqlDbType.Double)
                .With("lon", lon, NpgsqlDbType.Double)
                .With("radius_km", radiusKm, NpgsqlDbType.Double);
        }
        if (query.Since is { } since)
        {
            conditions.Add("l.first_day IS NOT NULL AND l.last_day >= @since");
            command.With("since", since, NpgsqlDbType.Date);
        }
        if (query.Until is { } until)
        {
            conditions.Add("l.first_day <= @until");
            command.With("until", until, NpgsqlDbType.Date);
        }
        if (query.Kind is { } kind)
        {
            conditions.Add("l.kind = @kind");
            command.With("kind", LedgerJson.EnumName(kind), NpgsqlDbType.Text);
        }
        if (query.Credibility.Count > 0)
        {
            conditions.Add("l.credibility = ANY(@credibility)");
            command.With("credibility", query.Credibility.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
        }
        if (query.MinIndependentOrigins is { } minimum)
        {
            conditions.Add("l.independent_origins >= @min_origins");
            command.With("min_origins", minimum, NpgsqlDbType.Integer);
        }
        if (query.Hedged is { } hedged)
        {
            conditions.Add("l.hedged = @hedged");
            command.With("hedged", hedged, NpgsqlDbType.Boolean);
        }
        if (query.OriginSide is { } side)
        {
            conditions.Add("strpos(l.origin_sides, @origin_side) > 0");
            command.With("origin_side", SideList([side]), NpgsqlDbType.Text);
        }
        for (var i = 0; i < query.KeyGroups.Count; i++)
        {
            conditions.Add(FormattableString.Invariant($"l.event_id IN (SELECT event_id FROM event_listing_keys WHERE key = ANY(@keys{i}))"));
            command.With(FormattableString.Invariant($"keys{i}"), query.KeyGroups[i].ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
        }
        if (query.FoldedText is { } text)
        {
            conditions.Add("l.event_id IN (SELECT event_id FROM event_summaries WHERE strpos(search_text, @text) > 0)");
            command.With("text", text, NpgsqlDbType.Text);
        }
        if (query.FoldFragments)
        {
            conditions.Add("l.fragment_of IS NULL");
        }
        return conditions;
    }
}
