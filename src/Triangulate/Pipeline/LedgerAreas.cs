using Triangulate.Ingest;
using Triangulate.Places;
using Triangulate.Storage;

namespace Triangulate.Pipeline;

/// <summary>The usual areas an analysis of a ledger uses: each publisher's, learned from the reports stored so far.</summary>
public static class LedgerAreas
{
    public static async Task<LearnedAreas> LearnAsync(ILedgerStore store, Gazetteer gazetteer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var counts = await store.CountPlaceMentionsByPublisherAsync(LearnedAreas.MinimumConfidence, cancellationToken).ConfigureAwait(false);
        // Reports that name no publisher are all filed under one placeholder, which is no one's habit.
        return LearnedAreas.Learn(counts.Where(c => !string.Equals(c.Publisher, ReportDraft.UnknownPublisher, StringComparison.Ordinal)), gazetteer);
    }
}
