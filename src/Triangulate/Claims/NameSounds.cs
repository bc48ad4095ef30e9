using Triangulate.Places;

namespace Triangulate.Claims;

/// <summary>
/// Whether two written forms of one word of a person's name may be the same name, in any script and romanisation:
/// Oleksandr and Aleksandr, Dmytro and Dmitry, «Олексія» and Oleksii. Each form is reduced to the Latin key the place
/// finder uses (consonants kept, vowels marked by position, h/g, ts/c and the like folded; Cyrillic read as Ukrainian
/// and as Russian), and the forms are alike when one key begins with the other, so that a case ending («Арестовича»)
/// does not part a name from its nominative.
/// </summary>
internal static class NameSounds
{
    // Three letters and vowel marks: short enough for a given name (Ivan), long enough not to meet any word.
    private const int MinimumKeyLength = 3;

    public static bool Alike(string first, string second)
    {
        var firstKeys = Keys(first).ToList();
        return Keys(second).Any(key => firstKeys.Any(other =>
            Math.Min(key.Length, other.Length) >= MinimumKeyLength
            && (key.StartsWith(other, StringComparison.Ordinal) || other.StartsWith(key, StringComparison.Ordinal))));
    }

    private static IEnumerable<string> Keys(string word) =>
        word.Any(PlaceText.IsCyrillic)
            ? new[] { "uk", "ru" }.SelectMany(language => LatinKey.OfName(word, language)).Take(2)
            : [LatinKey.Of(word)];
}
