using System.Data.Common;

namespace Triangulate.Storage;

/// <summary>
/// What the SQLite and the PostgreSQL store do alike, written once over <c>System.Data.Common</c> (both
/// Microsoft.Data.Sqlite and Npgsql derive their connections, commands and readers from it): each engine's store
/// derives from this core and gives it a connection and its <see cref="SqlDialect"/>. What really differs stays in the
/// engine's store: the writers (prepared statements bound through SQLite's C API, PostgreSQL's batches and binary COPY),
/// the locks, integrity checks and the migrations.
/// </summary>
public abstract partial class LedgerStoreCore
{
    private protected LedgerStoreCore(SqlDialect dialect)
    {
        Dialect = dialect;
        LedgerPlaces = new LedgerPlaces(LoadPlaceDetail);
        ReportColumns = $"""
            r.id, r.external_id, r.publisher, r.url, r.published, r.language, r.title, r.text, r.content_hash,
            r.revision, r.previous_revision_id, r.input_path, {dialect.JsonText("r.forwarded_from")}, r.ingested_at
            """;
        ClaimColumns = $"c.id, c.report_id, r.external_id, r.publisher, c.published, {dialect.JsonText("c.detail")}";
    }

    /// <summary>A report's columns (as <c>r</c>) in the order <see cref="ReadReport"/> reads them.</summary>
    private protected string ReportColumns { get; }

    /// <summary>A claim's columns (as <c>c</c>, with its report as <c>r</c>) in the order <see cref="ReadClaim"/> reads them.</summary>
    private protected string ClaimColumns { get; }

    private protected SqlDialect Dialect { get; }

    /// <summary>The places claims and mentions refer to by key, cached: stored rows are read through it.</summary>
    private protected LedgerPlaces LedgerPlaces { get; }

    /// <summary>An open connection of the engine's pool, set up as the engine's own statements expect.</summary>
    private protected abstract Task<DbConnection> OpenDbConnectionAsync(CancellationToken cancellationToken);

    /// <summary>The JSON of one row of ledger_places, read on its own connection (a cache miss happens inside another read).</summary>
    private protected abstract string? LoadPlaceDetail(long key);

    private static string Where(List<string> conditions) =>
        conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions);

    private static long? Int64OrNull(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);

    /// <summary>Runs a query on a connection of its own and reads every row.</summary>
    private async Task<IReadOnlyList<T>> QueryAsync<T>(Action<DbCommand> build, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var connection = await OpenDbConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        build(command);
        return await ReadAllAsync(command, read, cancellationToken);
    }

    private static async Task<IReadOnlyList<T>> ReadAllAsync<T>(DbCommand command, Func<DbDataReader, T> read, CancellationToken cancellationToken)
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
