using Triangulate.Storage.Sqlite;

namespace Triangulate.Tests.Storage;

public sealed class Fts5QueryTests
{
    [Fact]
    public void FromUserInput_Words_BecomeQuotedPrefixPhrases()
    {
        Assert.Equal("\"Часів\"* \"Яр\"*", Fts5Query.FromUserInput("Часів  Яр"));
    }

    [Fact]
    public void FromUserInput_Operators_AreQuotedAsWords()
    {
        Assert.Equal("\"NOT\"* \"Торецьк\"*", Fts5Query.FromUserInput("NOT Торецьк"));
    }

    [Fact]
    public void FromUserInput_QuoteInsideWord_IsDoubled()
    {
        Assert.Equal("\"Мар\"\"їнка\"*", Fts5Query.FromUserInput("Мар\"їнка"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\" ( ) * ^")]
    public void FromUserInput_NoWord_ReturnsNull(string input)
    {
        Assert.Null(Fts5Query.FromUserInput(input));
    }
}
