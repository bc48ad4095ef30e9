using System.Collections.Frozen;
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
    /// <summary>Entries that start with a letter or digit, and so match only at a word start, by their first two characters.</summary>
    private readonly FrozenDictionary<string, ImmutableArray<Entry>>.AlternateLookup<ReadOnlySpan<char>> _byFirstTwo;

    /// <summary>Entries too short to index, or starting with a mark that lets them match anywhere: searched the slow way.</summary>
    private readonly ImmutableArray<Entry> _unindexed;

    public CueLexicon(IEnumerable<(string Cue, T Value)> entries)
    {
        ImmutableArray<Entry> all = [.. entries.Select((entry, order) => entry.Cue.EndsWith('=')
            ? new Entry(entry.Cue[..^1].ToLowerInvariant(), true, entry.Value, order)
            : new Entry(entry.Cue.ToLowerInvariant(), false, entry.Value, order))];
        _byFirstTwo = all.Where(IsIndexed)
            .GroupBy(entry => entry.Cue[..2], StringComparer.Ordinal)
            .ToFrozenDictionary(group => group.Key, group => group.ToImmutableArray(), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        _unindexed = [.. all.Where(entry => !IsIndexed(entry))];
    }

    /// <summary>All matches within <paramref name="range"/> of <paramref name="lowered"/> (the text lower-cased), in text order, longest first at a position.</summary>
    public ImmutableArray<CueMatch<T>> FindAll(string lowered, Span range)
    {
        var found = new List<(CueMatch<T> Match, int Order)>();
        for (var at = range.Start; at + 1 < range.End; at++)
        {
            if ((at == 0 || !char.IsLetterOrDigit(lowered[at - 1])) && _byFirstTwo.TryGetValue(lowered.AsSpan(at, 2), out var candidates))
            {
                foreach (var entry in candidates)
                {
                    AddIfMatches(found, lowered, range, entry, at);
                }
            }
        }
        foreach (var entry in _unindexed)
        {
            for (var at = range.Start; at < range.End;)
            {
                var next = lowered.IndexOf(entry.Cue, at, range.End - at, StringComparison.Ordinal);
                if (next < 0)
                {
                    break;
                }
                AddIfMatches(found, lowered, range, entry, next);
                at = next + 1;
            }
        }
        // Entries that match at the same place keep their order in the lexicon.
        found.Sort((a, b) => a.Match.Span.Start != b.Match.Span.Start ? a.Match.Span.Start.CompareTo(b.Match.Span.Start)
            : a.Match.Span.Length != b.Match.Span.Length ? b.Match.Span.Length.CompareTo(a.Match.Span.Length)
            : a.Order.CompareTo(b.Order));
        return [.. found.Select(entry => entry.Match)];
    }

    public CueMatch<T>? FindFirst(string lowered, Span range) =>
        FindAll(lowered, range) is { Length: > 0 } all ? all[0] : null;

    private static void AddIfMatches(List<(CueMatch<T>, int)> found, string lowered, Span range, Entry entry, int at)
    {
        var (cue, wholeWord, value, order) = entry;
        var end = at + cue.Length;
        if (end > range.End || !lowered.AsSpan(at).StartsWith(cue, StringComparison.Ordinal))
        {
            return;
        }
        var startsWord = at == 0 || !char.IsLetterOrDigit(lowered[at - 1]) || !char.IsLetterOrDigit(cue[0]);
        var endsWord = end >= lowered.Length || !char.IsLetterOrDigit(lowered[end]) || !char.IsLetterOrDigit(cue[^1]);
        if (startsWord && (!wholeWord || endsWord))
        {
            found.Add((new CueMatch<T>(value, new Span(at, end), cue), order));
        }
    }

    private static bool IsIndexed(Entry entry) => entry.Cue.Length >= 2 && char.IsLetterOrDigit(entry.Cue[0]);

    private sealed record Entry(string Cue, bool WholeWord, T Value, int Order);
}
