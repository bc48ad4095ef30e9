namespace Triangulate.Places.Build;

/// <summary>
/// English words that a Latin key would take for a place no name of which they spell ("Russian", which only begins a name (Russian Federation), has the key of the
/// village Rusyn, "Times" of Tomis): built from an English word list (Debian's wamerican) at gazetteer build time and
/// shipped beside the gazetteer, so that the finder tries such words by key only when a settlement word precedes them.
/// </summary>
public static class EnglishWords
{
    public const string FileName = "english-words.txt";

    /// <summary>Writes the words of the list that meet a place only by Latin key; returns how many.</summary>
    public static int Write(Gazetteer gazetteer, IEnumerable<string> wordList, string path)
    {
        var words = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var word in wordList)
        {
            if (word.Length < 3 || word.Contains('\'', StringComparison.Ordinal))
            {
                continue;
            }

            var (normal, stem) = PlaceText.FormsOf(word);
            var key = LatinKey.Of(word);
            if (key.Length > 0 && LatinKey.Distinctive(key, word) && !gazetteer.NamesStartingWith(stem).Any(n => n.Stems.Length == 1) && gazetteer.NamesWithLatinKey(key).Length > 0)
            {
                words.Add(normal);
            }
        }

        File.WriteAllLines(path, words.Prepend("# English words that are no place's name but share a place's Latin key; built by build-gazetteer from Debian's wamerican"));
        return words.Count;
    }
}
