using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
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
    /// <summary>
    /// Entries that start with a letter or digit, and so match only at a word start, by their first two characters
    /// (<see cref="PairKey"/>: an integer hashes faster than a string, and the lookup runs at every word start).
    /// </summary>
    private readonly FrozenDictionary<int, ImmutableArray<Entry>> _byFirstTwo;

    /// <summary>Entries too short to index, or starting with a mark that lets them match anywhere: searched the slow way.</summary>
    private readonly ImmutableArray<Entry> _unindexed;

    public CueLexicon(IEnumerable<(string Cue, T Value)> entries)
    {
        ImmutableArray<Entry> all = [.. entries.Select((entry, order) => entry.Cue.EndsWith('=')
            ? new Entry(entry.Cue[..^1].ToLowerInvariant(), true, entry.Value, order)
            : new Entry(entry.Cue.ToLowerInvariant(), false, entry.Value, order))];
        _byFirstTwo = all.Where(IsIndexed)
            .GroupBy(entry => PairKey(entry.Cue, 0))
            .ToFrozenDictionary(group => group.Key, group => group.ToImmutableArray());
        _unindexed = [.. all.Where(entry => !IsIndexed(entry))];
    }

    /// <summary>All matches within <paramref name="range"/> of <paramref name="lowered"/> (the text lower-cased), in text order, longest first at a position.</summary>
    public ImmutableArray<CueMatch<T>> FindAll(string lowered, Span range)
    {
        // Most calls find nothing: the list is made on the first match, not before.
        List<(CueMatch<T> Match, int Order)>? found = null;
        var starts = WordStarts.Of(lowered);
        for (var i = WordStarts.FirstAtOrAfter(starts, range.Start); i < starts.Length && starts[i] + 1 < range.End; i++)
        {
            var at = starts[i];
            if (_byFirstTwo.TryGetValue(PairKey(lowered, at), out var candidates))
            {
                foreach (var entry in candidates)
                {
                    if (Match(lowered, range, entry, at) is { } match)
                    {
                        (found ??= []).Add((match, entry.Order));
                    }
                }
            }
        }
        foreach (var entry in _unindexed)
        {
            for (var at = range.Start; NextOccurrence(lowered, range, entry, at) is var next and >= 0; at = next + 1)
            {
                if (Match(lowered, range, entry, next) is { } match)
                {
                    (found ??= []).Add((match, entry.Order));
                }
            }
        }
        if (found is null)
        {
            return [];
        }
        found.Sort((a, b) => Precedes(a.Match, a.Order, b.Match, b.Order) ? -1 : Precedes(b.Match, b.Order, a.Match, a.Order) ? 1 : 0);
        var matches = ImmutableArray.CreateBuilder<CueMatch<T>>(found.Count);
        foreach (var (match, _) in found)
        {
            matches.Add(match);
        }
        return matches.MoveToImmutable();
    }

    /// <summary>The match <see cref="FindAll"/> would list first, found without listing the others.</summary>
    public CueMatch<T>? FindFirst(string lowered, Span range)
    {
        CueMatch<T>? best = null;
        var bestOrder = 0;
        // Indexed entries are tried word start by word start, so the first one with a match holds the best of them.
        var starts = WordStarts.Of(lowered);
        for (var i = WordStarts.FirstAtOrAfter(starts, range.Start); i < starts.Length && starts[i] + 1 < range.End && best is null; i++)
        {
            var at = starts[i];
            if (_byFirstTwo.TryGetValue(PairKey(lowered, at), out var candidates))
            {
                foreach (var entry in candidates)
                {
                    if (Match(lowered, range, entry, at) is { } match && (best is null || Precedes(match, entry.Order, best.Value, bestOrder)))
                    {
                        (best, bestOrder) = (match, entry.Order);
                    }
                }
            }
        }
        foreach (var entry in _unindexed)
        {
            // Only an entry's first match can come before the best so far; later ones start further on.
            for (var at = range.Start; NextOccurrence(lowered, range, entry, at) is var next and >= 0; at = next + 1)
            {
                if (best is { } found && next > found.Span.Start)
                {
                    break;
                }
                if (Match(lowered, range, entry, next) is { } match)
                {
                    if (best is null || Precedes(match, entry.Order, best.Value, bestOrder))
                    {
                        (best, bestOrder) = (match, entry.Order);
                    }
                    break;
                }
            }
        }
        return best;
    }

    /// <summary>Whether some entry matches at the start of <paramref name="range"/>: what asking <see cref="FindAll"/> for a match starting there answers, without scanning the rest.</summary>
    public bool MatchesAtStart(string lowered, Span range)
    {
        var at = range.Start;
        if (at + 1 < range.End && IsIndexedStart(lowered, at, out var candidates))
        {
            foreach (var entry in candidates)
            {
                if (Match(lowered, range, entry, at) is not null)
                {
                    return true;
                }
            }
        }
        foreach (var entry in _unindexed)
        {
            if (at < range.End && Match(lowered, range, entry, at) is not null)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether an indexed entry may start at <paramref name="at"/> (a word start), and the entries that share its first
    /// two characters. Every indexed entry starts with a letter or digit, so a position that holds neither (the space
    /// after a comma) is passed without a lookup.
    /// </summary>
    private bool IsIndexedStart(string lowered, int at, out ImmutableArray<Entry> candidates)
    {
        candidates = default;
        return (at == 0 || !TextTokens.IsLetterOrDigit(lowered[at - 1])) && TextTokens.IsLetterOrDigit(lowered[at])
            && _byFirstTwo.TryGetValue(PairKey(lowered, at), out candidates);
    }

    /// <summary>The two characters from <paramref name="at"/> as one integer.</summary>
    private static int PairKey(string text, int at) => (text[at] << 16) | text[at + 1];

    /// <summary>Where an unindexed entry's cue next occurs in <paramref name="range"/> from <paramref name="from"/>, or -1.</summary>
    private static int NextOccurrence(string lowered, Span range, Entry entry, int from) =>
        from >= range.End ? -1 : lowered.IndexOf(entry.Cue, from, range.End - from, StringComparison.Ordinal);

    /// <summary>The order of matches: by start, then longest first, then as the entries stand in the lexicon.</summary>
    private static bool Precedes(CueMatch<T> a, int aOrder, CueMatch<T> b, int bOrder) =>
        a.Span.Start != b.Span.Start ? a.Span.Start < b.Span.Start
        : a.Span.Length != b.Span.Length ? a.Span.Length > b.Span.Length
        : aOrder < bOrder;

    private static CueMatch<T>? Match(string lowered, Span range, Entry entry, int at)
    {
        var (cue, wholeWord, value, _) = entry;
        var end = at + cue.Length;
        if (end > range.End || !lowered.AsSpan(at).StartsWith(cue, StringComparison.Ordinal))
        {
            return null;
        }
        var startsWord = at == 0 || !TextTokens.IsLetterOrDigit(lowered[at - 1]) || !TextTokens.IsLetterOrDigit(cue[0]);
        var endsWord = end >= lowered.Length || !TextTokens.IsLetterOrDigit(lowered[end]) || !TextTokens.IsLetterOrDigit(cue[^1]);
        return startsWord && (!wholeWord || endsWord) ? new CueMatch<T>(value, new Span(at, end), cue) : null;
    }

    private static bool IsIndexed(Entry entry) => entry.Cue.Length >= 2 && char.IsLetterOrDigit(entry.Cue[0]);

    private sealed record Entry(string Cue, bool WholeWord, T Value, int Order);
}

/// <summary>
/// Where the words of a text start: a letter or digit after neither, the only places an indexed cue can start. Every
/// cue lexicon scans the same lower-cased report clause after clause, so a report-sized text's starts are found once
/// and kept while the text lives; a short text (a word, a title) is read on each call instead of being kept.
/// </summary>
internal static class WordStarts
{
    /// <summary>The shortest text whose starts are kept: below it, finding them again costs less than keeping them.</summary>
    private const int KeptFromLength = 256;

    private static readonly ConditionalWeakTable<string, int[]> Kept = [];

    /// <summary>The word starts of <paramref name="text"/>, in order.</summary>
    public static int[] Of(string text) => text.Length >= KeptFromLength ? Kept.GetValue(text, Find) : Find(text);

    /// <summary>The index in <paramref name="starts"/> of the first start at or after <paramref name="position"/>.</summary>
    public static int FirstAtOrAfter(int[] starts, int position)
    {
        var index = Array.BinarySearch(starts, position);
        return index >= 0 ? index : ~index;
    }

    /// <summary>Counted first, so that the array is made once at its size.</summary>
    private static int[] Find(string text)
    {
        var count = 0;
        for (var at = 0; at < text.Length; at++)
        {
            count += IsStart(text, at) ? 1 : 0;
        }
        var starts = new int[count];
        for (int at = 0, next = 0; next < count; at++)
        {
            if (IsStart(text, at))
            {
                starts[next++] = at;
            }
        }
        return starts;
    }

    private static bool IsStart(string text, int at) =>
        TextTokens.IsLetterOrDigit(text[at]) && (at == 0 || !TextTokens.IsLetterOrDigit(text[at - 1]));
}
