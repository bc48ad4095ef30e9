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
