using Triangulate.Corroboration;
using Triangulate.Model;

namespace Triangulate.Web.Events;

/// <summary>The ledger's events as the corroboration stage stores them; changes go through it and regroup and regrade the ledger.</summary>
internal sealed class LedgerEventSource(CorroborationService corroboration) : IEventSource
{
    /// <summary>The corroboration service writes its own audit lines, in the same transaction as each change.</summary>
    public bool AuditsChanges => true;

    public async Task<IReadOnlyList<Event>> ListAsync(CancellationToken cancellationToken) =>
        [.. (await corroboration.ListEventsAsync(cancellationToken)).Select(e => e.ToModel())];

    public async Task<EventChange> AddVerdictAsync(Verdict verdict, CancellationToken cancellationToken) =>
        From(await corroboration.RecordVerdictAsync(verdict.Target, verdict.TargetId, verdict.Value, verdict.By, verdict.Note, cancellationToken));

    public async Task<EventChange> MergeAsync(IReadOnlyList<long> eventIds, string by, string? note, CancellationToken cancellationToken) =>
        From(await corroboration.MergeAsync(eventIds, by, note, cancellationToken));

    public async Task<EventChange> SplitAsync(long eventId, IReadOnlyList<long> claimIds, string by, string? note, CancellationToken cancellationToken) =>
        From(await corroboration.SplitAsync(eventId, claimIds, by, note, cancellationToken));

    private static EventChange From(Corroboration.EventChange change) =>
        change.Done ? EventChange.Ok : EventChange.Refused(change.Message);
}
