using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Triangulate.Ingest;

/// <summary>
/// Turns HTML into the text a reader sees: scripts, styles, navigation, forms and asides dropped, block elements
/// separated by blank lines, whitespace inside a paragraph collapsed.
/// </summary>
internal static class HtmlText
{
    public const string ParagraphBreak = "\n\n";

    private static readonly HashSet<string> DroppedElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe", "svg",
        "button", "select", "input", "textarea", "figure", "object", "embed", "video", "audio", "canvas",
    };

    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "blockquote", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr",
        "h1", "h2", "h3", "h4", "h5", "h6", "pre", "hr", "address", "figcaption", "body",
    };

    // Class and id words that mark advertising and page furniture rather than the article.
    private static readonly HashSet<string> FurnitureWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "ad", "ads", "advert", "advertisement", "banner", "promo", "sponsored", "related", "share", "social",
        "newsletter", "subscribe", "comments", "cookie", "cookies", "sidebar", "breadcrumbs", "menu",
    };

    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>The text of an HTML fragment, as a feed item's description or content carries it.</summary>
    public static string FromFragment(string html)
    {
        using var document = Parse(html);
        return document.Body is { } body ? FromElement(body) : "";
    }

    /// <summary>The readable text under an element, page furniture left out.</summary>
    public static string FromElement(IElement root)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        Walk(root, paragraphs, current);
        Flush(paragraphs, current);
        return string.Join(ParagraphBreak, paragraphs);
    }

    public static bool IsFurniture(IElement element) =>
        DroppedElements.Contains(element.LocalName)
        || element.ClassList.Any(FurnitureWords.Contains)
        || element.Id is { } id && FurnitureWords.Contains(id)
        || element.GetAttribute("role") is "navigation" or "banner" or "complementary"
        || element.HasAttribute("hidden");

    private static void Walk(INode node, List<string> paragraphs, StringBuilder current)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    AppendCollapsed(current, text.Data);
                    break;
                case IElement element when IsFurniture(element):
                    break;
                case IElement { LocalName: "br" }:
                    TrimEndSpace(current);
                    current.Append('\n');
                    break;
                case IElement element when BlockElements.Contains(element.LocalName):
                    Flush(paragraphs, current);
                    Walk(element, paragraphs, current);
                    Flush(paragraphs, current);
                    break;
                case IElement element:
                    Walk(element, paragraphs, current);
                    break;
            }
        }
    }

    private static void AppendCollapsed(StringBuilder current, string data)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c) && c != '\u00A0')
            {
                if (current.Length > 0 && !char.IsWhiteSpace(current[^1]))
                {
                    current.Append(' ');
                }
            }
            else
            {
                current.Append(c == '\u00A0' ? ' ' : c);
            }
        }
    }

    private static void TrimEndSpace(StringBuilder current)
    {
        while (current.Length > 0 && current[^1] == ' ')
        {
            current.Length--;
        }
    }

    private static void Flush(List<string> paragraphs, StringBuilder current)
    {
        var paragraph = current.ToString().Trim();
        if (paragraph.Length > 0)
        {
            paragraphs.Add(paragraph);
        }
        current.Clear();
    }
}
