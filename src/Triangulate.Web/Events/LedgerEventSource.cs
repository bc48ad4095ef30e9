using Triangulate.Model;

namespace Triangulate.Web.Events;

/// <summary>
/// The ledger's events. The corroboration stage that groups claims into events and grades them is not in this build
/// yet, so the ledger holds no events and changes to them are refused with that reason.
/// </summary>
internal sealed class LedgerEventSource : IEventSource
{
    private const string Pending = "This ledger has no events yet: the corroboration stage that groups claims into events is not part of this build.";

    public Task<IReadOnlyList<Event>> ListAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<Event>>([]);

    public Task<EventChange> AddVerdictAsync(Verdict verdict, CancellationToken cancellationToken) => Task.FromResult(EventChange.Refused(Pending));

    public Task<EventChange> MergeAsync(IReadOnlyList<long> eventIds, string by, string? note, CancellationToken cancellationToken) =>
        Task.FromResult(EventChange.Refused(Pending));

    public Task<EventChange> SplitAsync(long eventId, IReadOnlyList<long> claimIds, string by, string? note, CancellationToken cancellationToken) =>
        Task.FromResult(EventChange.Refused(Pending));
}
