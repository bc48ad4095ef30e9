using System.Collections.Immutable;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Triangulate.Model;

namespace Triangulate.Storage.Sqlite;

/// <summary>The corroboration part of the contract: events, overrides, verdicts, the audit log and evidence.</summary>
public sealed partial class SqliteLedgerStore
{
    private const string DateFormat = "yyyy-MM-dd";
    private static readonly TimeSpan CorroborationLockPoll = TimeSpan.FromMilliseconds(20);

    public async Task ReplaceEventsAsync(IReadOnlyList<StoredEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        await ExecuteAsync(connection, "DELETE FROM event_keys; DELETE FROM event_claims; DELETE FROM events; " + ClearAllListings, cancellationToken, transaction);
        await InsertEventsAsync(connection, transaction, events, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<StoredEvent>> ListEventsAsync(CancellationToken cancellationToken = default) =>
        await ReadEventsAsync(null, cancellationToken);

    public async Task<StoredEvent?> GetEventAsync(long id, CancellationToken cancellationToken = default) =>
        (await ReadEventsAsync(id, cancellationToken)).SingleOrDefault();

    public async Task<long> SaveEventOverrideAsync(EventOverride change, AuditEntry audit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        return await InsertWithAuditAsync(
            """
            INSERT INTO event_overrides (kind, claim_ids, by_name, at, note) VALUES ($kind, $claim_ids, $by, $at, $note) RETURNING id
            """,
            command => command
                .With("$kind", LedgerJson.EnumName(change.Kind))
                .With("$claim_ids", LedgerJson.Serialize(change.ClaimIds))
                .With("$by", change.By)
                .With("$at", SqliteValues.FormatTime(change.At))
                .With("$note", change.Note),
            audit,
            cancellationToken);
    }

    public async Task<IReadOnlyList<EventOverride>> ListEventOverridesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = Command(connection, "SELECT id, kind, claim_ids, by_name, at, note FROM event_overrides ORDER BY id");
        return await ReadAllAsync(command, reader => new EventOverride(
            reader.GetInt64(0),
            LedgerJson.ParseEnum<OverrideKind>(reader.GetString(1)),
            LedgerJson.Deserialize<ImmutableArray<long>>(reader.GetString(2)),
            reader.GetString(3),
            SqliteValues.ParseTime(reader.GetString(4)),
            SqliteValues.StringOrNull(reader, 5)), cancellationToken);
    }

    public async Task<long> SaveVerdictAsync(Verdict verdict, AuditEntry audit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        return await InsertWithAuditAsync(
            """
            INSERT INTO verdicts (target, target_id, value, by_name, at, note, evidence)
            VALUES ($target, $target_id, $value, $by, $at, $note, $evidence) RETURNING id
            """,
            command => command
                .With("$target", LedgerJson.EnumName(verdict.Target))
                .With("$target_id", verdict.TargetId)
                .With("$value", LedgerJson.EnumName(verdict.Value))
                .With("$by", verdict.By)
                .With("$at", SqliteValues.FormatTime(verdict.At))
                .With("$note", verdict.Note)
                .With("$evidence", verdict.Evidence),
            audit,
            cancellationToken);
    }

    public async Task<IReadOnlyList<Verdict>> ListVerdictsAsync(CancellationToken cancellationToken = default) =>
        [.. (await ReadVerdictsAsync(cancellationToken)).Select(row => row.Verdict)];

    public async Task<long> AppendAuditAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        var id = await AppendAuditAsync(connection, transaction, entry, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return id;
    }

    public async Task<LedgerJournal> ExportJournalAsync(CancellationToken cancellationToken = default) =>
        new(
            [.. await ListEventOverridesAsync(cancellationToken)],
            [.. await ReadVerdictsAsync(cancellationToken)],
            [.. await ReadSourceMergesAsync(cancellationToken)],
            [.. await ListAuditAsync(null, cancellationToken)]);

    public async Task<int> ImportJournalAsync(LedgerJournal journal, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(journal);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        var added = 0;
        foreach (var change in journal.Overrides)
        {
            await using var command = Command(connection, """
                INSERT INTO event_overrides (id, kind, claim_ids, by_name, at, note) VALUES ($id, $kind, $claim_ids, $by, $at, $note)
                ON CONFLICT (id) DO NOTHING
                """, transaction)
                .With("$id", change.Id)
                .With("$kind", LedgerJson.EnumName(change.Kind))
                .With("$claim_ids", LedgerJson.Serialize(change.ClaimIds))
                .With("$by", change.By)
                .With("$at", SqliteValues.FormatTime(change.At))
                .With("$note", change.Note);
            added += await command.ExecuteNonQueryAsync(cancellationToken);
        }
        foreach (var (id, verdict) in journal.Verdicts)
        {
            await using var command = Command(connection, """
                INSERT INTO verdicts (id, target, target_id, value, by_name, at, note, evidence)
                VALUES ($id, $target, $target_id, $value, $by, $at, $note, $evidence)
                ON CONFLICT (id) DO NOTHING
                """, transaction)
                .With("$id", id)
                .With("$target", LedgerJson.EnumName(verdict.Target))
                .With("$target_id", verdict.TargetId)
                .With("$value", LedgerJson.EnumName(verdict.Value))
                .With("$by", verdict.By)
                .With("$at", SqliteValues.FormatTime(verdict.At))
                .With("$note", verdict.Note)
                .With("$evidence", verdict.Evidence);
            added += await command.ExecuteNonQueryAsync(cancellationToken);
        }
        added += await ImportSourceMergesAsync(connection, transaction, journal.SourceMerges, cancellationToken);
        foreach (var entry in journal.Audit)
        {
            await using var command = Command(connection, """
                INSERT INTO audit_log (id, at, by_name, action, target, before, after) VALUES ($id, $at, $by, $action, $target, $before, $after)
                ON CONFLICT (id) DO NOTHING
                """, transaction)
                .With("$id", entry.Id)
                .With("$at", SqliteValues.FormatTime(entry.At))
                .With("$by", entry.By)
                .With("$action", entry.Action)
                .With("$target", entry.Target)
                .With("$before", entry.Before)
                .With("$after", entry.After);
            added += await command.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return added;
    }

    /// <summary>
    /// An exclusive lock on a file beside the ledger: .NET takes it with flock on Unix and a share lock on Windows, so it
    /// holds between processes and between stores of one process alike. Waits by polling, as neither offers a wait.
    /// </summary>
    public async Task<IAsyncDisposable> LockCorroborationAsync(CancellationToken cancellationToken = default)
    {
        var path = new SqliteConnectionStringBuilder(connectionString).DataSource + ".corroboration.lock";
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1);
            }
            catch (IOException)
            {
                await Task.Delay(CorroborationLockPoll, cancellationToken);
            }
        }
    }

    public async Task<IReadOnlyList<AuditEntry>> ListAuditAsync(string? target = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = Command(connection, """
            SELECT id, at, by_name, action, target, before, after FROM audit_log
            WHERE $target IS NULL OR target = $target ORDER BY id
            """).With("$target", target);
        return await ReadAllAsync(command, reader => new AuditEntry(
            reader.GetInt64(0),
            SqliteValues.ParseTime(reader.GetString(1)),
            reader.GetString(2),
            reader.GetString(3),
            reader.GetString(4),
            SqliteValues.StringOrNull(reader, 5),
            SqliteValues.StringOrNull(reader, 6)), cancellationToken);
    }

    public async Task SaveControlMapsAsync(IReadOnlyList<ControlMap> maps, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(maps);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        await using var command = Command(connection, """
            INSERT INTO control_maps (name, observed_on, occupying_side, geojson) VALUES ($name, $date, $side, $geojson)
            ON CONFLICT (name) DO UPDATE SET observed_on = excluded.observed_on, occupying_side = excluded.occupying_side, geojson = excluded.geojson
            """, transaction);
        foreach (var map in maps)
        {
            command.Parameters.Clear();
            command.With("$name", map.Name).With("$date", FormatDate(map.Date)).With("$side", map.OccupyingSide).With("$geojson", map.GeoJson);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ControlMap>> ListControlMapsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = Command(connection, "SELECT name, observed_on, geojson, occupying_side FROM control_maps ORDER BY observed_on, name");
        return await ReadAllAsync(command, reader => new ControlMap(
            reader.GetString(0), ParseDate(reader.GetString(1)), reader.GetString(2), reader.GetString(3)), cancellationToken);
    }

    public async Task SaveOccupationEntriesAsync(string listName, IReadOnlyList<OccupationEntry> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        await using (var clear = Command(connection, "DELETE FROM occupation_entries WHERE list_name = $list", transaction).With("$list", listName))
        {
            await clear.ExecuteNonQueryAsync(cancellationToken);
        }
        await using var command = Command(connection, """
            INSERT INTO occupation_entries (list_name, code, name, occupied_from, occupied_to) VALUES ($list, $code, $name, $from, $to)
            ON CONFLICT (list_name, code, occupied_from) DO UPDATE SET name = excluded.name, occupied_to = excluded.occupied_to
            """, transaction);
        foreach (var entry in entries)
        {
            command.Parameters.Clear();
            command
                .With("$list", listName)
                .With("$code", entry.Code)
                .With("$name", entry.Name)
                .With("$from", FormatDate(entry.OccupiedFrom))
                .With("$to", entry.OccupiedTo is { } to ? FormatDate(to) : null);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<OccupationEntry>> ListOccupationEntriesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = Command(connection, "SELECT code, name, occupied_from, occupied_to, list_name FROM occupation_entries ORDER BY list_name, code, occupied_from");
        return await ReadAllAsync(command, reader => new OccupationEntry(
            reader.GetString(0),
            reader.GetString(1),
            ParseDate(reader.GetString(2)),
            reader.IsDBNull(3) ? null : ParseDate(reader.GetString(3)),
            reader.GetString(4)), cancellationToken);
    }

    private async Task<IReadOnlyList<StoredVerdict>> ReadVerdictsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = Command(connection, "SELECT id, target, target_id, value, by_name, at, note, evidence FROM verdicts ORDER BY id");
        return await ReadAllAsync(command, reader => new StoredVerdict(reader.GetInt64(0), new Verdict(
            LedgerJson.ParseEnum<VerdictTarget>(reader.GetString(1)),
            reader.GetInt64(2),
            LedgerJson.ParseEnum<VerdictValue>(reader.GetString(3)),
            reader.GetString(4),
            SqliteValues.ParseTime(reader.GetString(5)),
            SqliteValues.StringOrNull(reader, 6),
            SqliteValues.StringOrNull(reader, 7))), cancellationToken);
    }

    private async Task<IReadOnlyList<StoredEvent>> ReadEventsAsync(long? id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = Command(connection, """
            SELECT e.id, e.kind, e.first_reported, e.last_reported, e.document,
                   (SELECT json_group_array(claim_id) FROM (SELECT claim_id FROM event_claims WHERE event_id = e.id ORDER BY claim_id))
            FROM events e WHERE $id IS NULL OR e.id = $id ORDER BY e.id
            """).With("$id", id);
        return await ReadAllAsync(command, ReadEvent, cancellationToken);
    }

    /// <summary>An event row: id, kind, first and last reported, document, and its members as a JSON array.</summary>
    private static StoredEvent ReadEvent(SqliteDataReader reader) => new(
        reader.GetInt64(0),
        LedgerJson.ParseEnum<ClaimKind>(reader.GetString(1)),
        LedgerJson.Deserialize<ImmutableArray<long>>(reader.GetString(5)),
        SqliteValues.ParseTimeOrNull(reader, 2),
        SqliteValues.ParseTimeOrNull(reader, 3),
        reader.GetString(4));

    /// <summary>Inserts one row of an analyst's record and its audit line in one transaction: neither without the other.</summary>
    private async Task<long> InsertWithAuditAsync(string sql, Action<SqliteCommand> bind, AuditEntry audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(audit);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var transaction = await BeginWriteAsync(connection, cancellationToken);
        long id;
        await using (var insert = Command(connection, sql, transaction))
        {
            bind(insert);
            id = (long)(await insert.ExecuteScalarAsync(cancellationToken))!;
        }
        await AppendAuditAsync(connection, transaction, audit, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return id;
    }

    private static async Task<long> AppendAuditAsync(SqliteConnection connection, SqliteTransaction transaction, AuditEntry entry, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, """
            INSERT INTO audit_log (at, by_name, action, target, before, after) VALUES ($at, $by, $action, $target, $before, $after) RETURNING id
            """, transaction)
            .With("$at", SqliteValues.FormatTime(entry.At))
            .With("$by", entry.By)
            .With("$action", entry.Action)
            .With("$target", entry.Target)
            .With("$before", entry.Before)
            .With("$after", entry.After);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static string FormatDate(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    private static DateOnly ParseDate(string text) => DateOnly.ParseExact(text, DateFormat, CultureInfo.InvariantCulture);
}
