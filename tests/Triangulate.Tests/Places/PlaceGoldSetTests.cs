using Triangulate.Places.Evaluation;

namespace Triangulate.Tests.Places;

/// <summary>
/// The independent gold set (TestData/places/gold.jsonl, 351 mentions). The targets are recall and precision
/// ≥ 0.95 and resolution within 5 km ≥ 0.97.
/// </summary>
[Collection(GazetteerCollection.Name)]
public sealed class PlaceGoldSetTests(GazetteerFixture fixture)
{
    private readonly PlaceScores scores = PlaceEvaluator.Evaluate(
        PlaceEvaluator.ReadGold(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "places", "gold.jsonl"))),
        fixture.Finder);

    [Fact]
    public void GoldSet_HasAtLeast300Mentions()
    {
        Assert.True(scores.GoldMentions >= 300, $"{scores.GoldMentions} mentions");
    }

    [Fact]
    public void Evaluate_MentionPrecision_MeetsTarget()
    {
        Assert.True(scores.Precision >= 0.95, scores.ToString());
    }

    [Fact]
    public void Evaluate_MentionRecall_MeetsTarget()
    {
        Assert.True(scores.Recall >= 0.95, scores.ToString());
    }

    [Fact]
    public void Evaluate_ResolutionWithin5Km_MeetsTarget()
    {
        Assert.True(scores.Within5Km >= 0.97, scores.ToString());
    }
}
