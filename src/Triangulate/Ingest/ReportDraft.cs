using System.Collections.Immutable;
using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Ingest;

/// <summary>
/// The fields a reader found for one item, before the checks every format shares: text present and within the size
/// limit, and a language (the input's, or detected).
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
        if (string.IsNullOrWhiteSpace(Text))
        {
            return ReadOutcome.Rejected(location, RejectionReason.EmptyText, "the item has no text");
        }
        if (Text.Length > options.MaxReportChars)
        {
            return ReadOutcome.Rejected(location, RejectionReason.Oversized,
                $"text of {Text.Length:N0} characters exceeds the limit of {options.MaxReportChars:N0}");
        }
        var report = new Report(
            ExternalId: Blank(ExternalId),
            Publisher: Blank(Publisher) ?? UnknownPublisher,
            Url: Blank(Url),
            Published: Published,
            Language: LanguageCodes.Normalize(Language) ?? LanguageDetector.Detect(Text),
            Title: Blank(Title),
            Text: Text,
            Location: location,
            ForwardedFrom: ForwardedFrom);
        return ReadOutcome.Of(report);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
