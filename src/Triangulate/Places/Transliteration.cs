using System.Text;

namespace Triangulate.Places;

/// <summary>
/// Latin spellings and Russian forms of Cyrillic names, so that a report can name a town in any script or scheme
/// English-language outlets use.
/// </summary>
internal static class Transliteration
{
    /// <summary>Ukrainian national system (Cabinet of Ministers resolution 55 of 27 January 2010).</summary>
    public static string UkrainianNational(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var lower = char.ToLowerInvariant(c);
            var initial = i == 0 || !char.IsLetter(text[i - 1]);
            var latin = lower switch
            {
                'а' => "a", 'б' => "b", 'в' => "v", 'г' => i > 0 && char.ToLowerInvariant(text[i - 1]) == 'з' ? "gh" : "h",
                'ґ' => "g", 'д' => "d", 'е' => "e", 'є' => initial ? "ye" : "ie", 'ж' => "zh", 'з' => "z", 'и' => "y",
                'і' => "i", 'ї' => initial ? "yi" : "i", 'й' => initial ? "y" : "i", 'к' => "k", 'л' => "l", 'м' => "m",
                'н' => "n", 'о' => "o", 'п' => "p", 'р' => "r", 'с' => "s", 'т' => "t", 'у' => "u", 'ф' => "f",
                'х' => "kh", 'ц' => "ts", 'ч' => "ch", 'ш' => "sh", 'щ' => "shch", 'ь' => "", 'ю' => initial ? "yu" : "iu",
                'я' => initial ? "ya" : "ia", _ when PlaceText.IsApostrophe(lower) => "",
                _ => lower.ToString(),
            };
            Append(builder, latin, char.IsUpper(c));
        }

        return builder.ToString();
    }

    /// <summary>BGN/PCGN romanisation of Russian, as US and UK gazetteers and many wire services write it.</summary>
    public static string RussianBgn(string text) => Russian(text, plain: false);

    /// <summary>The plainer Russian romanisation common in English press (Chasov Yar, Ivanovsky, Ivanovskoe).</summary>
    public static string RussianPlain(string text) => Russian(text, plain: true);

    private static string Russian(string text, bool plain)
    {
        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var lower = char.ToLowerInvariant(c);
            var previous = i > 0 ? char.ToLowerInvariant(text[i - 1]) : ' ';
            var initialOrAfterVowel = i == 0 || !char.IsLetter(previous) || "аеёиоуыэюяъь".Contains(previous, StringComparison.Ordinal);
            var next = i + 1 < text.Length ? char.ToLowerInvariant(text[i + 1]) : ' ';
            var latin = lower switch
            {
                'а' => "a", 'б' => "b", 'в' => "v", 'г' => "g", 'д' => "d",
                'е' or 'ё' => initialOrAfterVowel && !plain ? "ye" : "e",
                'ж' => "zh", 'з' => "z", 'и' => plain && next == 'й' && WordEndsAt(text, i + 2) ? "" : "i", 'й' => "y",
                'к' => "k", 'л' => "l", 'м' => "m", 'н' => "n", 'о' => "o", 'п' => "p", 'р' => "r", 'с' => "s",
                'т' => "t", 'у' => "u", 'ф' => "f", 'х' => "kh", 'ц' => "ts", 'ч' => "ch", 'ш' => "sh", 'щ' => "shch",
                'ъ' or 'ь' => "", 'ы' => plain && next == 'й' && WordEndsAt(text, i + 2) ? "" : "y", 'э' => "e",
                'ю' => "yu", 'я' => "ya", _ when PlaceText.IsApostrophe(lower) => "",
                _ => lower.ToString(),
            };
            Append(builder, latin, char.IsUpper(c));
        }

        return builder.ToString();
    }

    /// <summary>The Latin schemes a name in Cyrillic is written in, by name, for the language of the name.</summary>
    public static IEnumerable<(string Scheme, string Latin)> Schemes(string cyrillic, string language) => language == "uk"
        ?
        [
            ("ua-2010", UkrainianNational(cyrillic)),
            ("bgn-pcgn-1965-uk", ByTable(cyrillic, UkrainianBgn1965)),
            ("iso9-uk", ByTable(cyrillic, Iso9)),
            ("scholarly-uk", ByTable(cyrillic, UkrainianScholarly)),
        ]
        :
        [
            ("bgn-pcgn-ru", RussianBgn(cyrillic)),
            ("ru-plain", RussianPlain(cyrillic)),
            ("iso9-ru", ByTable(cyrillic, Iso9)),
            ("gost-7.79b-ru", ByTable(cyrillic, GostB)),
            ("scholarly-ru", ByTable(cyrillic, RussianScholarly)),
        ];

    // Letter-for-letter schemes; a letter not listed stays as it is, an apostrophe is dropped.
    private static readonly Dictionary<char, string> UkrainianBgn1965 = Table(
        "а:a б:b в:v г:h ґ:g д:d е:e є:ye ж:zh з:z и:y і:i ї:yi й:y к:k л:l м:m н:n о:o п:p р:r с:s т:t у:u ф:f х:kh ц:ts ч:ch ш:sh щ:shch ь:' ю:yu я:ya");

    // ISO 9:1995 (GOST 7.79 system A), one Latin letter for each Cyrillic one.
    private static readonly Dictionary<char, string> Iso9 = Table(
        "а:a б:b в:v г:g ґ:g̀ д:d е:e ё:ë є:ê ж:ž з:z и:i і:ì ї:ï й:j к:k л:l м:m н:n о:o п:p р:r с:s т:t у:u ф:f х:h ц:c ч:č ш:š щ:ŝ ъ:ʺ ы:y ь:ʹ э:è ю:û я:â");

    // GOST 7.79 system B, in ASCII.
    private static readonly Dictionary<char, string> GostB = Table(
        "а:a б:b в:v г:g д:d е:e ё:yo ж:zh з:z и:i й:j к:k л:l м:m н:n о:o п:p р:r с:s т:t у:u ф:f х:x ц:cz ч:ch ш:sh щ:shh ъ:`` ы:y` ь:` э:e` ю:yu я:ya");

    // The scholarly system of Slavists.
    private static readonly Dictionary<char, string> UkrainianScholarly = Table(
        "а:a б:b в:v г:h ґ:g д:d е:e є:je ж:ž з:z и:y і:i ї:ji й:j к:k л:l м:m н:n о:o п:p р:r с:s т:t у:u ф:f х:x ц:c ч:č ш:š щ:šč ь:ʹ ю:ju я:ja");

    private static readonly Dictionary<char, string> RussianScholarly = Table(
        "а:a б:b в:v г:g д:d е:e ё:ë ж:ž з:z и:i й:j к:k л:l м:m н:n о:o п:p р:r с:s т:t у:u ф:f х:x ц:c ч:č ш:š щ:šč ъ:ʺ ы:y ь:ʹ э:è ю:ju я:ja");

    private static Dictionary<char, string> Table(string pairs) =>
        pairs.Split(' ').ToDictionary(p => p[0], p => p[2..]);

    private static string ByTable(string text, Dictionary<char, string> table)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            var lower = char.ToLowerInvariant(c);
            if (PlaceText.IsApostrophe(lower))
            {
                continue;
            }

            Append(builder, table.TryGetValue(lower, out var latin) ? latin : lower.ToString(), char.IsUpper(c));
        }

        return builder.ToString();
    }

    private static bool WordEndsAt(string text, int index) => index >= text.Length || !char.IsLetter(text[index]);

    private static void Append(StringBuilder builder, string latin, bool upper)
    {
        if (latin.Length == 0)
        {
            return;
        }

        builder.Append(upper ? char.ToUpperInvariant(latin[0]) : latin[0]).Append(latin.AsSpan(1));
    }

    // Ukrainian word endings and their usual Russian counterparts in toponyms, longest first.
    private static readonly (string Uk, string Ru)[] EndingCorrespondences = OrderedLongestFirst(
    [
        ("івське", "овское"), ("ївське", "евское"), ("івський", "овский"), ("ївський", "евский"), ("івська", "овская"), ("ївська", "евская"),
        ("ціївка", "циевка"), ("іївка", "иевка"), ("ївка", "евка"), ("івка", "овка"),
        ("цьке", "цкое"), ("ське", "ское"), ("цький", "цкий"), ("ський", "ский"), ("цька", "цкая"), ("ська", "ская"),
        ("івськ", "овск"), ("ївськ", "евск"), ("цьк", "цк"), ("ськ", "ск"),
        ("ове", "ово"), ("еве", "ево"), ("єве", "ево"), ("ине", "ино"), ("іне", "ино"),
        ("не", "ное"), ("ве", "вое"), ("ке", "кое"), ("ий", "ый"), ("ів", "ов"), ("їв", "ев"), ("ець", "ец"),
        // The Greek -поль, whose о Ukrainian turns to і in the closed syllable (Костянтинопіль, Константинополь).
        ("піль", "поль"),
    ]);

    private static (string Uk, string Ru)[] OrderedLongestFirst((string Uk, string Ru)[] pairs) =>
        [.. pairs.OrderByDescending(p => p.Uk.Length)];

    private static readonly Dictionary<string, string> WordCorrespondences = new(StringComparer.Ordinal)
    {
        ["Нова"] = "Новая", ["Новий"] = "Новый", ["Нове"] = "Новое", ["Нові"] = "Новые",
        ["Велика"] = "Великая", ["Великий"] = "Великий", ["Велике"] = "Великое",
        ["Мала"] = "Малая", ["Малий"] = "Малый", ["Мале"] = "Малое",
        ["Стара"] = "Старая", ["Старий"] = "Старый", ["Старе"] = "Старое",
        ["Верхня"] = "Верхняя", ["Нижня"] = "Нижняя", ["Червоний"] = "Красный", ["Червоне"] = "Красное",
        ["Верхній"] = "Верхний", ["Нижній"] = "Нижний", ["Верхнє"] = "Верхнее", ["Нижнє"] = "Нижнее",
        // Ordinals that tell two villages of one name apart (Павлівка Друга, Павловка Вторая).
        ["Перша"] = "Первая", ["Перший"] = "Первый", ["Перше"] = "Первое", ["Друга"] = "Вторая", ["Другий"] = "Второй",
        ["Друге"] = "Второе", ["Третя"] = "Третья", ["Третій"] = "Третий", ["Третє"] = "Третье",
        ["Яр"] = "Яр", ["Гай"] = "Гай", ["Рог"] = "Рог", ["Ріг"] = "Рог",
        // Loanwords that Russian writes with a double consonant and Ukrainian with a single one.
        ["Прогрес"] = "Прогресс", ["Конгрес"] = "Конгресс", ["Експрес"] = "Экспресс",
    };

    // Name roots that Ukrainian and Russian spell with other consonants (Миколаївка, Николаевка; Трохимівка, Трофимовка).
    private static readonly (string Uk, string Ru)[] RootCorrespondences =
    [
        ("Микола", "Никола"), ("Катерин", "Екатерин"), ("Олександр", "Александр"), ("Олекс", "Алекс"), ("Трохим", "Трофим"),
        ("Хведор", "Федор"), ("Костянтин", "Константин"),
    ];

    /// <summary>
    /// The Russian form a Ukrainian toponym regularly takes (Часів Яр → Часов Яр, Іванівське → Ивановское); used only
    /// where no attested Russian name is known, and not exact for irregular names.
    /// </summary>
    public static string RussianFromUkrainian(string ukrainian) => RussianFormsFromUkrainian(ukrainian)[0];

    /// <summary>
    /// The Russian forms a Ukrainian toponym may take, the likelier first: a neuter adjective in -ове or -еве is
    /// -овое in Russian as often as -ово (Кленове, Кленовое; Курахове, Курахово).
    /// </summary>
    public static IReadOnlyList<string> RussianFormsFromUkrainian(string ukrainian)
    {
        var form = RussianForm(ukrainian);
        var adjective = form.EndsWith("ово", StringComparison.Ordinal) || form.EndsWith("ево", StringComparison.Ordinal);
        return adjective && (ukrainian.EndsWith("ове", StringComparison.Ordinal) || ukrainian.EndsWith("еве", StringComparison.Ordinal) || ukrainian.EndsWith("єве", StringComparison.Ordinal))
            ? [form, form + "е"]
            : [form];
    }

    private static string RussianForm(string ukrainian)
    {
        var words = ukrainian.Split(' ');
        for (var w = 0; w < words.Length; w++)
        {
            words[w] = string.Join('-', words[w].Split('-').Select(RussianWord));
        }

        return string.Join(' ', words);
    }

    private static string RussianWord(string word)
    {
        if (WordCorrespondences.TryGetValue(word, out var known))
        {
            return known;
        }

        foreach (var (uk, ru) in RootCorrespondences)
        {
            if (word.StartsWith(uk, StringComparison.Ordinal) || (word.Length > uk.Length && word.StartsWith("Ново" + uk.ToLowerInvariant(), StringComparison.Ordinal)))
            {
                word = word.StartsWith(uk, StringComparison.Ordinal) ? ru + word[uk.Length..] : "Ново" + ru.ToLowerInvariant() + word[(4 + uk.Length)..];
                break;
            }
        }

        var stem = word;
        var ending = "";
        foreach (var (uk, ru) in EndingCorrespondences)
        {
            if (word.Length > uk.Length + 1 && word.EndsWith(uk, StringComparison.Ordinal))
            {
                stem = word[..^uk.Length];
                ending = ru;
                break;
            }
        }

        var builder = new StringBuilder(stem.Length + ending.Length);
        for (var i = 0; i < stem.Length; i++)
        {
            var c = stem[i];
            var upper = char.IsUpper(c);
            var mapped = char.ToLowerInvariant(c) switch
            {
                'і' => "и",
                'ї' => i == 0 ? "и" : "йи",
                'є' => "е",
                'и' => "и",
                'ґ' => "г",
                _ when PlaceText.IsApostrophe(c) => "",
                var other => other.ToString(),
            };
            builder.Append(upper ? mapped.ToUpperInvariant() : mapped);
        }

        return builder.Append(ending).ToString();
    }
}
