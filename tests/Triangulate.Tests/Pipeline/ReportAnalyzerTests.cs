using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;
using Triangulate.Claims;
using Triangulate.Ingest;
using Triangulate.Model;
using Triangulate.Pipeline;
using Triangulate.Places;

namespace Triangulate.Tests.Pipeline;

/// <summary>A report past its analysis budget is rejected and named; the others of its batch are analysed (issue 17).</summary>
public sealed class ReportAnalyzerTests
{
    private static readonly Lazy<ReportAnalyzer> Analyzer = new(AnalyzerFactory.CreateDefault);

    private static Report Report(string text, int item) =>
        new(null, "Генштаб ЗСУ", null, null, "uk", null, text, new InputLocation("batch.jsonl", item));

    private const string Bulletin = "Минулої доби противник 12 разів атакував позиції наших захисників поблизу Покровська.";

    [Fact]
    public void AnalyzeWithin_SentenceLongerThanBudget_RejectsThatReportOnly()
    {
        var placeNames = string.Join(", ", Enumerable.Repeat("Торецьк, Часів Яр, Покровськ", 400));
        var budget = AnalysisBudget.Default with { MaxSentenceChars = 5_000 };

        var outcomes = Analyzer.Value.AnalyzeWithin([Report(Bulletin, 1), Report(placeNames + ".", 2), Report(Bulletin, 3)], budget);

        Assert.Equal([1, 3], outcomes.Where(o => o.Analysis is not null).Select(o => o.Analysis!.Report.Location.Item!.Value));
        var rejection = Assert.Single(outcomes, o => o.Rejection is not null).Rejection!;
        Assert.Equal((2, RejectionReason.OverBudget), (rejection.Location.Item, rejection.Reason));
        Assert.Contains("exceeds the analysis budget of 5,000", rejection.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void AnalyzeWithin_PlacesOutlastTheTimeBudget_RejectsAsOverTimeBudget()
    {
        var clock = new FakeTimeProvider();
        var analyzer = new ReportAnalyzer(new SlowPlaces(clock, TimeSpan.FromMilliseconds(500)), new RuleBasedClaimExtractor(SourceRegistry.LoadDefault()), clock);

        var outcome = analyzer.AnalyzeWithin(Report(Bulletin, 1), AnalysisBudget.Default with { MaxTime = TimeSpan.FromMilliseconds(20) });

        Assert.Equal(RejectionReason.OverBudget, outcome.Rejection?.Reason);
        Assert.Contains("ran past its budget of 0.02 s", outcome.Rejection!.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void AnalyzeWithin_PatternKeepsTimingOut_RejectsThatReportInsteadOfThrowing()
    {
        var analyzer = new ReportAnalyzer(new NoPlaces(), new TimingOutExtractor(timeouts: int.MaxValue));

        var outcome = analyzer.AnalyzeWithin(Report(Bulletin, 7), AnalysisBudget.Default with { MaxTime = TimeSpan.FromMilliseconds(200) });

        Assert.Equal((7, RejectionReason.OverBudget), (outcome.Rejection?.Location.Item, outcome.Rejection?.Reason));
        Assert.Contains("pattern kept running past its time limit", outcome.Rejection!.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void AnalyzeWithin_PatternTimesOutOnceOnABusyMachine_AnalysesTheReportAgain()
    {
        var analyzer = new ReportAnalyzer(new NoPlaces(), new TimingOutExtractor(timeouts: 1));

        var outcome = analyzer.AnalyzeWithin(Report(Bulletin, 7), AnalysisBudget.Default);

        Assert.Null(outcome.Rejection);
        Assert.Equal(7, outcome.Analysis?.Report.Location.Item);
    }

    [Fact]
    public void AnalyzeAll_PatternTimesOutOnceOnABusyMachine_AnalysesTheReportAgain()
    {
        var analyzer = new ReportAnalyzer(new NoPlaces(), new TimingOutExtractor(timeouts: 1));

        var analyses = analyzer.AnalyzeAll([Report(Bulletin, 4)]);

        Assert.Equal(4, Assert.Single(analyses).Report.Location.Item);
    }

    [Fact]
    public void AnalyzeAll_PatternKeepsTimingOut_ThrowsNamingTheReport()
    {
        var analyzer = new ReportAnalyzer(new NoPlaces(), new TimingOutExtractor(timeouts: int.MaxValue));

        var error = Assert.Throws<AggregateException>(() => analyzer.AnalyzeAll([Report(Bulletin, 9)]));

        var inner = Assert.IsType<InvalidOperationException>(Assert.Single(error.InnerExceptions));
        Assert.StartsWith("batch.jsonl:9: a text pattern ran past its time limit", inner.Message, StringComparison.Ordinal);
    }

    private sealed class NoPlaces : IPlaceFinder
    {
        public ImmutableArray<PlaceMention> Find(Report report) => [];
    }

    /// <summary>
    /// Stands for place finding that takes long over a hostile text: it moves the analyzer's clock on by
    /// <paramref name="takes"/>, so that the budget runs out inside it however fast or loaded the machine is.
    /// </summary>
    private sealed class SlowPlaces(FakeTimeProvider clock, TimeSpan takes) : IPlaceFinder
    {
        public ImmutableArray<PlaceMention> Find(Report report)
        {
            clock.Advance(takes);
            return [];
        }
    }

    /// <summary>Stands for a claim pattern that meets its match timeout: on a hostile sentence always, on a busy machine now and then.</summary>
    private sealed class TimingOutExtractor(int timeouts) : IClaimExtractor
    {
        private int left = timeouts;

        public ImmutableArray<Claim> Extract(Report report, ImmutableArray<PlaceMention> places, CancellationToken cancellationToken = default) =>
            Interlocked.Decrement(ref left) >= 0 ? throw new RegexMatchTimeoutException(report.Text, "(a+)+$", TimeSpan.FromSeconds(1)) : [];
    }
}
