using System.Collections.Immutable;
using System.Data.Common;

namespace Triangulate.Storage;

/// <summary>
/// The few pieces in which the SQL of the two engines differs, for the statements <see cref="LedgerStoreCore"/> writes
/// once: how a parameter is bound, how a column is tested against a list, how text is searched for a fragment, how a
/// day is written and read, and how a box of the map finds its events. Parameters are written <c>@name</c>, which
/// both Microsoft.Data.Sqlite and Npgsql read.
/// </summary>
internal abstract class SqlDialect
{
    /// <summary>Binds <c>@<paramref name="name"/></c> to a value of the model (a number, text, flag or day).</summary>
    public abstract void Bind(DbCommand command, string name, object value);

    /// <summary>Binds <c>@<paramref name="name"/></c> to text that may be missing (SQL NULL, typed as text).</summary>
    public abstract void BindText(DbCommand command, string name, string? value);

    /// <summary>Binds <c>@<paramref name="name"/></c> to a list that <see cref="InList"/> tests a column against.</summary>
    public abstract void BindList(DbCommand command, string name, IEnumerable<long> values);

    /// <inheritdoc cref="BindList(DbCommand, string, IEnumerable{long})"/>
    public abstract void BindList(DbCommand command, string name, IEnumerable<string> values);

    /// <summary>The condition that <paramref name="column"/> is one of the list bound as <c>@<paramref name="name"/></c>.</summary>
    public abstract string InList(string column, string name);

    /// <summary>The condition that the text in <paramref name="column"/> holds the text bound as <c>@<paramref name="name"/></c> (ordinal).</summary>
    public abstract string Contains(string column, string name);

    /// <summary>A day as the ledger's day columns keep it.</summary>
    public abstract object Day(DateOnly day);

    public abstract DateOnly ReadDay(DbDataReader reader, int ordinal);

    /// <summary>The condition that the JSON array of strings in <paramref name="column"/> holds the text bound as <c>@<paramref name="name"/></c>.</summary>
    public abstract string ListHolds(string column, string name);

    /// <summary>
    /// The values of <paramref name="column"/> that <c>SELECT column <paramref name="rest"/></c> gives, gathered into one
    /// value in their order: a JSON array on SQLite, an array on PostgreSQL.
    /// </summary>
    public abstract string ListOf(string column, string rest);

    /// <summary>A list gathered by <see cref="ListOf"/>, of numbers.</summary>
    public abstract ImmutableArray<long> ReadLongs(DbDataReader reader, int ordinal);

    /// <summary>A list gathered by <see cref="ListOf"/>, of text.</summary>
    public abstract ImmutableArray<string> ReadStrings(DbDataReader reader, int ordinal);

    /// <summary>A text column as an ORDER BY sorts it by code point, whatever the database's collation.</summary>
    public abstract string Ordinal(string column);

    /// <summary>A JSON column read as its text.</summary>
    public abstract string JsonText(string column);

    /// <summary>An instant as the ledger's time columns keep it.</summary>
    public abstract object Time(DateTimeOffset time);

    public abstract DateTimeOffset ReadTime(DbDataReader reader, int ordinal);

    /// <summary>
    /// Reports (as <c>r</c>) matching what a user typed, with the search's parameters bound: the table expression, the
    /// condition and the rank to order by (a word in the title weighs more than in the body); null when the input holds
    /// no word to search for.
    /// </summary>
    public abstract ReportSearch? SearchReports(DbCommand command, string search);

    /// <summary>A query of the ids of the reports matching what a user typed, its parameters bound; null as <see cref="SearchReports"/>.</summary>
    public abstract string? ReportsMatching(DbCommand command, string search);

    /// <summary>
    /// The condition that a claim (<c>c</c>) has a place within <paramref name="radiusKm"/> of the point, its
    /// parameters bound, in the <paramref name="plan"/> the caller chose; a period, when given, is the claims' own
    /// (the caller binds its bounds as <c>@since</c> and <c>@until</c>), and an engine may repeat it on the places.
    /// </summary>
    public abstract string ClaimsNear(DbCommand command, double lat, double lon, double radiusKm, DateTimeOffset? since, DateTimeOffset? until, PointPlan plan);

    /// <summary>The condition that a claim (<c>c</c>) has a place in the box, as <see cref="ClaimsNear"/>.</summary>
    public abstract string ClaimsInBox(DbCommand command, GeoBox box, DateTimeOffset? since, DateTimeOffset? until, PointPlan plan);

    /// <summary>
    /// A query of how many claim places lie in the box bound as <c>@box_min_lat</c> … <c>@box_max_lon</c>, counting no
    /// further than <c>@cap</c>, read from the engine's spatial index alone (the cheap count that chooses a <see cref="PointPlan"/>).
    /// </summary>
    public abstract string ClaimPlacesInBoxUpTo { get; }

    /// <summary>
    /// The clause between an insert's column list and its VALUES that lets rows keep the ids they are given, for a
    /// journal copied from another ledger: none on SQLite, whose rowids take any id.
    /// </summary>
    public virtual string OwnIds => "";

    /// <summary>
    /// The statements that move the id generators of <paramref name="tables"/> past the ids rows were written under, so
    /// that later inserts do not collide: none on SQLite, which takes the next id from the rows themselves.
    /// </summary>
    public virtual string? IdsContinued(IEnumerable<string> tables) => null;

    /// <summary>
    /// The event listings table (as <c>l</c>) for a listing of <paramref name="query"/>: SQLite names the covering index
    /// its counts by box take, PostgreSQL leaves the choice to its planner.
    /// </summary>
    public virtual string EventListingsTable(EventListingQuery query, EventListingRead read) => "event_listings l";

    /// <summary>
    /// Any condition, besides the exact comparison of each row's point, through which an index finds the events in the
    /// box bound as <c>@<paramref name="name"/>_min_lat</c> … <c>_max_lon</c> (SQLite's R*Tree of points and days).
    /// </summary>
    public virtual string? EventBoxLookup(string name, EventListingQuery query, EventListingRead read) => null;
}

/// <summary>How a text search of reports joins, filters and ranks them.</summary>
internal sealed record ReportSearch(string From, string Condition, string Rank);

/// <summary>How a query of the claims of a box or radius, newest first, finds them.</summary>
internal enum PointPlan
{
    /// <summary>
    /// Walk the claims newest first (the index on their date) and test each through its places, stopping when the
    /// page is full: cheap when the box holds many claims, since a page is full after a short walk.
    /// </summary>
    ByDate,

    /// <summary>
    /// Gather the claim places of the box's points from the spatial index, then sort their claims: cheap when the box
    /// holds few claims, where a walk by date would pass most of the ledger before filling a page.
    /// </summary>
    ByPoints,
}

/// <summary>What a listing of events reads of each event, which decides how a box finds its events.</summary>
internal enum EventListingRead
{
    /// <summary>Each event's row and summary (the list, the map).</summary>
    Rows,

    /// <summary>Only the days and points, counted per day (the timeline).</summary>
    DayCounts,
}
