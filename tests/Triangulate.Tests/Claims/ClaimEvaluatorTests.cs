using Triangulate.Claims;
using Triangulate.Claims.Evaluation;

namespace Triangulate.Tests.Claims;

/// <summary>How the claim evaluator compares what the extractor read with what an annotator wrote.</summary>
public sealed class ClaimEvaluatorTests
{
    private static readonly SourceRegistry Registry = SourceRegistry.LoadDefault();

    [Fact]
    public void UnnamedOrigin_WrittenWithATypographicApostrophe_MatchesTheAnnotatorsTypedOne()
    {
        const string line = """
            {"id": "t1", "publisher": "Test Outlet", "published": "2024-01-24T12:00:00+00:00", "language": "en", "forwarded_from": [], "text": "Sources in Ukraine’s General Staff said Ukrainian forces had shot down the plane near Belgorod.", "claims": [{"span": [0, 95], "kind": "casualties", "places": ["Belgorod"], "hedged": false, "origin": {"name": "sources in Ukraine's General Staff", "kind": "unknown", "side": "UA"}, "relays": []}]}
            """;

        AssertOneClaimWithItsOrigin(line);
    }

    [Fact]
    public void UnknownPerson_RomanisedOtherwiseThanTheAnnotatorWroteHim_IsTheSameOrigin()
    {
        const string line = """
            {"id": "t2", "publisher": "Test Outlet", "published": "2024-05-15T12:00:00+00:00", "language": "en", "forwarded_from": [], "text": "Oleksiy Kharkivsky, the chief of the town's patrol police, said Russian troops were taking positions in the streets of Vovchansk.", "claims": [{"span": [0, 127], "kind": "advance", "places": ["Vovchansk"], "hedged": false, "origin": {"name": "Oleksii Kharkivskyi", "kind": "official", "side": "UA"}, "relays": []}]}
            """;

        AssertOneClaimWithItsOrigin(line);
    }

    /// <summary>Scores a one-claim gold line: the claim is read, and its origin is the annotator's.</summary>
    private static void AssertOneClaimWithItsOrigin(string line)
    {
        var scores = new ClaimEvaluator(Registry).Evaluate(ClaimEvaluator.ReadGold(line), new RuleBasedClaimExtractor(Registry));

        Assert.Equal(1, scores.Matched);
        Assert.Equal(1.0, scores.OriginAccuracy);
    }
}
