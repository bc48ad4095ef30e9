using System.Text;

namespace Triangulate.Storage.Sqlite;

/// <summary>
/// Turns what a user typed into an FTS5 MATCH expression that cannot be a syntax error: every word becomes a quoted
/// phrase (quotes inside doubled), so AND, OR, NEAR, parentheses and stars are searched as words, never obeyed.
/// </summary>
internal static class Fts5Query
{
    /// <summary>
    /// The MATCH expression, every word required and matched as a prefix so that inflected forms
    /// (Торецьк → Торецька, Торецьку) are found; null when the input holds no word at all.
    /// </summary>
    public static string? FromUserInput(string input)
    {
        var expression = new StringBuilder();
        foreach (var word in input.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            // A "word" of punctuation alone tokenises to nothing; an empty phrase matches nothing useful.
            if (!word.Any(char.IsLetterOrDigit))
            {
                continue;
            }
            if (expression.Length > 0)
            {
                expression.Append(' ');
            }
            expression.Append('"').Append(word.Replace("\"", "\"\"", StringComparison.Ordinal)).Append("\"*");
        }
        return expression.Length > 0 ? expression.ToString() : null;
    }
}
