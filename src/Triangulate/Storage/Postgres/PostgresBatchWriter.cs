using Npgsql;
using NpgsqlTypes;
using Triangulate.Model;

namespace Triangulate.Storage.Postgres;

/// <summary>
/// Writes reports and their analyses inside the caller's transaction. Duplicates are refused by the unique indexes
/// (INSERT … ON CONFLICT DO NOTHING), not by a prior check, so that any number of ingesters fed the same files store
/// each report once: a second insert of a key another transaction holds waits for it, then does nothing.
/// A report's mentions and claims go to the server in one round trip. Places are written once each to
/// <c>ledger_places</c> and named by key.
/// </summary>
internal sealed class PostgresBatchWriter(NpgsqlConnection connection, NpgsqlTransaction transaction, BatchPlaces places, DateTimeOffset ingestedAt)
{
    private const string InsertPlaceSql = """
        INSERT INTO ledger_places (detail) VALUES (@detail)
        ON CONFLICT (md5(detail::text)) DO NOTHING
        RETURNING key
        """;

    private const string FindPlaceSql = "SELECT key FROM ledger_places WHERE md5(detail::text) = md5(@detail::text)";

    // Two ingesters adding different texts under one URL may both pick the next revision number; the loser retries.
    private const int RevisionAttempts = 8;

    private const string InsertReportSql = """
        INSERT INTO reports (external_id, publisher, url, normalized_url, published, language, title, text, content_hash,
                             revision, previous_revision_id, input_path, input_item, forwarded_from, ingested_at)
        SELECT @external_id, @publisher, @url, @normalized_url, @published, @language, @title, @text, @content_hash,
               COALESCE((SELECT MAX(revision) FROM reports WHERE normalized_url = @normalized_url), 0) + 1,
               (SELECT id FROM reports WHERE normalized_url = @normalized_url ORDER BY revision DESC LIMIT 1),
               @input_path, @input_item, @forwarded_from, @ingested_at
        ON CONFLICT DO NOTHING
        RETURNING id, revision
        """;

    private const string ImportReportSql = """
        INSERT INTO reports (id, external_id, publisher, url, normalized_url, published, language, title, text, content_hash,
                             revision, previous_revision_id, input_path, forwarded_from, ingested_at)
        VALUES (@id, @external_id, @publisher, @url, @normalized_url, @published, @language, @title, @text, @content_hash,
                @revision, @previous_revision_id, @input_path, @forwarded_from, @ingested_at)
        ON CONFLICT DO NOTHING
        RETURNING id, revision
        """;

    private const string FindStoredCopySql = """
        SELECT id FROM reports
        WHERE content_hash = @content_hash AND (normalized_url = @normalized_url OR publisher = @publisher)
        ORDER BY id
        LIMIT 1
        """;

    private const string InsertMentionSql = """
        INSERT INTO place_mentions (report_id, ordinal, span_start, span_end, text, place_id, name, kind, lat, lon,
                                    precision, confidence, relation, detail)
        VALUES (@report_id, @ordinal, @span_start, @span_end, @text, @place_id, @name, @kind, @lat, @lon,
                @precision, @confidence, @relation, @detail)
        """;

    // The claim, its relays and its places in one statement: the claim's id never has to come back to the client.
    private const string InsertClaimSql = """
        WITH claim AS (
            INSERT INTO claims (id, report_id, ordinal, span_start, span_end, kind, actor, side, origin_name, origin_name_folded,
                                origin_source_id, origin_side, hedged, negated, published, detail)
            VALUES (COALESCE(@id, nextval(pg_get_serial_sequence('claims', 'id'))), @report_id, @ordinal, @span_start, @span_end,
                    @kind, @actor, @side, @origin_name, @origin_name_folded, @origin_source_id, @origin_side, @hedged, @negated,
                    @published, @detail)
            RETURNING id
        ), relays AS (
            INSERT INTO claim_relays (claim_id, position, name, name_folded, source_id, kind, side)
            SELECT claim.id, relay.position, relay.name, relay.name_folded, relay.source_id, relay.kind, relay.side
            FROM claim, jsonb_to_recordset(@relays) AS relay(position integer, name text, name_folded text, source_id text, kind text, side text)
        )
        INSERT INTO claim_places (claim_id, ordinal, place_id, lat, lon, names, published)
        SELECT claim.id, place.ordinal, place.place_id, place.lat, place.lon, place.names, @published
        FROM claim, jsonb_to_recordset(@places) AS place(ordinal integer, place_id text, lat double precision, lon double precision, names text[])
        """;

    /// <summary>Stores the places the batch names that the ledger does not hold yet; called before the batch's reports.</summary>
    public Task AddPlacesAsync(IEnumerable<Place> batchPlaces, CancellationToken cancellationToken) =>
        places.AddAsync(batchPlaces, async detail =>
        {
            await using var insert = Command(InsertPlaceSql).With("detail", detail, NpgsqlDbType.Jsonb);
            if (await insert.ExecuteScalarAsync(cancellationToken) is long key)
            {
                return key;
            }
            await using var find = Command(FindPlaceSql).With("detail", detail, NpgsqlDbType.Jsonb);
            return (long)(await find.ExecuteScalarAsync(cancellationToken))!;
        });

    public async Task<SaveOutcome> SaveAsync(Analysis analysis, CancellationToken cancellationToken)
    {
        var report = analysis.Report;
        for (var attempt = 1; ; attempt++)
        {
            if (await InsertReportAsync(report, cancellationToken) is var (reportId, revision))
            {
                await InsertAnalysisAsync(reportId, report.Published, analysis.Places, analysis.Claims.Select(claim => ((long?)null, claim)), cancellationToken);
                return new SaveOutcome(report, reportId, revision == 1 ? SaveStatus.Added : SaveStatus.Revision);
            }
            if (await FindStoredCopyAsync(report.ContentHash, report.NormalizedUrl, report.Publisher, cancellationToken) is { } storedId)
            {
                return new SaveOutcome(report, storedId, SaveStatus.Duplicate);
            }
            if (attempt == RevisionAttempts)
            {
                throw new InvalidOperationException(
                    $"The insert of report {report.Location} kept conflicting, but no stored report has its keys (publisher {report.Publisher}, hash {report.ContentHash}).");
            }
        }
    }

    /// <summary>Writes one exported record under its own ids; false when the target holds its id or keys with other content.</summary>
    public async Task<bool?> ImportAsync(ReportRecord record, CancellationToken cancellationToken)
    {
        var stored = record.Report;
        await using var command = Command(ImportReportSql)
            .With("id", stored.Id, NpgsqlDbType.Bigint)
            .With("revision", stored.Revision, NpgsqlDbType.Integer)
            .With("previous_revision_id", stored.PreviousRevisionId, NpgsqlDbType.Bigint);
        AddReportValues(command, stored.ExternalId, stored.Publisher, stored.Url, stored.Published, stored.Language, stored.Title,
            stored.Text, stored.ContentHash, stored.InputPath, stored.ForwardedFrom, stored.IngestedAt);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
            {
                await reader.CloseAsync();
                var copy = await FindStoredCopyAsync(stored.ContentHash, ReportIdentity.NormalizeUrl(stored.Url), stored.Publisher, cancellationToken);
                return copy == stored.Id ? null : false;
            }
        }
        await InsertAnalysisAsync(stored.Id, stored.Published, record.Places, record.Claims.Select(claim => ((long?)claim.Id, claim.Claim)), cancellationToken);
        return true;
    }

    private async Task<(long Id, int Revision)?> InsertReportAsync(Report report, CancellationToken cancellationToken)
    {
        await using var command = Command(InsertReportSql).With("input_item", report.Location.Item, NpgsqlDbType.Integer);
        AddReportValues(command, report.ExternalId, report.Publisher, report.Url, report.Published, report.Language, report.Title,
            report.Text, report.ContentHash, report.Location.Path, report.ForwardedFrom, ingestedAt);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (reader.GetInt64(0), reader.GetInt32(1)) : null;
    }

    private static void AddReportValues(
        NpgsqlCommand command, string? externalId, string publisher, string? url, DateTimeOffset? published, string language,
        string? title, string text, string contentHash, string inputPath, IReadOnlyList<string> forwardedFrom, DateTimeOffset ingested) =>
        command
            .With("external_id", externalId, NpgsqlDbType.Text)
            .With("publisher", publisher, NpgsqlDbType.Text)
            .With("url", url, NpgsqlDbType.Text)
            .With("normalized_url", ReportIdentity.NormalizeUrl(url), NpgsqlDbType.Text)
            .With("published", PostgresValues.Utc(published), NpgsqlDbType.TimestampTz)
            .With("language", language, NpgsqlDbType.Text)
            .With("title", title, NpgsqlDbType.Text)
            .With("text", text, NpgsqlDbType.Text)
            .With("content_hash", contentHash, NpgsqlDbType.Text)
            .With("input_path", inputPath, NpgsqlDbType.Text)
            .With("forwarded_from", LedgerJson.Serialize(forwardedFrom), NpgsqlDbType.Jsonb)
            .With("ingested_at", ingested.ToUniversalTime(), NpgsqlDbType.TimestampTz);

    private async Task<long?> FindStoredCopyAsync(string contentHash, string? normalizedUrl, string publisher, CancellationToken cancellationToken)
    {
        await using var command = Command(FindStoredCopySql)
            .With("content_hash", contentHash, NpgsqlDbType.Text)
            .With("normalized_url", normalizedUrl, NpgsqlDbType.Text)
            .With("publisher", publisher, NpgsqlDbType.Text);
        return await command.ExecuteScalarAsync(cancellationToken) as long?;
    }

    private async Task InsertAnalysisAsync(
        long reportId, DateTimeOffset? published, IReadOnlyList<PlaceMention> mentions, IEnumerable<(long? Id, Claim Claim)> claims,
        CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection, transaction);
        for (var i = 0; i < mentions.Count; i++)
        {
            batch.BatchCommands.Add(MentionCommand(reportId, i, mentions[i]));
        }
        var ordinal = 0;
        foreach (var (id, claim) in claims)
        {
            batch.BatchCommands.Add(ClaimCommand(id, reportId, ordinal++, published, claim));
        }
        if (batch.BatchCommands.Count > 0)
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private NpgsqlBatchCommand MentionCommand(long reportId, int ordinal, PlaceMention mention)
    {
        var (lat, lon) = LedgerPoints.PointOf(mention);
        return new NpgsqlBatchCommand(InsertMentionSql)
            .With("report_id", reportId, NpgsqlDbType.Bigint)
            .With("ordinal", ordinal, NpgsqlDbType.Integer)
            .With("span_start", mention.Span.Start, NpgsqlDbType.Integer)
            .With("span_end", mention.Span.End, NpgsqlDbType.Integer)
            .With("text", mention.Text, NpgsqlDbType.Text)
            .With("place_id", mention.Place?.Id, NpgsqlDbType.Text)
            .With("name", mention.Place?.Name, NpgsqlDbType.Text)
            .With("kind", mention.Place is { } place ? LedgerJson.EnumName(place.Kind) : null, NpgsqlDbType.Text)
            .With("lat", lat, NpgsqlDbType.Double)
            .With("lon", lon, NpgsqlDbType.Double)
            .With("precision", LedgerJson.EnumName(mention.Precision), NpgsqlDbType.Text)
            .With("confidence", mention.Confidence, NpgsqlDbType.Double)
            .With("relation", mention.Relation is { } relation ? LedgerJson.Serialize(relation) : null, NpgsqlDbType.Jsonb)
            .With("detail", places.Write(mention), NpgsqlDbType.Jsonb);
    }

    private NpgsqlBatchCommand ClaimCommand(long? id, long reportId, int ordinal, DateTimeOffset? published, Claim claim)
    {
        var origin = claim.Chain.Origin.Source;
        var relays = claim.Chain.Relays.Select((relay, position) => new RelayRow(
            position, relay.Source.Name, NameKey.Fold(relay.Source.Name), relay.Source.SourceId,
            LedgerJson.EnumName(relay.Source.Kind), LedgerJson.EnumName(relay.Source.Side)));
        var placeRows = claim.Places.Select((mention, i) =>
        {
            var (lat, lon) = LedgerPoints.PointOf(mention);
            return new PlaceRow(i, mention.Place?.Id, lat, lon, LedgerPoints.NamesOf(mention));
        });
        return new NpgsqlBatchCommand(InsertClaimSql)
            .With("id", id, NpgsqlDbType.Bigint)
            .With("report_id", reportId, NpgsqlDbType.Bigint)
            .With("ordinal", ordinal, NpgsqlDbType.Integer)
            .With("span_start", claim.Span.Start, NpgsqlDbType.Integer)
            .With("span_end", claim.Span.End, NpgsqlDbType.Integer)
            .With("kind", LedgerJson.EnumName(claim.Kind), NpgsqlDbType.Text)
            .With("actor", claim.Actor?.Text, NpgsqlDbType.Text)
            .With("side", LedgerJson.EnumName(claim.Actor?.Side ?? Side.Unknown), NpgsqlDbType.Text)
            .With("origin_name", origin.Name, NpgsqlDbType.Text)
            .With("origin_name_folded", NameKey.Fold(origin.Name), NpgsqlDbType.Text)
            .With("origin_source_id", origin.SourceId, NpgsqlDbType.Text)
            .With("origin_side", LedgerJson.EnumName(origin.Side), NpgsqlDbType.Text)
            .With("hedged", claim.Hedged, NpgsqlDbType.Boolean)
            .With("negated", claim.Negated, NpgsqlDbType.Boolean)
            .With("published", PostgresValues.Utc(published), NpgsqlDbType.TimestampTz)
            .With("detail", places.Write(claim), NpgsqlDbType.Jsonb)
            .With("relays", LedgerJson.Serialize(relays.ToList()), NpgsqlDbType.Jsonb)
            .With("places", LedgerJson.Serialize(placeRows.ToList()), NpgsqlDbType.Jsonb);
    }

    private NpgsqlCommand Command(string sql) => new(sql, connection, transaction);

    private sealed record RelayRow(int Position, string Name, string NameFolded, string? SourceId, string Kind, string Side);

    private sealed record PlaceRow(int Ordinal, string? PlaceId, double? Lat, double? Lon, IReadOnlyList<string> Names);
}
