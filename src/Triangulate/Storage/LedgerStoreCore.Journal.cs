using System.Data.Common;
using Triangulate.Model;

namespace Triangulate.Storage;

/// <summary>What analysts record, written: merges and splits of events, verdicts, merges of sources, each with its audit line.</summary>
public abstract partial class LedgerStoreCore
{
    public Task<long> SaveEventOverrideAsync(EventOverride change, AuditEntry audit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        return InsertWithAuditAsync(
            "INSERT INTO event_overrides (kind, claim_ids, by_name, at, note) VALUES (@kind, @claim_ids, @by, @at, @note) RETURNING id",
            command =>
            {
                Dialect.Bind(command, "kind", LedgerJson.EnumName(change.Kind));
                Dialect.Bind(command, "claim_ids", LedgerJson.Serialize(change.ClaimIds));
                Dialect.Bind(command, "by", change.By);
                Dialect.Bind(command, "at", Dialect.Time(change.At));
                Dialect.BindText(command, "note", change.Note);
            },
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
            command =>
            {
                Dialect.Bind(command, "target", LedgerJson.EnumName(verdict.Target));
                Dialect.Bind(command, "target_id", verdict.TargetId);
                Dialect.Bind(command, "value", LedgerJson.EnumName(verdict.Value));
                Dialect.Bind(command, "by", verdict.By);
                Dialect.Bind(command, "at", Dialect.Time(verdict.At));
                Dialect.BindText(command, "note", verdict.Note);
                Dialect.BindText(command, "evidence", verdict.Evidence);
            },
            audit,
            cancellationToken);
    }

    public Task<long> SaveSourceMergeAsync(SourceMerge merge, AuditEntry audit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(merge);
        return InsertWithAuditAsync(
            "INSERT INTO source_merges (from_id, into_id, by_name, at, note) VALUES (@from, @into, @by, @at, @note) RETURNING id",
            command =>
            {
                Dialect.Bind(command, "from", merge.From);
                Dialect.Bind(command, "into", merge.Into);
                Dialect.Bind(command, "by", merge.By);
                Dialect.Bind(command, "at", Dialect.Time(merge.At));
                Dialect.BindText(command, "note", merge.Note);
            },
            audit,
            cancellationToken);
    }

    public Task<long> AppendAuditAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return InWriteTransactionAsync((connection, transaction) => AppendAuditAsync(connection, transaction, entry, cancellationToken), cancellationToken);
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
        Dialect.Bind(command, "at", Dialect.Time(entry.At));
        Dialect.Bind(command, "by", entry.By);
        Dialect.Bind(command, "action", entry.Action);
        Dialect.Bind(command, "target", entry.Target);
        Dialect.BindText(command, "before", entry.Before);
        Dialect.BindText(command, "after", entry.After);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
