using System.Text;
using Triangulate.Model;

namespace Triangulate.Summaries.Dossiers;

/// <summary>
/// A dossier as Markdown (GitHub's flavour): ready to paste into a note or a ticket. Ingested text is escaped so that
/// it can neither format nor link; quotations set the claim's words in bold.
/// </summary>
public sealed class DossierMarkdown : DossierWriter
{
    private readonly StringBuilder output = new();

    public static string Write(EventDossier dossier) => DossierLayout.Write(dossier, new DossierMarkdown());

    public override void Title(string text) => output.Append("# ").Append(Escape(text)).Append("\n\n");

    public override void Heading(string text) => output.Append("## ").Append(Escape(text)).Append("\n\n");

    public override void Paragraph(params Inline[] parts)
    {
        foreach (var part in parts)
        {
            output.Append(Render(part));
        }
        output.Append("\n\n");
    }

    public override void Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<Inline>> rows)
    {
        output.Append("| ").AppendJoin(" | ", header.Select(Escape)).Append(" |\n");
        output.Append('|').Append(string.Concat(header.Select(_ => " --- |"))).Append('\n');
        foreach (var row in rows)
        {
            output.Append("| ").AppendJoin(" | ", row.Select(Render)).Append(" |\n");
        }
        output.Append('\n');
    }

    public override void Quote(string text, Span span, IReadOnlyList<QuoteMark> marks)
    {
        output.Append("> ");
        var bold = false;
        foreach (var (words, kinds) in DossierLayout.Segments(text, span, marks))
        {
            var claim = kinds.Contains("claim");
            // Emphasis must hug the words: spaces at its edges stay outside the asterisks.
            var escaped = Escape(words).Replace("\n", " ", StringComparison.Ordinal);
            if (claim != bold)
            {
                var trimmed = escaped.TrimStart();
                output.Append(escaped.AsSpan(0, escaped.Length - trimmed.Length)).Append("**");
                escaped = trimmed;
                bold = claim;
            }
            output.Append(escaped);
        }
        if (bold)
        {
            output.Append("**");
        }
        output.Append("\n\n");
    }

    public override void Tree(IReadOnlyList<ProvenanceNode> nodes)
    {
        Nodes(nodes, 0);
        output.Append('\n');
    }

    private void Nodes(IReadOnlyList<ProvenanceNode> nodes, int depth)
    {
        foreach (var node in nodes)
        {
            output.Append(' ', depth * 2).Append("- ").Append(Escape(Describe(node))).Append('\n');
            foreach (var reason in node.Reasons ?? [])
            {
                output.Append(' ', (depth + 1) * 2).Append("- joined because ").Append(Escape(reason)).Append('\n');
            }
            Nodes(node.Children, depth + 1);
        }
    }

    internal static string Describe(ProvenanceNode node) => node.Role switch
    {
        ProvenanceTree.IndependentRole => $"independent origin ({node.Side}): {node.Name}",
        ProvenanceTree.NotCountedRole => node.Name,
        _ => $"{node.Role}: {node.Name} ({node.Side}) — claims {string.Join(", ", node.ClaimIds.Select(id => "c" + DossierLayout.Number(id)))}",
    };

    /// <summary>Markdown cannot draw the map: the paragraph before it already says what it shows.</summary>
    public override void Map(MapEvidence evidence)
    {
    }

    public override string ToString() => output.ToString();

    private static string Render(Inline part) => part.Style switch
    {
        InlineStyle.Strong => "**" + Escape(part.Text) + "**",
        InlineStyle.Code => "`" + part.Text.Replace("`", "'", StringComparison.Ordinal) + "`",
        InlineStyle.Link => "<" + (part.Href ?? part.Text).Replace(" ", "%20", StringComparison.Ordinal).Replace(">", "%3E", StringComparison.Ordinal) + ">",
        _ => Escape(part.Text),
    };

    /// <summary>Backslash before every character Markdown could read as formatting, a link or a table cell's end.</summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#' or '!')
            {
                escaped.Append('\\');
            }
            escaped.Append(c == '\r' ? ' ' : c);
        }
        return escaped.ToString();
    }
}
