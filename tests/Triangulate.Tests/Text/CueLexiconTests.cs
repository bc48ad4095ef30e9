using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Tests.Text;

public sealed class CueLexiconTests
{
    [Fact]
    public void FindAll_CuesStartingAtTheSameWord_ListsTheLongestFirst()
    {
        var lexicon = new CueLexicon<string>([("russian", "adjective"), ("russian forces", "actor")]);
        const string text = "overnight russian forces advanced near pokrovsk";

        var found = lexicon.FindAll(text, new Span(0, text.Length));

        Assert.Equal(["actor", "adjective"], found.Select(match => match.Value));
    }

    [Fact]
    public void FindAll_StemInsideALongerWord_IsNotMatched()
    {
        var lexicon = new CueLexicon<bool>([("атак", true)]);
        const string text = "контратака захлебнулась";

        Assert.Empty(lexicon.FindAll(text, new Span(0, text.Length)));
    }

    [Fact]
    public void FindAll_ClausesOfAReportSizedText_FindEachItsOwnCuesAndNoneInsideAWordTheRangeCuts()
    {
        var lexicon = new CueLexicon<bool>([("атак", true), ("удар", true)]);
        var text = string.Concat(Enumerable.Repeat("войска отразили контратаку у села. ", 8)) + "ночью ракетный удар по городу, атака дронов отбита.";
        var strike = text.IndexOf("удар", StringComparison.Ordinal);
        var raid = text.IndexOf("атака", StringComparison.Ordinal);
        var counterattack = text.IndexOf("атаку", StringComparison.Ordinal);

        Assert.Equal([new Span(strike, strike + 4), new Span(raid, raid + 4)], lexicon.FindAll(text, new Span(text.LastIndexOf("ночью", StringComparison.Ordinal), text.Length)).Select(match => match.Span));
        Assert.Equal(new Span(raid, raid + 4), lexicon.FindFirst(text, new Span(strike + 1, text.Length))?.Span);
        Assert.Empty(lexicon.FindAll(text, new Span(counterattack, counterattack + 10)));
    }

    [Fact]
    public void FindAll_WholeWordCue_SkipsWordsItOnlyBegins()
    {
        var lexicon = new CueLexicon<bool>([("push=", true)]);
        const string text = "pushing on, the push stalled";

        var found = lexicon.FindAll(text, new Span(0, text.Length));

        Assert.Equal([new Span(16, 20)], found.Select(match => match.Span));
    }

    [Fact]
    public void FindAll_OneLetterCue_MatchesOnlyInsideTheRange()
    {
        var lexicon = new CueLexicon<bool>([("в=", true)]);
        const string text = "бои в районе, в том числе";

        var found = lexicon.FindAll(text, new Span(0, 12));

        Assert.Equal([new Span(4, 5)], found.Select(match => match.Span));
    }
}
