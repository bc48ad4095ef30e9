using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Summaries;

/// <summary>Where a claim stands in its report: the sentence (or sentences) its span falls in, and their paragraph.</summary>
public readonly record struct ClaimContext(Span Sentence, Span Paragraph)
{
    /// <summary>
    /// The context of <paramref name="claim"/> in <paramref name="text"/>: the sentences the span overlaps, and every
    /// sentence of the paragraphs they belong to. A span that overlaps no sentence is its own context.
    /// </summary>
    public static ClaimContext Of(string text, Span claim)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = SentenceSplitter.Split(text);
        var overlapping = sentences.Where(s => s.Span.Start < claim.End && claim.Start < s.Span.End).ToList();
        if (overlapping.Count == 0)
        {
            return new ClaimContext(claim, claim);
        }
        var sentence = new Span(Math.Min(claim.Start, overlapping[0].Span.Start), Math.Max(claim.End, overlapping[^1].Span.End));
        var paragraphs = overlapping.Select(s => s.Paragraph).ToHashSet();
        var inParagraph = sentences.Where(s => paragraphs.Contains(s.Paragraph)).ToList();
        var paragraph = new Span(Math.Min(sentence.Start, inParagraph[0].Span.Start), Math.Max(sentence.End, inParagraph[^1].Span.End));
        return new ClaimContext(sentence, paragraph);
    }
}
