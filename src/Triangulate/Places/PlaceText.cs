using System.Collections.Frozen;
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
    // The Russian instrumental of a noun in -ь is an ending too (Курской областью, Керчью), so that it meets the
    // nominative's stem (область, Керчь).
    private static readonly string[] CyrillicEndings =
    [
        "ами", "ями", "ого", "его", "ому", "ему", "ими", "ыми", "ій", "ий", "ый", "ой", "ей", "ая", "яя", "ое", "ее",
        "ые", "ие", "ых", "их", "ую", "юю", "ом", "ем", "ою", "ею", "ью", "ої", "ів", "ах", "ях", "ам", "ям", "ым", "им",
        "ім", "а", "я", "у", "ю", "е", "і", "ї", "и", "ы", "о", "ь",
    ];

    // The endings by their last letter, longest first, so that a word is checked only against endings it may have.
    private static readonly Dictionary<char, string[]> CyrillicEndingsByLastLetter =
        CyrillicEndings.GroupBy(e => e[^1]).ToDictionary(g => g.Key, g => g.ToArray());

    private static readonly FrozenSet<string> AreaNounPlurals = FrozenSet.Create(StringComparer.Ordinal, "regions", "districts", "oblasts", "provinces", "raions");

    private static readonly string[] LatinAdjectiveEndings = ["oye", "oe", "iy", "yi", "yy", "ij", "y", "e", "a", "i", "oy", "aya", "ogo"];

    /// <summary>Lower-cases, folds ё to е, drops apostrophes, stress marks and accents, so that spelling variants meet.</summary>
    public static string Normalise(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length];
        var length = 0;
        foreach (var raw in word)
        {
            var c = char.ToLowerInvariant(raw);
            if (IsApostrophe(c) || c == Stress)
            {
                continue;
            }

            buffer[length++] = c switch
            {
                'ё' => 'е',
                >= 'à' and <= 'ž' or >= 'ǎ' and <= 'ǜ' => BaseLetter(c),
                _ => c,
            };
        }

        return new string(buffer[..length]);
    }

    private const char Stress = '\u0301';

    public static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ' or '‘' or '`' or 'ʹ' or '´';

    // The letter an accented Latin letter decomposes to; letters with no decomposition (ø, ł, đ) stay as they are.
    private static char BaseLetter(char c) => c.ToString().Normalize(NormalizationForm.FormD)[0];

    /// <summary>Removes a case ending from a normalised word, keeping at least two letters of stem.</summary>
    public static string Stem(string normal)
    {
        if (normal.Length == 0)
        {
            return normal;
        }

        if (IsCyrillic(normal[0]))
        {
            // Ukrainian feminines in -ка take -ці in the locative and dative (Костянтинівка → у Костянтинівці).
            if (normal.Length > 4 && normal.EndsWith("ці", StringComparison.Ordinal))
            {
                return normal[..^2] + "к";
            }

            if (!CyrillicEndingsByLastLetter.TryGetValue(normal[^1], out var endings))
            {
                return normal;
            }

            foreach (var ending in endings)
            {
                if (normal.Length - ending.Length >= 2 && normal.EndsWith(ending, StringComparison.Ordinal))
                {
                    return normal[..^ending.Length];
                }
            }

            return normal;
        }

        // An area's noun after several names is plural (Chuhuiv, Kharkiv and Bohodukhiv districts): the singular is its name's.
        if (AreaNounPlurals.Contains(normal))
        {
            return normal[..^1];
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

    /// <summary>
    /// The stems a Ukrainian name takes in its oblique cases when they differ from the stem of the name itself. Ukrainian
    /// writes і (ї after a vowel) in a closed last syllable and о (є) once an ending opens it: Київ → у Києві, під
    /// Києвом; Чернігів → Чернігова; Мелітопіль → у Мелітополі; Кривий Ріг → Кривого Рогу. A name in -ця takes -ці in the
    /// locative and dative, which the stemmer reads as the -ка of a feminine (Вінниця → у Вінниці, read as вінник).
    /// </summary>
    public static IEnumerable<string> UkrainianObliqueStems(string normal)
    {
        if (normal.Length < 4 || !IsCyrillic(normal[0]))
        {
            yield break;
        }

        // The last syllable closed by one consonant, perhaps softened: Київ, Харків, Ріг, Мелітопіль.
        var end = normal[^1] == 'ь' ? normal.Length - 1 : normal.Length;
        if (!Vowels.Contains(normal[end - 1]) && normal[end - 2] is 'і' or 'ї' && end >= 3)
        {
            var opened = normal[end - 2] == 'ї' ? 'є' : 'о';
            if (opened == 'є' || !Vowels.Contains(normal[end - 3]))
            {
                yield return string.Concat(normal.AsSpan(0, end - 2), [opened], normal.AsSpan(end - 1, 1));
            }
        }
        else if (normal.EndsWith("ця", StringComparison.Ordinal))
        {
            yield return normal[..^2] + "к";
        }
    }

    /// <summary>
    /// The stems the last word of a name of several words takes in its oblique cases when it is a noun in -ай, which
    /// drops the й there: Краснодарский край → в Краснодарском крае, у Краснодарському краї, краю (stem кра), and
    /// Краснодарского края, whose -ая the stemmer reads as an adjective's ending (stem кр); Зелений Гай → у Зеленому Гаї.
    /// Read for such nouns after another word only: a name of one word in -ай (Дунай, the village, in «на Дунаї», the
    /// river) is not read in its oblique cases by a stem this short.
    /// </summary>
    public static IEnumerable<string> ObliqueStemsOfNounInAi(string normal)
    {
        if (normal.Length < 3 || !IsCyrillic(normal[0]) || !normal.EndsWith("ай", StringComparison.Ordinal))
        {
            yield break;
        }

        yield return normal[..^1];
        yield return normal[..^2];
    }

    /// <summary>
    /// Whether a Ukrainian word in the locative -і (у Львові, у Гуляйполі) cannot be a form of a name: an adjectival
    /// name takes -ому there (Львове → у Львовому, Мирне → у Мирному), and a Russian one has no Ukrainian forms
    /// (Львово, Львовое), though their stems meet the noun's opened stem (Львів → Львов-). Likewise a word in -ська
    /// or -ска (з Брянська, из Курска: the genitive of a town in -ськ, -ск) is no form of a neuter adjectival name
    /// (Брянське, Курское), whose genitive is -ського, -ского.
    /// </summary>
    public static bool NotAFormOf(string word, string name) =>
        word.Length > 3 && name.Length > 3 && IsCyrillic(name[0]) && name != word
        && ((word[^1] == 'і' && EndsAsAdjectivalOrRussianName(name)) || (EndsAsGenitiveOfTown(word) && EndsAsNeuterAdjective(name)));

    public static bool EndsAsGenitiveOfTown(string word) => word.Length > 3 && word[^1] == 'а' && word[^2] == 'к' && (word[^3] == 'с' || (word[^3] == 'ь' && word[^4] is 'с' or 'ц' or 'з'));

    public static bool EndsAsNeuterAdjective(string name) =>
        name.EndsWith("ське", StringComparison.Ordinal) || name.EndsWith("цьке", StringComparison.Ordinal)
        || name.EndsWith("зьке", StringComparison.Ordinal) || name.EndsWith("ское", StringComparison.Ordinal)
        || name.EndsWith("цкое", StringComparison.Ordinal);

    private static readonly string[] AdjectivalNameEndings = ["ово", "ево", "ино", "ое", "ая", "ий", "ый"];

    // Read for every candidate name of every locative word, so compared by ordinal without a delegate (a culture-aware
    // EndsWith through a method group cost place finding a quarter of its time).
    private static bool EndsAsAdjectivalOrRussianName(string name)
    {
        foreach (var ending in AdjectivalNameEndings)
        {
            if (name.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return name[^1] == 'е' && name[^2] is 'в' or 'н' or 'к';
    }

    private static readonly string[] CyrillicAdjectiveSuffixes = ["ськ", "цьк", "зьк", "ск", "цк"];

    private static readonly FrozenSet<string> CyrillicAdjectiveEndings = FrozenSet.Create(StringComparer.Ordinal,
        "ий", "ого", "ому", "ім", "ій", "а", "ої", "у", "е", "і", "их", "ими", "ый", "ая", "ое", "ой", "ом", "ую", "ие", "ых", "ым", "ыми");

    private static readonly FrozenSet<string> LatinAdjectiveTails = FrozenSet.Create(StringComparer.Ordinal,
        "e", "yi", "iy", "y", "yy", "ij", "ii", "a", "aya", "oye", "oe", "ogo", "ovo");

    // AdjectiveCore reads nearly every capitalised word of a report, so its endings are looked up without a substring.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CyrillicAdjectiveEndingsBySpan =
        CyrillicAdjectiveEndings.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LatinAdjectiveTailsBySpan =
        LatinAdjectiveTails.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The stem of a place adjective before its suffix, and the suffix: Гуляйпільському → (гуляйпіль, ськ), Донецькому →
    /// (доне, цьк), Pokrovske → (pokrov, sk); null for a word that is no such adjective (Покровськ, Kharkiv).
    /// </summary>
    public static (string Core, string Suffix)? AdjectiveCore(string normal)
    {
        if (normal.Length < 5)
        {
            return null;
        }

        if (IsCyrillic(normal[0]))
        {
            foreach (var suffix in CyrillicAdjectiveSuffixes)
            {
                var at = normal.LastIndexOf(suffix, StringComparison.Ordinal);
                if (at >= 3 && CyrillicAdjectiveEndingsBySpan.Contains(normal.AsSpan(at + suffix.Length)))
                {
                    return (normal[..at], suffix);
                }
            }

            return null;
        }

        var sk = normal.LastIndexOf("sk", StringComparison.Ordinal);
        if (sk < 3 || !LatinAdjectiveTailsBySpan.Contains(normal.AsSpan(sk + 2)))
        {
            return null;
        }

        return normal[sk - 1] == 't' ? (normal[..(sk - 1)], "tsk") : (normal[..sk], "sk");
    }

    /// <summary>
    /// The names a place adjective may be formed from, normalised, likeliest first: the town in -ськ (Покровськ), the
    /// bare stem (Харків, Херсон), a neuter in -е or -о with the last syllable opened as Ukrainian and its romanisation
    /// open it (Курахівський → Курахове, Huliaipilske → Huliaipole) or as it stands (Гуляйпольский → Гуляйполе), and
    /// last, when <paramref name="feminine"/>, a feminine in -ка (Времівський → Времівка).
    /// </summary>
    public static IEnumerable<string> AdjectiveBases(string normal, bool feminine)
    {
        if (AdjectiveCore(normal) is not var (core, suffix))
        {
            yield break;
        }

        var cyrillic = IsCyrillic(normal[0]);
        var bare = cyrillic ? core.TrimEnd('ь') : core;
        var opened = bare.Length > 3 && bare[^2] == 'і' && !Vowels.Contains(bare[^1]) ? $"{bare[..^2]}о{bare[^1]}"
            : bare.Length > 3 && bare[^2] == 'i' && !"aeiouy".Contains(bare[^1], StringComparison.Ordinal) ? $"{bare[..^2]}o{bare[^1]}"
            : null;
        var (e, o, ka) = cyrillic ? ("е", "о", "ка") : ("e", "o", "ka");
        string?[] bases = feminine
            ? [bare + ka]
            : [core + suffix, core, opened is null ? null : opened + e, opened is null ? null : opened + o, bare + e, bare + o];
        foreach (var basis in bases.Distinct())
        {
            if (basis is { Length: >= 4 })
            {
                yield return basis;
            }
        }
    }

    /// <summary>
    /// The consonants of a Cyrillic stem, ґ folded to г: where Russian and Ukrainian spell one name differently
    /// (Клещеевка, Кліщіївка; Кременная, Кремінна) the vowels differ and the consonants mostly agree.
    /// </summary>
    public static string Skeleton(string stem)
    {
        Span<char> buffer = stem.Length <= 256 ? stackalloc char[stem.Length] : new char[stem.Length];
        return new string(buffer[..Skeleton(stem, buffer)]);
    }

    /// <summary>The skeleton written into a buffer at least as long as the stem; returns its length.</summary>
    public static int Skeleton(ReadOnlySpan<char> stem, Span<char> buffer)
    {
        var length = 0;
        for (var i = 0; i < stem.Length; i++)
        {
            var c = stem[i];
            // Ukrainian puts a в before an initial у (Вугледар, Угледар); a vowel skeleton would not see it anyway.
            if (!IsCyrillic(c) || Vowels.Contains(c) || (i == 0 && c == 'в' && stem.Length > 1 && stem[1] == 'у'))
            {
                continue;
            }

            // Russian -ол- before a consonant is Ukrainian -ов- (Волчанск, Вовчанськ; Долгенькое, Довгеньке).
            var softenedL = c == 'л' && i > 0 && stem[i - 1] == 'о' && i + 1 < stem.Length && !Vowels.Contains(stem[i + 1]);
            buffer[length++] = c switch { 'ґ' => 'г', _ when softenedL => 'в', _ => c };
        }

        return length;
    }

    /// <summary>Whether a stem's consonant skeleton is the one given, without making a string of it.</summary>
    public static bool HasSkeleton(string stem, string skeleton)
    {
        if (stem.Length > 256)
        {
            return Skeleton(stem) == skeleton;
        }

        Span<char> buffer = stackalloc char[stem.Length];
        return buffer[..Skeleton(stem, buffer)].SequenceEqual(skeleton);
    }

    private const string Vowels = "аеиіїоуыэюяєьъй";

    /// <summary>
    /// Whether two Cyrillic stems are one spelling but for the letters Russian and Ukrainian write one sound with: ы, и
    /// and і; э, е and є; the soft and hard signs (Крынк, Кринк).
    /// </summary>
    public static bool SpelledAlike(string a, string b)
    {
        var (i, j) = (0, 0);
        while (true)
        {
            while (i < a.Length && a[i] is 'ь' or 'ъ')
            {
                i++;
            }

            while (j < b.Length && b[j] is 'ь' or 'ъ')
            {
                j++;
            }

            if (i == a.Length || j == b.Length)
            {
                return i == a.Length && j == b.Length;
            }

            if (SoundOf(a[i++]) != SoundOf(b[j++]))
            {
                return false;
            }
        }
    }

    private static char SoundOf(char c) => c switch { 'ы' or 'і' => 'и', 'э' or 'є' => 'е', _ => c };

    /// <summary>Whether a normalised word has a letter that Ukrainian has and Russian lacks (і, ї, є, ґ).</summary>
    public static bool HasUkrainianLetter(string normal) => normal.AsSpan().IndexOfAny("іїєґ") >= 0;

    public static bool IsCyrillic(char c) => c is >= 'Ѐ' and <= 'ӿ';

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == Stress;

    /// <summary>
    /// Splits text into words, keeping apostrophes inside words ("Слов'янськ") and offsets into the text. With
    /// <paramref name="forms"/>, a word seen before costs a lookup rather than two new strings; with
    /// <paramref name="into"/>, the words replace that list's contents instead of filling a new list.
    /// </summary>
    public static List<Token> Tokenise(string text, WordForms? forms = null, List<Token>? into = null)
    {
        var tokens = into ?? [];
        tokens.Clear();
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
            var (normal, stem) = forms is null ? FormsOf(span) : forms.Of(span);
            tokens.Add(new Token(start, i, normal, stem, char.IsUpper(span[0]), IsAllCaps(span)));
        }

        return tokens;
    }

    internal static (string Normal, string Stem) FormsOf(ReadOnlySpan<char> word)
    {
        var normal = Normalise(word);
        return (normal, Stem(normal));
    }

    // An English possessive ("Toretsk's") ends the word rather than joining it; a soft sign written as an apostrophe
    // before another one (Mykil's'ke) does not.
    private static bool IsPossessive(string text, int apostrophe) =>
        apostrophe + 1 < text.Length && text[apostrophe + 1] is 's' && (apostrophe + 2 >= text.Length || !(char.IsLetter(text[apostrophe + 2]) || IsApostrophe(text[apostrophe + 2])))
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

/// <summary>
/// The normal form and stem of words as written, remembered across reports: reports repeat their words, and computing
/// the forms again would make two new strings per word. Thread-safe; stops remembering at a size that bounds its memory.
/// </summary>
internal sealed class WordForms
{
    private const int Capacity = 500_000;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string Normal, string Stem)> known = new(StringComparer.Ordinal);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string Normal, string Stem)>.AlternateLookup<ReadOnlySpan<char>> bySpan;

    // Counted here: the dictionary's own Count takes every lock, and a stream of new words would ask it for each one.
    private int remembered;

    public WordForms() => bySpan = known.GetAlternateLookup<ReadOnlySpan<char>>();

    public (string Normal, string Stem) Of(ReadOnlySpan<char> word)
    {
        if (bySpan.TryGetValue(word, out var forms))
        {
            return forms;
        }

        forms = PlaceText.FormsOf(word);
        // Most words are written in their normal form already (lower case, no apostrophe): that string is also the key.
        if (Volatile.Read(ref remembered) < Capacity
            && (word.SequenceEqual(forms.Normal) ? known.TryAdd(forms.Normal, forms) : bySpan.TryAdd(word, forms)))
        {
            Interlocked.Increment(ref remembered);
        }

        return forms;
    }
}
