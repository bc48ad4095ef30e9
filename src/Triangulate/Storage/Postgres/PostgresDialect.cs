using System.Collections.Immutable;
using System.Data.Common;
using Npgsql;
using NpgsqlTypes;

namespace Triangulate.Storage.Postgres;

/// <summary>
/// PostgreSQL's pieces of the shared statements: typed parameters, lists as arrays tested with <c>= ANY</c>,
/// <c>strpos</c> for text, days as <c>date</c>; a box is found by the btrees on (lat, lon) and the days, with statistics.
/// </summary>
internal sealed class PostgresDialect : SqlDialect
{
    /// <summary>Whether radius queries run on PostGIS geography (else on the lat/lon index); set once the migrations found it.</summary>
    public bool UsesGeography { get; set; }

    public override void Bind(DbCommand command, string name, object value) =>
        ((NpgsqlCommand)command).With(name, value, value switch
        {
            long => NpgsqlDbType.Bigint,
            int => NpgsqlDbType.Integer,
            double => NpgsqlDbType.Double,
            bool => NpgsqlDbType.Boolean,
            string => NpgsqlDbType.Text,
            DateOnly => NpgsqlDbType.Date,
            DateTimeOffset => NpgsqlDbType.TimestampTz,
            _ => throw new ArgumentException($"No PostgreSQL type for a {value.GetType().Name}.", nameof(value)),
        });

    public override void BindText(DbCommand command, string name, string? value) => ((NpgsqlCommand)command).With(name, value, NpgsqlDbType.Text);

    public override void BindList(DbCommand command, string name, IEnumerable<long> values) =>
        ((NpgsqlCommand)command).With(name, values.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Bigint);

    public override void BindList(DbCommand command, string name, IEnumerable<string> values) =>
        ((NpgsqlCommand)command).With(name, values.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);

    public override string InList(string column, string name) => $"{column} = ANY(@{name})";

    public override string Contains(string column, string name) => $"strpos({column}, @{name}) > 0";

    public override object Day(DateOnly day) => day;

    public override DateOnly ReadDay(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateOnly>(ordinal);

    public override string ListHolds(string column, string name) => $"{column} @> ARRAY[@{name}]";

    public override string ListOf(string column, string rest) => $"ARRAY(SELECT {column} {rest})";

    public override ImmutableArray<long> ReadLongs(DbDataReader reader, int ordinal) => [.. reader.GetFieldValue<long[]>(ordinal)];

    public override ImmutableArray<string> ReadStrings(DbDataReader reader, int ordinal) => [.. reader.GetFieldValue<string[]>(ordinal)];

    /// <summary>The "C" collation compares bytes of UTF-8, which order as code points.</summary>
    public override string Ordinal(string column) => column + " COLLATE \"C\"";

    public override string JsonText(string column) => column + "::text";

    /// <summary>timestamptz takes UTC only; the instant is what the ledger keeps.</summary>
    public override object Time(DateTimeOffset time) => time.ToUniversalTime();

    public override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);

    /// <summary>The journal's tables number their rows GENERATED ALWAYS; an id given is refused without this clause.</summary>
    public override string OwnIds => "OVERRIDING SYSTEM VALUE";

    public override string IdsContinued(IEnumerable<string> tables) =>
        string.Concat(tables.Select(table =>
            $"SELECT setval(pg_get_serial_sequence('{table}', 'id'), COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false);\n"));

    /// <summary>Title lexemes carry weight A, so a word in the title ranks above the same word in the body.</summary>
    public override ReportSearch? SearchReports(DbCommand command, string search) =>
        BindSearchWords(command, search) is var wordCount && wordCount == 0
            ? null
            : new ReportSearch($"reports r, (SELECT {PostgresTextQuery.Expression(wordCount)}) AS q(query)", "r.search @@ q.query", "ts_rank(r.search, q.query) DESC");

    public override string? ReportsMatching(DbCommand command, string search) =>
        BindSearchWords(command, search) is var wordCount && wordCount == 0
            ? null
            : $"SELECT s.id FROM reports s WHERE s.search @@ ({PostgresTextQuery.Expression(wordCount)})";

    // By date, each claim (newest first) is tested through the index on its places; by points, the places in the box
    // are gathered from the index on (lat, lon) (or geography) first, the period then bounding the place rows themselves
    // so that the planner can combine it with the spatial index instead of collecting every point of the area.
    public override string ClaimsNear(DbCommand command, double lat, double lon, double radiusKm, DateTimeOffset? since, DateTimeOffset? until, PointPlan plan) =>
        ClaimsWithPlaceWhere(WithinRadius("cp", command, lat, lon, radiusKm), since, until, plan);

    public override string ClaimsInBox(DbCommand command, GeoBox box, DateTimeOffset? since, DateTimeOffset? until, PointPlan plan)
    {
        Bind(command, "view_min_lat", box.MinLat);
        Bind(command, "view_max_lat", box.MaxLat);
        Bind(command, "view_min_lon", box.MinLon);
        Bind(command, "view_max_lon", box.MaxLon);
        return ClaimsWithPlaceWhere(
            "cp.lat BETWEEN @view_min_lat AND @view_max_lat AND cp.lon BETWEEN @view_min_lon AND @view_max_lon", since, until, plan);
    }

    /// <summary>The btree on (lat, lon) holds the box's places; only their count is read.</summary>
    public override string ClaimPlacesInBoxUpTo => """
        SELECT COUNT(*) FROM (SELECT 1 FROM claim_places cp
                              WHERE cp.lat BETWEEN @box_min_lat AND @box_max_lat AND cp.lon BETWEEN @box_min_lon AND @box_max_lon
                              LIMIT @cap) AS box_places
        """;

    /// <summary>The condition that a claim (<c>c</c>) has a place (<c>cp</c>) meeting <paramref name="placeCondition"/>, in the plan chosen.</summary>
    private static string ClaimsWithPlaceWhere(string placeCondition, DateTimeOffset? since, DateTimeOffset? until, PointPlan plan) =>
        plan == PointPlan.ByDate
            ? $"EXISTS (SELECT 1 FROM claim_places cp WHERE cp.claim_id = c.id AND {placeCondition}{PlacePeriod(since, until)})"
            : $"c.id IN (SELECT cp.claim_id FROM claim_places cp WHERE {placeCondition}{PlacePeriod(since, until)})";

    /// <summary>
    /// The condition that the point of <paramref name="alias"/> (lat, lon and, with PostGIS, geog) lies within the
    /// radius, its parameters bound: by geography when PostGIS is there, else a box on the (lat, lon) btree narrows and
    /// the haversine distance decides.
    /// </summary>
    public string WithinRadius(string alias, DbCommand command, double lat, double lon, double radiusKm)
    {
        Bind(command, "lat", lat);
        Bind(command, "lon", lon);
        Bind(command, "radius_km", radiusKm);
        if (UsesGeography)
        {
            // use_spheroid = false: the same sphere as GeoDistance, so both engines agree at the edge of a radius.
            return $"ST_DWithin({alias}.geog, ST_SetSRID(ST_MakePoint(@lon, @lat), 4326)::geography, @radius_km * 1000, false)";
        }
        var box = GeoDistance.BoundingBox(lat, lon, radiusKm);
        Bind(command, "min_lat", box.MinLat);
        Bind(command, "max_lat", box.MaxLat);
        Bind(command, "min_lon", box.MinLon);
        Bind(command, "max_lon", box.MaxLon);
        return $"""
            {alias}.lat BETWEEN @min_lat AND @max_lat AND {alias}.lon BETWEEN @min_lon AND @max_lon
            AND haversine_km(@lat, @lon, {alias}.lat, {alias}.lon) <= @radius_km
            """;
    }

    /// <summary>The period as further conditions on the claim places' own dates, over the <c>@since</c> and <c>@until</c> the caller binds.</summary>
    private static string PlacePeriod(DateTimeOffset? since, DateTimeOffset? until) =>
        (since is null ? "" : " AND cp.published >= @since") + (until is null ? "" : " AND cp.published <= @until");

    /// <summary>Binds the words of a user's search as <c>@w0</c>, <c>@w1</c>…; returns how many there are.</summary>
    private int BindSearchWords(DbCommand command, string search)
    {
        var words = PostgresTextQuery.WordsOf(search);
        for (var i = 0; i < words.Count; i++)
        {
            Bind(command, FormattableString.Invariant($"w{i}"), words[i]);
        }
        return words.Count;
    }
}
