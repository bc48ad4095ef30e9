namespace Triangulate.Places;

internal sealed record NameMatch(int Start, int End, string Key, int[] Places, bool[] Secondary, bool[] Exact, bool[] Borrowed, bool CommonWord, NameMatching Matching = NameMatching.Stem);

/// <summary>How a name was met: by its stems, by a Russian spelling's consonants, or by a Latin spelling's key.</summary>
internal enum NameMatching
{
    Stem,
    Skeleton,
    LatinKey,
}
