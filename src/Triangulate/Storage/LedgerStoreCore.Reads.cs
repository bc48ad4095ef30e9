using System.Collections.Immutable;
using System.Data.Common;
using Triangulate.Model;
using Triangulate.Places;

namespace Triangulate.Storage;

/// <summary>Reports, claims, mentions, sources and places read back, and the reads a regrouping starts from.</summary>
public abstract partial class LedgerStoreCore
{
    public Task<IReadOnlyList<int>> GetAppliedMigrationsAsync(CancellationToken cancellationToken = default) =>
        QueryAsync(command => command.CommandText = "SELECT version FROM schema_version ORDER BY version", reader => reader.GetInt32(0), cancellationToken);

    public async Task<IReadOnlyList<StoredReport>> ListReportsAsync(ReportQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await OpenDbConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var conditions = new List<string>();
        var from = "reports r";
        var order = "r.published DESC NULLS LAST, r.id";
        if (query.Search is { } search)
        {
            if (Dialect.SearchReports(command, search) is not { } match)
            {
                return [];
            }
            from = match.From;
            conditions.Add(match.Condition);
            order = match.Rank + ", " + order;
        }
        if (query.Publisher is { } publisher)
        {
            conditions.Add("r.publisher = @publisher");
            Dialect.Bind(command, "publisher", publisher);
        }
        if (query.Language is { } language)
        {
            conditions.Add("r.language = @language");
            Dialect.Bind(command, "language", language);
        }
        if (query.Ids is { } ids)
        {
            conditions.Add(Dialect.InList("r.id", "ids"));
            Dialect.BindList(command, "ids", ids);
        }
        AddPublishedRange(command, conditions, "r.published", query.Since, query.Until);
        command.CommandText = $"SELECT {ReportColumns} FROM {from} {Where(conditions)} ORDER BY {order} LIMIT @limit OFFSET @offset";
        Dialect.Bind(command, "limit", query.Limit);
        Dialect.Bind(command, "offset", query.Offset);
        return await ReadAllAsync(command, ReadReport, cancellationToken);
    }

    public async Task<StoredReport?> GetReportAsync(long id, CancellationToken cancellationToken = default) =>
        (await QueryAsync(
            command =>
            {
                command.CommandText = $"SELECT {ReportColumns} FROM reports r WHERE r.id = @id";
                Dialect.Bind(command, "id", id);
            },
            ReadReport,
            cancellationToken)).SingleOrDefault();

    public Task<IReadOnlyList<StoredClaim>> ListClaimsAsync(ClaimQuery query, CancellationToken cancellationToken = default) =>
        ListClaimsAsync(query, pointPlan: null, cancellationToken);

    /// <summary>
    /// The claims of <paramref name="query"/>, a box or radius found in <paramref name="pointPlan"/> (when null, the plan
    /// <see cref="ChoosePointPlanAsync"/> chooses), so that both plans can be set side by side.
    /// </summary>
    internal async Task<IReadOnlyList<StoredClaim>> ListClaimsAsync(ClaimQuery query, PointPlan? pointPlan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await OpenDbConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var conditions = new List<string>();
        if (query.ReportId is { } reportId)
        {
            conditions.Add("c.report_id = @report_id");
            Dialect.Bind(command, "report_id", reportId);
        }
        if (query.Ids is { } ids)
        {
            conditions.Add(Dialect.InList("c.id", "ids"));
            Dialect.BindList(command, "ids", ids);
        }
        if (query.Kind is { } kind)
        {
            conditions.Add("c.kind = @kind");
            Dialect.Bind(command, "kind", LedgerJson.EnumName(kind));
        }
        if (query.Side is { } side)
        {
            conditions.Add("c.side = @side");
            Dialect.Bind(command, "side", LedgerJson.EnumName(side));
        }
        if (query.OriginSide is { } originSide)
        {
            conditions.Add("c.origin_side = @origin_side");
            Dialect.Bind(command, "origin_side", LedgerJson.EnumName(originSide));
        }
        if (query.Source is { } source)
        {
            conditions.Add("""
                (c.origin_source_id = @source OR c.origin_name_folded = @source_folded
                 OR c.id IN (SELECT claim_id FROM claim_relays WHERE source_id = @source OR name_folded = @source_folded))
                """);
            Dialect.Bind(command, "source", source);
            Dialect.Bind(command, "source_folded", NameKey.Fold(source));
        }
        if (query.Place is { } place)
        {
            conditions.Add($"c.id IN (SELECT cp.claim_id FROM claim_places cp WHERE cp.place_id = @place OR {Dialect.ListHolds("cp.names", "place_folded")})");
            Dialect.Bind(command, "place", place);
            Dialect.Bind(command, "place_folded", NameKey.Fold(place));
        }
        if (PointBoxOf(query) is { } pointBox)
        {
            var plan = pointPlan ?? await ChoosePointPlanAsync(connection, pointBox, query, cancellationToken);
            if (query is { Lat: { } lat, Lon: { } lon, RadiusKm: { } radiusKm })
            {
                conditions.Add(Dialect.ClaimsNear(command, lat, lon, radiusKm, query.Since, query.Until, plan));
            }
            if (query.Box is { } viewBox)
            {
                conditions.Add(Dialect.ClaimsInBox(command, viewBox, query.Since, query.Until, plan));
            }
        }
        if (query.Search is { } search)
        {
            if (Dialect.ReportsMatching(command, search) is not { } reports)
            {
                return [];
            }
            conditions.Add($"c.report_id IN ({reports})");
        }
        AddPublishedRange(command, conditions, "c.published", query.Since, query.Until);
        command.CommandText = $"""
            SELECT {ClaimColumns} FROM claims c JOIN reports r ON r.id = c.report_id
            {Where(conditions)}
            ORDER BY c.published DESC NULLS LAST, c.id
            LIMIT @limit OFFSET @offset
            """;
        Dialect.Bind(command, "limit", query.Limit);
        Dialect.Bind(command, "offset", query.Offset);
        return await ReadAllAsync(command, ReadClaim, cancellationToken);
    }

    public async Task<StoredClaim?> GetClaimAsync(long id, CancellationToken cancellationToken = default) =>
        (await QueryAsync(
            command =>
            {
                command.CommandText = $"SELECT {ClaimColumns} FROM claims c JOIN reports r ON r.id = c.report_id WHERE c.id = @id";
                Dialect.Bind(command, "id", id);
            },
            ReadClaim,
            cancellationToken)).SingleOrDefault();

    public Task<IReadOnlyList<PlaceMention>> GetPlaceMentionsAsync(long reportId, CancellationToken cancellationToken = default) =>
        QueryAsync(
            command =>
            {
                command.CommandText = $"SELECT {Dialect.JsonText("detail")} FROM place_mentions WHERE report_id = @report_id ORDER BY ordinal";
                Dialect.Bind(command, "report_id", reportId);
            },
            reader => LedgerPlaces.Read<PlaceMention>(reader.GetString(0)),
            cancellationToken);

    public Task<IReadOnlyList<Source>> ListSourcesAsync(CancellationToken cancellationToken = default) =>
        QueryAsync(
            command => command.CommandText =
                $"SELECT id, name, kind, side, role, {Dialect.JsonText("aliases")}, {Dialect.JsonText("affiliated_with")} FROM sources ORDER BY id",
            SourceRows.Read,
            cancellationToken);

    public Task<IReadOnlyList<Place>> ListPlacesAsync(CancellationToken cancellationToken = default) =>
        QueryAsync(
            command => command.CommandText = $"SELECT {Dialect.JsonText("detail")} FROM places ORDER BY id",
            reader => LedgerJson.Deserialize<Place>(reader.GetString(0)),
            cancellationToken);

    public Task<IReadOnlyList<PlaceAlias>> ListPlaceAliasesAsync(CancellationToken cancellationToken = default) =>
        QueryAsync(
            command => command.CommandText = "SELECT place_id, name, language, source FROM place_aliases ORDER BY place_id, name",
            reader => new PlaceAlias(reader.GetString(0), new PlaceName(reader.GetString(1), reader.GetString(2), Source: reader.IsDBNull(3) ? null : reader.GetString(3))),
            cancellationToken);

    public async Task<LedgerSummary> SummarizeAsync(CancellationToken cancellationToken = default)
    {
        var rows = await QueryAsync(
            command => command.CommandText = """
                SELECT (SELECT COUNT(*) FROM reports), (SELECT COUNT(*) FROM claims),
                       (SELECT COUNT(*) FROM place_mentions), (SELECT COUNT(*) FROM sources)
                """,
            reader => new LedgerSummary(checked((int)reader.GetInt64(0)), checked((int)reader.GetInt64(1)), checked((int)reader.GetInt64(2)), checked((int)reader.GetInt64(3))),
            cancellationToken);
        return rows[0];
    }

    public async Task<bool> HasUnkeyedEventsAsync(CancellationToken cancellationToken = default) =>
        (await QueryAsync(
            command => command.CommandText = "SELECT EXISTS (SELECT 1 FROM events e WHERE NOT EXISTS (SELECT 1 FROM event_keys k WHERE k.event_id = e.id))",
            reader => reader.GetBoolean(0),
            cancellationToken))[0];

    public Task<IReadOnlyList<ClaimRef>> ListUngroupedClaimsAsync(CancellationToken cancellationToken = default) =>
        QueryAsync(
            command => command.CommandText = """
                SELECT c.id, c.report_id FROM claims c WHERE NOT EXISTS (SELECT 1 FROM event_claims ec WHERE ec.claim_id = c.id) ORDER BY c.id
                """,
            reader => new ClaimRef(reader.GetInt64(0), reader.GetInt64(1)),
            cancellationToken);

    public async Task<IReadOnlyList<ReportClaims>> ListReportClaimsAsync(IReadOnlyCollection<long> reportIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reportIds);
        await using var connection = await OpenDbConnectionAsync(cancellationToken);
        await using var reportCommand = connection.CreateCommand();
        reportCommand.CommandText = $"SELECT {ReportColumns} FROM reports r WHERE {Dialect.InList("r.id", "ids")} ORDER BY r.id";
        Dialect.BindList(reportCommand, "ids", reportIds);
        var reports = await ReadAllAsync(reportCommand, ReadReport, cancellationToken);
        await using var claimCommand = connection.CreateCommand();
        claimCommand.CommandText = $"SELECT {ClaimColumns} FROM claims c JOIN reports r ON r.id = c.report_id WHERE {Dialect.InList("c.report_id", "ids")} ORDER BY c.id";
        Dialect.BindList(claimCommand, "ids", reportIds);
        var claims = (await ReadAllAsync(claimCommand, ReadClaim, cancellationToken)).ToLookup(c => c.ReportId);
        return [.. reports.Select(r => new ReportClaims(r, [.. claims[r.Id]]))];
    }

    public async Task<IReadOnlyList<ReportRecord>> ExportAsync(long afterReportId, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenDbConnectionAsync(cancellationToken);
        // One snapshot for the page, so that its reports, mentions and claims agree while ingest goes on.
        await using var transaction = await BeginSnapshotAsync(connection, cancellationToken);
        await using var reportsCommand = connection.CreateCommand();
        reportsCommand.Transaction = transaction;
        reportsCommand.CommandText = $"SELECT {ReportColumns} FROM reports r WHERE r.id > @after ORDER BY r.id LIMIT @limit";
        Dialect.Bind(reportsCommand, "after", afterReportId);
        Dialect.Bind(reportsCommand, "limit", limit);
        var reports = await ReadAllAsync(reportsCommand, ReadReport, cancellationToken);
        if (reports.Count == 0)
        {
            return [];
        }
        // The page holds every report with an id after the last page's and up to its own last: its rows are that range.
        await using var mentionsCommand = PageCommand(
            connection,
            transaction,
            $"SELECT report_id, {Dialect.JsonText("detail")} FROM place_mentions WHERE report_id > @after AND report_id <= @last ORDER BY report_id, ordinal",
            afterReportId,
            reports[^1].Id);
        var mentions = (await ReadAllAsync(mentionsCommand, reader => (ReportId: reader.GetInt64(0), Mention: LedgerPlaces.Read<PlaceMention>(reader.GetString(1))), cancellationToken))
            .ToLookup(row => row.ReportId, row => row.Mention);
        await using var claimsCommand = PageCommand(
            connection,
            transaction,
            $"SELECT {ClaimColumns} FROM claims c JOIN reports r ON r.id = c.report_id WHERE c.report_id > @after AND c.report_id <= @last ORDER BY c.report_id, c.ordinal",
            afterReportId,
            reports[^1].Id);
        var claims = (await ReadAllAsync(claimsCommand, ReadClaim, cancellationToken)).ToLookup(claim => claim.ReportId);
        return [.. reports.Select(report => new ReportRecord(report, [.. mentions[report.Id]], [.. claims[report.Id]]))];
    }

    /// <summary>
    /// How the claims of <paramref name="box"/> are best found for a page of <paramref name="query"/>. Within a period the
    /// walk by date stays inside it (docs/scaling.md). Over all time, a walk by date reads about (page end) × (claims) /
    /// (claims in the box) claims before the page is full, while the points plan reads every claim place of the box; the
    /// two costs meet where the box holds the square root of (page end) × (claims), so the box's claim places are counted
    /// from the spatial index no further than that, and a box that reaches it is walked by date.
    /// </summary>
    private async Task<PointPlan> ChoosePointPlanAsync(DbConnection connection, GeoBox box, ClaimQuery query, CancellationToken cancellationToken)
    {
        if (query.Since is not null || query.Until is not null)
        {
            return PointPlan.ByDate;
        }
        await using var command = connection.CreateCommand();
        // The last claim's id stands for the number of claims: an index's last entry, where a count would read them all.
        command.CommandText = "SELECT COALESCE(MAX(id), 0) FROM claims";
        var claims = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        var cap = PointPlanCountCap(query.Offset + query.Limit, claims);
        command.CommandText = Dialect.ClaimPlacesInBoxUpTo;
        Dialect.Bind(command, "box_min_lat", box.MinLat);
        Dialect.Bind(command, "box_max_lat", box.MaxLat);
        Dialect.Bind(command, "box_min_lon", box.MinLon);
        Dialect.Bind(command, "box_max_lon", box.MaxLon);
        Dialect.Bind(command, "cap", cap);
        var placesInBox = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        return placesInBox >= cap ? PointPlan.ByDate : PointPlan.ByPoints;
    }

    /// <summary>The box a query's places must lie in: its view, else the box around its radius; null when it asks for no point.</summary>
    private static GeoBox? PointBoxOf(ClaimQuery query) =>
        query.Box ?? (query is { Lat: { } lat, Lon: { } lon, RadiusKm: { } radiusKm } ? GeoDistance.BoundingBox(lat, lon, radiusKm) : null);

    /// <summary>The count of a box's claim places at which walking by date costs as much as reading them (<see cref="ChoosePointPlanAsync"/>).</summary>
    internal static long PointPlanCountCap(long pageEnd, long claims) => Math.Max(1, (long)Math.Ceiling(Math.Sqrt((double)pageEnd * claims)));

    /// <summary>
    /// Begins a read transaction in which every statement sees one snapshot of the ledger: on SQLite a deferred one (WAL
    /// fixes its snapshot at the first read, and no write lock is taken), on PostgreSQL one at repeatable read.
    /// </summary>
    private protected abstract ValueTask<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>A statement of an export page in its snapshot, the page's reports bound as the range (<c>@after</c>, <c>@last</c>].</summary>
    private DbCommand PageCommand(DbConnection connection, DbTransaction transaction, string sql, long afterReportId, long lastReportId)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        Dialect.Bind(command, "after", afterReportId);
        Dialect.Bind(command, "last", lastReportId);
        return command;
    }

    /// <summary>The period as conditions on <paramref name="column"/>, over the parameters <c>@since</c> and <c>@until</c>.</summary>
    private void AddPublishedRange(DbCommand command, List<string> conditions, string column, DateTimeOffset? since, DateTimeOffset? until)
    {
        if (since is { } from)
        {
            conditions.Add($"{column} >= @since");
            Dialect.Bind(command, "since", Dialect.Time(from));
        }
        if (until is { } to)
        {
            conditions.Add($"{column} <= @until");
            Dialect.Bind(command, "until", Dialect.Time(to));
        }
    }

    /// <summary>A report read from <see cref="ReportColumns"/>.</summary>
    private protected StoredReport ReadReport(DbDataReader reader) => new(
        Id: reader.GetInt64(0),
        ExternalId: StringOrNull(reader, 1),
        Publisher: reader.GetString(2),
        Url: StringOrNull(reader, 3),
        Published: reader.IsDBNull(4) ? null : Dialect.ReadTime(reader, 4),
        Language: reader.GetString(5),
        Title: StringOrNull(reader, 6),
        Text: reader.GetString(7),
        ContentHash: reader.GetString(8),
        Revision: reader.GetInt32(9),
        PreviousRevisionId: Int64OrNull(reader, 10),
        InputPath: reader.GetString(11),
        ForwardedFrom: LedgerJson.Deserialize<ImmutableArray<string>>(reader.GetString(12)),
        IngestedAt: Dialect.ReadTime(reader, 13));

    /// <summary>A claim read from <see cref="ClaimColumns"/>.</summary>
    private protected StoredClaim ReadClaim(DbDataReader reader) => new(
        Id: reader.GetInt64(0),
        ReportId: reader.GetInt64(1),
        ExternalId: StringOrNull(reader, 2),
        Publisher: reader.GetString(3),
        Published: reader.IsDBNull(4) ? null : Dialect.ReadTime(reader, 4),
        Claim: LedgerPlaces.Read<Claim>(reader.GetString(5)));

    private static string? StringOrNull(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
