using Triangulate.Claims;
using Triangulate.Claims.Evaluation;
using Xunit.Abstractions;

namespace Triangulate.Tests.Claims;

/// <summary>The rule-based extractor against the hand-annotated gold set (TestData/claims/gold.jsonl).</summary>
public sealed class ClaimGoldSetTests(ITestOutputHelper output)
{
    private static readonly Lazy<(GoldSet Gold, ClaimScores Scores)> Run = new(() =>
    {
        var registry = SourceRegistry.LoadDefault();
        var gold = ClaimEvaluator.ReadGold(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "claims", "gold.jsonl")));
        return (gold, new ClaimEvaluator(registry).Evaluate(gold, new RuleBasedClaimExtractor(registry)));
    });

    [Fact]
    public void GoldSet_ReadsEveryLine()
    {
        Assert.Empty(Run.Value.Gold.Errors);
        Assert.True(Run.Value.Gold.Reports.Length >= 40);
    }

    [Fact]
    public void Extract_GoldSet_MeetsDetectionFloors()
    {
        var scores = Run.Value.Scores;
        output.WriteLine(scores.ToString());

        Assert.True(scores.Precision >= 0.9, scores.ToString());
        Assert.True(scores.Recall >= 0.9, scores.ToString());
    }

    [Fact]
    public void Extract_GoldSet_MeetsFramingFloors()
    {
        var scores = Run.Value.Scores;
        output.WriteLine(scores.ToString());

        Assert.True(scores.KindAccuracy >= 0.9, scores.ToString());
        Assert.True(scores.HedgeAccuracy >= 0.9, scores.ToString());
    }

    [Fact]
    public void Extract_GoldSet_MeetsAttributionFloors()
    {
        var scores = Run.Value.Scores;
        output.WriteLine(scores.ToString());

        Assert.True(scores.OriginAccuracy >= 0.8, scores.ToString());
        Assert.True(scores.ChainExactMatch >= 0.8, scores.ToString());
    }
}
