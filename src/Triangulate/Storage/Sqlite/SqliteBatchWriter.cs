using Microsoft.Data.Sqlite;
using Triangulate.Model;

namespace Triangulate.Storage.Sqlite;

/// <summary>
/// Writes the reports of one batch and their analyses inside the caller's transaction, with statements prepared once
/// per batch and their parameters rebound in place for every row (<see cref="SqliteRowStatement"/>). Duplicates are refused by the unique indexes
/// (INSERT … ON CONFLICT DO NOTHING), not by a prior check, so a report repeated within the batch, in an earlier batch
/// or by another process is stored once. Places are written once each to <c>ledger_places</c> and named by key, and the
/// points claims are placed at once each to <c>claim_points</c>. The full-text index learns the batch's new reports in one
/// statement before the commit (<see cref="IndexText"/>). After the caller commits, <see cref="Committed"/> lets the
/// store's caches learn the keys the batch added.
/// </summary>
internal sealed class SqliteBatchWriter : IDisposable
{
    private const string InsertReportSql = """
        INSERT INTO reports (external_id, publisher, url, normalized_url, published, language, title, text, content_hash,
                             revision, previous_revision_id, input_path, input_item, forwarded_from, ingested_at)
        SELECT $external_id, $publisher, $url, $normalized_url, $published, $language, $title, $text, $content_hash,
               COALESCE((SELECT MAX(revision) FROM reports WHERE normalized_url = $normalized_url), 0) + 1,
               (SELECT id FROM reports WHERE normalized_url = $normalized_url ORDER BY revision DESC LIMIT 1),
               $input_path, $input_item, $forwarded_from, $ingested_at
        WHERE true
        ON CONFLICT DO NOTHING
        RETURNING id, revision
        """;

    private const string FindStoredCopySql = """
        SELECT id FROM reports
        WHERE content_hash = $content_hash AND (normalized_url = $normalized_url OR publisher = $publisher)
        ORDER BY id
        LIMIT 1
        """;

    private const string InsertMentionSql = """
        INSERT INTO place_mentions (report_id, ordinal, span_start, span_end, text, place_id, name, kind, lat, lon,
                                    precision, confidence, relation, detail)
        VALUES ($report_id, $ordinal, $span_start, $span_end, $text, $place_id, $name, $kind, $lat, $lon,
                $precision, $confidence, $relation, $detail)
        """;

    private const string InsertClaimSql = """
        INSERT INTO claims (id, report_id, ordinal, span_start, span_end, kind, actor, side, origin_name, origin_name_folded,
                            origin_source_id, origin_side, hedged, negated, published, detail)
        VALUES ($id, $report_id, $ordinal, $span_start, $span_end, $kind, $actor, $side, $origin_name, $origin_name_folded,
                $origin_source_id, $origin_side, $hedged, $negated, $published, $detail)
        RETURNING id
        """;

    // An exported report under its own id, revision and ingest time.
    private const string ImportReportSql = """
        INSERT INTO reports (id, external_id, publisher, url, normalized_url, published, language, title, text, content_hash,
                             revision, previous_revision_id, input_path, forwarded_from, ingested_at)
        VALUES ($id, $external_id, $publisher, $url, $normalized_url, $published, $language, $title, $text, $content_hash,
                $revision, $previous_revision_id, $input_path, $forwarded_from, $ingested_at)
        ON CONFLICT DO NOTHING
        RETURNING id
        """;

    private const string InsertRelaySql = """
        INSERT INTO claim_relays (claim_id, position, name, name_folded, source_id, kind, side)
        VALUES ($claim_id, $position, $name, $name_folded, $source_id, $kind, $side)
        """;

    private const string InsertClaimPlaceSql = """
        INSERT INTO claim_places (claim_id, ordinal, place_id, point_key, names, published)
        VALUES ($claim_id, $ordinal, $place_id, $point_key, $names, $published)
        """;

    private const string InsertPointSql = """
        INSERT INTO claim_points (lat, lon) VALUES ($lat, $lon)
        ON CONFLICT (lat, lon) DO NOTHING
        RETURNING key
        """;

    private const string FindPointSql = "SELECT key FROM claim_points WHERE lat = $lat AND lon = $lon";

    private const string InsertPlaceSql = """
        INSERT INTO ledger_places (detail) VALUES ($detail)
        ON CONFLICT (detail) DO NOTHING
        RETURNING key
        """;

    private const string FindPlaceSql = "SELECT key FROM ledger_places WHERE detail = $detail";

    private const string IndexTextSql = """
        INSERT INTO reports_fts (rowid, title, text)
        SELECT id, title, text FROM reports WHERE id IN (SELECT value FROM json_each($ids))
        """;

    private readonly SqliteRowStatement insertPlace;
    private readonly SqliteRowStatement findPlace;
    private readonly BatchPlaces places;
    private readonly ClaimPointKeys.Batch points;
    private readonly SqliteRowStatement insertPoint;
    private readonly SqliteRowStatement findPoint;
    private readonly SqliteRowStatement insertReport;
    private readonly SqliteRowStatement importReport;
    private readonly SqliteRowStatement findStoredCopy;
    private readonly SqliteRowStatement insertMention;
    private readonly SqliteRowStatement insertClaim;
    private readonly SqliteRowStatement insertRelay;
    private readonly SqliteRowStatement insertClaimPlace;
    private readonly SqliteRowStatement indexText;
    private readonly string ingestedAt;

    // The mentions' and claims' JSON, written as UTF-8 straight into one buffer and bound from it.
    private readonly StoredJson.Utf8Output detail = new();

    // The reports this batch inserted, whose text the full-text index learns in one statement before the commit.
    private readonly List<long> newReports = [];

    /// <summary>The ids of the reports the batch has inserted so far, in order.</summary>
    public IReadOnlyList<long> NewReports => newReports;

    // A batch names the same few places under the same few spellings thousands of times (a report of ~2.5 KB stores
    // about 22 claim places); folding and serialising their names once per place and spelling saves most of that work.
    // Places are shared by reference, as their keys are (BatchPlaces); mentions of no place share one entry.
    private readonly Dictionary<object, Dictionary<string, string>> namesJson = new(ReferenceEqualityComparer.Instance);
    private static readonly object NoPlace = new();

    /// <remarks>The statements run on <paramref name="connection"/> itself, so the caller must have begun its write transaction on it.</remarks>
    public SqliteBatchWriter(SqliteConnection connection, LedgerPlaces ledgerPlaces, ClaimPointKeys claimPoints, DateTimeOffset ingestedAt)
    {
        places = ledgerPlaces.StartBatch();
        points = claimPoints.StartBatch();
        insertPoint = new SqliteRowStatement(connection, InsertPointSql);
        findPoint = new SqliteRowStatement(connection, FindPointSql);
        insertPlace = new SqliteRowStatement(connection, InsertPlaceSql);
        findPlace = new SqliteRowStatement(connection, FindPlaceSql);
        insertReport = new SqliteRowStatement(connection, InsertReportSql);
        importReport = new SqliteRowStatement(connection, ImportReportSql);
        findStoredCopy = new SqliteRowStatement(connection, FindStoredCopySql);
        insertMention = new SqliteRowStatement(connection, InsertMentionSql);
        insertClaim = new SqliteRowStatement(connection, InsertClaimSql);
        insertRelay = new SqliteRowStatement(connection, InsertRelaySql);
        insertClaimPlace = new SqliteRowStatement(connection, InsertClaimPlaceSql);
        indexText = new SqliteRowStatement(connection, IndexTextSql);
        this.ingestedAt = SqliteValues.FormatTime(ingestedAt);
    }

    /// <summary>Stores the places the batch names that the ledger does not hold yet; called before the batch's reports.</summary>
    public Task AddPlacesAsync(IEnumerable<Place> batchPlaces) =>
        places.AddAsync(batchPlaces, detail =>
            Task.FromResult(insertPlace.Set("$detail", detail).RunForKey() ?? findPlace.Set("$detail", detail).RunForKey()!.Value));

    /// <summary>
    /// Adds the title and text of every report the batch inserted to the full-text index, in one statement; the caller
    /// calls it once, after the batch's last report and before its commit, so the index and the reports commit together.
    /// </summary>
    public void IndexText()
    {
        if (newReports.Count > 0)
        {
            indexText.Set("$ids", LedgerJson.Serialize(newReports)).Run();
        }
    }

    /// <summary>After the caller's transaction committed: the place and point keys the batch added are the ledger's for good.</summary>
    public void Committed()
    {
        places.Commit();
        points.Commit();
    }

    public SaveOutcome Save(Analysis analysis)
    {
        var report = analysis.Report;
        if (InsertReport(report) is not var (reportId, revision))
        {
            return new SaveOutcome(report, FindStoredCopy(report), SaveStatus.Duplicate);
        }
        newReports.Add(reportId);
        for (var i = 0; i < analysis.Places.Length; i++)
        {
            InsertMention(reportId, i, analysis.Places[i]);
        }
        var published = SqliteValues.FormatTime(report.Published);
        for (var i = 0; i < analysis.Claims.Length; i++)
        {
            InsertClaim(null, reportId, i, published, analysis.Claims[i]);
        }
        return new SaveOutcome(report, reportId, revision == 1 ? SaveStatus.Added : SaveStatus.Revision);
    }

    /// <summary>
    /// Writes one exported record under its own ids: true when written, null when this very report is stored already,
    /// false when the ledger holds its id or keys with other content.
    /// </summary>
    public bool? Import(ReportRecord record)
    {
        var stored = record.Report;
        var normalizedUrl = ReportIdentity.NormalizeUrl(stored.Url);
        importReport
            .Set("$id", stored.Id)
            .Set("$external_id", stored.ExternalId)
            .Set("$publisher", stored.Publisher)
            .Set("$url", stored.Url)
            .Set("$normalized_url", normalizedUrl)
            .Set("$published", SqliteValues.FormatTime(stored.Published))
            .Set("$language", stored.Language)
            .Set("$title", stored.Title)
            .Set("$text", stored.Text)
            .Set("$content_hash", stored.ContentHash)
            .Set("$revision", stored.Revision)
            .Set("$previous_revision_id", stored.PreviousRevisionId)
            .Set("$input_path", stored.InputPath)
            .Set("$forwarded_from", LedgerJson.Serialize(stored.ForwardedFrom))
            .Set("$ingested_at", SqliteValues.FormatTime(stored.IngestedAt));
        if (importReport.RunForKey() is null)
        {
            findStoredCopy.Set("$content_hash", stored.ContentHash).Set("$normalized_url", normalizedUrl).Set("$publisher", stored.Publisher);
            return findStoredCopy.RunForKey() == stored.Id ? null : false;
        }
        newReports.Add(stored.Id);
        for (var i = 0; i < record.Places.Length; i++)
        {
            InsertMention(stored.Id, i, record.Places[i]);
        }
        var published = SqliteValues.FormatTime(stored.Published);
        for (var i = 0; i < record.Claims.Length; i++)
        {
            InsertClaim(record.Claims[i].Id, stored.Id, i, published, record.Claims[i].Claim);
        }
        return true;
    }

    public void Dispose()
    {
        insertPlace.Dispose();
        findPlace.Dispose();
        insertPoint.Dispose();
        findPoint.Dispose();
        insertReport.Dispose();
        importReport.Dispose();
        findStoredCopy.Dispose();
        insertMention.Dispose();
        insertClaim.Dispose();
        insertRelay.Dispose();
        insertClaimPlace.Dispose();
        indexText.Dispose();
        detail.Dispose();
    }

    /// <summary>The new row's id and revision, or null when a unique index says the report is stored already.</summary>
    private (long Id, long Revision)? InsertReport(Report report) =>
        insertReport
            .Set("$external_id", report.ExternalId)
            .Set("$publisher", report.Publisher)
            .Set("$url", report.Url)
            .Set("$normalized_url", report.NormalizedUrl)
            .Set("$published", SqliteValues.FormatTime(report.Published))
            .Set("$language", report.Language)
            .Set("$title", report.Title)
            .Set("$text", report.Text)
            .Set("$content_hash", report.ContentHash)
            .Set("$input_path", report.Location.Path)
            .Set("$input_item", report.Location.Item)
            .Set("$forwarded_from", LedgerJson.Serialize(report.ForwardedFrom))
            .Set("$ingested_at", ingestedAt)
            .RunForPair();

    private long FindStoredCopy(Report report) =>
        findStoredCopy
            .Set("$content_hash", report.ContentHash)
            .Set("$normalized_url", report.NormalizedUrl)
            .Set("$publisher", report.Publisher)
            .RunForKey()
        ?? throw new InvalidOperationException(
            $"The insert of report {report.Location} conflicted, but no stored report has its keys (publisher {report.Publisher}, hash {report.ContentHash}).");

    private void InsertMention(long reportId, int ordinal, PlaceMention mention)
    {
        var (lat, lon) = LedgerPoints.PointOf(mention);
        insertMention
            .Set("$report_id", reportId)
            .Set("$ordinal", ordinal)
            .Set("$span_start", mention.Span.Start)
            .Set("$span_end", mention.Span.End)
            .Set("$text", mention.Text)
            .Set("$place_id", mention.Place?.Id)
            .Set("$name", mention.Place?.Name)
            .Set("$kind", mention.Place is { } place ? LedgerJson.EnumName(place.Kind) : null)
            .Set("$lat", lat)
            .Set("$lon", lon)
            .Set("$precision", LedgerJson.EnumName(mention.Precision))
            .Set("$confidence", mention.Confidence)
            .Set("$relation", mention.Relation is { } relation ? LedgerJson.Serialize(relation) : null)
            .SetUtf8("$detail", places.WriteUtf8(mention, detail))
            .Run();
    }

    private void InsertClaim(long? id, long reportId, int ordinal, string? published, Claim claim)
    {
        var origin = claim.Chain.Origin.Source;
        var claimId = insertClaim
            .Set("$id", id)
            .Set("$report_id", reportId)
            .Set("$ordinal", ordinal)
            .Set("$span_start", claim.Span.Start)
            .Set("$span_end", claim.Span.End)
            .Set("$kind", LedgerJson.EnumName(claim.Kind))
            .Set("$actor", claim.Actor?.Text)
            .Set("$side", LedgerJson.EnumName(claim.Actor?.Side ?? Side.Unknown))
            .Set("$origin_name", origin.Name)
            .Set("$origin_name_folded", NameKey.Fold(origin.Name))
            .Set("$origin_source_id", origin.SourceId)
            .Set("$origin_side", LedgerJson.EnumName(origin.Side))
            .Set("$hedged", claim.Hedged)
            .Set("$negated", claim.Negated)
            .Set("$published", published)
            .SetUtf8("$detail", places.WriteUtf8(claim, detail))
            .RunForKey()!.Value;

        for (var i = 0; i < claim.Chain.Relays.Length; i++)
        {
            var relay = claim.Chain.Relays[i].Source;
            insertRelay
                .Set("$claim_id", claimId)
                .Set("$position", i)
                .Set("$name", relay.Name)
                .Set("$name_folded", NameKey.Fold(relay.Name))
                .Set("$source_id", relay.SourceId)
                .Set("$kind", LedgerJson.EnumName(relay.Kind))
                .Set("$side", LedgerJson.EnumName(relay.Side))
                .Run();
        }

        for (var i = 0; i < claim.Places.Length; i++)
        {
            var mention = claim.Places[i];
            insertClaimPlace
                .Set("$claim_id", claimId)
                .Set("$ordinal", i)
                .Set("$place_id", mention.Place?.Id)
                .Set("$point_key", LedgerPoints.PointOf(mention) is (double lat, double lon) ? PointKey(lat, lon) : null)
                .Set("$names", NamesJson(mention))
                .Set("$published", published)
                .Run();
        }
    }

    /// <summary>The JSON of the names a claim place answers to, made once per place and spelling in the batch.</summary>
    private string NamesJson(PlaceMention mention)
    {
        if (!namesJson.TryGetValue(mention.Place ?? NoPlace, out var bySpelling))
        {
            namesJson[mention.Place ?? NoPlace] = bySpelling = new Dictionary<string, string>(StringComparer.Ordinal);
        }
        if (!bySpelling.TryGetValue(mention.Text, out var json))
        {
            bySpelling[mention.Text] = json = LedgerJson.Serialize(LedgerPoints.NamesOf(mention));
        }
        return json;
    }

    private long PointKey(double lat, double lon) =>
        points.Key(lat, lon, (lat, lon) =>
            insertPoint.Set("$lat", lat).Set("$lon", lon).RunForKey() ?? findPoint.Set("$lat", lat).Set("$lon", lon).RunForKey()!.Value);
}
