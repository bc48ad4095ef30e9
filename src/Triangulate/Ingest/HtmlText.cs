using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Triangulate.Ingest;

/// <summary>
/// Turns HTML into the text a reader sees: scripts, styles, navigation, forms and asides dropped, elements whose class
/// or id marks them as furniture (share, related, comments, tags) dropped, block elements separated by blank lines,
/// whitespace inside a paragraph collapsed, and paragraphs that are page furniture (<see cref="ArticleFurniture"/>) left out.
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

    // Class and id names that mark advertising and page furniture rather than the article.
    private static readonly HashSet<string> FurnitureNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "ad", "ads", "banner", "sidebar", "menu", "tags", "tag", "popular", "recommended", "subscribe", "cookie", "cookies",
    };

    // Words that mark furniture also as a part of a name split at hyphens and underscores ("article-share",
    // "comments_list"); not "tag", which WordPress puts on articles themselves ("tag-ukraine").
    private static readonly HashSet<string> FurnitureWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "advert", "advertisement", "promo", "sponsored", "related", "share", "sharing", "social", "newsletter",
        "comment", "comments", "disqus", "breadcrumb", "breadcrumbs", "readalso", "outbrain", "taboola",
        "cta", "membership", "donate", "donation", "paywall",
    };

    private static readonly char[] ClassWordSeparators = ['-', '_'];

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
        || element.ClassList.Any(IsFurnitureName)
        || element.Id is { } id && IsFurnitureName(id)
        || element.GetAttribute("role") is "navigation" or "banner" or "complementary"
        || element.HasAttribute("hidden");

    private static bool IsFurnitureName(string name) =>
        FurnitureNames.Contains(name) || name.Split(ClassWordSeparators, StringSplitOptions.RemoveEmptyEntries).Any(FurnitureWords.Contains);

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
        if (paragraph.Length > 0 && !ArticleFurniture.IsFurniture(paragraph))
        {
            paragraphs.Add(paragraph);
        }
        current.Clear();
    }
}
