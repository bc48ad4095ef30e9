using System.Data.Common;

namespace Triangulate.Storage;

/// <summary>Accounts, API keys and the sign-in key ring of the web app, written.</summary>
public abstract partial class LedgerStoreCore
{
    public Task SaveAccountAsync(LedgerAccount account, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        return WriteOneAsync(
            """
            INSERT INTO accounts (name, role, password_hash, created_at) VALUES (@name, @role, @hash, @at)
            ON CONFLICT (name) DO UPDATE SET role = excluded.role, password_hash = excluded.password_hash
            """,
            command =>
            {
                Dialect.Bind(command, "name", account.Name);
                Dialect.Bind(command, "role", LedgerJson.EnumName(account.Role));
                Dialect.Bind(command, "hash", account.PasswordHash);
                Dialect.Bind(command, "at", Dialect.Time(account.CreatedAt));
            },
            cancellationToken);
    }

    public Task SaveApiKeyAsync(ApiKeyRecord key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        return WriteOneAsync(
            """
            INSERT INTO api_keys (prefix, name, role, key_hash, created_at) VALUES (@prefix, @name, @role, @hash, @at)
            ON CONFLICT (prefix) DO UPDATE SET name = excluded.name, role = excluded.role, key_hash = excluded.key_hash
            """,
            command =>
            {
                Dialect.Bind(command, "prefix", key.Prefix);
                Dialect.Bind(command, "name", key.Name);
                Dialect.Bind(command, "role", LedgerJson.EnumName(key.Role));
                Dialect.Bind(command, "hash", key.KeyHash);
                Dialect.Bind(command, "at", Dialect.Time(key.CreatedAt));
            },
            cancellationToken);
    }

    public Task SaveDataProtectionKeyAsync(DataProtectionKeyElement element, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(element);
        return WriteOneAsync(
            "INSERT INTO data_protection_keys (name, xml, created_at) VALUES (@name, @xml, @at)",
            command =>
            {
                Dialect.Bind(command, "name", element.Name);
                Dialect.Bind(command, "xml", element.Xml);
                Dialect.Bind(command, "at", Dialect.Time(element.CreatedAt));
            },
            cancellationToken);
    }

    /// <summary>Runs one write statement in a write transaction of its own (on SQLite, waiting while another writer holds the lock).</summary>
    private Task WriteOneAsync(string sql, Action<DbCommand> bind, CancellationToken cancellationToken) =>
        InWriteTransactionAsync(async (connection, transaction) =>
        {
            await using var command = Command(connection, transaction, sql);
            bind(command);
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);
}
