using Triangulate.Claims;
using Triangulate.Corroboration.Evaluation;
using Triangulate.Pipeline;

namespace Triangulate.Tests.Corroboration;

public class EventGoldEvaluatorTests
{
    private static readonly string GoldPath = Path.Combine(AppContext.BaseDirectory, "TestData", "events", "gold.jsonl");

    /// <summary>
    /// Floors at what the whole pipeline reaches today. The target is pairwise F1 ≥ 0.9 and exact counts on
    /// ≥ 0.9 of events; what holds recall back is upstream of grouping: Russian forms the gazetteer does not know yet
    /// (Угледар), a name resolved to the wrong place (Нью-Йорк → New York City) and a sentence with no claim extracted.
    /// Raise these floors as those are fixed.
    /// </summary>
    [Fact]
    public void Evaluate_GoldSet_MeetsTheFloors()
    {
        var evaluator = new EventGoldEvaluator(AnalyzerFactory.CreateDefault(), SourceRegistry.LoadDefault());

        var result = evaluator.Evaluate(EventGoldEvaluator.ReadFile(GoldPath));

        Assert.Equal(1.0, result.Precision);
        Assert.True(result.F1 >= 0.65, $"pairwise F1 {result.F1:F3}");
        Assert.True(result.ExactOriginShare >= 0.85, $"exact independent-origin counts {result.ExactOriginShare:F3}");
    }

    [Fact]
    public void Evaluate_ReportsKeptApart_AreNotPaired()
    {
        var evaluator = new EventGoldEvaluator(AnalyzerFactory.CreateDefault(), SourceRegistry.LoadDefault());
        var apart = EventGoldEvaluator.ReadFile(GoldPath).Single(c => c.Name == "toretsk-vs-chasiv-yar");

        var result = evaluator.Evaluate([apart]);

        Assert.Equal((0, 0), (result.PredictedPairs, result.GoldPairs));
        Assert.All(result.Events, e => Assert.True(e.Exact));
    }
}
