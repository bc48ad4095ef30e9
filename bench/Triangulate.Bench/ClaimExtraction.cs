using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Triangulate.Claims;
using Triangulate.Model;
using Triangulate.Places;

namespace Triangulate.Bench;

/// <summary>
/// The claim extractor alone, one thread, over 200 reports of ~2 KB made from the samples (places found beforehand):
/// reports per second is 200 / the mean time in seconds. Usage: <c>-- --filter '*ClaimExtraction*'</c>.
/// </summary>
[MemoryDiagnoser]
public class ClaimExtraction
{
    private const int ReportCount = 200;

    private RuleBasedClaimExtractor extractor = null!;
    private List<Report> reports = null!;
    private ImmutableArray<PlaceMention>[] places = null!;

    [GlobalSetup]
    public void Setup()
    {
        extractor = new RuleBasedClaimExtractor(SourceRegistry.LoadDefault());
        reports = Corpus.FromSamples(ReportCount, targetChars: 2_000);
        var finder = new PlaceFinder(Gazetteer.LoadDefault());
        places = [.. reports.Select(finder.Find)];
    }

    [Benchmark]
    public int Extract200Reports()
    {
        var claims = 0;
        for (var i = 0; i < reports.Count; i++)
        {
            claims += extractor.Extract(reports[i], places[i]).Length;
        }
        return claims;
    }
}
