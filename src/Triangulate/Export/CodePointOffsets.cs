namespace Triangulate.Export;

/// <summary>
/// Converts the UTF-16 offsets every span is measured in (what .NET, Java and JavaScript strings count) into Unicode
/// code-point offsets (what Python's <c>str</c> counts), for one text. The two differ by one for every character
/// outside the Basic Multilingual Plane before the offset: an emoji in a Telegram post, a rare CJK ideograph.
/// </summary>
public sealed class CodePointOffsets
{
    /// <summary>The UTF-16 index of the first half of every surrogate pair in the text, in order.</summary>
    private readonly int[] pairStarts;

    private CodePointOffsets(int[] pairStarts) => this.pairStarts = pairStarts;

    /// <summary>For a text without characters beyond the BMP, where both units agree.</summary>
    public static CodePointOffsets Identity { get; } = new([]);

    public static CodePointOffsets For(string text)
    {
        List<int>? starts = null;
        for (var i = 0; i < text.Length - 1; i++)
        {
            if (char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1]))
            {
                (starts ??= []).Add(i);
                i++;
            }
        }
        return starts is null ? Identity : new CodePointOffsets([.. starts]);
    }

    /// <summary>The code-point offset of a UTF-16 offset: one less for every surrogate pair that starts before it.</summary>
    public int At(int utf16Offset)
    {
        if (pairStarts.Length == 0)
        {
            return utf16Offset;
        }
        var index = Array.BinarySearch(pairStarts, utf16Offset);
        var pairsBefore = index >= 0 ? index : ~index;
        return utf16Offset - pairsBefore;
    }

    public int? At(int? utf16Offset) => utf16Offset is { } offset ? At(offset) : null;
}
