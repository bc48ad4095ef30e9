using System.Reflection;

namespace Triangulate.Ingest;

/// <summary>
/// Paragraphs of an article page that belong to the page, not the story: rows of share buttons, "Read also" links,
/// tag lists, "spotted a mistake? press Ctrl+Enter" notes, headings of comment and related-news sections. The words
/// are data (<c>Ingest/Data/article-furniture.txt</c>, in English, Ukrainian and Russian); this class only applies them.
/// </summary>
internal static class ArticleFurniture
{
    private static readonly Rules Loaded = Rules.Load();

    /// <summary>Whether a paragraph, as the reader sees it, is page furniture.</summary>
    public static bool IsFurniture(string paragraph)
    {
        var text = paragraph.Trim();
        return IsShareRow(text)
            || Loaded.Lines.Contains(Core(text))
            || Loaded.Prefixes.Any(prefix => StartsWithWord(text, prefix))
            || Loaded.Contains.Any(words => text.Contains(words, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Every token a share name, a separator or a count: "Facebook X Telegram", "Поділитися: Facebook | Telegram 12".</summary>
    private static bool IsShareRow(string text)
    {
        var tokens = text.Split([' ', '|', '·', '•', ',', ':', '/', '\n'], StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0)
        {
            return false;
        }
        var names = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            // Two-word names ("Copy link", "Скопіювати посилання") are tried before single words.
            if (i + 1 < tokens.Length && Loaded.ShareNames.Contains(tokens[i] + " " + tokens[i + 1]))
            {
                names++;
                i++;
            }
            else if (Loaded.ShareNames.Contains(tokens[i]))
            {
                names++;
            }
            else if (!tokens[i].All(c => char.IsDigit(c) || char.IsPunctuation(c) || char.IsSymbol(c)))
            {
                return false;
            }
        }
        return names > 0;
    }

    /// <summary>A heading without its count or colon: "Коментарі (12)" → "Коментарі".</summary>
    private static string Core(string text) =>
        text.TrimEnd(':', ' ', '.', ')', '(', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9').Trim();

    private static bool StartsWithWord(string text, string prefix)
    {
        if (!text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        // "Read also: …", "Читайте також — …", "Tags: …"; never "Reading also showed …".
        return text.Length == prefix.Length || !char.IsLetterOrDigit(text[prefix.Length]) || !char.IsLetterOrDigit(prefix[^1]);
    }

    private sealed record Rules(HashSet<string> ShareNames, HashSet<string> Lines, string[] Prefixes, string[] Contains)
    {
        public static Rules Load()
        {
            using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Triangulate.Ingest.Data.article-furniture.txt")
                ?? throw new InvalidOperationException("the article furniture rules are not embedded in the library");
            using var reader = new StreamReader(stream);
            var rules = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            while (reader.ReadLine() is { } line)
            {
                if (line.Length == 0 || line.StartsWith('#'))
                {
                    continue;
                }
                var colon = line.IndexOf(": ", StringComparison.Ordinal);
                var kind = line[..colon];
                var words = line[(colon + 2)..].Split(", ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                (rules.TryGetValue(kind, out var list) ? list : rules[kind] = []).AddRange(words);
            }
            return new Rules(
                new HashSet<string>(rules["share"], StringComparer.OrdinalIgnoreCase),
                new HashSet<string>(rules["line"], StringComparer.OrdinalIgnoreCase),
                [.. rules["prefix"]],
                [.. rules["contains"]]);
        }
    }
}
