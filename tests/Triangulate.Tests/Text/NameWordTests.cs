using Triangulate.Text;

namespace Triangulate.Tests.Text;

public sealed class NameWordTests
{
    [Theory]
    [InlineData("Кимаковский", "Кимаковского")]
    [InlineData("Россия", "России")]
    [InlineData("Russia", "Russia's")]
    public void Matches_FormOfTheName_IsTrue(string name, string written) =>
        Assert.True(new NameWord(name).Matches(written, TextTokens.Fold(written)));

    [Theory]
    [InlineData("Кимаковский", "Кимаковского")]
    [InlineData("Россия", "Россией")]
    public void Matches_CyrillicForm_StartsWithTheStemAndEndsWithinMaxEnding(string name, string written)
    {
        var word = new NameWord(name);
        var folded = TextTokens.Fold(written);

        Assert.True(word.Matches(written, folded));
        Assert.StartsWith(word.Stem!, folded, StringComparison.Ordinal);
        Assert.InRange(folded.Length - word.Stem!.Length, 0, NameWord.MaxEnding);
    }

    [Fact]
    public void Matches_CyrillicWordRunningFurtherPastTheStem_IsFalse() =>
        Assert.False(new NameWord("Россия").Matches("россиянами", TextTokens.Fold("россиянами")));

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
