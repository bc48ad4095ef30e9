using System.Text;

namespace Triangulate.Places;

/// <summary>
/// One key for every Latin spelling of a Slavic name, whatever the scheme and whichever form it renders: the
/// Ukrainian (Krasnohorivka, Kostiantynivka, Vyshneve) or the Russian (Krasnogorovka, Kostyantynovka, Vishnevoye),
/// in the national system, BGN/PCGN, ISO 9, the scholarly system or the press's forms. The key keeps the consonants
/// and where vowels stand, not which: the schemes and the two languages differ mostly in vowels (і/о/е, и/ы, ya/ia/ja,
/// -oye/-oe/-e), glides (y, j, i before a vowel) and soft signs, and agree in consonants once h/g/kh, ts/c, zh/ž,
/// ch/č, sh/š and shch/šč/ŝ are folded. Cyrillic names get their key through a transliteration, so a Latin word in a
/// report meets the Ukrainian and the Russian name of a place alike.
/// </summary>
internal static class LatinKey
{
    // Where a vowel, a run of vowels or a glide stood.
    private const char Vowel = '*';

    // Keys with fewer consonants than this match too many unrelated words (Kyiv and Kovo, Staff and Stav).
    public const int MinimumConsonants = 3;

    // A word marked as a transliteration (Maâk, Zorja, Nadiia) is tried with this many: few English words look so.
    public const int MarkedConsonants = 2;

    // Letter pairs that English words seldom hold and romanisations of Slavic names often do: glides (ia, ya, iu, yu, ie,
    // ye, yi, ii) and the digraphs of х, ж and ц.
    private static readonly string[] TransliterationPairs = ["ia", "ya", "iu", "yu", "ie", "ye", "yi", "ii", "iy", "yy", "kh", "zh", "ts"];

    /// <summary>
    /// The key of one word as written in Latin letters; empty when the word holds other letters. An x is ks
    /// (Alexandrovka) unless <paramref name="xIsKh"/>: the scholarly system and GOST write х as x (Kuraxivka). An sh
    /// is ш unless <paramref name="shIsSKh"/>: ISO 9 writes ш as š and х as h, so its sh is сх (Shìdne, Східне).
    /// </summary>
    public static string Of(ReadOnlySpan<char> word, bool xIsKh = false, bool shIsSKh = false)
    {
        Span<char> letters = stackalloc char[Math.Min(256, word.Length * 4 + 4)];
        var length = 0;
        foreach (var raw in word)
        {
            if (length + 4 >= letters.Length)
            {
                break;
            }

            var c = char.ToLowerInvariant(raw);
            if (PlaceText.IsApostrophe(c) || c is 'ʹ' or 'ʺ' or 'ь' or '\u0301' or '\u0300')
            {
                continue;
            }

            // Letters of ISO 9, the scholarly system and Polish that stand for a Cyrillic letter of two or more Latin ones
            // (š and ŝ as Polish writes them, which no reading of sh as сх splits).
            var spelled = c switch
            {
                'č' or 'ĉ' or 'ć' => "ch", 'š' or 'ś' => "sz", 'ž' or 'ź' or 'ż' => "zh", 'ŝ' => "szcz", 'ë' => "yo", 'ê' => "ye",
                'â' => "ya", 'û' => "yu", 'ï' => "yi", 'ł' => "l", _ => null,
            };
            if (spelled is not null)
            {
                spelled.AsSpan().CopyTo(letters[length..]);
                length += spelled.Length;
                continue;
            }

            if (c > 'z')
            {
                c = BaseLetter(c);
            }

            if (c is < 'a' or > 'z')
            {
                return "";
            }

            letters[length++] = c;
        }

        return Fold(letters[..length], xIsKh, shIsSKh);
    }

    // The letter an accented Latin letter decomposes to.
    private static char BaseLetter(char c) => c.ToString().Normalize(NormalizationForm.FormD)[0];

    private static string Fold(ReadOnlySpan<char> s, bool xIsKh, bool shIsSKh)
    {
        var key = new StringBuilder(s.Length);
        var i = 0;
        // Ukrainian puts a v before an initial u (Vuhledar, Ugledar; Vuhlehirsk, Uglegorsk).
        if (s.StartsWith("vu") && s.Length > 3)
        {
            i = 1;
        }

        while (i < s.Length)
        {
            var (symbol, width) = Symbol(s, i, shIsSKh);
            i += width;
            // English press writes Alexandrovka for Aleksandrovka; GOST's x for х is rare in reports.
            if (symbol == 'x' && xIsKh)
            {
                symbol = 'г';
            }
            else if (symbol == 'x')
            {
                Append(key, 'k');
                symbol = 's';
            }

            if (symbol == Vowel)
            {
                if (key.Length == 0 || key[^1] != Vowel)
                {
                    key.Append(Vowel);
                }

                continue;
            }

            // Russian -ol- before a consonant is Ukrainian -ov- (Volchansk, Vovchansk; Dolgenkoye, Dovhenke); a doubled l
            // is one l (Huliaypillia, Krasnopillia).
            if (symbol == 'l' && key.Length > 0 && key[^1] == Vowel && i < s.Length && Symbol(s, i, shIsSKh).Symbol is not (Vowel or 'l'))
            {
                symbol = 'v';
            }

            Append(key, symbol);
        }

        return key.ToString();
    }

    // A doubled consonant is single in the other language (Kreminna, Kremennaya; Prohres, Progress).
    private static void Append(StringBuilder key, char consonant)
    {
        if (key.Length == 0 || key[^1] != consonant)
        {
            key.Append(consonant);
        }
    }

    /// <summary>The class of the letters at <paramref name="i"/> and how many letters it took.</summary>
    private static (char Symbol, int Width) Symbol(ReadOnlySpan<char> s, int i, bool shIsSKh)
    {
        var rest = s[i..];
        if (shIsSKh && rest.StartsWith("sh"))
        {
            return ('s', 1);
        }

        if (rest.StartsWith("shch") || rest.StartsWith("szcz") || rest.StartsWith("szch"))
        {
            return ('щ', 4);
        }

        if (rest.StartsWith("shh") || rest.StartsWith("sch"))
        {
            return ('щ', 3);
        }

        if (rest.StartsWith("tsch"))
        {
            return ('ч', 4);
        }

        if (rest.StartsWith("sh") || rest.StartsWith("sz"))
        {
            return ('ш', 2);
        }

        if (rest.StartsWith("zh"))
        {
            return ('ж', 2);
        }

        if (rest.StartsWith("ch"))
        {
            return ('ч', 2);
        }

        if (rest.StartsWith("kh") || rest.StartsWith("gh"))
        {
            return ('г', 2);
        }

        // GOST 7.79's cz for ц (Novodoneczkoe).
        if (rest.StartsWith("ts") || rest.StartsWith("tz") || rest.StartsWith("cz"))
        {
            return ('ц', 2);
        }

        return rest[0] switch
        {
            'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'j' => (Vowel, 1),
            // Ukrainian г is h, Russian г is g, х is kh in most schemes and h in ISO 9.
            'g' or 'h' => ('г', 1),
            'c' => ('ц', 1),
            'w' => ('v', 1),
            'q' => ('k', 1),
            var other => (other, 1),
        };
    }

    /// <summary>Whether a key holds enough consonants to tell a name from an unrelated word.</summary>
    public static bool Distinctive(string key) => Consonants(key) >= MinimumConsonants;

    /// <summary>
    /// Whether a word's key tells a name from an unrelated word: it holds enough consonants, or two and the word is
    /// marked as a transliteration (<see cref="Marked"/>): Maâk, Majak and Maiak are the village Маяк; Make is no name.
    /// </summary>
    public static bool Distinctive(string key, ReadOnlySpan<char> word) =>
        Consonants(key) is var consonants && (consonants >= MinimumConsonants || (consonants >= MarkedConsonants && Marked(word)));

    /// <summary>How many consonants (of the key's classes) a key holds.</summary>
    public static int Consonants(string key) => key.Length - key.AsSpan().Count(Vowel);

    /// <summary>
    /// A word written as a romanised Slavic name rather than an English word: a letter beyond ASCII (â, ì, č), a soft
    /// sign or apostrophe inside it, a j, or a pair such as ia, yu, kh.
    /// </summary>
    public static bool Marked(ReadOnlySpan<char> word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            var c = char.ToLowerInvariant(word[i]);
            if (c == 'j' || (c > 'z' && char.IsLetter(c)) || (i > 0 && i < word.Length - 1 && (PlaceText.IsApostrophe(c) || c is 'ʹ')))
            {
                return true;
            }
        }

        Span<char> lower = stackalloc char[Math.Min(word.Length, 256)];
        var length = word[..lower.Length].ToLowerInvariant(lower);
        foreach (var pair in TransliterationPairs)
        {
            if (lower[..length].IndexOf(pair, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The key of a name's leading word without its ending: an adjective leading a name ends as the scheme or the
    /// language likes (Chasiv Yar, Chasov Yar, Chasovyi Yar), so such words are indexed and tried without it.
    /// </summary>
    public static string Leading(string key) => key.Length > 1 && key[^1] == Vowel ? key[..^1] : key;

    /// <summary>The keys of a name's words, through a transliteration when the name is Cyrillic.</summary>
    public static string[] OfName(string name, string language)
    {
        var latin = name.Any(PlaceText.IsCyrillic)
            ? language == "uk" ? Transliteration.UkrainianNational(name) : Transliteration.RussianBgn(name)
            : name;
        return [.. PlaceText.Tokenise(latin).Select(t => Of(latin.AsSpan(t.Start, t.End - t.Start)))];
    }
}
