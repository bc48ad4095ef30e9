using Npgsql;
using Triangulate.Storage.Postgres;
using Triangulate.Storage.Sqlite;

namespace Triangulate.Storage;

/// <summary>The ledger named by <c>--db</c> cannot be opened: a bad path, an unsupported engine, a refused connection.</summary>
public sealed class LedgerUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>Opens the ledger a <c>--db</c> value names: a SQLite file path, or a PostgreSQL connection for server mode.</summary>
public static class StoreFactory
{
    public static bool IsPostgres(string database) =>
        database.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || database.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || database.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Refuses a <c>--db</c> value that names nothing, before anything makes a path of it (Path.GetFullPath would throw an
    /// ArgumentException that names no option).
    /// </summary>
    public static void RequireNamed(string database)
    {
        if (string.IsNullOrWhiteSpace(database))
        {
            throw new LedgerUnavailableException("no ledger named: --db needs a SQLite file path or a PostgreSQL connection");
        }
    }

    public static async Task<ILedgerStore> OpenAsync(string database, TimeProvider time, CancellationToken cancellationToken = default)
    {
        RequireNamed(database);
        if (IsPostgres(database))
        {
            return await OpenPostgresAsync(database, time, cancellationToken).ConfigureAwait(false);
        }
        return await SqliteLedgerStore.OpenAsync(database, time, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<ILedgerStore> OpenPostgresAsync(string database, TimeProvider time, CancellationToken cancellationToken)
    {
        try
        {
            return await PostgresLedgerStore.OpenAsync(database, time, PostgresSpatial.Auto, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is NpgsqlException or ArgumentException or FormatException or TimeoutException)
        {
            // The password, if any, stays out of the message: only where the ledger was looked for is named.
            throw new LedgerUnavailableException($"cannot open the PostgreSQL ledger at {Describe(database)}: {exception.Message}", exception);
        }
    }

    private static string Describe(string database)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(PostgresConnectionString.Normalize(database));
            return $"{builder.Host}:{builder.Port}/{builder.Database}";
        }
        catch (ArgumentException)
        {
            return "the given connection string (it does not parse)";
        }
    }
}
