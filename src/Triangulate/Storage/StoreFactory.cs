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

    public static async Task<ILedgerStore> OpenAsync(string database, TimeProvider time, CancellationToken cancellationToken = default)
    {
        if (IsPostgres(database))
        {
            throw new LedgerUnavailableException("PostgreSQL server mode is not part of this build yet; give --db a SQLite file path.");
        }
        return await SqliteLedgerStore.OpenAsync(database, time, cancellationToken).ConfigureAwait(false);
    }
}
