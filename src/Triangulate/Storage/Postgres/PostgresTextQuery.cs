namespace Triangulate.Storage.Postgres;

/// <summary>
/// Turns what a user typed into the words of a text search that cannot be a syntax error: only runs of letters and
/// digits survive, so <c>&amp;</c>, <c>|</c>, <c>!</c>, <c>:</c>, quotes and parentheses are separators, never operators.
/// </summary>
internal static class PostgresTextQuery
{
    /// <summary>The words, each to be required as a prefix (as SQLite's FTS5 query does); empty when there is no word.</summary>
    public static IReadOnlyList<string> WordsOf(string input)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= input.Length; i++)
        {
            var inWord = i < input.Length && char.IsLetterOrDigit(input[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(input[start..i].ToLowerInvariant());
                start = -1;
            }
        }
        return words;
    }

    /// <summary>
    /// The tsquery expression for word parameters <c>@w0</c>, <c>@w1</c>…: each word matches as a prefix of a word as
    /// written (the 'simple' lexemes), or by its Russian or English stem, so "Часового" also finds "Часова".
    /// </summary>
    public static string Expression(int wordCount) => string.Join(" && ", Enumerable.Range(0, wordCount).Select(i =>
        $"(to_tsquery('simple'::regconfig, @w{i} || ':*') || plainto_tsquery('russian'::regconfig, @w{i}) || plainto_tsquery('english'::regconfig, @w{i}))"));
}
