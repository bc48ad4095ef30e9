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

    public override void BindList(DbCommand command, string name, IEnumerable<long> values) => Bind(command, name, LedgerJson.Serialize(values));

    public override void BindList(DbCommand command, string name, IEnumerable<string> values) => Bind(command, name, LedgerJson.Serialize(values));

    public override string InList(string column, string name) => $"{column} IN (SELECT value FROM json_each(@{name}))";

    public override string Contains(string column, string name) => $"instr({column}, @{name}) > 0";

    public override object Day(DateOnly day) => FormatDay(day)!;

    public override DateOnly ReadDay(DbDataReader reader, int ordinal) =>
        DateOnly.ParseExact(reader.GetString(ordinal), DayFormat, CultureInfo.InvariantCulture);

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
