using System.Collections.Immutable;
using Triangulate.Corroboration;
using Triangulate.Model;

namespace Triangulate.Storage;

/// <summary>An event as last computed by corroboration: its members, and the computed document (JSON) the listings show.</summary>
public sealed record StoredEvent(long Id, ClaimKind Kind, ImmutableArray<long> ClaimIds, DateTimeOffset? FirstReported, DateTimeOffset? LastReported, string Document);

/// <summary>
/// One line of the audit log: who did what to which target, when, and the state before and after (JSON).
/// The log is append-only: the store offers no way to change or remove a line.
/// </summary>
public sealed record AuditEntry(long Id, DateTimeOffset At, string By, string Action, string Target, string? Before, string? After);

/// <summary>A verdict with the id the ledger gave it, so that a copy keeps the order verdicts were given in.</summary>
public sealed record StoredVerdict(long Id, Verdict Verdict);

/// <summary>
/// What analysts recorded, as a copy between engines moves it: merges and splits of events, verdicts, merges of sources
/// and the audit log, each row under its own id.
/// </summary>
public sealed record LedgerJournal(
    ImmutableArray<EventOverride> Overrides, ImmutableArray<StoredVerdict> Verdicts, ImmutableArray<StoredSourceMerge> SourceMerges, ImmutableArray<AuditEntry> Audit)
{
    public int Count => Overrides.Length + Verdicts.Length + SourceMerges.Length + Audit.Length;
}
