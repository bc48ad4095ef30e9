using System.Collections.Frozen;

namespace Triangulate.Places;

/// <summary>Whether a text sets itself in the war in Ukraine or abroad, read from its words' openings.</summary>
internal static class WarSetting
{
    // Words that set a report in the war in Ukraine, and words that set it in the United States or at the UN: a name
    // that both a Ukrainian and a foreign place bear leans toward the one the report's setting suggests.
    private static readonly string[] WarWordPrefixes =
    [
        "фронт", "зсу", "всу", "окупант", "оккупант", "обстріл", "обстрел", "штурм", "донбас", "донецьк", "донецк", "луганськ",
        "луганск", "запоріж", "запорож", "харків", "харьков", "херсон", "бригад", "артилер", "артиллер", "дрон", "бпла",
        "front", "shelling", "donbas", "donetsk", "luhansk", "zaporizh", "kharkiv", "kherson", "brigade", "artillery",
        "drone", "offensive", "assault", "бои", "боях", "боев", "боёв", "бої", "боїв", "войск", "військ",
        "troops", "militar", "army", "attack", "captur", "liberat", "battlegroup", "invad", "occupi", "атак", "освобод", "звільн",
    ];

    private static readonly string[] ForeignWordPrefixes =
    [
        "сша", "трамп", "вашингтон", "оон", "америк", "байден", "usa", "trump", "washington", "america", "biden", "manhattan",
        "манхэттен", "манхеттен",
    ];

    // The prefixes by their first letter, so that most words are ruled out by one lookup (dense text has ~170 000 words).
    private static readonly FrozenDictionary<char, string[]> WarWordsByLetter = ByFirstLetter(WarWordPrefixes);

    private static readonly FrozenDictionary<char, string[]> ForeignWordsByLetter = ByFirstLetter(ForeignWordPrefixes);

    private static FrozenDictionary<char, string[]> ByFirstLetter(string[] prefixes) =>
        prefixes.GroupBy(p => p[0]).ToFrozenDictionary(g => g.Key, g => g.ToArray());

    // A report on the fighting (war words, front-line names) that says nothing of the United States or the UN.
    public static bool InUkraineAtWar(List<Token> tokens)
    {
        var atWar = false;
        foreach (var token in tokens)
        {
            if (Opens(token.Normal, ForeignWordsByLetter))
            {
                return false;
            }

            atWar = atWar || Opens(token.Normal, WarWordsByLetter);
        }

        return atWar;
    }

    // A word opening a name of the United States or the UN, which sets a text abroad.
    public static bool IsForeignWord(string normal) => Opens(normal, ForeignWordsByLetter);

    private static bool Opens(string normal, FrozenDictionary<char, string[]> prefixesByLetter)
    {
        if (normal.Length == 0 || !prefixesByLetter.TryGetValue(normal[0], out var prefixes))
        {
            return false;
        }

        foreach (var prefix in prefixes)
        {
            if (normal.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
