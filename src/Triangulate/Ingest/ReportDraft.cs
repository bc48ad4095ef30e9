using System.Collections.Immutable;
using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Ingest;

/// <summary>
/// The fields a reader found for one item, before the checks every format shares: text present and within the size
/// limit, characters no ledger engine stores replaced (with a note, as <see cref="StorableText"/> says), and a
/// language (the input's, or detected).
/// </summary>
internal sealed record ReportDraft
{
    public const string UnknownPublisher = "unknown";

    public required string? Text { get; init; }
    public string? ExternalId { get; init; }
    public string? Publisher { get; init; }
    public string? Url { get; init; }
    public DateTimeOffset? Published { get; init; }
    public string? Language { get; init; }
    public string? Title { get; init; }
    public ImmutableArray<string> ForwardedFrom { get; init; } = [];

    public ReadOutcome Complete(InputLocation location, IngestOptions options)
    {
        var replaced = 0;
        string? Storable(string? value)
        {
            if (value is null)
            {
                return null;
            }
            var cleaned = StorableText.Clean(value, out var count);
            replaced += count;
            return cleaned;
        }

        var text = Storable(Text);
        if (string.IsNullOrWhiteSpace(text))
        {
            return ReadOutcome.Rejected(location, RejectionReason.EmptyText, "the item has no text");
        }
        if (text.Length > options.MaxReportChars)
        {
            return ReadOutcome.Rejected(location, RejectionReason.Oversized,
                $"text of {text.Length:N0} characters exceeds the limit of {options.MaxReportChars:N0}");
        }
        var report = new Report(
            ExternalId: Blank(Storable(ExternalId)),
            Publisher: Blank(Storable(Publisher)) ?? UnknownPublisher,
            Url: Blank(Storable(Url)),
            Published: Published,
            Language: LanguageCodes.Normalize(Storable(Language)) ?? LanguageDetector.Detect(text),
            Title: Blank(Storable(Title)),
            Text: text,
            Location: location,
            ForwardedFrom: [.. ForwardedFrom.Select(relay => Storable(relay)!)]);
        return ReadOutcome.Of(report, replaced == 0 ? null
            : $"replaced {replaced:N0} character(s) that no ledger can store (U+0000, half a surrogate pair) with U+FFFD");
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
