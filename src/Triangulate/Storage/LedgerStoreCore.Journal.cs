using System.Data.Common;
using Triangulate.Model;

namespace Triangulate.Storage;

/// <summary>What analysts record, written: merges and splits of events, verdicts, merges of sources, each with its audit line; and a journal copied from another ledger.</summary>
public abstract partial class LedgerStoreCore
{
    public Task<long> SaveEventOverrideAsync(EventOverride change, AuditEntry audit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        return InsertWithAuditAsync(
            "INSERT INTO event_overrides (kind, claim_ids, by_name, at, note) VALUES (@kind, @claim_ids, @by, @at, @note) RETURNING id",
            command => BindOverride(command, change),
            audit,
            cancellationToken);
    }

    public Task<long> SaveVerdictAsync(Verdict verdict, AuditEntry audit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        return InsertWithAuditAsync(
            """
            INSERT INTO verdicts (target, target_id, value, by_name, at, note, evidence)
            VALUES (@target, @target_id, @value, @by, @at, @note, @evidence) RETURNING id
            """,
            command => BindVerdict(command, verdict),
            audit,
            cancellationToken);
    }

    public Task<long> SaveSourceMergeAsync(SourceMerge merge, AuditEntry audit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(merge);
        return InsertWithAuditAsync(
            "INSERT INTO source_merges (from_id, into_id, by_name, at, note) VALUES (@from, @into, @by, @at, @note) RETURNING id",
            command => BindSourceMerge(command, merge),
            audit,
            cancellationToken);
    }

    public Task<long> AppendAuditAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return InWriteTransactionAsync((connection, transaction) => AppendAuditAsync(connection, transaction, entry, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Writes a journal copied from another ledger under its ids, in one transaction. A row whose id is stored is
    /// skipped, and so is a merge whose source the target has merged already (source_merges has no conflict target:
    /// either uniqueness holds it back), so that a re-run adds nothing and a source is merged once.
    /// </summary>
    public Task<int> ImportJournalAsync(LedgerJournal journal, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(journal);
        return InWriteTransactionAsync(async (connection, transaction) =>
        {
            var added = 0;
            foreach (var change in journal.Overrides)
            {
                added += await InsertUnderIdAsync(connection, transaction, $"""
                    INSERT INTO event_overrides (id, kind, claim_ids, by_name, at, note) {Dialect.OwnIds}
                    VALUES (@id, @kind, @claim_ids, @by, @at, @note) ON CONFLICT (id) DO NOTHING
                    """, change.Id, command => BindOverride(command, change), cancellationToken);
            }
            foreach (var (id, verdict) in journal.Verdicts)
            {
                added += await InsertUnderIdAsync(connection, transaction, $"""
                    INSERT INTO verdicts (id, target, target_id, value, by_name, at, note, evidence) {Dialect.OwnIds}
                    VALUES (@id, @target, @target_id, @value, @by, @at, @note, @evidence) ON CONFLICT (id) DO NOTHING
                    """, id, command => BindVerdict(command, verdict), cancellationToken);
            }
            foreach (var (id, merge) in journal.SourceMerges)
            {
                added += await InsertUnderIdAsync(connection, transaction, $"""
                    INSERT INTO source_merges (id, from_id, into_id, by_name, at, note) {Dialect.OwnIds}
                    VALUES (@id, @from, @into, @by, @at, @note) ON CONFLICT DO NOTHING
                    """, id, command => BindSourceMerge(command, merge), cancellationToken);
            }
            foreach (var entry in journal.Audit)
            {
                added += await InsertUnderIdAsync(connection, transaction, $"""
                    INSERT INTO audit_log (id, at, by_name, action, target, before, after) {Dialect.OwnIds}
                    VALUES (@id, @at, @by, @action, @target, @before, @after) ON CONFLICT (id) DO NOTHING
                    """, entry.Id, command => BindAudit(command, entry), cancellationToken);
            }
            if (Dialect.IdsContinued(["event_overrides", "verdicts", "source_merges", "audit_log"]) is { } continued)
            {
                await using var command = Command(connection, transaction, continued);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            return added;
        }, cancellationToken);
    }

    /// <summary>Runs one insert of a row under its id (<c>@id</c>) in the caller's transaction; the rows it added.</summary>
    private async Task<int> InsertUnderIdAsync(DbConnection connection, DbTransaction transaction, string sql, long id, Action<DbCommand> bind, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql);
        Dialect.Bind(command, "id", id);
        bind(command);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="work"/> in a write transaction of its own and commits it: on SQLite one that takes the write
    /// lock at once (waiting while another writer holds it), on PostgreSQL one run again whole when the server picks it
    /// as a deadlock victim.
    /// </summary>
    private protected abstract Task<T> InWriteTransactionAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken);

    /// <summary>Inserts one row of an analyst's record and its audit line in one transaction: neither without the other.</summary>
    private Task<long> InsertWithAuditAsync(string sql, Action<DbCommand> bind, AuditEntry audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(audit);
        return InWriteTransactionAsync(async (connection, transaction) =>
        {
            long id;
            await using (var insert = Command(connection, transaction, sql))
            {
                bind(insert);
                id = (long)(await insert.ExecuteScalarAsync(cancellationToken))!;
            }
            await AppendAuditAsync(connection, transaction, audit, cancellationToken);
            return id;
        }, cancellationToken);
    }

    /// <summary>Appends one audit line inside the caller's transaction.</summary>
    private protected async Task<long> AppendAuditAsync(DbConnection connection, DbTransaction transaction, AuditEntry entry, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, """
            INSERT INTO audit_log (at, by_name, action, target, before, after) VALUES (@at, @by, @action, @target, @before, @after) RETURNING id
            """);
        BindAudit(command, entry);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Binds the columns of an override but its id.</summary>
    private void BindOverride(DbCommand command, EventOverride change)
    {
        Dialect.Bind(command, "kind", LedgerJson.EnumName(change.Kind));
        Dialect.Bind(command, "claim_ids", LedgerJson.Serialize(change.ClaimIds));
        Dialect.Bind(command, "by", change.By);
        Dialect.Bind(command, "at", Dialect.Time(change.At));
        Dialect.BindText(command, "note", change.Note);
    }

    /// <summary>Binds the columns of a verdict but its id.</summary>
    private void BindVerdict(DbCommand command, Verdict verdict)
    {
        Dialect.Bind(command, "target", LedgerJson.EnumName(verdict.Target));
        Dialect.Bind(command, "target_id", verdict.TargetId);
        Dialect.Bind(command, "value", LedgerJson.EnumName(verdict.Value));
        Dialect.Bind(command, "by", verdict.By);
        Dialect.Bind(command, "at", Dialect.Time(verdict.At));
        Dialect.BindText(command, "note", verdict.Note);
        Dialect.BindText(command, "evidence", verdict.Evidence);
    }

    /// <summary>Binds the columns of a merge of sources but its id.</summary>
    private void BindSourceMerge(DbCommand command, SourceMerge merge)
    {
        Dialect.Bind(command, "from", merge.From);
        Dialect.Bind(command, "into", merge.Into);
        Dialect.Bind(command, "by", merge.By);
        Dialect.Bind(command, "at", Dialect.Time(merge.At));
        Dialect.BindText(command, "note", merge.Note);
    }

    /// <summary>Binds an audit line's columns but its id.</summary>
    private void BindAudit(DbCommand command, AuditEntry entry)
    {
        Dialect.Bind(command, "at", Dialect.Time(entry.At));
        Dialect.Bind(command, "by", entry.By);
        Dialect.Bind(command, "action", entry.Action);
        Dialect.Bind(command, "target", entry.Target);
        Dialect.BindText(command, "before", entry.Before);
        Dialect.BindText(command, "after", entry.After);
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
