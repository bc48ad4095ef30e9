using System.Xml;
using System.Xml.Linq;
using Triangulate.Model;

namespace Triangulate.Ingest;

/// <summary>
/// RSS 2.0 (and RDF-style RSS 1.0) and Atom feeds, one report per item or entry. The text is the item's
/// content:encoded or Atom content, else its description or summary, converted from HTML to text; the publisher is
/// the feed's title. XML is opened only through <see cref="SafeXml"/>: a feed declaring a DTD is rejected as hostile.
/// Feeds must be UTF-8 (as nearly all are); one in another encoding is rejected as InvalidUtf8.
/// </summary>
public sealed class FeedReader : IReportReader
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";

    public string Format => "feed";

    public bool CanRead(string path, ReadOnlySpan<byte> head)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is ".rss" or ".atom")
        {
            return true;
        }
        return extension is ".xml" or "" && (head.IndexOf("<rss"u8) >= 0 || head.IndexOf("<feed"u8) >= 0 || head.IndexOf("<rdf:RDF"u8) >= 0);
    }

    public IEnumerable<ReadOutcome> Read(string path, Stream content, IngestOptions options)
    {
        var location = new InputLocation(path);
        if (!InputText.TryRead(path, content, out var text, out var rejection))
        {
            return [rejection];
        }
        if (text.Length > options.MaxXmlChars)
        {
            return [ReadOutcome.Rejected(location, RejectionReason.Oversized,
                $"{text.Length:N0} characters exceeds the XML limit of {options.MaxXmlChars:N0}")];
        }
        if (SafeXml.DeclaresDocumentType(text))
        {
            return [ReadOutcome.Rejected(location, RejectionReason.HostileXml,
                "the feed declares a DTD (DOCTYPE); entities and external references are refused")];
        }
        if (!TryLoad(path, text, options, out var document, out rejection))
        {
            return [rejection];
        }
        return document.Root switch
        {
            { } root when root.Name == Atom + "feed" => ReadAtom(path, root, options),
            { } root when root.Name.LocalName is "rss" or "RDF" => ReadRss(path, root, options),
            _ => [ReadOutcome.Rejected(location, RejectionReason.UnknownFormat,
                $"root element <{document.Root?.Name.LocalName}> is neither RSS nor Atom")],
        };
    }

    private static bool TryLoad(string path, string text, IngestOptions options, out XDocument document, out ReadOutcome rejection)
    {
        rejection = default;
        try
        {
            using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
            using var reader = SafeXml.CreateReader(stream, options.MaxXmlChars);
            document = XDocument.Load(reader);
            return true;
        }
        catch (XmlException error)
        {
            document = new XDocument();
            var line = error.LineNumber > 0 ? error.LineNumber : (int?)null;
            rejection = ReadOutcome.Rejected(new InputLocation(path, line), RejectionReason.MalformedXml, error.Message);
            return false;
        }
    }

    private static IEnumerable<ReadOutcome> ReadRss(string path, XElement root, IngestOptions options)
    {
        var channel = root.Elements().FirstOrDefault(e => e.Name.LocalName == "channel");
        var publisher = channel is null ? null : Child(channel, "title");
        var items = (channel?.Elements() ?? []).Concat(root.Elements()).Where(e => e.Name.LocalName == "item");
        var number = 0;
        foreach (var item in items)
        {
            number++;
            var location = new InputLocation(path, number);
            var published = Child(item, "pubDate") ?? (string?)item.Element(DublinCore + "date");
            if (!InputDates.TryParseOptional(published, DateForm.Feed, out var date))
            {
                yield return ReadOutcome.Rejected(location, RejectionReason.BadDate, $"pubDate '{published}' is not a date");
                continue;
            }
            var html = (string?)item.Element(Content + "encoded") ?? Child(item, "description");
            yield return new ReportDraft
            {
                Text = html is null ? null : HtmlText.FromFragment(html),
                ExternalId = Child(item, "guid") ?? item.Attribute(XName.Get("about", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"))?.Value,
                Publisher = publisher,
                Url = Child(item, "link"),
                Published = date,
                Language = channel is null ? null : Child(channel, "language"),
                Title = Child(item, "title"),
            }.Complete(location, options);
        }
    }

    private static IEnumerable<ReadOutcome> ReadAtom(string path, XElement feed, IngestOptions options)
    {
        var publisher = AtomText(feed.Element(Atom + "title"));
        var language = (string?)feed.Attribute(XNamespace.Xml + "lang");
        var number = 0;
        foreach (var entry in feed.Elements(Atom + "entry"))
        {
            number++;
            var location = new InputLocation(path, number);
            var published = (string?)entry.Element(Atom + "published") ?? (string?)entry.Element(Atom + "updated");
            if (!InputDates.TryParseOptional(published, DateForm.Iso, out var date))
            {
                yield return ReadOutcome.Rejected(location, RejectionReason.BadDate, $"published '{published}' is not ISO 8601");
                continue;
            }
            yield return new ReportDraft
            {
                Text = AtomText(entry.Element(Atom + "content") ?? entry.Element(Atom + "summary")),
                ExternalId = (string?)entry.Element(Atom + "id"),
                Publisher = publisher,
                Url = AlternateLink(entry),
                Published = date,
                Language = (string?)entry.Attribute(XNamespace.Xml + "lang") ?? language,
                Title = AtomText(entry.Element(Atom + "title")),
            }.Complete(location, options);
        }
    }

    /// <summary>An Atom text construct: plain text as is, escaped HTML or inline XHTML converted to text.</summary>
    private static string? AtomText(XElement? element) => element is null
        ? null
        : (string?)element.Attribute("type") switch
        {
            "html" => HtmlText.FromFragment(element.Value),
            "xhtml" => HtmlText.FromFragment(string.Concat(element.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)))),
            _ => element.Value.Trim(),
        };

    private static string? AlternateLink(XElement entry) =>
        entry.Elements(Atom + "link")
            .Where(link => (string?)link.Attribute("rel") is null or "alternate")
            .Select(link => (string?)link.Attribute("href"))
            .FirstOrDefault();

    /// <summary>
    /// A child element's text: RSS 2.0's own (no namespace) first, else by local name in whatever namespace an
    /// RSS 1.0 feed put it.
    /// </summary>
    private static string? Child(XElement parent, string localName) =>
        (parent.Element(localName) ?? parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName))?.Value.Trim();
}
