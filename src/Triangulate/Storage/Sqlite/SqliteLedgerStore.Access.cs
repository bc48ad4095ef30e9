using Microsoft.Data.Sqlite;

namespace Triangulate.Storage.Sqlite;

/// <summary>Accounts, API keys and the sign-in key ring of the web app, written.</summary>
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
}
