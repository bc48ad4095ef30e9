using Triangulate.Ingest;
using Triangulate.Places;
using Triangulate.Storage;

namespace Triangulate.Pipeline;

/// <summary>
/// The usual areas an analysis of a ledger uses: each publisher's, learned from the reports stored so far, at one
/// defined point. An ingest analyses with the snapshot learned when the last ingest completed, and learns the next one
/// when it completes itself. A run cut short (killed, or failed) never updates the snapshot, so its re-run analyses every
/// report with the areas the whole run would have used: the ledger ends as one uninterrupted run leaves it.
/// </summary>
public static class LedgerAreas
{
    /// <summary>The snapshot the next ingest analyses with.</summary>
    public static async Task<LearnedAreas> ReadAsync(ILedgerStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return LearnedAreas.Of(await store.ListLearnedAreasAsync(cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Learns the areas from every report the ledger holds now and stores them as the snapshot; called when an ingest completes.</summary>
    public static async Task<LearnedAreas> UpdateAsync(ILedgerStore store, Gazetteer gazetteer, CancellationToken cancellationToken = default)
    {
        var learned = await LearnAsync(store, gazetteer, cancellationToken).ConfigureAwait(false);
        await store.ReplaceLearnedAreasAsync([.. learned.Publishers], cancellationToken).ConfigureAwait(false);
        return learned;
    }

    /// <summary>The areas the ledger's reports teach now, without storing them.</summary>
    public static async Task<LearnedAreas> LearnAsync(ILedgerStore store, Gazetteer gazetteer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var counts = await store.CountPlaceMentionsByPublisherAsync(cancellationToken).ConfigureAwait(false);
        // Reports that name no publisher are all filed under one placeholder, which is no one's habit.
        return LearnedAreas.Learn(counts.Where(c => !string.Equals(c.Publisher, ReportDraft.UnknownPublisher, StringComparison.Ordinal)), gazetteer);
    }
}
