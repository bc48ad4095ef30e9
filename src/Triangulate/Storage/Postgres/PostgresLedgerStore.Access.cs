using Npgsql;
using NpgsqlTypes;

namespace Triangulate.Storage.Postgres;

/// <summary>Accounts, API keys and the sign-in key ring of the web app, written.</summary>
public sealed partial class PostgresLedgerStore
{
    public async Task SaveAccountAsync(LedgerAccount account, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        await using var command = dataSource.CreateCommand("""
            INSERT INTO accounts (name, role, password_hash, created_at) VALUES (@name, @role, @hash, @at)
            ON CONFLICT (name) DO UPDATE SET role = excluded.role, password_hash = excluded.password_hash
            """)
            .With("name", account.Name, NpgsqlDbType.Text)
            .With("role", LedgerJson.EnumName(account.Role), NpgsqlDbType.Text)
            .With("hash", account.PasswordHash, NpgsqlDbType.Text)
            .With("at", account.CreatedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task SaveApiKeyAsync(ApiKeyRecord key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var command = dataSource.CreateCommand("""
            INSERT INTO api_keys (prefix, name, role, key_hash, created_at) VALUES (@prefix, @name, @role, @hash, @at)
            ON CONFLICT (prefix) DO UPDATE SET name = excluded.name, role = excluded.role, key_hash = excluded.key_hash
            """)
            .With("prefix", key.Prefix, NpgsqlDbType.Text)
            .With("name", key.Name, NpgsqlDbType.Text)
            .With("role", LedgerJson.EnumName(key.Role), NpgsqlDbType.Text)
            .With("hash", key.KeyHash, NpgsqlDbType.Text)
            .With("at", key.CreatedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task SaveDataProtectionKeyAsync(DataProtectionKeyElement element, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(element);
        await using var command = dataSource.CreateCommand("INSERT INTO data_protection_keys (name, xml, created_at) VALUES (@name, @xml, @at)")
            .With("name", element.Name, NpgsqlDbType.Text)
            .With("xml", element.Xml, NpgsqlDbType.Text)
            .With("at", element.CreatedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
