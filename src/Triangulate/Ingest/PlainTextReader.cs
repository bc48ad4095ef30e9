using Triangulate.Model;

namespace Triangulate.Ingest;

/// <summary>
/// Plain text and Markdown, one report per file. An optional front matter block between <c>---</c> lines gives
/// publisher, url, published (or date), language, title and id as <c>key: value</c> lines. The report's text is the
/// body after the front matter, kept byte for byte (Markdown is not rendered) so that offsets point into what is
/// stored. Without front matter the publisher is "unknown" and a Markdown file's title is its first heading.
/// </summary>
public sealed class PlainTextReader : IReportReader
{
    private const string Fence = "---";

    public string Format => "text";

    public bool CanRead(string path, ReadOnlySpan<byte> head) =>
        Path.GetExtension(path).ToLowerInvariant() is ".txt" or ".md" or ".markdown";

    public IEnumerable<ReadOutcome> Read(string path, Stream content, IngestOptions options)
    {
        var location = new InputLocation(path);
        if (!InputText.TryRead(path, content, out var text, out var rejection))
        {
            return [rejection];
        }
        var (fields, body) = SplitFrontMatter(text);
        var published = Field(fields, "published") ?? Field(fields, "date");
        if (!InputDates.TryParseOptional(published, DateForm.Iso, out var date))
        {
            return [ReadOutcome.Rejected(location, RejectionReason.BadDate, $"front matter date '{published}' is not ISO 8601")];
        }
        var isMarkdown = !Path.GetExtension(path).Equals(".txt", StringComparison.OrdinalIgnoreCase);
        var draft = new ReportDraft
        {
            Text = body,
            ExternalId = Field(fields, "id"),
            Publisher = Field(fields, "publisher"),
            Url = Field(fields, "url"),
            Published = date,
            Language = Field(fields, "language"),
            Title = Field(fields, "title") ?? (isMarkdown ? FirstHeading(body) : null),
        };
        return [draft.Complete(location, options)];
    }

    /// <summary>The front matter's fields and the body after it; no front matter gives no fields and the whole text.</summary>
    internal static (IReadOnlyDictionary<string, string> Fields, string Body) SplitFrontMatter(string text)
    {
        var empty = new Dictionary<string, string>();
        if (!text.StartsWith(Fence, StringComparison.Ordinal))
        {
            return (empty, text);
        }
        var lines = new LineCursor(text);
        if (lines.Next()?.TrimEnd() != Fence)
        {
            return (empty, text);
        }
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (lines.Next() is { } line)
        {
            if (line.TrimEnd() == Fence)
            {
                return (fields, text[lines.Position..]);
            }
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                fields[line[..colon].Trim()] = Unquote(line[(colon + 1)..].Trim());
            }
        }
        // An opening fence that never closes is not front matter: keep the text whole.
        return (empty, text);
    }

    private static string? Field(IReadOnlyDictionary<string, string> fields, string key) =>
        fields.TryGetValue(key, out var value) && value.Length > 0 ? value : null;

    private static string Unquote(string value) =>
        value.Length >= 2 && (value[0] == '"' && value[^1] == '"' || value[0] == '\'' && value[^1] == '\'')
            ? value[1..^1]
            : value;

    private static string? FirstHeading(string body)
    {
        var lines = new LineCursor(body);
        while (lines.Next() is { } line)
        {
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith('#'))
            {
                return trimmed.TrimStart('#').Trim();
            }
        }
        return null;
    }

    /// <summary>Walks lines and knows the offset just past the last one returned.</summary>
    private sealed class LineCursor(string text)
    {
        public int Position { get; private set; }

        public string? Next()
        {
            if (Position >= text.Length)
            {
                return null;
            }
            var end = text.IndexOf('\n', Position);
            var next = end < 0 ? text.Length : end + 1;
            var line = text[Position..(end < 0 ? text.Length : end)].TrimEnd('\r');
            Position = next;
            return line;
        }
    }
}
