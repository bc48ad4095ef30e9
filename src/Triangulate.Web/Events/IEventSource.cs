using Triangulate.Corroboration;
using Triangulate.Model;
using Triangulate.Summaries.Dossiers;

namespace Triangulate.Web.Events;

/// <summary>What an analyst's change to the events came to: done, or why not.</summary>
public sealed record EventChange(bool Done, string? Problem)
{
    public static EventChange Ok { get; } = new(true, null);

    public static EventChange Refused(string problem) => new(false, problem);
}

/// <summary>
/// The events of the ledger as the corroboration stage computes them, and the analysts' changes to them. The page and
/// the API read events only through this seam, so that they show whatever the corroboration stage decides.
/// </summary>
public interface IEventSource
{
    /// <summary>Whether the source writes the audit line of each change itself; otherwise the app does.</summary>
    bool AuditsChanges { get; }

    /// <summary>The events with their independent origins grouped as counted, and the origins that do not count.</summary>
    Task<IReadOnlyList<CorroboratedEvent>> ListAsync(CancellationToken cancellationToken);

    /// <summary>The events with these ids that exist, in id order.</summary>
    Task<IReadOnlyList<CorroboratedEvent>> FindAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken);

    /// <summary>Everything a dossier on one event shows; null when there is no such event.</summary>
    Task<EventDossier?> DossierAsync(long eventId, DateTimeOffset generated, CancellationToken cancellationToken);

    /// <summary>Records a verdict; the event's grade is recomputed with it.</summary>
    Task<EventChange> AddVerdictAsync(Verdict verdict, CancellationToken cancellationToken);

    /// <summary>Puts the claims of several events into one.</summary>
    Task<EventChange> MergeAsync(IReadOnlyList<long> eventIds, string by, string? note, CancellationToken cancellationToken);

    /// <summary>Takes claims out of an event into an event of their own.</summary>
    Task<EventChange> SplitAsync(long eventId, IReadOnlyList<long> claimIds, string by, string? note, CancellationToken cancellationToken);
}
