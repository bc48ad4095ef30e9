using System.Collections.Immutable;
using Triangulate.Model;

namespace Triangulate.Text;

/// <summary>A word of a text (letters, digits and inner apostrophes) with its span.</summary>
public readonly record struct TextToken(string Text, Span Span);

/// <summary>Word tokens and an inflection-tolerant word comparison for Russian and Ukrainian names.</summary>
public static class TextTokens
{
    private const string CyrillicEndings = "аеёиоуыэюяйьіїєъ";

    public static ImmutableArray<TextToken> Words(string text) => Words(text, new Span(0, text.Length));

    public static ImmutableArray<TextToken> Words(string text, Span range)
    {
        // Counted first, so that the array is made once at its size and a range without words allocates nothing.
        var count = 0;
        for (var i = range.Start; NextWord(text, range, ref i, out _); count++)
        {
        }
        if (count == 0)
        {
            return [];
        }
        var tokens = ImmutableArray.CreateBuilder<TextToken>(count);
        for (var i = range.Start; NextWord(text, range, ref i, out var start);)
        {
            tokens.Add(new TextToken(text[start..i], new Span(start, i)));
        }
        return tokens.MoveToImmutable();
    }

    /// <summary>Finds the next word from <paramref name="i"/> within <paramref name="range"/>: its start, and <paramref name="i"/> moved to its end.</summary>
    private static bool NextWord(string text, Span range, ref int i, out int start)
    {
        while (i < range.End && !IsLetterOrDigit(text[i]))
        {
            i++;
        }
        start = i;
        while (i < range.End && (IsLetterOrDigit(text[i]) || (IsApostrophe(text[i]) && i + 1 < range.End && char.IsLetter(text[i + 1]))))
        {
            i++;
        }
        return i > start;
    }

    /// <summary>A span that ends inside a word (a stem matched, "захват" in "захватили") stretched to the word's end.</summary>
    public static Span ToWordEnd(string text, Span span)
    {
        var end = span.End;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }
        return new Span(span.Start, end);
    }

    /// <summary>
    /// Whether a text word is a form of a name's word: equal ignoring case and a possessive, or for Cyrillic words the
    /// same stem with a short case ending ("Кимаковский" ~ "Кимаковского", "Россия" ~ "России"). Two-letter
    /// capitals (AP) must match exactly.
    /// </summary>
    public static bool SameWord(string nameWord, string textWord) => new NameWord(nameWord).Matches(textWord, Fold(textWord));

    /// <summary>
    /// <see cref="char.IsLetterOrDigit(char)"/>, read from a table for the Latin and Cyrillic blocks: word scans ask it of
    /// nearly every character, and outside Latin-1 the runtime looks the Unicode category up on each call.
    /// </summary>
    public static bool IsLetterOrDigit(char c) => c < LettersOrDigits.Length ? LettersOrDigits[c] : char.IsLetterOrDigit(c);

    /// <summary>Whether each character up to the end of the Cyrillic Supplement block (U+052F) is a letter or digit.</summary>
    private static readonly bool[] LettersOrDigits = [.. Enumerable.Range(0, 0x530).Select(code => char.IsLetterOrDigit((char)code))];

    /// <summary>Whether the text holds a decimal digit of any script, as a regex's <c>\d</c> means.</summary>
    public static bool HasDigit(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A word lower-cased and without a possessive ("Russia's" → "russia"), as <see cref="NameWord"/> compares it.</summary>
    public static string Fold(string word) => StripPossessive(word.ToLowerInvariant());

    public static string Stem(string word)
    {
        var stem = word;
        for (var i = 0; i < 2 && stem.Length > 3 && CyrillicEndings.Contains(stem[^1], StringComparison.Ordinal); i++)
        {
            stem = stem[..^1];
        }
        return stem;
    }

    internal static bool IsCyrillic(string word) => word.Any(c => c is >= '\u0400' and <= '\u04FF');

    private static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ';

    private static string StripPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;
}

/// <summary>
/// A name's word prepared once for comparing with many text words (<see cref="TextTokens.SameWord"/>). A stemmed word
/// matches the text words that start with its <see cref="Stem"/> and run at most <see cref="MaxEnding"/> letters
/// past it, so names can be looked up by the stems a text word may carry.
/// </summary>
public sealed class NameWord
{
    /// <summary>The most letters a text word may have after a stemmed name word's stem ("Кимаковск|ого").</summary>
    public const int MaxEnding = 3;

    private readonly string _word;
    private readonly bool _exact;
    private readonly string _folded;
    private readonly string? _stem;

    public NameWord(string word)
    {
        _word = word;
        _exact = word.Length <= 2 && word.All(char.IsUpper);
        _folded = TextTokens.Fold(word);
        _stem = TextTokens.IsCyrillic(_folded) && _folded.Length >= 4 ? TextTokens.Stem(_folded) : null;
    }

    /// <summary>Whether the word is two capitals ("AP") that match only as written.</summary>
    public bool IsExactCase => _exact;

    /// <summary>The stem a Cyrillic word of four letters or more matches by; null for a word that matches whole.</summary>
    public string? Stem => _stem;

    /// <summary>The word as <see cref="TextTokens.Fold"/> folds it.</summary>
    public string Folded => _folded;

    /// <summary>Whether <paramref name="textWord"/> (with its <see cref="TextTokens.Fold"/>ed form) is a form of this word.</summary>
    public bool Matches(string textWord, string foldedTextWord)
    {
        if (_exact)
        {
            return string.Equals(_word, textWord, StringComparison.Ordinal);
        }
        return _folded == foldedTextWord
            || (_stem is not null && foldedTextWord.StartsWith(_stem, StringComparison.Ordinal) && foldedTextWord.Length - _stem.Length <= MaxEnding);
    }
}
