using System.Text.Json;
using Triangulate.Model;

namespace Triangulate.Ingest;

/// <summary>
/// JSON Lines: one object a line with <c>id</c>, <c>publisher</c>, <c>url</c>, <c>published</c> (ISO 8601),
/// <c>text</c> and optional <c>language</c> and <c>title</c>. Each line stands alone: a malformed line, an invalid
/// UTF-8 line or an oversized item is rejected with its line number and the others still come out.
/// </summary>
public sealed class JsonLinesReader : IReportReader
{
    // UTF-8 takes at most 3 bytes per UTF-16 char, and JSON escapes at most 6: a line past this cannot fit the limit.
    private const int BytesPerCharWorstCase = 6;

    public string Format => "jsonl";

    public bool CanRead(string path, ReadOnlySpan<byte> head) =>
        Path.GetExtension(path).ToLowerInvariant() is ".jsonl" or ".ndjson";

    public IEnumerable<ReadOutcome> Read(string path, Stream content, IngestOptions options)
    {
        if (!InputText.TryReadBytes(path, content, out var bytes, out var rejection))
        {
            yield return rejection;
            yield break;
        }
        var lineNumber = 0;
        // A byte-order mark belongs to the file, not to its first line.
        var rest = bytes.Span.StartsWith(InputText.ByteOrderMark) ? bytes[InputText.ByteOrderMark.Length..] : bytes;
        while (!rest.IsEmpty)
        {
            lineNumber++;
            var end = rest.Span.IndexOf((byte)'\n');
            var line = end < 0 ? rest : rest[..end];
            rest = end < 0 ? ReadOnlyMemory<byte>.Empty : rest[(end + 1)..];
            if (IsBlank(line.Span))
            {
                continue;
            }
            yield return ReadLine(new InputLocation(path, lineNumber), line, options);
        }
    }

    private static ReadOutcome ReadLine(InputLocation location, ReadOnlyMemory<byte> line, IngestOptions options)
    {
        if ((long)line.Length > (long)options.MaxReportChars * BytesPerCharWorstCase + 4096)
        {
            return ReadOutcome.Rejected(location, RejectionReason.Oversized, $"line of {line.Length:N0} bytes");
        }
        if (!System.Text.Unicode.Utf8.IsValid(line.Span))
        {
            return ReadOutcome.Rejected(location, RejectionReason.InvalidUtf8, "the line is not valid UTF-8");
        }
        try
        {
            using var document = JsonDocument.Parse(line);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return ReadOutcome.Rejected(location, RejectionReason.MalformedJson,
                    $"expected an object, found {document.RootElement.ValueKind}");
            }
            return ReadItem(location, document.RootElement, options);
        }
        catch (JsonException error)
        {
            return ReadOutcome.Rejected(location, RejectionReason.MalformedJson, error.Message);
        }
        catch (InvalidOperationException error)
        {
            // Well-formed JSON whose string escapes half of a surrogate pair ("\ud800"): no text can hold it.
            return ReadOutcome.Rejected(location, RejectionReason.MalformedJson, error.Message);
        }
    }

    private static ReadOutcome ReadItem(InputLocation location, JsonElement item, IngestOptions options)
    {
        var publisher = Scalar(item, "publisher");
        if (string.IsNullOrWhiteSpace(publisher))
        {
            return ReadOutcome.Rejected(location, RejectionReason.MissingField, "no publisher");
        }
        var published = Scalar(item, "published");
        if (!InputDates.TryParseOptional(published, DateForm.Iso, out var date))
        {
            return ReadOutcome.Rejected(location, RejectionReason.BadDate, $"published '{published}' is not ISO 8601");
        }
        var draft = new ReportDraft
        {
            Text = Scalar(item, "text"),
            ExternalId = Scalar(item, "id"),
            Publisher = publisher,
            Url = Scalar(item, "url"),
            Published = date,
            Language = Scalar(item, "language"),
            Title = Scalar(item, "title"),
        };
        return draft.Complete(location, options);
    }

    /// <summary>A string or number property as text; ids come as either.</summary>
    private static string? Scalar(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.Trim(" \t\r"u8).IsEmpty;
}
