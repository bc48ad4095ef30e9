using Microsoft.Data.Sqlite;
using Triangulate.Model;

namespace Triangulate.Storage.Sqlite;

/// <summary>
/// Writes the reports of one batch and their analyses inside the caller's transaction, with statements prepared once
/// per batch and their parameters rebound in place for every row. Duplicates are refused by the unique indexes
/// (INSERT … ON CONFLICT DO NOTHING), not by a prior check, so a report repeated within the batch, in an earlier batch
/// or by another process is stored once. Places are written once each to <c>ledger_places</c> and named by key, and the
/// points claims are placed at once each to <c>claim_points</c>. After the caller commits, <see cref="Committed"/> lets the
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

    private readonly SqliteCommand insertPlace;
    private readonly SqliteCommand findPlace;
    private readonly BatchPlaces places;
    private readonly ClaimPointKeys.Batch points;
    private readonly SqliteCommand insertPoint;
    private readonly SqliteCommand findPoint;
    private readonly SqliteCommand insertReport;
    private readonly SqliteCommand importReport;
    private readonly SqliteCommand findStoredCopy;
    private readonly SqliteCommand insertMention;
    private readonly SqliteCommand insertClaim;
    private readonly SqliteCommand insertRelay;
    private readonly SqliteCommand insertClaimPlace;
    private readonly string ingestedAt;

    public SqliteBatchWriter(SqliteConnection connection, SqliteTransaction transaction, LedgerPlaces ledgerPlaces, ClaimPointKeys claimPoints, DateTimeOffset ingestedAt)
    {
        places = ledgerPlaces.StartBatch();
        points = claimPoints.StartBatch();
        insertPoint = Command(connection, transaction, InsertPointSql);
        findPoint = Command(connection, transaction, FindPointSql);
        insertPlace = Command(connection, transaction, InsertPlaceSql);
        findPlace = Command(connection, transaction, FindPlaceSql);
        insertReport = Command(connection, transaction, InsertReportSql);
        importReport = Command(connection, transaction, ImportReportSql);
        findStoredCopy = Command(connection, transaction, FindStoredCopySql);
        insertMention = Command(connection, transaction, InsertMentionSql);
        insertClaim = Command(connection, transaction, InsertClaimSql);
        insertRelay = Command(connection, transaction, InsertRelaySql);
        insertClaimPlace = Command(connection, transaction, InsertClaimPlaceSql);
        this.ingestedAt = SqliteValues.FormatTime(ingestedAt);
    }

    /// <summary>Stores the places the batch names that the ledger does not hold yet; called before the batch's reports.</summary>
    public Task AddPlacesAsync(IEnumerable<Place> batchPlaces, CancellationToken cancellationToken) =>
        places.AddAsync(batchPlaces, async detail =>
        {
            insertPlace.Set("$detail", detail);
            if (await insertPlace.ExecuteScalarAsync(cancellationToken) is long key)
            {
                return key;
            }
            findPlace.Set("$detail", detail);
            return (long)(await findPlace.ExecuteScalarAsync(cancellationToken))!;
        });

    /// <summary>After the caller's transaction committed: the place and point keys the batch added are the ledger's for good.</summary>
    public void Committed()
    {
        places.Commit();
        points.Commit();
    }

    public async Task<SaveOutcome> SaveAsync(Analysis analysis, CancellationToken cancellationToken)
    {
        var report = analysis.Report;
        var stored = await InsertReportAsync(report, cancellationToken);
        if (stored is not var (reportId, revision))
        {
            return new SaveOutcome(report, await FindStoredCopyAsync(report, cancellationToken), SaveStatus.Duplicate);
        }
        for (var i = 0; i < analysis.Places.Length; i++)
        {
            await InsertMentionAsync(reportId, i, analysis.Places[i], cancellationToken);
        }
        var published = SqliteValues.FormatTime(report.Published);
        for (var i = 0; i < analysis.Claims.Length; i++)
        {
            await InsertClaimAsync(null, reportId, i, published, analysis.Claims[i], cancellationToken);
        }
        return new SaveOutcome(report, reportId, revision == 1 ? SaveStatus.Added : SaveStatus.Revision);
    }

    /// <summary>
    /// Writes one exported record under its own ids: true when written, null when this very report is stored already,
    /// false when the ledger holds its id or keys with other content.
    /// </summary>
    public async Task<bool?> ImportAsync(ReportRecord record, CancellationToken cancellationToken)
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
        if (await importReport.ExecuteScalarAsync(cancellationToken) is null)
        {
            findStoredCopy.Set("$content_hash", stored.ContentHash).Set("$normalized_url", normalizedUrl).Set("$publisher", stored.Publisher);
            return await findStoredCopy.ExecuteScalarAsync(cancellationToken) as long? == stored.Id ? null : false;
        }
        for (var i = 0; i < record.Places.Length; i++)
        {
            await InsertMentionAsync(stored.Id, i, record.Places[i], cancellationToken);
        }
        var published = SqliteValues.FormatTime(stored.Published);
        for (var i = 0; i < record.Claims.Length; i++)
        {
            await InsertClaimAsync(record.Claims[i].Id, stored.Id, i, published, record.Claims[i].Claim, cancellationToken);
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
    }

    /// <summary>The new row's id and revision, or null when a unique index says the report is stored already.</summary>
    private async Task<(long Id, int Revision)?> InsertReportAsync(Report report, CancellationToken cancellationToken)
    {
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
            .Set("$ingested_at", ingestedAt);
        await using var reader = await insertReport.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (reader.GetInt64(0), reader.GetInt32(1)) : null;
    }

    private async Task<long> FindStoredCopyAsync(Report report, CancellationToken cancellationToken)
    {
        findStoredCopy
            .Set("$content_hash", report.ContentHash)
            .Set("$normalized_url", report.NormalizedUrl)
            .Set("$publisher", report.Publisher);
        return await findStoredCopy.ExecuteScalarAsync(cancellationToken) as long?
            ?? throw new InvalidOperationException(
                $"The insert of report {report.Location} conflicted, but no stored report has its keys (publisher {report.Publisher}, hash {report.ContentHash}).");
    }

    private async Task InsertMentionAsync(long reportId, int ordinal, PlaceMention mention, CancellationToken cancellationToken)
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
            .Set("$detail", places.Write(mention));
        await insertMention.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task InsertClaimAsync(long? id, long reportId, int ordinal, string? published, Claim claim, CancellationToken cancellationToken)
    {
        var origin = claim.Chain.Origin.Source;
        insertClaim
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
            .Set("$detail", places.Write(claim));
        var claimId = (long)(await insertClaim.ExecuteScalarAsync(cancellationToken))!;

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
                .Set("$side", LedgerJson.EnumName(relay.Side));
            await insertRelay.ExecuteNonQueryAsync(cancellationToken);
        }

        for (var i = 0; i < claim.Places.Length; i++)
        {
            var mention = claim.Places[i];
            insertClaimPlace
                .Set("$claim_id", claimId)
                .Set("$ordinal", i)
                .Set("$place_id", mention.Place?.Id)
                .Set("$point_key", LedgerPoints.PointOf(mention) is (double lat, double lon) ? await PointKeyAsync(lat, lon, cancellationToken) : null)
                .Set("$names", LedgerJson.Serialize(LedgerPoints.NamesOf(mention)))
                .Set("$published", published);
            await insertClaimPlace.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private ValueTask<long> PointKeyAsync(double lat, double lon, CancellationToken cancellationToken) =>
        points.KeyAsync(lat, lon, async (lat, lon) =>
        {
            insertPoint.Set("$lat", lat).Set("$lon", lon);
            if (await insertPoint.ExecuteScalarAsync(cancellationToken) is long key)
            {
                return key;
            }
            findPoint.Set("$lat", lat).Set("$lon", lon);
            return (long)(await findPoint.ExecuteScalarAsync(cancellationToken))!;
        });

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
