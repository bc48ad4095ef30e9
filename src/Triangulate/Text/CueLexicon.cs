using System.Collections.Immutable;
using Triangulate.Model;

namespace Triangulate.Text;

/// <summary>A lexicon entry found in a text: the value it stands for and the words it covered.</summary>
public readonly record struct CueMatch<T>(T Value, Span Span, string Cue);

/// <summary>
/// Stems and phrases mapped to values, matched case-insensitively at word starts. A cue ending in '=' must end at a
/// word boundary ("push=" does not match "pushing"); other cues are stems ("захват" matches "захватили").
/// </summary>
public sealed class CueLexicon<T>
{
    private readonly ImmutableArray<(string Cue, bool WholeWord, T Value)> _entries;

    public CueLexicon(IEnumerable<(string Cue, T Value)> entries)
    {
        _entries = [.. entries.Select(entry => entry.Cue.EndsWith('=')
            ? (entry.Cue[..^1].ToLowerInvariant(), true, entry.Value)
            : (entry.Cue.ToLowerInvariant(), false, entry.Value))];
    }

    /// <summary>All matches within <paramref name="range"/> of <paramref name="lowered"/> (the text lower-cased), in text order, longest first at a position.</summary>
    public ImmutableArray<CueMatch<T>> FindAll(string lowered, Span range)
    {
        var matches = new List<CueMatch<T>>();
        foreach (var (cue, wholeWord, value) in _entries)
        {
            var at = range.Start;
            while (at < range.End)
            {
                var found = lowered.IndexOf(cue, at, range.End - at, StringComparison.Ordinal);
                if (found < 0)
                {
                    break;
                }
                var end = found + cue.Length;
                var startsWord = found == 0 || !char.IsLetterOrDigit(lowered[found - 1]) || !char.IsLetterOrDigit(cue[0]);
                var endsWord = end >= lowered.Length || !char.IsLetterOrDigit(lowered[end]) || !char.IsLetterOrDigit(cue[^1]);
                if (startsWord && (!wholeWord || endsWord))
                {
                    matches.Add(new CueMatch<T>(value, new Span(found, end), cue));
                }
                at = found + 1;
            }
        }
        return [.. matches.OrderBy(match => match.Span.Start).ThenByDescending(match => match.Span.Length)];
    }

    public CueMatch<T>? FindFirst(string lowered, Span range) =>
        FindAll(lowered, range) is { Length: > 0 } all ? all[0] : null;
}
