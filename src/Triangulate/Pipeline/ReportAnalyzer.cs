using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Triangulate.Claims;
using Triangulate.Ingest;
using Triangulate.Model;
using Triangulate.Places;
using Triangulate.Text;

namespace Triangulate.Pipeline;

/// <summary>One report's analysis, or why it has none: it ran past its <see cref="AnalysisBudget"/>.</summary>
public readonly record struct AnalysisOutcome(Analysis? Analysis, Rejection? Rejection);

/// <summary>
/// The pure part of the flow: Report → places → claims. <c>extract</c> is exactly this, with no database;
/// <c>ingest</c> runs it and stores the result. Reports are independent, so batches are analysed in parallel.
/// The analysis budget's time runs on <paramref name="time"/> (the system clock unless a test gives its own).
/// </summary>
public sealed class ReportAnalyzer(IPlaceFinder places, IClaimExtractor claims, TimeProvider? time = null)
{
    private readonly TimeProvider time = time ?? TimeProvider.System;

    public Analysis Analyze(Report report) => Analyze(report, CancellationToken.None);

    /// <summary>How often a trusted report is analysed when a pattern meets its wall-clock limit before that is an error.</summary>
    public const int TriesOnPatternTimeout = 3;

    /// <summary>
    /// Analyses every report, in parallel, with no budget: for trusted inputs such as gold sets. A pattern that meets its
    /// wall-clock limit (which a loaded machine spends on other work too) has the report analysed again, up to
    /// <see cref="TriesOnPatternTimeout"/> tries; past that the error names the report.
    /// </summary>
    public ImmutableArray<Analysis> AnalyzeAll(IReadOnlyList<Report> reports, CancellationToken cancellationToken = default) =>
        [.. InParallel(reports, AnalyzeTrusted, cancellationToken)];

    /// <summary>
    /// Analyses each report within the budget, in parallel; a report past it comes back as a rejection naming it, and
    /// the others are unaffected.
    /// </summary>
    public ImmutableArray<AnalysisOutcome> AnalyzeWithin(IReadOnlyList<Report> reports, AnalysisBudget budget, CancellationToken cancellationToken = default) =>
        [.. InParallel(reports, (report, token) => AnalyzeWithin(report, budget, token), cancellationToken)];

    /// <summary>One report within the budget.</summary>
    public AnalysisOutcome AnalyzeWithin(Report report, AnalysisBudget budget, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(budget);
        var longest = SentenceSplitter.Split(report.Text).Select(sentence => sentence.Span.Length).DefaultIfEmpty(0).Max();
        if (longest > budget.MaxSentenceChars)
        {
            return OverBudget(report, $"a sentence of {longest:N0} characters exceeds the analysis budget of {budget.MaxSentenceChars:N0}");
        }
        using var timeBudget = new CancellationTokenSource(budget.MaxTime, time);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeBudget.Token);
        RegexMatchTimeoutException? lastTimeout = null;
        while (true)
        {
            try
            {
                return new AnalysisOutcome(Analyze(report, deadline.Token), null);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // The budget can run out inside a pattern or between two tries: either way a pattern that timed out says why.
                return OverBudget(report, lastTimeout is null
                    ? $"the analysis ran past its budget of {budget.MaxTime.TotalSeconds:0.###} s"
                    : $"a text pattern kept running past its time limit of {lastTimeout.MatchTimeout.TotalSeconds:0.###} s " +
                      $"until the analysis budget of {budget.MaxTime.TotalSeconds:0.###} s ran out");
            }
            catch (RegexMatchTimeoutException error)
            {
                // A pattern's own limit is wall-clock time, which a loaded machine (eight ingests on two cores) spends
                // on other work too: the report is analysed again while its budget lasts (a try after it has run out
                // stops before the patterns).
                lastTimeout = error;
            }
        }
    }

    private Analysis AnalyzeTrusted(Report report, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return Analyze(report, cancellationToken);
            }
            catch (RegexMatchTimeoutException) when (attempt < TriesOnPatternTimeout)
            {
                // Tried again: see AnalyzeWithin.
            }
            catch (RegexMatchTimeoutException error)
            {
                throw new InvalidOperationException(
                    $"{report.Location}: a text pattern ran past its time limit of {error.MatchTimeout.TotalSeconds:0.###} s in each of {TriesOnPatternTimeout} tries", error);
            }
        }
    }

    private Analysis Analyze(Report report, CancellationToken cancellationToken)
    {
        var mentions = places.Find(report);
        cancellationToken.ThrowIfCancellationRequested();
        return new Analysis(report, mentions, claims.Extract(report, mentions, cancellationToken));
    }

    private static T[] InParallel<T>(IReadOnlyList<Report> reports, Func<Report, CancellationToken, T> analyse, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var results = new T[reports.Count];
        Parallel.For(0, reports.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => results[i] = analyse(reports[i], cancellationToken));
        return results;
    }

    private static AnalysisOutcome OverBudget(Report report, string detail) =>
        new(null, new Rejection(report.Location, RejectionReason.OverBudget, detail));
}
