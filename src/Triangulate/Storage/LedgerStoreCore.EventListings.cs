using System.Data.Common;

namespace Triangulate.Storage;

/// <summary>Event listings read back: by box, period and the other filters, from the rows the app computed per event.</summary>
public abstract partial class LedgerStoreCore
{
    public Task<IReadOnlyList<PendingListing>> ListPendingEventListingsAsync(int limit, CancellationToken cancellationToken = default) =>
        QueryAsync(
            command =>
            {
                command.CommandText = "SELECT seq, event_id FROM event_listings_pending ORDER BY seq LIMIT @limit";
                Dialect.Bind(command, "limit", limit);
            },
            reader => new PendingListing(reader.GetInt64(0), reader.GetInt64(1)),
            cancellationToken);

    public Task<IReadOnlyList<ListedEvent>> ListEventListingsAsync(EventListingQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return QueryAsync(
            command =>
            {
                command.CommandText = $"""
                    SELECT l.event_id, s.summary, l.fragment_of, (SELECT count(*) FROM event_listings f WHERE f.fragment_of = l.event_id)
                    FROM {Dialect.EventListingsTable(query, EventListingRead.Rows)} JOIN event_summaries s ON s.event_id = l.event_id
                    {Where(ListingConditions(command, query, EventListingRead.Rows))}
                    ORDER BY l.event_id
                    LIMIT @limit OFFSET @offset
                    """;
                Dialect.Bind(command, "limit", query.Limit);
                Dialect.Bind(command, "offset", query.Offset);
            },
            reader => new ListedEvent(reader.GetInt64(0), reader.GetString(1), Int64OrNull(reader, 2), checked((int)reader.GetInt64(3))),
            cancellationToken);
    }

    public Task<IReadOnlyList<EventDayCount>> CountEventListingsPerDayAsync(EventListingQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return QueryAsync(
            command =>
            {
                var conditions = ListingConditions(command, query, EventListingRead.DayCounts);
                conditions.Add("l.first_day IS NOT NULL");
                command.CommandText =
                    $"SELECT l.first_day, count(*) FROM {Dialect.EventListingsTable(query, EventListingRead.DayCounts)} {Where(conditions)} GROUP BY l.first_day ORDER BY l.first_day";
            },
            reader => new EventDayCount(Dialect.ReadDay(reader, 0), checked((int)reader.GetInt64(1))),
            cancellationToken);
    }

    /// <summary>Sides between commas, so that a side is found whole by a search for its text.</summary>
    private protected static string SideList(IEnumerable<string> sides) => "," + string.Concat(sides.Select(side => side + ","));

    /// <summary>
    /// The query's filters as conditions on <c>l</c> (event_listings), with their parameters bound. A box or radius
    /// compares each row's point exactly, after any lookup through which the dialect's index finds the box's events.
    /// </summary>
    private List<string> ListingConditions(DbCommand command, EventListingQuery query, EventListingRead read)
    {
        var conditions = new List<string>();
        if (query.Ids is { } ids)
        {
            conditions.Add(Dialect.InList("l.event_id", "ids"));
            Dialect.BindList(command, "ids", ids);
        }
        if (query.FragmentsOf is { } hosts)
        {
            conditions.Add(Dialect.InList("l.fragment_of", "hosts"));
            Dialect.BindList(command, "hosts", hosts);
        }
        void InBox(string name, GeoBox box)
        {
            if (Dialect.EventBoxLookup(name, query, read) is { } lookup)
            {
                conditions.Add(lookup);
            }
            conditions.Add($"l.lat BETWEEN @{name}_min_lat AND @{name}_max_lat AND l.lon BETWEEN @{name}_min_lon AND @{name}_max_lon");
            Dialect.Bind(command, $"{name}_min_lat", box.MinLat);
            Dialect.Bind(command, $"{name}_max_lat", box.MaxLat);
            Dialect.Bind(command, $"{name}_min_lon", box.MinLon);
            Dialect.Bind(command, $"{name}_max_lon", box.MaxLon);
        }
        if (query.Box is { } view)
        {
            InBox("view", view);
        }
        if (query is { Lat: { } lat, Lon: { } lon, RadiusKm: { } radiusKm })
        {
            InBox("near", GeoDistance.BoundingBox(lat, lon, radiusKm));
            conditions.Add("haversine_km(@lat, @lon, l.lat, l.lon) <= @radius_km");
            Dialect.Bind(command, "lat", lat);
            Dialect.Bind(command, "lon", lon);
            Dialect.Bind(command, "radius_km", radiusKm);
        }
        if (query.Since is { } since)
        {
            conditions.Add("l.first_day IS NOT NULL AND l.last_day >= @since");
            Dialect.Bind(command, "since", Dialect.Day(since));
        }
        if (query.Until is { } until)
        {
            conditions.Add("l.first_day <= @until");
            Dialect.Bind(command, "until", Dialect.Day(until));
        }
        if (query.Kind is { } kind)
        {
            conditions.Add("l.kind = @kind");
            Dialect.Bind(command, "kind", LedgerJson.EnumName(kind));
        }
        if (query.Credibility.Count > 0)
        {
            conditions.Add(Dialect.InList("l.credibility", "credibility"));
            Dialect.BindList(command, "credibility", query.Credibility);
        }
        if (query.MinIndependentOrigins is { } minimum)
        {
            conditions.Add("l.independent_origins >= @min_origins");
            Dialect.Bind(command, "min_origins", minimum);
        }
        if (query.Hedged is { } hedged)
        {
            conditions.Add("l.hedged = @hedged");
            Dialect.Bind(command, "hedged", hedged);
        }
        if (query.OriginSide is { } side)
        {
            conditions.Add(Dialect.Contains("l.origin_sides", "origin_side"));
            Dialect.Bind(command, "origin_side", SideList([side]));
        }
        for (var i = 0; i < query.KeyGroups.Count; i++)
        {
            var name = FormattableString.Invariant($"keys{i}");
            conditions.Add($"l.event_id IN (SELECT event_id FROM event_listing_keys WHERE {Dialect.InList("key", name)})");
            Dialect.BindList(command, name, query.KeyGroups[i]);
        }
        if (query.FoldedText is { } text)
        {
            conditions.Add($"l.event_id IN (SELECT event_id FROM event_summaries WHERE {Dialect.Contains("search_text", "text")})");
            Dialect.Bind(command, "text", text);
        }
        if (query.FoldFragments)
        {
            conditions.Add("l.fragment_of IS NULL");
        }
        return conditions;
    }

    /// <summary>
    /// The statement that folds again every unlocated event sharing a report with the events <c>@ids</c> lists (themselves
    /// included): into the located event with the most claims in its reports, the smallest id on a tie, or into none.
    /// Both engines run it in the transaction that writes the listings.
    /// </summary>
    private protected string FoldFragmentsStatement => $"""
        WITH touched AS (
            SELECT DISTINCT other.event_id AS id
            FROM event_claims mine
            JOIN claims c ON c.id = mine.claim_id
            JOIN claims sibling ON sibling.report_id = c.report_id
            JOIN event_claims other ON other.claim_id = sibling.id
            WHERE {Dialect.InList("mine.event_id", "ids")})
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
        """;
}
