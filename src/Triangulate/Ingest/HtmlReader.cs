using System.Text.Json;
using AngleSharp.Dom;
using Triangulate.Model;

namespace Triangulate.Ingest;

/// <summary>
/// A saved article page. The text is the article's, as Readability finds it (SmartReader, its .NET port, scoring the
/// page's blocks by their text and links); on a page too small or too odd for it, the element marked as the article
/// body (itemprop=articleBody, article, main), else the element holding the most paragraph text. Either way
/// navigation, scripts, forms, asides, advertising, share rows, "read also" links, tag lists, error-report notes and
/// comment sections are left out (<see cref="HtmlText"/>); paragraphs are separated by blank lines. Metadata comes
/// from Open Graph and article meta tags, the canonical link, &lt;time&gt; and JSON-LD, whichever the page has.
/// </summary>
public sealed class HtmlReader : IReportReader
{
    public string Format => "html";

    public bool CanRead(string path, ReadOnlySpan<byte> head) =>
        Path.GetExtension(path).ToLowerInvariant() is ".html" or ".htm" or ".xhtml";

    public IEnumerable<ReadOutcome> Read(string path, Stream content, IngestOptions options)
    {
        if (!InputText.TryRead(path, content, out var html, out var rejection))
        {
            return [rejection];
        }
        using var document = HtmlText.Parse(html);
        var url = Meta(document, "link[rel=canonical]", "href") ?? Meta(document, "meta[property='og:url']", "content");
        var draft = new ReportDraft
        {
            Text = ReadableText(html, url, Headline(document)) ?? HtmlText.FromElement(ArticleRoot(document)),
            Url = url,
            Title = Meta(document, "meta[property='og:title']", "content")
                ?? NonEmpty(document.Title)
                ?? NonEmpty(document.QuerySelector("h1")?.TextContent),
            Publisher = Meta(document, "meta[property='og:site_name']", "content") ?? HostOf(url),
            Published = PublishedDate(document),
            Language = document.DocumentElement.GetAttribute("lang"),
        };
        return [draft.Complete(new InputLocation(path), options)];
    }

    /// <summary>
    /// The article as Readability extracts it, furniture left out, under its headline; null when it finds no readable
    /// article. Readability drops the headline as a repeat of the page's title, but a headline often carries the
    /// report's first claim ("Окупанти заявляють про захоплення …, у Силах оборони це заперечують").
    /// </summary>
    private static string? ReadableText(string html, string? url, string? headline)
    {
        // The address only resolves relative links, which the text does not keep; nothing is fetched.
        var address = Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? url! : "https://localhost/";
        // Classes are kept so that the furniture rules below Readability still see "share-row" or "inline-promo".
        var article = new SmartReader.Reader(address, html) { KeepClasses = true }.GetArticle();
        if (!article.IsReadable || string.IsNullOrWhiteSpace(article.Content))
        {
            return null;
        }
        using var content = HtmlText.Parse(article.Content);
        if (content.Body is not { } body || HtmlText.FromElement(body) is not { Length: > 0 } text)
        {
            return null;
        }
        return headline is null || text.StartsWith(headline, StringComparison.Ordinal) ? text : headline + HtmlText.ParagraphBreak + text;
    }

    /// <summary>The story's headline: the page's first &lt;h1&gt;, as a reader sees it.</summary>
    private static string? Headline(IDocument document) =>
        document.QuerySelector("h1") is { } heading ? NonEmpty(HtmlText.FromElement(heading)) : null;

    private static IElement ArticleRoot(IDocument document)
    {
        // Pages list teasers of other stories as <article> too: the longest one is the story.
        var marked = document.QuerySelector("[itemprop=articleBody]")
            ?? document.QuerySelectorAll("article").MaxBy(article => article.TextContent.Length)
            ?? document.QuerySelector("main");
        if (marked is not null)
        {
            return marked;
        }
        // No markup says where the article is: take the element whose own paragraphs hold the most text.
        return document.QuerySelectorAll("p")
            .Where(p => p.ParentElement is { } parent && !HtmlText.IsFurniture(parent))
            .GroupBy(p => p.ParentElement!)
            .MaxBy(group => group.Sum(p => p.TextContent.Trim().Length))?.Key
            ?? document.Body
            ?? document.DocumentElement;
    }

    /// <summary>The article's date from meta tags, then &lt;time datetime&gt;, then JSON-LD; a page's dates are best effort.</summary>
    private static DateTimeOffset? PublishedDate(IDocument document)
    {
        var candidates = new[]
        {
            Meta(document, "meta[property='article:published_time']", "content"),
            Meta(document, "meta[itemprop=datePublished]", "content"),
            Meta(document, "time[datetime]", "datetime"),
        }.Concat(JsonLdDates(document));
        foreach (var candidate in candidates)
        {
            if (candidate is not null && InputDates.TryParseIso(candidate, out var date))
            {
                return date;
            }
        }
        return null;
    }

    private static IEnumerable<string> JsonLdDates(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            string? found;
            try
            {
                using var json = JsonDocument.Parse(script.TextContent);
                found = FindDatePublished(json.RootElement);
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common on real pages and tells nothing about the article; other cues remain.
                continue;
            }
            if (found is not null)
            {
                yield return found;
            }
        }
    }

    private static string? FindDatePublished(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object when element.TryGetProperty("datePublished", out var date) && date.ValueKind == JsonValueKind.String
            => date.GetString(),
        JsonValueKind.Object => element.EnumerateObject().Select(p => FindDatePublished(p.Value)).FirstOrDefault(d => d is not null),
        JsonValueKind.Array => element.EnumerateArray().Select(FindDatePublished).FirstOrDefault(d => d is not null),
        _ => null,
    };

    private static string? Meta(IDocument document, string selector, string attribute) =>
        NonEmpty(document.QuerySelector(selector)?.GetAttribute(attribute));

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? HostOf(string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }
        var host = uri.Host.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }
}
