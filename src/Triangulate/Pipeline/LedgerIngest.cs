using System.Collections.Immutable;
using Triangulate.Ingest;
using Triangulate.Model;
using Triangulate.Storage;

namespace Triangulate.Pipeline;

/// <summary>Where a long ingest stands, for progress bars.</summary>
public readonly record struct IngestProgress(int Read, int Stored, int Rejected, string? CurrentInput);

/// <summary>What one ingest did: counts per outcome and every rejected file or item with its reason.</summary>
public sealed record IngestSummary(int Read, int Added, int Duplicates, int Revisions, ImmutableArray<Rejection> Rejections)
{
    public bool HasRejections => !Rejections.IsEmpty;
}

/// <summary>
/// Reads, analyses and stores reports in batches. Each batch is analysed in parallel and saved in one transaction,
/// so a kill loses at most the batch in flight, and a re-run stores it without duplicating what went in before.
/// </summary>
public sealed class LedgerIngest(ReportAnalyzer analyzer, ILedgerStore store, int batchSize = 256)
{
    public async Task<IngestSummary> RunAsync(
        IEnumerable<ReadOutcome> outcomes,
        IProgress<IngestProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var rejections = ImmutableArray.CreateBuilder<Rejection>();
        var batch = new List<Report>(batchSize);
        int read = 0, added = 0, duplicates = 0, revisions = 0;

        async Task FlushAsync()
        {
            if (batch.Count == 0)
            {
                return;
            }
            var analyses = analyzer.AnalyzeAll(batch, cancellationToken);
            foreach (var saved in await store.SaveAsync(analyses, cancellationToken).ConfigureAwait(false))
            {
                switch (saved.Status)
                {
                    case SaveStatus.Added: added++; break;
                    case SaveStatus.Duplicate: duplicates++; break;
                    case SaveStatus.Revision: revisions++; break;
                }
            }
            batch.Clear();
        }

        foreach (var outcome in outcomes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (outcome.Report is { } report)
            {
                read++;
                batch.Add(report);
                if (batch.Count == batchSize)
                {
                    await FlushAsync().ConfigureAwait(false);
                }
            }
            else if (outcome.Rejection is { } rejection)
            {
                rejections.Add(rejection);
            }
            progress?.Report(new IngestProgress(read, added + duplicates + revisions, rejections.Count,
                outcome.Report?.Location.Path ?? outcome.Rejection?.Location.Path));
        }
        await FlushAsync().ConfigureAwait(false);
        progress?.Report(new IngestProgress(read, added + duplicates + revisions, rejections.Count, null));
        return new IngestSummary(read, added, duplicates, revisions, rejections.ToImmutable());
    }
}
