using System.Collections.Immutable;
using Triangulate.Claims;
using Triangulate.Model;
using Triangulate.Places;

namespace Triangulate.Pipeline;

/// <summary>
/// The pure part of the flow: Report → places → claims. <c>extract</c> is exactly this, with no database;
/// <c>ingest</c> runs it and stores the result. Reports are independent, so batches are analysed in parallel.
/// </summary>
public sealed class ReportAnalyzer(IPlaceFinder places, IClaimExtractor claims)
{
    public Analysis Analyze(Report report)
    {
        var mentions = places.Find(report);
        return new Analysis(report, mentions, claims.Extract(report, mentions));
    }

    public ImmutableArray<Analysis> AnalyzeAll(IReadOnlyList<Report> reports, CancellationToken cancellationToken = default)
    {
        var results = new Analysis[reports.Count];
        Parallel.For(0, reports.Count, new ParallelOptions { CancellationToken = cancellationToken }, i => results[i] = Analyze(reports[i]));
        return [.. results];
    }
}
