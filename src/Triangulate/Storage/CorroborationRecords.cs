using System.Collections.Immutable;
using Triangulate.Model;

namespace Triangulate.Storage;

/// <summary>
/// An event as last computed by corroboration: its members, and the computed document (JSON) the listings show.
/// <see cref="Keys"/> file it under what a later regrouping of part of the ledger looks it up by (corroboration's <c>EventKeys</c>).
/// </summary>
public sealed record StoredEvent(long Id, ClaimKind Kind, ImmutableArray<long> ClaimIds, DateTimeOffset? FirstReported, DateTimeOffset? LastReported, string Document)
{
    public ImmutableArray<string> Keys { get; init; } = [];
}

/// <summary>
/// Which events to find: those under any of the keys, holding any of the claims, or with any of the ids, less those with
/// an id in <see cref="ExceptIds"/> (events the caller has read already, so that they are neither read nor sent again).
/// </summary>
public sealed record EventSelection
{
    public IReadOnlyCollection<string> Keys { get; init; } = [];
    public IReadOnlyCollection<long> ClaimIds { get; init; } = [];
    public IReadOnlyCollection<long> Ids { get; init; } = [];
    public IReadOnlyCollection<long> ExceptIds { get; init; } = [];

    public bool IsEmpty => Keys.Count == 0 && ClaimIds.Count == 0 && Ids.Count == 0;
}

/// <summary>A stored claim by id, with the report it belongs to.</summary>
public sealed record ClaimRef(long ClaimId, long ReportId);

/// <summary>A stored report with all of its claims, in claim id order.</summary>
public sealed record ReportClaims(StoredReport Report, ImmutableArray<StoredClaim> Claims);

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
