using Triangulate.Text;

namespace Triangulate.Tests.Text;

public sealed class TextTokensTests
{
    [Fact]
    public void IsLetterOrDigit_EveryCharacter_AnswersAsTheRuntimeDoes()
    {
        var disagreeing = Enumerable.Range(char.MinValue, char.MaxValue + 1)
            .Select(code => (char)code)
            .Where(c => TextTokens.IsLetterOrDigit(c) != char.IsLetterOrDigit(c))
            .Select(c => ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));

        Assert.Empty(disagreeing);
    }

    [Fact]
    public void Words_CyrillicAndLatinWithInnerApostrophe_AreWholeWords()
    {
        var words = TextTokens.Words("Сили ППО збили 12 дронів у п'ятницю, Reuters' sources said.");

        Assert.Equal(["Сили", "ППО", "збили", "12", "дронів", "у", "п'ятницю", "Reuters", "sources", "said"], words.Select(word => word.Text));
    }
}
