using Triangulate.Claims;
using Triangulate.Corroboration.Evaluation;
using Triangulate.Pipeline;

namespace Triangulate.Tests.Corroboration;

public class EventGoldEvaluatorTests
{
    private static readonly string GoldPath = Path.Combine(AppContext.BaseDirectory, "TestData", "events", "gold.jsonl");

    /// <summary>
    /// Floors at what the whole pipeline reaches on 27 cases / 35 events (F1 0.844, exact counts 31/35 = 0.886), below
    /// the targets of 0.9. Every pair still apart and every inexact count is upstream of grouping: Russian or
    /// Ukrainian names the place resolver misses or misplaces (Угледар, Прогресс, Нью-Йорк → New York City), statements
    /// the extractor reads no claim from (a command "allowed units to be pulled out of Vuhledar", "Село Прогрес
    /// окуповане") and a Ukrainian speaker it does not know ("Мер Харкова Ігор Терехов повідомив"). Raise the floors as
    /// those are fixed.
    /// </summary>
    [Fact]
    public void Evaluate_GoldSet_MeetsTheFloors()
    {
        var evaluator = new EventGoldEvaluator(AnalyzerFactory.CreateDefault(), SourceRegistry.LoadDefault());

        var result = evaluator.Evaluate(EventGoldEvaluator.ReadFile(GoldPath));

        Assert.Equal(1.0, result.Precision);
        Assert.True(result.F1 >= 0.84, $"pairwise F1 {result.F1:F3}");
        Assert.True(result.ExactOriginShare >= 0.88, $"exact independent-origin counts {result.ExactOriginShare:F3}");
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

    [Fact]
    public void Evaluate_ReportsOfTwoTownsGoldKeepsTogether_ListsThePairApartWithItsClaims()
    {
        var evaluator = new EventGoldEvaluator(AnalyzerFactory.CreateDefault(), SourceRegistry.LoadDefault());
        var apart = EventGoldEvaluator.ReadFile(GoldPath).Single(c => c.Name == "toretsk-vs-chasiv-yar");
        var wronglyTogether = apart with { Events = [new GoldEvent([.. apart.Events.SelectMany(e => e.Reports)], 1)] };

        var miss = Assert.Single(evaluator.Evaluate([wronglyTogether]).Misses);

        Assert.Equal((PairMissKind.Apart, "t6", "t7"), (miss.Kind, miss.ReportA, miss.ReportB));
        Assert.Contains("at Toretsk", Assert.Single(miss.ClaimsA), StringComparison.Ordinal);
        Assert.Contains("at Chasiv Yar", Assert.Single(miss.ClaimsB), StringComparison.Ordinal);
    }
}
