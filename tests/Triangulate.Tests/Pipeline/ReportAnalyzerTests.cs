using System.Collections.Immutable;
using System.Text.RegularExpressions;
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
        var analyzer = new ReportAnalyzer(new SlowPlaces(TimeSpan.FromMilliseconds(500)), new RuleBasedClaimExtractor(SourceRegistry.LoadDefault()));

        var outcome = analyzer.AnalyzeWithin(Report(Bulletin, 1), AnalysisBudget.Default with { MaxTime = TimeSpan.FromMilliseconds(20) });

        Assert.Equal(RejectionReason.OverBudget, outcome.Rejection?.Reason);
        Assert.Contains("ran past its budget of 0.02 s", outcome.Rejection!.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void AnalyzeWithin_PatternTimesOut_RejectsThatReportInsteadOfThrowing()
    {
        var analyzer = new ReportAnalyzer(new NoPlaces(), new TimingOutExtractor());

        var outcome = analyzer.AnalyzeWithin(Report(Bulletin, 7), AnalysisBudget.Default);

        Assert.Equal((7, RejectionReason.OverBudget), (outcome.Rejection?.Location.Item, outcome.Rejection?.Reason));
        Assert.Contains("pattern ran past its time limit", outcome.Rejection!.Detail, StringComparison.Ordinal);
    }

    private sealed class NoPlaces : IPlaceFinder
    {
        public ImmutableArray<PlaceMention> Find(Report report) => [];
    }

    /// <summary>Stands for place finding that takes long over a hostile text.</summary>
    private sealed class SlowPlaces(TimeSpan delay) : IPlaceFinder
    {
        public ImmutableArray<PlaceMention> Find(Report report)
        {
            Thread.Sleep(delay);
            return [];
        }
    }

    /// <summary>Stands for a claim pattern that meets its match timeout on a hostile sentence.</summary>
    private sealed class TimingOutExtractor : IClaimExtractor
    {
        public ImmutableArray<Claim> Extract(Report report, ImmutableArray<PlaceMention> places, CancellationToken cancellationToken = default) =>
            throw new RegexMatchTimeoutException(report.Text, "(a+)+$", TimeSpan.FromSeconds(1));
    }
}
