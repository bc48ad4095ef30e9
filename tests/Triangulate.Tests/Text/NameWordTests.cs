using Triangulate.Text;

namespace Triangulate.Tests.Text;

public sealed class NameWordTests
{
    [Theory]
    [InlineData("Кимаковский", "Кимаковского")]
    [InlineData("Россия", "России")]
    [InlineData("Russia", "Russia's")]
    public void Matches_FormOfTheName_IsTrueAndSharesTheKey(string name, string written)
    {
        var word = new NameWord(name);
        var folded = TextTokens.Fold(written);

        Assert.True(word.Matches(written, folded));
        Assert.Equal(word.Key, NameWord.KeyOf(folded).ToString());
    }

    [Fact]
    public void Matches_TwoLetterCapitals_NeedTheExactWord()
    {
        Assert.False(new NameWord("AP").Matches("ap", TextTokens.Fold("ap")));
    }

    [Fact]
    public void Matches_LatinWordWithAnotherEnding_IsFalse()
    {
        Assert.False(new NameWord("Reuters").Matches("Reuter", TextTokens.Fold("Reuter")));
    }
}
