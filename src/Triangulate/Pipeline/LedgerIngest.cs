using System.Collections.Immutable;
using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Triangulate.Ingest;
using Triangulate.Model;
using Triangulate.Storage;

namespace Triangulate.Pipeline;

/// <summary>Where a long ingest stands, for progress bars.</summary>
public readonly record struct IngestProgress(int Read, int Stored, int Rejected, string? CurrentInput);

/// <summary>What one ingest did: counts per outcome and every rejected file or item with its reason.</summary>
/// <remarks>Reports past the analysis budget count as read and as rejected.</remarks>
public sealed record IngestSummary(int Read, int Added, int Duplicates, int Revisions, ImmutableArray<Rejection> Rejections)
{
    public bool HasRejections => !Rejections.IsEmpty;

    /// <summary>Reports taken with a change, such as characters no ledger can store replaced.</summary>
    public ImmutableArray<InputNote> Notes { get; init; } = [];
}

/// <summary>
/// Reads, analyses and stores reports in batches. Each batch is analysed in parallel and saved in one transaction,
/// so a kill loses at most the batch in flight, and a re-run stores it without duplicating what went in before.
/// Reports the ledger already holds are looked up first and not analysed again.
/// Reading and analysis run ahead of storing by one batch, so that the store's single writer and the analysis
/// keep every core busy. A report that runs past its analysis budget is rejected, named, and the batch goes on.
/// The log gets each rejection as it happens and one summary per run (<see cref="LogMessages"/>), never a line per report.
/// </summary>
public sealed class LedgerIngest(ReportAnalyzer analyzer, ILedgerStore store, int batchSize = 256, AnalysisBudget? budget = null, ILogger? logger = null)
{
    private readonly AnalysisBudget analysisBudget = budget ?? AnalysisBudget.Default;
    private readonly ILogger log = logger ?? NullLogger.Instance;

    public async Task<IngestSummary> RunAsync(
        IEnumerable<ReadOutcome> outcomes,
        IProgress<IngestProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        var tally = new Tally(log);
        var analysed = Channel.CreateBounded<ImmutableArray<Analysis>>(
            new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reading = Task.Run(() => ReadAndAnalyseAsync(outcomes, analysed.Writer, tally, progress, stop.Token), stop.Token);
        try
        {
            await foreach (var analyses in analysed.Reader.ReadAllAsync(stop.Token).ConfigureAwait(false))
            {
                foreach (var saved in await store.SaveAsync(analyses, stop.Token).ConfigureAwait(false))
                {
                    tally.Count(saved.Status);
                }
            }
            // The reader's own failure, if any, surfaces here with its original type.
            await reading.ConfigureAwait(false);
        }
        catch (Exception error)
        {
            // Storing (or reading) failed: stop the reader, let it finish, and report the error.
            await stop.CancelAsync().ConfigureAwait(false);
            await reading.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            log.IngestFailed(tally.Read, tally.Stored, error);
            throw;
        }
        progress?.Report(tally.Progress(null));
        var summary = new IngestSummary(tally.Read, tally.Added, tally.Duplicates, tally.Revisions, tally.Rejections.ToImmutable())
        {
            Notes = tally.Notes.ToImmutable(),
        };
        log.IngestCompleted(summary.Read, summary.Added, summary.Revisions, summary.Duplicates, summary.Rejections.Length,
            summary.Notes.Length, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return summary;
    }

    private async Task ReadAndAnalyseAsync(
        IEnumerable<ReadOutcome> outcomes,
        ChannelWriter<ImmutableArray<Analysis>> analysed,
        Tally tally,
        IProgress<IngestProgress>? progress,
        CancellationToken cancellationToken)
    {
        try
        {
            var batch = new List<Report>(batchSize);
            foreach (var outcome in outcomes)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (outcome.Report is { } report)
                {
                    tally.Read++;
                    if (outcome.Note is { } note)
                    {
                        tally.Notes.Add(new InputNote(report.Location, note));
                    }
                    batch.Add(report);
                    if (batch.Count == batchSize)
                    {
                        await AnalyseNewAsync(batch, analysed, tally, cancellationToken).ConfigureAwait(false);
                        batch.Clear();
                    }
                }
                else if (outcome.Rejection is { } rejection)
                {
                    tally.Reject(rejection);
                }
                progress?.Report(tally.Progress(outcome.Report?.Location.Path ?? outcome.Rejection?.Location.Path));
            }
            if (batch.Count > 0)
            {
                await AnalyseNewAsync(batch, analysed, tally, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            analysed.Complete();
        }
    }

    /// <summary>The batch's analyses; the reports past their budget go to the rejections instead.</summary>
    private ImmutableArray<Analysis> Analyse(List<Report> batch, Tally tally, CancellationToken cancellationToken)
    {
        var outcomes = analyzer.AnalyzeWithin(batch, analysisBudget, cancellationToken);
        foreach (var rejection in outcomes.Select(outcome => outcome.Rejection).OfType<Rejection>())
        {
            tally.Reject(rejection);
        }
        return [.. outcomes.Select(outcome => outcome.Analysis).OfType<Analysis>()];
    }

    /// <summary>
    /// Analyses the reports of a batch that the ledger does not hold yet; those it holds count as duplicates at once,
    /// as saving them would, without the analysis that saving would throw away. A re-ingest of known input is a lookup.
    /// </summary>
    private async Task AnalyseNewAsync(List<Report> batch, ChannelWriter<ImmutableArray<Analysis>> analysed, Tally tally, CancellationToken cancellationToken)
    {
        var known = await store.ContainsReportsAsync(batch, cancellationToken).ConfigureAwait(false);
        var fresh = new List<Report>(batch.Count);
        for (var i = 0; i < batch.Count; i++)
        {
            if (known[i])
            {
                tally.Count(SaveStatus.Duplicate);
            }
            else
            {
                fresh.Add(batch[i]);
            }
        }
        if (fresh.Count > 0)
        {
            await analysed.WriteAsync(Analyse(fresh, tally, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The counts of one ingest. The reader alone counts reads and rejections and the writer alone counts what it
    /// stored; progress, reported by the reader, may show a stored count a batch behind.
    /// </summary>
    private sealed class Tally(ILogger log)
    {
        private int _added;
        private int _duplicates;
        private int _revisions;

        public int Read { get; set; }

        public ImmutableArray<Rejection>.Builder Rejections { get; } = ImmutableArray.CreateBuilder<Rejection>();

        public ImmutableArray<InputNote>.Builder Notes { get; } = ImmutableArray.CreateBuilder<InputNote>();

        public int Added => Volatile.Read(ref _added);

        public int Duplicates => Volatile.Read(ref _duplicates);

        public int Revisions => Volatile.Read(ref _revisions);

        public int Stored => Added + Duplicates + Revisions;

        /// <summary>Counts a rejection and logs it: the one place every rejection of an ingest passes.</summary>
        public void Reject(Rejection rejection)
        {
            Rejections.Add(rejection);
            log.InputRejected(rejection.Location.ToString(), rejection.Reason, rejection.Detail);
        }

        public void Count(SaveStatus status)
        {
            switch (status)
            {
                case SaveStatus.Added: Interlocked.Increment(ref _added); break;
                case SaveStatus.Duplicate: Interlocked.Increment(ref _duplicates); break;
                case SaveStatus.Revision: Interlocked.Increment(ref _revisions); break;
            }
        }

        public IngestProgress Progress(string? currentInput) =>
            new(Read, Stored, Rejections.Count, currentInput);
    }
}
