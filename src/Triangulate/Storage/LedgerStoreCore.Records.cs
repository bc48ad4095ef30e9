using System.Collections.Immutable;
using System.Data.Common;
using Triangulate.Model;
using Triangulate.Places;

namespace Triangulate.Storage;

/// <summary>
/// Events, what analysts recorded (merges and splits, verdicts, merges of sources, the audit log), the evidence lists,
/// publishers' learned areas and the access records, read back.
/// </summary>
public abstract partial class LedgerStoreCore
{
    public Task<IReadOnlyList<StoredEvent>> ListEventsAsync(CancellationToken cancellationToken = default) =>
        ReadEventsAsync(null, cancellationToken);

    public async Task<StoredEvent?> GetEventAsync(long id, CancellationToken cancellationToken = default) =>
        (await ReadEventsAsync(id, cancellationToken)).SingleOrDefault();

    public async Task<IReadOnlyList<StoredEvent>> FindEventsAsync(EventSelection selection, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(selection);
        if (selection.IsEmpty)
        {
            return [];
        }
        return await QueryAsync(
            command =>
            {
                command.CommandText = $"""
                    WITH chosen AS (
                        SELECT event_id AS id FROM event_keys WHERE {Dialect.InList("key", "keys")}
                        UNION SELECT event_id FROM event_claims WHERE {Dialect.InList("claim_id", "claims")}
                        UNION SELECT id FROM events WHERE {Dialect.InList("id", "ids")})
                    SELECT e.id, e.kind, e.first_reported, e.last_reported, e.document,
                           {Dialect.ListOf("claim_id", "FROM event_claims WHERE event_id = e.id ORDER BY claim_id")},
                           {Dialect.ListOf("key", "FROM event_keys WHERE event_id = e.id ORDER BY key")}
                    FROM chosen JOIN events e ON e.id = chosen.id
                    {(selection.ExceptIds.Count == 0 ? "" : $"WHERE NOT ({Dialect.InList("e.id", "except")})")}
                    ORDER BY e.id
                    """;
                Dialect.BindList(command, "keys", selection.Keys);
                Dialect.BindList(command, "claims", selection.ClaimIds);
                Dialect.BindList(command, "ids", selection.Ids);
                if (selection.ExceptIds.Count > 0)
                {
                    Dialect.BindList(command, "except", selection.ExceptIds);
                }
            },
            reader => ReadEvent(reader) with { Keys = Dialect.ReadStrings(reader, 6) },
            cancellationToken);
    }

    public Task<IReadOnlyList<EventOverride>> ListEventOverridesAsync(CancellationToken cancellationToken = default) =>
        QueryAsync(
            command => command.CommandText = "SELECT id, kind, claim_ids, by_name, at, note FROM event_overrides ORDER BY id",
            reader => new EventOverride(
                reader.GetInt64(0),
                LedgerJson.ParseEnum<OverrideKind>(reader.GetString(1)),
                LedgerJson.Deserialize<ImmutableArray<long>>(reader.GetString(2)),
                reader.GetString(3),
                Dialect.ReadTime(reader, 4),
                StringOrNull(reader, 5)),
            cancellationToken);

    public async Task<IReadOnlyList<Verdict>> ListVerdictsAsync(CancellationToken cancellationToken = default) =>
        [.. (await ReadVerdictsAsync(cancellationToken)).Select(row => row.Verdict)];

    public async Task<IReadOnlyList<SourceMerge>> ListSourceMergesAsync(CancellationToken cancellationToken = default) =>
        [.. (await ReadSourceMergesAsync(cancellationToken)).Select(row => row.Merge)];

    public async Task<LedgerJournal> ExportJournalAsync(CancellationToken cancellationToken = default) =>
        new(
            [.. await ListEventOverridesAsync(cancellationToken)],
            [.. await ReadVerdictsAsync(cancellationToken)],
            [.. await ReadSourceMergesAsync(cancellationToken)],
            [.. await ListAuditAsync(null, cancellationToken)]);

    public Task<IReadOnlyList<AuditEntry>> ListAuditAsync(string? target = null, CancellationToken cancellationToken = default) =>
        QueryAsync(
            command =>
            {
                command.CommandText = "SELECT id, at, by_name, action, target, before, after FROM audit_log"
                    + (target is null ? "" : " WHERE target = @target") + " ORDER BY id";
                if (target is not null)
                {
                    Dialect.Bind(command, "target", target);
                }
            },
            reader => new AuditEntry(
                reader.GetInt64(0),
                Dialect.ReadTime(reader, 1),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetString(4),
                StringOrNull(reader, 5),
                StringOrNull(reader, 6)),
            cancellationToken);

    public Task<IReadOnlyList<ControlMap>> ListControlMapsAsync(CancellationToken cancellationToken = default) =>
        QueryAsync(
            command => command.CommandText = "SELECT name, observed_on, geojson, occupying_side FROM control_maps ORDER BY observed_on, name",
            reader => new ControlMap(reader.GetString(0), Dialect.ReadDay(reader, 1), reader.GetString(2), reader.GetString(3)),
            cancellationToken);

    public Task<IReadOnlyList<OccupationEntry>> ListOccupationEntriesAsync(CancellationToken cancellationToken = default) =>
        QueryAsync(
            command => command.CommandText = "SELECT code, name, occupied_from, occupied_to, list_name FROM occupation_entries ORDER BY list_name, code, occupied_from",
            reader => new OccupationEntry(
                reader.GetString(0),
                reader.GetString(1),
                Dialect.ReadDay(reader, 2),
                reader.IsDBNull(3) ? null : Dialect.ReadDay(reader, 3),
                reader.GetString(4)),
            cancellationToken);

    public async Task<IReadOnlyList<PublisherAreas>> ListLearnedAreasAsync(CancellationToken cancellationToken = default)
    {
        var rows = await QueryAsync(
            command => command.CommandText =
                $"SELECT publisher, area_id, mentions, located FROM learned_areas ORDER BY {Dialect.Ordinal("publisher")}, mentions DESC, {Dialect.Ordinal("area_id")}",
            reader => new LearnedAreaRow(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetInt32(3)),
            cancellationToken);
        return LearnedAreaRow.ToPublishers(rows);
    }

    public async Task<bool> HasUngroupedClaimsAsync(CancellationToken cancellationToken = default) =>
        (await QueryAsync(
            command => command.CommandText = "SELECT COALESCE((SELECT MAX(id) FROM claims), 0) > COALESCE((SELECT MAX(claim_id) FROM event_claims), 0)",
            reader => reader.GetBoolean(0),
            cancellationToken))[0];

    public async Task<LedgerAccount?> GetAccountAsync(string name, CancellationToken cancellationToken = default) =>
        (await QueryAsync(
            command =>
            {
                command.CommandText = "SELECT name, role, password_hash, created_at FROM accounts WHERE name = @name";
                Dialect.Bind(command, "name", name);
            },
            ReadAccount,
            cancellationToken)).SingleOrDefault();

    public Task<IReadOnlyList<LedgerAccount>> ListAccountsAsync(CancellationToken cancellationToken = default) =>
        QueryAsync(command => command.CommandText = "SELECT name, role, password_hash, created_at FROM accounts ORDER BY name", ReadAccount, cancellationToken);

    public async Task<ApiKeyRecord?> GetApiKeyAsync(string prefix, CancellationToken cancellationToken = default) =>
        (await QueryAsync(
            command =>
            {
                command.CommandText = "SELECT prefix, name, role, key_hash, created_at FROM api_keys WHERE prefix = @prefix";
                Dialect.Bind(command, "prefix", prefix);
            },
            ReadApiKey,
            cancellationToken)).SingleOrDefault();

    public Task<IReadOnlyList<ApiKeyRecord>> ListApiKeysAsync(CancellationToken cancellationToken = default) =>
        QueryAsync(command => command.CommandText = "SELECT prefix, name, role, key_hash, created_at FROM api_keys ORDER BY prefix", ReadApiKey, cancellationToken);

    public Task<IReadOnlyList<DataProtectionKeyElement>> ListDataProtectionKeysAsync(CancellationToken cancellationToken = default) =>
        QueryAsync(
            command => command.CommandText = "SELECT name, xml, created_at FROM data_protection_keys ORDER BY id",
            reader => new DataProtectionKeyElement(reader.GetString(0), reader.GetString(1), Dialect.ReadTime(reader, 2)),
            cancellationToken);

    private Task<IReadOnlyList<StoredVerdict>> ReadVerdictsAsync(CancellationToken cancellationToken) =>
        QueryAsync(
            command => command.CommandText = "SELECT id, target, target_id, value, by_name, at, note, evidence FROM verdicts ORDER BY id",
            reader => new StoredVerdict(reader.GetInt64(0), new Verdict(
                LedgerJson.ParseEnum<VerdictTarget>(reader.GetString(1)),
                reader.GetInt64(2),
                LedgerJson.ParseEnum<VerdictValue>(reader.GetString(3)),
                reader.GetString(4),
                Dialect.ReadTime(reader, 5),
                StringOrNull(reader, 6),
                StringOrNull(reader, 7))),
            cancellationToken);

    private Task<IReadOnlyList<StoredSourceMerge>> ReadSourceMergesAsync(CancellationToken cancellationToken) =>
        QueryAsync(
            command => command.CommandText = "SELECT id, from_id, into_id, by_name, at, note FROM source_merges ORDER BY id",
            reader => new StoredSourceMerge(reader.GetInt64(0), new SourceMerge(
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                Dialect.ReadTime(reader, 4),
                StringOrNull(reader, 5))),
            cancellationToken);

    /// <summary>Every event, or the one with <paramref name="id"/>.</summary>
    private Task<IReadOnlyList<StoredEvent>> ReadEventsAsync(long? id, CancellationToken cancellationToken) =>
        QueryAsync(
            command =>
            {
                command.CommandText = $"""
                    SELECT e.id, e.kind, e.first_reported, e.last_reported, e.document,
                           {Dialect.ListOf("claim_id", "FROM event_claims WHERE event_id = e.id ORDER BY claim_id")}
                    FROM events e {(id is null ? "" : "WHERE e.id = @id")} ORDER BY e.id
                    """;
                if (id is { } wanted)
                {
                    Dialect.Bind(command, "id", wanted);
                }
            },
            ReadEvent,
            cancellationToken);

    /// <summary>An event row: id, kind, first and last reported, document, and its members as a list.</summary>
    private StoredEvent ReadEvent(DbDataReader reader) => new(
        reader.GetInt64(0),
        LedgerJson.ParseEnum<ClaimKind>(reader.GetString(1)),
        Dialect.ReadLongs(reader, 5),
        reader.IsDBNull(2) ? null : Dialect.ReadTime(reader, 2),
        reader.IsDBNull(3) ? null : Dialect.ReadTime(reader, 3),
        reader.GetString(4));

    private ApiKeyRecord ReadApiKey(DbDataReader reader) => new(
        reader.GetString(0), reader.GetString(1), LedgerJson.ParseEnum<AccessRole>(reader.GetString(2)), reader.GetString(3), Dialect.ReadTime(reader, 4));

    private LedgerAccount ReadAccount(DbDataReader reader) => new(
        reader.GetString(0), LedgerJson.ParseEnum<AccessRole>(reader.GetString(1)), reader.GetString(2), Dialect.ReadTime(reader, 3));
}
