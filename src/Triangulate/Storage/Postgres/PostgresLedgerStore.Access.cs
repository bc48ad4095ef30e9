using Npgsql;
using NpgsqlTypes;

namespace Triangulate.Storage.Postgres;

/// <summary>Accounts, API keys and the sign-in key ring of the web app.</summary>
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

    public async Task<LedgerAccount?> GetAccountAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("SELECT name, role, password_hash, created_at FROM accounts WHERE name = @name")
            .With("name", name, NpgsqlDbType.Text);
        return (await ReadAllAsync(command, ReadAccount, cancellationToken)).SingleOrDefault();
    }

    public async Task<IReadOnlyList<LedgerAccount>> ListAccountsAsync(CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("SELECT name, role, password_hash, created_at FROM accounts ORDER BY name");
        return await ReadAllAsync(command, ReadAccount, cancellationToken);
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

    public async Task<ApiKeyRecord?> GetApiKeyAsync(string prefix, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("SELECT prefix, name, role, key_hash, created_at FROM api_keys WHERE prefix = @prefix")
            .With("prefix", prefix, NpgsqlDbType.Text);
        return (await ReadAllAsync(command, ReadApiKey, cancellationToken)).SingleOrDefault();
    }

    public async Task<IReadOnlyList<ApiKeyRecord>> ListApiKeysAsync(CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("SELECT prefix, name, role, key_hash, created_at FROM api_keys ORDER BY prefix");
        return await ReadAllAsync(command, ReadApiKey, cancellationToken);
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

    public async Task<IReadOnlyList<DataProtectionKeyElement>> ListDataProtectionKeysAsync(CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("SELECT name, xml, created_at FROM data_protection_keys ORDER BY id");
        return await ReadAllAsync(
            command, reader => new DataProtectionKeyElement(reader.GetString(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2)), cancellationToken);
    }

    private static ApiKeyRecord ReadApiKey(NpgsqlDataReader reader) => new(
        reader.GetString(0), reader.GetString(1), LedgerJson.ParseEnum<AccessRole>(reader.GetString(2)),
        reader.GetString(3), reader.GetFieldValue<DateTimeOffset>(4));

    private static LedgerAccount ReadAccount(NpgsqlDataReader reader) => new(
        reader.GetString(0), LedgerJson.ParseEnum<AccessRole>(reader.GetString(1)), reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(3));
}
