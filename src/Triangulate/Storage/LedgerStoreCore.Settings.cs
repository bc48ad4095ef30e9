namespace Triangulate.Storage;

/// <summary>Facts about the ledger as a whole, kept by name (<c>ledger_settings</c>).</summary>
public abstract partial class LedgerStoreCore
{
    public async Task<string?> GetSettingAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        var values = await QueryAsync(
            command =>
            {
                command.CommandText = "SELECT value FROM ledger_settings WHERE name = @name";
                Dialect.Bind(command, "name", name);
            },
            reader => reader.GetString(0),
            cancellationToken);
        return values.Count == 0 ? null : values[0];
    }

    public Task SetSettingAsync(string name, string value, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        return WriteOneAsync(
            "INSERT INTO ledger_settings (name, value) VALUES (@name, @value) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            command =>
            {
                Dialect.Bind(command, "name", name);
                Dialect.Bind(command, "value", value);
            },
            cancellationToken);
    }

    public async Task<bool> HasEventsAsync(CancellationToken cancellationToken = default) =>
        (await QueryAsync(
            command => command.CommandText = "SELECT EXISTS (SELECT 1 FROM events)",
            reader => reader.GetBoolean(0),
            cancellationToken))[0];
}
