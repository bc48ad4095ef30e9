using Triangulate.Export;

namespace Triangulate.Tests.Export;

public sealed class CodePointOffsetsTests
{
    /// <summary>A substring counted the way Python's str does: by code points.</summary>
    internal static string SliceByCodePoints(string text, int start, int end) =>
        string.Concat(text.EnumerateRunes().Skip(start).Take(end - start).Select(rune => rune.ToString()));

    [Fact]
    public void At_TextWithoutAstralCharacters_IsTheUtf16Offset()
    {
        var offsets = CodePointOffsets.For("Окупанти обстріляли Херсон.");

        Assert.Same(CodePointOffsets.Identity, offsets);
        Assert.Equal(20, offsets.At(20));
    }

    [Fact]
    public void At_AfterEmoji_CountsEachEmojiOnce()
    {
        const string text = "🔥🔥 Херсон ⚡ 🇺🇦 Чорнобаївка";
        var offsets = CodePointOffsets.For(text);
        var utf16Start = text.IndexOf("Чорнобаївка", StringComparison.Ordinal);

        var start = offsets.At(utf16Start);
        var end = offsets.At(utf16Start + "Чорнобаївка".Length);

        // Two fire emoji and a flag of two regional indicators lie before it: four surrogate pairs; ⚡ is in the BMP.
        Assert.Equal(utf16Start - 4, start);
        Assert.Equal("Чорнобаївка", SliceByCodePoints(text, start, end));
    }

    [Fact]
    public void At_EndOfText_IsTheNumberOfCodePoints()
    {
        const string text = "a😀b😀";

        Assert.Equal(text.EnumerateRunes().Count(), CodePointOffsets.For(text).At(text.Length));
    }

    [Fact]
    public void For_LoneSurrogate_CountsAsOneCodeUnitLikeEveryOtherCharacter()
    {
        var text = "a\uD83Db😀c";
        var offsets = CodePointOffsets.For(text);

        Assert.Equal(3, offsets.At(3));
        Assert.Equal(4, offsets.At(5));
        Assert.Equal(text.EnumerateRunes().Count(), offsets.At(text.Length));
    }
}
