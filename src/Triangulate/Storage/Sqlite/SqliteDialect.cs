using System.Collections.Immutable;
using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Triangulate.Storage.Sqlite;

/// <summary>
/// SQLite's pieces of the shared statements: lists as JSON arrays read by <c>json_each</c>, <c>instr</c> for text, days
/// as ISO text, and the R*Tree of points and days (or the covering index of points and days, for counts) for a box.
/// </summary>
internal sealed class SqliteDialect : SqlDialect
{
    public static readonly SqliteDialect Instance = new();

    private const string DayFormat = "yyyy-MM-dd";

    /// <summary>The day an undated event's R*Tree entry starts and ends on: every day, so that the period alone decides.</summary>
    public static readonly int FirstDayNumber = DateOnly.MinValue.DayNumber;
    public static readonly int LastDayNumber = DateOnly.MaxValue.DayNumber;

    private SqliteDialect()
    {
    }

    public static string? FormatDay(DateOnly? day) => day?.ToString(DayFormat, CultureInfo.InvariantCulture);

    public override void Bind(DbCommand command, string name, object value) => ((SqliteCommand)command).With("@" + name, value);

    public override void BindText(DbCommand command, string name, string? value) => ((SqliteCommand)command).With("@" + name, value);

    public override void BindList(DbCommand command, string name, IEnumerable<long> values) => Bind(command, name, LedgerJson.Serialize(values));

    public override void BindList(DbCommand command, string name, IEnumerable<string> values) => Bind(command, name, LedgerJson.Serialize(values));

    public override string InList(string column, string name) => $"{column} IN (SELECT value FROM json_each(@{name}))";

    public override string Contains(string column, string name) => $"instr({column}, @{name}) > 0";

    public override object Day(DateOnly day) => FormatDay(day)!;

    public override DateOnly ReadDay(DbDataReader reader, int ordinal) =>
        DateOnly.ParseExact(reader.GetString(ordinal), DayFormat, CultureInfo.InvariantCulture);

    public override string ListHolds(string column, string name) => $"EXISTS (SELECT 1 FROM json_each({column}) WHERE json_each.value = @{name})";

    public override string ListOf(string column, string rest) => $"(SELECT json_group_array({column}) FROM (SELECT {column} {rest}))";

    public override ImmutableArray<long> ReadLongs(DbDataReader reader, int ordinal) => LedgerJson.Deserialize<ImmutableArray<long>>(reader.GetString(ordinal));

    public override ImmutableArray<string> ReadStrings(DbDataReader reader, int ordinal) => LedgerJson.Deserialize<ImmutableArray<string>>(reader.GetString(ordinal));

    /// <summary>SQLite's own collation compares code points.</summary>
    public override string Ordinal(string column) => column;

    public override string JsonText(string column) => column;

    public override object Time(DateTimeOffset time) => SqliteValues.FormatTime(time);

    public override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => SqliteValues.ParseTime(reader.GetString(ordinal));

    public override ReportSearch? SearchReports(DbCommand command, string search)
    {
        if (Fts5Query.FromUserInput(search) is not { } match)
        {
            return null;
        }
        Bind(command, "match", match);
        return new ReportSearch("reports_fts JOIN reports r ON r.id = reports_fts.rowid", "reports_fts MATCH @match", "bm25(reports_fts, 3.0, 1.0)");
    }

    public override string? ReportsMatching(DbCommand command, string search)
    {
        if (Fts5Query.FromUserInput(search) is not { } match)
        {
            return null;
        }
        Bind(command, "match", match);
        return "SELECT rowid FROM reports_fts WHERE reports_fts MATCH @match";
    }

    // The map's two plans (PointPlan): by date, the claims are walked newest first (the index on the claims' date,
    // within a period when one is given) and each is tested through its few places and their points; by points, the
    // R*Tree of distinct points narrows to the box and each point's claim places come from the index on (point, date).

    /// <summary>The box narrows, the exact great-circle distance decides.</summary>
    public override string ClaimsNear(DbCommand command, double lat, double lon, double radiusKm, DateTimeOffset? since, DateTimeOffset? until, PointPlan plan)
    {
        BindRadius(command, lat, lon, radiusKm);
        return plan == PointPlan.ByDate
            ? """
              EXISTS (SELECT 1 FROM claim_places cp JOIN claim_points p ON p.key = cp.point_key
                      WHERE cp.claim_id = c.id AND p.lat BETWEEN @min_lat AND @max_lat AND p.lon BETWEEN @min_lon AND @max_lon
                        AND haversine_km(@lat, @lon, p.lat, p.lon) <= @radius_km)
              """
            : """
              c.id IN (SELECT cp.claim_id FROM claim_points_rtree box JOIN claim_points p ON p.key = box.id JOIN claim_places cp ON cp.point_key = p.key
                       WHERE box.max_lat >= @min_lat AND box.min_lat <= @max_lat AND box.max_lon >= @min_lon AND box.min_lon <= @max_lon
                         AND haversine_km(@lat, @lon, p.lat, p.lon) <= @radius_km)
              """;
    }

    public override string ClaimsInBox(DbCommand command, GeoBox box, DateTimeOffset? since, DateTimeOffset? until, PointPlan plan)
    {
        Bind(command, "view_min_lat", box.MinLat);
        Bind(command, "view_max_lat", box.MaxLat);
        Bind(command, "view_min_lon", box.MinLon);
        Bind(command, "view_max_lon", box.MaxLon);
        return plan == PointPlan.ByDate
            ? """
              EXISTS (SELECT 1 FROM claim_places cp JOIN claim_points p ON p.key = cp.point_key
                      WHERE cp.claim_id = c.id AND p.lat BETWEEN @view_min_lat AND @view_max_lat AND p.lon BETWEEN @view_min_lon AND @view_max_lon)
              """
            : """
              c.id IN (SELECT cp.claim_id FROM claim_points_rtree view JOIN claim_places cp ON cp.point_key = view.id
                       WHERE view.max_lat >= @view_min_lat AND view.min_lat <= @view_max_lat
                         AND view.max_lon >= @view_min_lon AND view.min_lon <= @view_max_lon)
              """;
    }

    /// <summary>The R*Tree gives the box's points and the index on (point, date) their claim places, no row read.</summary>
    public override string ClaimPlacesInBoxUpTo => """
        SELECT COUNT(*) FROM (SELECT 1 FROM claim_points_rtree box JOIN claim_places cp ON cp.point_key = box.id
                              WHERE box.max_lat >= @box_min_lat AND box.min_lat <= @box_max_lat
                                AND box.max_lon >= @box_min_lon AND box.min_lon <= @box_max_lon
                              LIMIT @cap)
        """;

    /// <summary>Binds a point, a radius and the box around them (<c>@lat</c>, <c>@lon</c>, <c>@radius_km</c>, <c>@min_lat</c> … <c>@max_lon</c>).</summary>
    public void BindRadius(DbCommand command, double lat, double lon, double radiusKm)
    {
        var box = GeoDistance.BoundingBox(lat, lon, radiusKm);
        Bind(command, "lat", lat);
        Bind(command, "lon", lon);
        Bind(command, "radius_km", radiusKm);
        Bind(command, "min_lat", box.MinLat);
        Bind(command, "max_lat", box.MaxLat);
        Bind(command, "min_lon", box.MinLon);
        Bind(command, "max_lon", box.MaxLon);
    }

    /// <summary>
    /// Counts by box name the covering index of located, dated events' points and days: without statistics the planner
    /// would take a period through the index of first days and read a row per event of the period, where the covering
    /// index reads the box's band of latitudes and no row (docs/scaling.md).
    /// </summary>
    public override string EventListingsTable(EventListingQuery query, EventListingRead read) =>
        read == EventListingRead.DayCounts && query.ByPoint ? "event_listings l INDEXED BY ix_event_listings_point_days" : "event_listings l";

    /// <summary>
    /// Listings that read the rows anyway find a box's events through the R*Tree of points and days, each then read by
    /// its row; the R*Tree's single-precision bounds are rounded outwards, so the row's own point and days then decide.
    /// </summary>
    public override string? EventBoxLookup(string name, EventListingQuery query, EventListingRead read) =>
        read == EventListingRead.Rows
            ? $"""
              l.event_id IN (SELECT id FROM event_points_rtree
                             WHERE max_lat >= @{name}_min_lat AND min_lat <= @{name}_max_lat AND max_lon >= @{name}_min_lon AND min_lon <= @{name}_max_lon
                               AND max_day >= {query.Since?.DayNumber ?? FirstDayNumber} AND min_day <= {query.Until?.DayNumber ?? LastDayNumber})
              """
            : null;
}
