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
        var tokens = ImmutableArray.CreateBuilder<TextToken>();
        var i = range.Start;
        while (i < range.End)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < range.End && (char.IsLetterOrDigit(text[i]) || (IsApostrophe(text[i]) && i + 1 < range.End && char.IsLetter(text[i + 1]))))
            {
                i++;
            }
            tokens.Add(new TextToken(text[start..i], new Span(start, i)));
        }
        return tokens.ToImmutable();
    }

    /// <summary>
    /// Whether a text word is a form of a name's word: equal ignoring case and a possessive, or for Cyrillic words the
    /// same stem with a short case ending ("Кимаковский" ~ "Кимаковского", "Россия" ~ "России"). Two-letter
    /// capitals (AP) must match exactly.
    /// </summary>
    public static bool SameWord(string nameWord, string textWord)
    {
        if (nameWord.Length <= 2 && nameWord.All(char.IsUpper))
        {
            return string.Equals(nameWord, textWord, StringComparison.Ordinal);
        }
        var name = StripPossessive(nameWord.ToLowerInvariant());
        var word = StripPossessive(textWord.ToLowerInvariant());
        if (name == word)
        {
            return true;
        }
        if (!IsCyrillic(name) || name.Length < 4)
        {
            return false;
        }
        var stem = Stem(name);
        return word.StartsWith(stem, StringComparison.Ordinal) && word.Length - stem.Length <= 3;
    }

    public static string Stem(string word)
    {
        var stem = word;
        for (var i = 0; i < 2 && stem.Length > 3 && CyrillicEndings.Contains(stem[^1], StringComparison.Ordinal); i++)
        {
            stem = stem[..^1];
        }
        return stem;
    }

    private static bool IsCyrillic(string word) => word.Any(c => c is >= '\u0400' and <= '\u04FF');

    private static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ';

    private static string StripPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;
}
