using System.Collections.Immutable;
using System.Data.Common;
using Npgsql;
using NpgsqlTypes;
using Triangulate.Model;
using Triangulate.Places;

namespace Triangulate.Storage.Postgres;

/// <summary>How a PostgreSQL ledger answers radius queries.</summary>
public enum PostgresSpatial
{
    /// <summary>PostGIS geography points with GiST indexes when the extension is installed or can be created, else <see cref="LatLon"/>.</summary>
    Auto,
    /// <summary>A btree on (lat, lon) narrows to a box, the haversine distance decides: no extension needed.</summary>
    LatLon,
}

/// <summary>
/// The ledger on a PostgreSQL server, shared by a team: any number of ingesters and analysts at once, each operation
/// on a pooled connection. Ingest is idempotent through unique keys and ON CONFLICT; a batch is one transaction, run
/// again whole when the server picks it as a deadlock victim. Text search uses a tsvector over three configurations,
/// radius queries PostGIS where present.
/// </summary>
public sealed partial class PostgresLedgerStore : LedgerStoreCore, ILedgerStore
{
    private const string MigrationsResourcePrefix = "Triangulate.Storage.Postgres.Migrations.";
    private const string PostGisResourcePrefix = "Triangulate.Storage.Postgres.Spatial.";
    // One key for the advisory lock that makes concurrent starts apply each migration once.
    private const long MigrationLockKey = 0x7472_6961_6e67;
    private const int TransientAttempts = 5;

    private static readonly IReadOnlyList<MigrationScript> Migrations = MigrationScript.LoadEmbedded(MigrationsResourcePrefix);
    private static readonly string PostGisSql = MigrationScript.LoadEmbedded(PostGisResourcePrefix).Single().Sql;

    private readonly NpgsqlDataSource dataSource;
    private readonly TimeProvider timeProvider;
    private readonly PostgresSpatial spatial;

    private PostgresLedgerStore(NpgsqlDataSource dataSource, TimeProvider timeProvider, PostgresSpatial spatial)
        : base(new PostgresDialect())
    {
        this.dataSource = dataSource;
        this.timeProvider = timeProvider;
        this.spatial = spatial;
    }

    /// <summary>The schema version the embedded migrations lead to.</summary>
    public static int LatestSchemaVersion => Migrations[^1].Version;

    private PostgresDialect Postgres => (PostgresDialect)Dialect;

    /// <summary>Whether radius queries run on PostGIS geography (else on the lat/lon index).</summary>
    public bool UsesPostGis => Postgres.UsesGeography;

    /// <summary>Connects to the database a connection string (keywords or URL) names and brings its schema up to date.</summary>
    public static async Task<PostgresLedgerStore> OpenAsync(
        string connectionString, TimeProvider timeProvider, PostgresSpatial spatial = PostgresSpatial.Auto, CancellationToken cancellationToken = default)
    {
        var store = new PostgresLedgerStore(NpgsqlDataSource.Create(WaitingForTurns(PostgresConnectionString.Normalize(connectionString))), timeProvider, spatial);
        try
        {
            await store.MigrateAsync(cancellationToken);
            return store;
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// The connection with no command timeout unless one is given: a statement of a team's ledger waits for another
    /// transaction's lock (a report two ingesters store at once, the corroboration lock a regrouping holds) as long as
    /// that takes, in turn, rather than failing after Npgsql's default 30 s; the caller's cancellation still stops it.
    /// </summary>
    private static string WaitingForTurns(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Command Timeout", StringComparison.OrdinalIgnoreCase))
        {
            builder.CommandTimeout = 0;
        }
        return builder.ConnectionString;
    }

    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({MigrationLockKey})", cancellationToken);
        await ExecuteAsync(connection, transaction, """
            CREATE TABLE IF NOT EXISTS schema_version (
                version    integer PRIMARY KEY,
                name       text        NOT NULL,
                applied_at timestamptz NOT NULL
            )
            """, cancellationToken);
        var applied = await ReadAllAsync(
            new NpgsqlCommand("SELECT version FROM schema_version", connection, transaction), reader => reader.GetInt32(0), cancellationToken);
        foreach (var migration in Migrations.Where(migration => !applied.Contains(migration.Version)))
        {
            await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken);
            await using var record = new NpgsqlCommand("INSERT INTO schema_version (version, name, applied_at) VALUES (@version, @name, @at)", connection, transaction)
                .With("version", migration.Version, NpgsqlDbType.Integer)
                .With("name", migration.Name, NpgsqlDbType.Text)
                .With("at", timeProvider.GetUtcNow().ToUniversalTime(), NpgsqlDbType.TimestampTz);
            await record.ExecuteNonQueryAsync(cancellationToken);
        }
        Postgres.UsesGeography = spatial == PostgresSpatial.Auto && await TryEnablePostGisAsync(connection, transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public Task<IReadOnlyList<SaveOutcome>> SaveAsync(IReadOnlyList<Analysis> batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var ingestedAt = timeProvider.GetUtcNow();
        return InTransactionWithPlacesAsync<IReadOnlyList<SaveOutcome>>(async (connection, transaction, places) =>
        {
            await LockIdentitiesAsync(connection, transaction, batch.Select(analysis => analysis.Report).Select(report => (report.ContentHash, report.NormalizedUrl)), cancellationToken);
            var writer = new PostgresBatchWriter(connection, transaction, places, ingestedAt);
            await writer.AddPlacesAsync(batch.SelectMany(analysis => BatchPlaces.Of(analysis.Places, analysis.Claims)), cancellationToken);
            var outcomes = new List<SaveOutcome>(batch.Count);
            foreach (var analysis in batch)
            {
                outcomes.Add(await writer.SaveAsync(analysis, cancellationToken));
            }
            await writer.FlushAsync(cancellationToken);
            await CountBatchPlaceMentionsAsync(connection, transaction, writer.NewReports, cancellationToken);
            return outcomes;
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<bool>> ContainsReportsAsync(IReadOnlyList<Report> reports, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var found = new bool[reports.Count];
        if (reports.Count == 0)
        {
            return found;
        }
        // One round trip for the batch; each arm is answered by one of the unique indexes that refuse the duplicate on save.
        await using var command = dataSource.CreateCommand("""
            SELECT k.i FROM unnest(@publishers, @hashes, @urls) WITH ORDINALITY AS k(publisher, content_hash, normalized_url, i)
            WHERE EXISTS (SELECT 1 FROM reports r WHERE r.publisher = k.publisher AND r.content_hash = k.content_hash)
               OR EXISTS (SELECT 1 FROM reports r WHERE r.normalized_url = k.normalized_url AND r.content_hash = k.content_hash)
            """)
            .With("publishers", reports.Select(r => r.Publisher).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text)
            .With("hashes", reports.Select(r => r.ContentHash).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text)
            .With("urls", reports.Select(r => r.NormalizedUrl).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            found[reader.GetInt64(0) - 1] = true;
        }
        return found;
    }

    public Task SaveSourcesAsync(IReadOnlyList<Source> sources, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return InTransactionAsync(async (connection, transaction) =>
        {
            await using var batch = new NpgsqlBatch(connection, transaction);
            foreach (var source in sources)
            {
                batch.BatchCommands.Add(new NpgsqlBatchCommand("""
                    INSERT INTO sources (id, name, kind, side, role, aliases, affiliated_with)
                    VALUES (@id, @name, @kind, @side, @role, @aliases, @affiliated_with)
                    ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, side = excluded.side,
                        role = excluded.role, aliases = excluded.aliases, affiliated_with = excluded.affiliated_with
                    """)
                    .With("id", source.Id, NpgsqlDbType.Text)
                    .With("name", source.Name, NpgsqlDbType.Text)
                    .With("kind", LedgerJson.EnumName(source.Kind), NpgsqlDbType.Text)
                    .With("side", LedgerJson.EnumName(source.Side), NpgsqlDbType.Text)
                    .With("role", source.Role, NpgsqlDbType.Text)
                    .With("aliases", LedgerJson.Serialize(source.Aliases.IsDefault ? [] : source.Aliases), NpgsqlDbType.Jsonb)
                    .With("affiliated_with", LedgerJson.Serialize(source.AffiliatedWith), NpgsqlDbType.Jsonb));
            }
            if (batch.BatchCommands.Count > 0)
            {
                await batch.ExecuteNonQueryAsync(cancellationToken);
            }
            return true;
        }, cancellationToken);
    }

    public Task SavePlacesAsync(IReadOnlyList<Place> places, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(places);
        return InTransactionAsync(async (connection, transaction) =>
        {
            await using var batch = new NpgsqlBatch(connection, transaction);
            foreach (var place in places)
            {
                batch.BatchCommands.Add(new NpgsqlBatchCommand("""
                    INSERT INTO places (id, name, kind, lat, lon, country, names, detail)
                    VALUES (@id, @name, @kind, @lat, @lon, @country, @names, @detail)
                    ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, lat = excluded.lat, lon = excluded.lon,
                        country = excluded.country, names = excluded.names, detail = excluded.detail
                    """)
                    .With("id", place.Id, NpgsqlDbType.Text)
                    .With("name", place.Name, NpgsqlDbType.Text)
                    .With("kind", LedgerJson.EnumName(place.Kind), NpgsqlDbType.Text)
                    .With("lat", place.Lat, NpgsqlDbType.Double)
                    .With("lon", place.Lon, NpgsqlDbType.Double)
                    .With("country", place.CountryCode, NpgsqlDbType.Text)
                    .With("names", LedgerJson.Serialize(place.Names.IsDefault ? [] : place.Names), NpgsqlDbType.Jsonb)
                    .With("detail", LedgerJson.Serialize(place), NpgsqlDbType.Jsonb));
            }
            if (batch.BatchCommands.Count > 0)
            {
                await batch.ExecuteNonQueryAsync(cancellationToken);
            }
            return true;
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<Place>> ListPlacesNearAsync(double lat, double lon, double radiusKm, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand();
        var within = Postgres.WithinRadius("p", command, lat, lon, radiusKm);
        command.CommandText = $"SELECT p.detail::text FROM places p WHERE {within} ORDER BY haversine_km(@lat, @lon, p.lat, p.lon), p.id";
        return await ReadAllAsync(command, reader => LedgerJson.Deserialize<Place>(reader.GetString(0)), cancellationToken);
    }

    public Task SavePlaceAliasesAsync(IReadOnlyList<PlaceAlias> aliases, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(aliases);
        return InTransactionAsync(async (connection, transaction) =>
        {
            await using var batch = new NpgsqlBatch(connection, transaction);
            foreach (var alias in aliases)
            {
                batch.BatchCommands.Add(new NpgsqlBatchCommand("""
                    INSERT INTO place_aliases (place_id, name, language, source) VALUES (@place_id, @name, @language, @source)
                    ON CONFLICT (place_id, name, language) DO NOTHING
                    """)
                    .With("place_id", alias.PlaceId, NpgsqlDbType.Text)
                    .With("name", alias.Name.Text, NpgsqlDbType.Text)
                    .With("language", alias.Name.Language, NpgsqlDbType.Text)
                    .With("source", alias.Name.Source, NpgsqlDbType.Text));
            }
            if (batch.BatchCommands.Count > 0)
            {
                await batch.ExecuteNonQueryAsync(cancellationToken);
            }
            return true;
        }, cancellationToken);
    }

    /// <summary>
    /// The server keeps its own files and foreign keys consistent; what it cannot know is the ledger's own invariants,
    /// so these are checked: revision chains, and claims carrying their report's publication time.
    /// </summary>
    public async Task<IReadOnlyList<string>> CheckIntegrityAsync(CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT 'report ' || r.id || ' is revision ' || r.revision || ' but does not follow revision ' || (r.revision - 1) || ' of its URL'
            FROM reports r LEFT JOIN reports p ON p.id = r.previous_revision_id
            WHERE (r.revision = 1) <> (r.previous_revision_id IS NULL)
               OR (r.revision > 1 AND (p.id IS NULL OR p.revision <> r.revision - 1 OR p.normalized_url IS DISTINCT FROM r.normalized_url))
            UNION ALL
            SELECT 'claim ' || c.id || ' does not carry the publication time of report ' || r.id
            FROM claims c JOIN reports r ON r.id = c.report_id
            WHERE c.published IS DISTINCT FROM r.published
            """);
        return [.. await ReadAllAsync(command, reader => reader.GetString(0), cancellationToken), .. await CheckPublisherPlaceCountsAsync(cancellationToken)];
    }

    public Task<ImportSummary> ImportAsync(IReadOnlyList<ReportRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        return InTransactionWithPlacesAsync(async (connection, transaction, places) =>
        {
            await LockIdentitiesAsync(connection, transaction, records.Select(record => (record.Report.ContentHash, ReportIdentity.NormalizeUrl(record.Report.Url))), cancellationToken);
            var writer = new PostgresBatchWriter(connection, transaction, places, timeProvider.GetUtcNow());
            await writer.AddPlacesAsync(records.SelectMany(record => BatchPlaces.Of(record.Places, record.Claims.Select(claim => claim.Claim))), cancellationToken);
            int imported = 0, present = 0;
            var conflicting = ImmutableArray.CreateBuilder<long>();
            foreach (var record in records)
            {
                switch (await writer.ImportAsync(record, cancellationToken))
                {
                    case true: imported++; break;
                    case null: present++; break;
                    case false: conflicting.Add(record.Report.Id); break;
                }
            }
            await writer.FlushAsync(cancellationToken);
            await CountBatchPlaceMentionsAsync(connection, transaction, writer.NewReports, cancellationToken);
            // Rows written under their own ids leave the identity sequences behind; later inserts must not collide.
            await ExecuteAsync(connection, transaction, """
                SELECT setval(pg_get_serial_sequence('reports', 'id'), GREATEST((SELECT MAX(id) FROM reports), 1));
                SELECT setval(pg_get_serial_sequence('claims', 'id'), GREATEST((SELECT MAX(id) FROM claims), 1));
                """, cancellationToken);
            return new ImportSummary(imported, present, conflicting.ToImmutable());
        }, cancellationToken);
    }

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();

    /// <summary>Creates PostGIS when it can (in a savepoint, so that a refusal costs nothing) and adds the geography columns.</summary>
    private static async Task<bool> TryEnablePostGisAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        // Checked first: the ALTER TABLEs would lock the tables on every start, behind any long ingest transaction.
        await using (var present = new NpgsqlCommand("""
            SELECT COUNT(*) FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name IN ('claim_places', 'places') AND column_name = 'geog'
            """, connection, transaction))
        {
            if ((long)(await present.ExecuteScalarAsync(cancellationToken))! == 2)
            {
                return true;
            }
        }
        await transaction.SaveAsync("postgis", cancellationToken);
        try
        {
            await ExecuteAsync(connection, transaction, "CREATE EXTENSION IF NOT EXISTS postgis", cancellationToken);
            await ExecuteAsync(connection, transaction, PostGisSql, cancellationToken);
            await transaction.ReleaseAsync("postgis", cancellationToken);
            return true;
        }
        catch (PostgresException exception) when (exception.SqlState is PostgresErrorCodes.FeatureNotSupported
            or PostgresErrorCodes.UndefinedFile or PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.UndefinedObject)
        {
            // Not installed on the server, or not ours to install: the lat/lon index serves instead.
            await transaction.RollbackAsync("postgis", cancellationToken);
            return false;
        }
    }

    /// <summary>Writes reports with their places in one transaction; the place keys it took join the store's cache once it commits.</summary>
    private async Task<T> InTransactionWithPlacesAsync<T>(Func<NpgsqlConnection, NpgsqlTransaction, BatchPlaces, Task<T>> work, CancellationToken cancellationToken)
    {
        BatchPlaces? places = null;
        // Each attempt starts its own places: the keys a rolled-back attempt took may not exist.
        var result = await InTransactionAsync((connection, transaction) => work(connection, transaction, places = LedgerPlaces.StartBatch()), cancellationToken);
        places!.Commit();
        return result;
    }

    private protected override Task<T> InWriteTransactionAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken) =>
        InTransactionAsync((connection, transaction) => work(connection, transaction), cancellationToken);

    /// <summary>Runs <paramref name="work"/> in one transaction, again from the start when the server aborts it as a deadlock victim.</summary>
    private async Task<T> InTransactionAsync<T>(Func<NpgsqlConnection, NpgsqlTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            try
            {
                var result = await work(connection, transaction);
                await transaction.CommitAsync(cancellationToken);
                return result;
            }
            catch (PostgresException exception) when (PostgresValues.IsTransient(exception) && attempt < TransientAttempts)
            {
                await transaction.RollbackAsync(cancellationToken);
            }
        }
    }

    /// <summary>
    /// Takes, in one global order, a transaction lock on each text and each URL the batch writes. Two ingesters storing
    /// overlapping reports would otherwise wait on each other's unique keys in the order of their own batches and could
    /// deadlock; in one order, the later one waits for the earlier to commit and then finds its reports stored.
    /// </summary>
    private static async Task LockIdentitiesAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IEnumerable<(string ContentHash, string? NormalizedUrl)> identities, CancellationToken cancellationToken)
    {
        var keys = identities
            .SelectMany(identity => identity.NormalizedUrl is { } url ? new[] { "text:" + identity.ContentHash, "url:" + url } : ["text:" + identity.ContentHash])
            .Select(IdentityLockKey)
            .Distinct()
            .Order()
            .ToList();
        if (keys.Count == 0)
        {
            return;
        }
        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var key in keys)
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand("SELECT pg_advisory_xact_lock(@key)").With("key", key, NpgsqlDbType.Bigint));
        }
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    private static long IdentityLockKey(string identity) =>
        BitConverter.ToInt64(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(identity)), 0);

    private static string Where(List<string> conditions) =>
        conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions);

    private protected override string? LoadPlaceDetail(long key)
    {
        using var command = dataSource.CreateCommand("SELECT detail::text FROM ledger_places WHERE key = @key").With("key", key, NpgsqlDbType.Bigint);
        return command.ExecuteScalar() as string;
    }

    private protected override ValueTask<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken) =>
        connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);

    private protected override async Task<DbConnection> OpenDbConnectionAsync(CancellationToken cancellationToken) =>
        await dataSource.OpenConnectionAsync(cancellationToken);

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<IReadOnlyList<T>> ReadAllAsync<T>(NpgsqlCommand command, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
    {
        await using (command)
        {
            var rows = new List<T>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(read(reader));
            }
            return rows;
        }
    }
}
