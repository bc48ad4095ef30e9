using Microsoft.Data.Sqlite;

namespace Triangulate.Storage.Sqlite;

/// <summary>Accounts, API keys and the sign-in key ring of the web app.</summary>
public sealed partial class SqliteLedgerStore
{
    public async Task SaveAccountAsync(LedgerAccount account, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = Command(connection, """
            INSERT INTO accounts (name, role, password_hash, created_at) VALUES ($name, $role, $hash, $at)
            ON CONFLICT (name) DO UPDATE SET role = excluded.role, password_hash = excluded.password_hash
            """)
            .With("$name", account.Name)
            .With("$role", LedgerJson.EnumName(account.Role))
            .With("$hash", account.PasswordHash)
            .With("$at", SqliteValues.FormatTime(account.CreatedAt));
        await WhileBusyAsync(() => command.ExecuteNonQueryAsync(cancellationToken), cancellationToken);
    }

    public async Task<LedgerAccount?> GetAccountAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = Command(connection, "SELECT name, role, password_hash, created_at FROM accounts WHERE name = $name")
            .With("$name", name);
        return (await ReadAllAsync(command, ReadAccount, cancellationToken)).SingleOrDefault();
    }

    public async Task<IReadOnlyList<LedgerAccount>> ListAccountsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = Command(connection, "SELECT name, role, password_hash, created_at FROM accounts ORDER BY name");
        return await ReadAllAsync(command, ReadAccount, cancellationToken);
    }

    public async Task SaveApiKeyAsync(ApiKeyRecord key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = Command(connection, """
            INSERT INTO api_keys (prefix, name, role, key_hash, created_at) VALUES ($prefix, $name, $role, $hash, $at)
            ON CONFLICT (prefix) DO UPDATE SET name = excluded.name, role = excluded.role, key_hash = excluded.key_hash
            """)
            .With("$prefix", key.Prefix)
            .With("$name", key.Name)
            .With("$role", LedgerJson.EnumName(key.Role))
            .With("$hash", key.KeyHash)
            .With("$at", SqliteValues.FormatTime(key.CreatedAt));
        await WhileBusyAsync(() => command.ExecuteNonQueryAsync(cancellationToken), cancellationToken);
    }

    public async Task<ApiKeyRecord?> GetApiKeyAsync(string prefix, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = Command(connection, "SELECT prefix, name, role, key_hash, created_at FROM api_keys WHERE prefix = $prefix")
            .With("$prefix", prefix);
        return (await ReadAllAsync(command, ReadApiKey, cancellationToken)).SingleOrDefault();
    }

    public async Task<IReadOnlyList<ApiKeyRecord>> ListApiKeysAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = Command(connection, "SELECT prefix, name, role, key_hash, created_at FROM api_keys ORDER BY prefix");
        return await ReadAllAsync(command, ReadApiKey, cancellationToken);
    }

    public async Task SaveDataProtectionKeyAsync(DataProtectionKeyElement element, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(element);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = Command(connection, "INSERT INTO data_protection_keys (name, xml, created_at) VALUES ($name, $xml, $at)")
            .With("$name", element.Name)
            .With("$xml", element.Xml)
            .With("$at", SqliteValues.FormatTime(element.CreatedAt));
        await WhileBusyAsync(() => command.ExecuteNonQueryAsync(cancellationToken), cancellationToken);
    }

    public async Task<IReadOnlyList<DataProtectionKeyElement>> ListDataProtectionKeysAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = Command(connection, "SELECT name, xml, created_at FROM data_protection_keys ORDER BY id");
        return await ReadAllAsync(
            command, reader => new DataProtectionKeyElement(reader.GetString(0), reader.GetString(1), SqliteValues.ParseTime(reader.GetString(2))), cancellationToken);
    }

    private static ApiKeyRecord ReadApiKey(SqliteDataReader reader) => new(
        reader.GetString(0), reader.GetString(1), LedgerJson.ParseEnum<AccessRole>(reader.GetString(2)),
        reader.GetString(3), SqliteValues.ParseTime(reader.GetString(4)));

    private static LedgerAccount ReadAccount(SqliteDataReader reader) => new(
        reader.GetString(0), LedgerJson.ParseEnum<AccessRole>(reader.GetString(1)), reader.GetString(2), SqliteValues.ParseTime(reader.GetString(3)));
}
