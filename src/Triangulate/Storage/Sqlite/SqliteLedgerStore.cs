using System.Collections.Immutable;
using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Triangulate.Model;
using Triangulate.Places;

namespace Triangulate.Storage.Sqlite;

/// <summary>
/// The ledger in one SQLite file, for one analyst: WAL journal so that reads go on while a batch is written,
/// one transaction per batch, unique indexes that make ingest idempotent, FTS5 for text search and R*Trees for
/// radius queries. Each operation takes a pooled connection, so the store may be shared between threads.
/// </summary>
public sealed partial class SqliteLedgerStore : LedgerStoreCore, ILedgerStore
{
    private const string MigrationsResourcePrefix = "Triangulate.Storage.Sqlite.Migrations.";
    private const int BusyTimeoutMilliseconds = 10_000;

    private static readonly IReadOnlyList<MigrationScript> Migrations = MigrationScript.LoadEmbedded(MigrationsResourcePrefix);

    private readonly string connectionString;
    private readonly TimeProvider timeProvider;
    private readonly ClaimPointKeys claimPoints = new();

    private SqliteLedgerStore(string path, TimeProvider timeProvider)
        : base(SqliteDialect.Instance)
    {
        connectionString = ConnectionStringFor(path);
        this.timeProvider = timeProvider;
    }

    /// <summary>The connection string of the store on <paramref name="path"/>: its connections are pooled under it.</summary>
    internal static string ConnectionStringFor(string path) =>
        new SqliteConnectionStringBuilder
        {
            DataSource = Path.GetFullPath(path),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = BusyTimeoutMilliseconds / 1000,
        }.ToString();

    /// <summary>The schema version the embedded migrations lead to.</summary>
    public static int LatestSchemaVersion => Migrations[^1].Version;

    /// <summary>Opens (creating when missing) the ledger file at <paramref name="path"/> and brings its schema up to date.</summary>
    public static async Task<SqliteLedgerStore> OpenAsync(string path, TimeProvider timeProvider, CancellationToken cancellationToken = default)
    {
        var store = new SqliteLedgerStore(path, timeProvider);
        await store.MigrateAsync(cancellationToken);
        return store;
    }

    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        // WAL is a property of the file and cannot be switched inside a transaction; switching needs the write lock.
        await WhileBusyAsync(async () =>
        {
            await ExecuteAsync(connection, "PRAGMA journal_mode = WAL;", cancellationToken);
            await ExecuteAsync(connection, """
                CREATE TABLE IF NOT EXISTS schema_version (
                    version    INTEGER PRIMARY KEY,
                    name       TEXT NOT NULL,
                    applied_at TEXT NOT NULL
                );
                """, cancellationToken);
            return true;
        }, cancellationToken);
        foreach (var migration in Migrations)
        {
            await using var transaction = await BeginWriteAsync(connection, cancellationToken);
            // Checked inside the write transaction, so two processes opening one file apply each script once.
            await using var applied = Command(connection, "SELECT COUNT(*) FROM schema_version WHERE version = $version", transaction)
                .With("$version", migration.Version);
            if ((long)(await applied.ExecuteScalarAsync(cancellationToken))! > 0)
            {
                continue;
            }
            await ExecuteAsync(connection, migration.Sql, cancellationToken, transaction);
            await using var record = Command(connection, "INSERT INTO schema_version (version, name, applied_at) VALUES ($version, $name, $at)", transaction)
                .With("$version", migration.Version)
                .With("$name", migration.Name)
                .With("$at", SqliteValues.FormatTime(timeProvider.GetUtcNow()));
            await record.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
    }

    public async Task<IReadOnlyList<SaveOutcome>> SaveAsync(IReadOnlyList<Analysis> batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return await WithStatementJournalsInMemoryAsync(async connection =>
        {
            await using var transaction = await BeginWriteAsync(connection, cancellationToken);
            using var writer = new SqliteBatchWriter(connection, LedgerPlaces, claimPoints, ToMicroseconds(timeProvider.GetUtcNow()));
            await writer.AddPlacesAsync(batch.SelectMany(analysis => BatchPlaces.Of(analysis.Places, analysis.Claims)));
            var outcomes = new List<SaveOutcome>(batch.Count);
            foreach (var analysis in batch)
            {
                cancellationToken.ThrowIfCancellationRequested();
                outcomes.Add(writer.Save(analysis));
            }
            writer.IndexText();
            await CountBatchPlaceMentionsAsync(connection, transaction, writer.NewReports, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            writer.Committed();
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
        await using var connection = await OpenConnectionAsync(cancellationToken);
        // Each arm is answered by one of the unique indexes that refuse the duplicate on save.
        await using var command = Command(connection, """
            SELECT EXISTS (SELECT 1 FROM reports WHERE publisher = $publisher AND content_hash = $content_hash)
                OR EXISTS (SELECT 1 FROM reports WHERE normalized_url = $normalized_url AND content_hash = $content_hash)
            """);
        for (var i = 0; i < reports.Count; i++)
        {
            var report = reports[i];
            command.Set("$publisher", report.Publisher).Set("$content_hash", report.ContentHash).Set("$normalized_url", report.NormalizedUrl);
            found[i] = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) == 1;
        }
        return found;
    }

    public async Task SaveSourcesAsync(IReadOnlyList<Source> sources, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        await using var command = Command(connection, """
            INSERT INTO sources (id, name, kind, side, role, aliases, affiliated_with)
            VALUES ($id, $name, $kind, $side, $role, $aliases, $affiliated_with)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, side = excluded.side,
                role = excluded.role, aliases = excluded.aliases, affiliated_with = excluded.affiliated_with
            """, transaction);
        foreach (var source in sources)
        {
            command.Parameters.Clear();
            command
                .With("$id", source.Id)
                .With("$name", source.Name)
                .With("$kind", LedgerJson.EnumName(source.Kind))
                .With("$side", LedgerJson.EnumName(source.Side))
                .With("$role", source.Role)
                .With("$aliases", LedgerJson.Serialize(source.Aliases.IsDefault ? [] : source.Aliases))
                .With("$affiliated_with", LedgerJson.Serialize(source.AffiliatedWith));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task SavePlacesAsync(IReadOnlyList<Place> places, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(places);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        await using var command = Command(connection, """
            INSERT INTO places (id, name, kind, lat, lon, country, names, detail)
            VALUES ($id, $name, $kind, $lat, $lon, $country, $names, $detail)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, lat = excluded.lat, lon = excluded.lon,
                country = excluded.country, names = excluded.names, detail = excluded.detail
            """, transaction);
        foreach (var place in places)
        {
            command.Parameters.Clear();
            command
                .With("$id", place.Id)
                .With("$name", place.Name)
                .With("$kind", LedgerJson.EnumName(place.Kind))
                .With("$lat", place.Lat)
                .With("$lon", place.Lon)
                .With("$country", place.CountryCode)
                .With("$names", LedgerJson.Serialize(place.Names.IsDefault ? [] : place.Names))
                .With("$detail", LedgerJson.Serialize(place));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Place>> ListPlacesNearAsync(double lat, double lon, double radiusKm, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = Command(connection, """
            SELECT p.detail FROM places_rtree box JOIN places p ON p.key = box.id
            WHERE box.max_lat >= @min_lat AND box.min_lat <= @max_lat AND box.max_lon >= @min_lon AND box.min_lon <= @max_lon
              AND haversine_km(@lat, @lon, p.lat, p.lon) <= @radius_km
            ORDER BY haversine_km(@lat, @lon, p.lat, p.lon), p.id
            """);
        SqliteDialect.Instance.BindRadius(command, lat, lon, radiusKm);
        return await ReadAllAsync(command, reader => LedgerJson.Deserialize<Place>(reader.GetString(0)), cancellationToken);
    }

    public async Task SavePlaceAliasesAsync(IReadOnlyList<PlaceAlias> aliases, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(aliases);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        await using var command = Command(connection, """
            INSERT INTO place_aliases (place_id, name, language, source) VALUES ($place_id, $name, $language, $source)
            ON CONFLICT (place_id, name, language) DO NOTHING
            """, transaction);
        foreach (var alias in aliases)
        {
            command.Parameters.Clear();
            command
                .With("$place_id", alias.PlaceId)
                .With("$name", alias.Name.Text)
                .With("$language", alias.Name.Language)
                .With("$source", alias.Name.Source);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<string>> CheckIntegrityAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        var problems = new List<string>();
        await using (var integrity = Command(connection, "PRAGMA integrity_check"))
        {
            problems.AddRange((await ReadAllAsync(integrity, reader => reader.GetString(0), cancellationToken))
                .Where(line => !string.Equals(line, "ok", StringComparison.Ordinal)));
        }
        await using (var foreignKeys = Command(connection, "PRAGMA foreign_key_check"))
        {
            problems.AddRange(await ReadAllAsync(
                foreignKeys,
                reader => $"{reader.GetString(0)} row {SqliteValues.Int64OrNull(reader, 1)} refers to a missing row of {reader.GetString(2)}",
                cancellationToken));
        }
        // The full-text index is a second copy of the reports; a mismatch is reported, not thrown.
        await using (var fullText = Command(connection, "INSERT INTO reports_fts (reports_fts, rank) VALUES ('integrity-check', 1)"))
        {
            try
            {
                await fullText.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (SqliteException exception) when (exception.SqliteErrorCode is 11 or 267)
            {
                problems.Add("reports_fts does not match reports: " + exception.Message);
            }
        }
        problems.AddRange(await CheckPublisherPlaceCountsAsync(cancellationToken));
        return problems;
    }

    public async Task<ImportSummary> ImportAsync(IReadOnlyList<ReportRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        return await WithStatementJournalsInMemoryAsync(async connection =>
        {
            await using var transaction = await BeginWriteAsync(connection, cancellationToken);
            using var writer = new SqliteBatchWriter(connection, LedgerPlaces, claimPoints, timeProvider.GetUtcNow());
            await writer.AddPlacesAsync(records.SelectMany(record => BatchPlaces.Of(record.Places, record.Claims.Select(claim => claim.Claim))));
            int imported = 0, present = 0;
            var conflicting = ImmutableArray.CreateBuilder<long>();
            foreach (var record in records)
            {
                cancellationToken.ThrowIfCancellationRequested();
                switch (writer.Import(record))
                {
                    case true: imported++; break;
                    case null: present++; break;
                    case false: conflicting.Add(record.Report.Id); break;
                }
            }
            writer.IndexText();
            await CountBatchPlaceMentionsAsync(connection, transaction, writer.NewReports, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            writer.Committed();
            return new ImportSummary(imported, present, conflicting.ToImmutable());
        }, cancellationToken);
    }

    public ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open; releasing them lets SQLite checkpoint and remove the WAL.
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
        return ValueTask.CompletedTask;
    }

    /// <summary>Microseconds are the finest time PostgreSQL keeps; cut there, a ledger copied to the server and back is unchanged.</summary>
    private static DateTimeOffset ToMicroseconds(DateTimeOffset time) => time.AddTicks(-(time.Ticks % (TimeSpan.TicksPerMillisecond / 1000)));

    private static string Where(List<string> conditions) =>
        conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions);

    private protected override string? LoadPlaceDetail(long key)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = Command(connection, "SELECT detail FROM ledger_places WHERE key = $key").With("$key", key);
        return command.ExecuteScalar() as string;
    }

    private protected override ValueTask<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken) =>
        ValueTask.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: true));

    private protected override async Task<DbConnection> OpenDbConnectionAsync(CancellationToken cancellationToken) =>
        await OpenConnectionAsync(cancellationToken);

    private async Task<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            connection.CreateFunction<double, double, double, double, double>("haversine_km", GeoDistance.HaversineKm, isDeterministic: true);
            await ExecuteAsync(
                connection,
                $"PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = {BusyTimeoutMilliseconds};",
                cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken, SqliteTransaction? transaction = null)
    {
        await using var command = Command(connection, sql, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<IReadOnlyList<T>> ReadAllAsync<T>(SqliteCommand command, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
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
