using Triangulate.Corroboration;
using Triangulate.Model;
using Triangulate.Storage;
using Triangulate.Summaries.Dossiers;

namespace Triangulate.Web.Events;

/// <summary>The ledger's events as the corroboration stage stores them; changes go through it and regroup and regrade the ledger.</summary>
internal sealed class LedgerEventSource(CorroborationService corroboration, ILedgerStore store) : IEventSource
{
    /// <summary>The corroboration service writes its own audit lines, in the same transaction as each change.</summary>
    public bool AuditsChanges => true;

    public Task<IReadOnlyList<CorroboratedEvent>> ListAsync(CancellationToken cancellationToken) => corroboration.ListEventsAsync(cancellationToken);

    public async Task<IReadOnlyList<CorroboratedEvent>> FindAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken) =>
        ids.Count == 0
            ? []
            : [.. (await store.FindEventsAsync(new EventSelection { Ids = ids }, cancellationToken)).Select(e => LedgerJson.Deserialize<CorroboratedEvent>(e.Document))];

    public Task<EventDossier?> DossierAsync(long eventId, DateTimeOffset generated, CancellationToken cancellationToken) =>
        DossierReader.ReadAsync(store, corroboration, eventId, generated, cancellationToken);

    public async Task<EventChange> AddVerdictAsync(Verdict verdict, CancellationToken cancellationToken) =>
        From(await corroboration.RecordVerdictAsync(verdict.Target, verdict.TargetId, verdict.Value, verdict.By, verdict.Note, cancellationToken));

    public async Task<EventChange> MergeAsync(IReadOnlyList<long> eventIds, string by, string? note, CancellationToken cancellationToken) =>
        From(await corroboration.MergeAsync(eventIds, by, note, cancellationToken));

    public async Task<EventChange> SplitAsync(long eventId, IReadOnlyList<long> claimIds, string by, string? note, CancellationToken cancellationToken) =>
        From(await corroboration.SplitAsync(eventId, claimIds, by, note, cancellationToken));

    private static EventChange From(Corroboration.EventChange change) =>
        change.Done ? EventChange.Ok : EventChange.Refused(change.Message);
}
