using Npgsql;
using NpgsqlTypes;
using Triangulate.Model;

namespace Triangulate.Storage.Postgres;

/// <summary>
/// Writes reports and their analyses inside the caller's transaction. Duplicates are refused by the unique indexes
/// (INSERT … ON CONFLICT DO NOTHING), not by a prior check, so that any number of ingesters fed the same files store
/// each report once: a second insert of a key another transaction holds waits for it, then does nothing.
/// Reports go in one by one (their keys decide whether they are new); the batch's mentions, claims, relays and claim
/// places then go in with one binary COPY per table (<see cref="FlushAsync"/>). Places are written once each to
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

    private const string MentionColumns =
        "place_mentions (report_id, ordinal, span_start, span_end, text, place_id, name, kind, lat, lon, precision, confidence, relation, detail)";

    private const string ClaimColumns = """
        claims (id, report_id, ordinal, span_start, span_end, kind, actor, side, origin_name, origin_name_folded,
                origin_source_id, origin_side, hedged, negated, published, detail)
        """;

    private const string RelayColumns = "claim_relays (claim_id, position, name, name_folded, source_id, kind, side)";

    private const string ClaimPlaceColumns = "claim_places (claim_id, ordinal, place_id, lat, lon, names, published)";

    private readonly List<long> newReports = [];
    private readonly List<(long ReportId, int Ordinal, PlaceMention Mention)> pendingMentions = [];

    /// <summary>The ids of the reports the batch has inserted so far, in order.</summary>
    public IReadOnlyList<long> NewReports => newReports;
    private readonly List<PendingClaim> pendingClaims = [];

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
                InsertAnalysis(reportId, report.Published, analysis.Places, analysis.Claims.Select(claim => ((long?)null, claim)));
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
        InsertAnalysis(stored.Id, stored.Published, record.Places, record.Claims.Select(claim => ((long?)claim.Id, claim.Claim)));
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

    /// <summary>Holds a report's mentions and claims for <see cref="FlushAsync"/>, which writes the whole batch's at once.</summary>
    private void InsertAnalysis(long reportId, DateTimeOffset? published, IReadOnlyList<PlaceMention> mentions, IEnumerable<(long? Id, Claim Claim)> claims)
    {
        newReports.Add(reportId);
        for (var i = 0; i < mentions.Count; i++)
        {
            pendingMentions.Add((reportId, i, mentions[i]));
        }
        var ordinal = 0;
        foreach (var (id, claim) in claims)
        {
            pendingClaims.Add(new PendingClaim(id, reportId, ordinal++, PostgresValues.Utc(published), claim));
        }
    }

    /// <summary>
    /// Writes the mentions, claims, relays and claim places of every report saved since the last flush with one binary
    /// COPY per table; new claims take their ids from the claims' sequence first, in one round trip, so that their rows
    /// and the rows that point at them can all be streamed. Called once, after the batch's reports.
    /// </summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        var ids = await TakeClaimIdsAsync(pendingClaims.Count(claim => claim.Id is null), cancellationToken);
        var claims = pendingClaims.Select(claim => claim.Id is null ? claim with { Id = ids.Dequeue() } : claim).ToList();
        await CopyAsync(MentionColumns, pendingMentions, row =>
        {
            var (reportId, ordinal, mention) = row;
            var (lat, lon) = LedgerPoints.PointOf(mention);
            return [
                (reportId, NpgsqlDbType.Bigint), (ordinal, NpgsqlDbType.Integer), (mention.Span.Start, NpgsqlDbType.Integer),
                (mention.Span.End, NpgsqlDbType.Integer), (mention.Text, NpgsqlDbType.Text), (mention.Place?.Id, NpgsqlDbType.Text),
                (mention.Place?.Name, NpgsqlDbType.Text), (mention.Place is { } place ? LedgerJson.EnumName(place.Kind) : null, NpgsqlDbType.Text),
                (lat, NpgsqlDbType.Double), (lon, NpgsqlDbType.Double), (LedgerJson.EnumName(mention.Precision), NpgsqlDbType.Text),
                (mention.Confidence, NpgsqlDbType.Double), (mention.Relation is { } relation ? LedgerJson.Serialize(relation) : null, NpgsqlDbType.Jsonb),
                (places.Write(mention), NpgsqlDbType.Jsonb)];
        }, cancellationToken);
        await CopyAsync(ClaimColumns, claims, row =>
        {
            var claim = row.Claim;
            var origin = claim.Chain.Origin.Source;
            return [
                (row.Id, NpgsqlDbType.Bigint), (row.ReportId, NpgsqlDbType.Bigint), (row.Ordinal, NpgsqlDbType.Integer),
                (claim.Span.Start, NpgsqlDbType.Integer), (claim.Span.End, NpgsqlDbType.Integer), (LedgerJson.EnumName(claim.Kind), NpgsqlDbType.Text),
                (claim.Actor?.Text, NpgsqlDbType.Text), (LedgerJson.EnumName(claim.Actor?.Side ?? Side.Unknown), NpgsqlDbType.Text),
                (origin.Name, NpgsqlDbType.Text), (NameKey.Fold(origin.Name), NpgsqlDbType.Text), (origin.SourceId, NpgsqlDbType.Text),
                (LedgerJson.EnumName(origin.Side), NpgsqlDbType.Text), (claim.Hedged, NpgsqlDbType.Boolean), (claim.Negated, NpgsqlDbType.Boolean),
                (row.Published, NpgsqlDbType.TimestampTz), (places.Write(claim), NpgsqlDbType.Jsonb)];
        }, cancellationToken);
        await CopyAsync(RelayColumns, claims.SelectMany(row => row.Claim.Chain.Relays.Select((relay, position) => (row.Id, Position: position, relay.Source))), row =>
        [
            (row.Id, NpgsqlDbType.Bigint), (row.Position, NpgsqlDbType.Integer), (row.Source.Name, NpgsqlDbType.Text),
            (NameKey.Fold(row.Source.Name), NpgsqlDbType.Text), (row.Source.SourceId, NpgsqlDbType.Text),
            (LedgerJson.EnumName(row.Source.Kind), NpgsqlDbType.Text), (LedgerJson.EnumName(row.Source.Side), NpgsqlDbType.Text),
        ], cancellationToken);
        await CopyAsync(ClaimPlaceColumns, claims.SelectMany(row => row.Claim.Places.Select((mention, ordinal) => (row.Id, Ordinal: ordinal, Mention: mention, row.Published))), row =>
        {
            var (lat, lon) = LedgerPoints.PointOf(row.Mention);
            return [
                (row.Id, NpgsqlDbType.Bigint), (row.Ordinal, NpgsqlDbType.Integer), (row.Mention.Place?.Id, NpgsqlDbType.Text),
                (lat, NpgsqlDbType.Double), (lon, NpgsqlDbType.Double), (Array.ConvertAll(LedgerPoints.NamesOf(row.Mention), StorableText.Clean), NpgsqlDbType.Array | NpgsqlDbType.Text),
                (row.Published, NpgsqlDbType.TimestampTz)];
        }, cancellationToken);
        pendingMentions.Clear();
        pendingClaims.Clear();
    }

    private async Task<Queue<long>> TakeClaimIdsAsync(int count, CancellationToken cancellationToken)
    {
        var ids = new Queue<long>(count);
        if (count == 0)
        {
            return ids;
        }
        await using var command = Command("SELECT nextval(pg_get_serial_sequence('claims', 'id')) FROM generate_series(1, @count)")
            .With("count", count, NpgsqlDbType.Integer);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Enqueue(reader.GetInt64(0));
        }
        return ids;
    }

    /// <summary>Streams rows into one table with a binary COPY; <paramref name="columnsOf"/> gives each row's columns in the order named.</summary>
    private async Task CopyAsync<T>(
        string tableAndColumns, IEnumerable<T> rows, Func<T, (object? Value, NpgsqlDbType Type)[]> columnsOf, CancellationToken cancellationToken)
    {
        await using var importer = await connection.BeginBinaryImportAsync($"COPY {tableAndColumns} FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken);
            foreach (var (value, type) in columnsOf(row))
            {
                await importer.WriteColumnAsync(value, type, cancellationToken);
            }
        }
        await importer.CompleteAsync(cancellationToken);
    }

    private NpgsqlCommand Command(string sql) => new(sql, connection, transaction);

    private sealed record PendingClaim(long? Id, long ReportId, int Ordinal, DateTimeOffset? Published, Claim Claim);
}
