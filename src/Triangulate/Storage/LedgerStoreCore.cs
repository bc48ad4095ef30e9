using System.Data.Common;

namespace Triangulate.Storage;

/// <summary>
/// What the SQLite and the PostgreSQL store do alike, written once over <c>System.Data.Common</c> (both
/// Microsoft.Data.Sqlite and Npgsql derive their connections, commands and readers from it): each engine's store
/// derives from this core and gives it a connection and its <see cref="SqlDialect"/>. What really differs stays in the
/// engine's store: the writers (prepared statements bound through SQLite's C API, PostgreSQL's batches and binary COPY),
/// text search (FTS5, tsvector), the spatial plans and the migrations.
/// </summary>
public abstract partial class LedgerStoreCore
{
    private readonly SqlDialect dialect;

    private protected LedgerStoreCore(SqlDialect dialect) => this.dialect = dialect;

    /// <summary>An open connection of the engine's pool, set up as the engine's own statements expect.</summary>
    private protected abstract Task<DbConnection> OpenDbConnectionAsync(CancellationToken cancellationToken);

    private static string Where(List<string> conditions) =>
        conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions);

    private static long? Int64OrNull(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);

    /// <summary>Runs a query on a connection of its own and reads every row.</summary>
    private async Task<IReadOnlyList<T>> QueryAsync<T>(
        Action<DbCommand> build, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var connection = await OpenDbConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        build(command);
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }
        return rows;
    }
}
