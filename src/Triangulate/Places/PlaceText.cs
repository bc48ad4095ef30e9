using System.Globalization;
using System.Text;

namespace Triangulate.Places;

/// <summary>A word of text: its offsets, its normalised form, and its stem with case endings removed.</summary>
internal readonly record struct Token(int Start, int End, string Normal, string Stem, bool Capitalised, bool AllCaps);

/// <summary>
/// Normalisation and stemming shared by the gazetteer index and the text scanner, so that a name and its inflected
/// mention ("Часов Яр", "под Часовым Яром") reduce to the same key.
/// </summary>
internal static class PlaceText
{
    // Longest first; Russian and Ukrainian noun and adjective endings that toponyms take in oblique cases.
    private static readonly string[] CyrillicEndings =
    [
        "ами", "ями", "ого", "его", "ому", "ему", "ими", "ыми", "ій", "ий", "ый", "ой", "ей", "ая", "яя", "ое", "ее",
        "ые", "ие", "ых", "их", "ую", "юю", "ом", "ем", "ою", "ею", "ої", "ів", "ах", "ях", "ым", "им", "ім",
        "а", "я", "у", "ю", "е", "і", "ї", "и", "ы", "о", "ь",
    ];

    private static readonly string[] LatinAdjectiveEndings = ["oye", "oe", "iy", "yi", "yy", "ij", "y", "e", "a", "i", "oy", "aya", "ogo"];

    /// <summary>Lower-cases, folds ё to е, drops apostrophes and accents, so that spelling variants meet.</summary>
    public static string Normalise(ReadOnlySpan<char> word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var raw in word)
        {
            var c = char.ToLowerInvariant(raw);
            if (IsApostrophe(c))
            {
                continue;
            }

            builder.Append(Fold(c));
        }

        return builder.ToString();
    }

    public static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ' or '‘' or '`' or 'ʹ' or '´';

    private static string Fold(char c) => c switch
    {
        'ё' => "е",
        >= 'à' and <= 'ž' or >= 'ǎ' and <= 'ǜ' => RemoveAccent(c),
        _ => c.ToString(),
    };

    private static string RemoveAccent(char c)
    {
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder();
        foreach (var part in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(part) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(part);
            }
        }

        return builder.ToString();
    }

    /// <summary>Removes a case ending from a normalised word, keeping at least two letters of stem.</summary>
    public static string Stem(string normal)
    {
        if (normal.Length == 0)
        {
            return normal;
        }

        if (IsCyrillic(normal[0]))
        {
            foreach (var ending in CyrillicEndings)
            {
                if (normal.Length - ending.Length >= 2 && normal.EndsWith(ending, StringComparison.Ordinal))
                {
                    return normal[..^ending.Length];
                }
            }

            return normal;
        }

        var word = normal;
        // English renders Russian adjectival toponyms in many ways (Ivanovskoye, Ivanovskoe, Ivanovsky): meet at "-sk".
        var skAt = word.LastIndexOf("sk", StringComparison.Ordinal);
        if (skAt >= 3)
        {
            var tail = word[(skAt + 2)..];
            if (tail.Length > 0 && Array.IndexOf(LatinAdjectiveEndings, tail) >= 0)
            {
                return word[..(skAt + 2)];
            }
        }

        return word;
    }

    public static bool IsCyrillic(char c) => c is >= 'Ѐ' and <= 'ӿ';

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '\u0301';

    /// <summary>Splits text into words, keeping apostrophes inside words ("Слов'янськ") and offsets into the text.</summary>
    public static List<Token> Tokenise(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (IsWordChar(text[i]) || (IsApostrophe(text[i]) && i + 1 < text.Length && char.IsLetter(text[i + 1]) && !IsPossessive(text, i))))
            {
                i++;
            }

            var span = text.AsSpan(start, i - start);
            var normal = Normalise(span);
            tokens.Add(new Token(start, i, normal, Stem(normal), char.IsUpper(span[0]), IsAllCaps(span)));
        }

        return tokens;
    }

    // An English possessive ("Toretsk's") ends the word rather than joining it.
    private static bool IsPossessive(string text, int apostrophe) =>
        apostrophe + 1 < text.Length && text[apostrophe + 1] is 's' && (apostrophe + 2 >= text.Length || !char.IsLetter(text[apostrophe + 2]))
        && apostrophe > 0 && text[apostrophe - 1] is >= 'A' and <= 'z';

    private static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters > 1;
    }

    /// <summary>The index key of a whole name: the stems of its words joined by spaces.</summary>
    public static string[] NameKey(string name) => [.. Tokenise(name).Select(t => t.Stem)];
}
