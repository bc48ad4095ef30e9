using System.Collections.Immutable;
using Triangulate.Model;

namespace Triangulate.Corroboration;

/// <summary>
/// Links events that cannot both be true, both ways: a claim that one side took ground against a denial from the
/// other side, a report that the other side repelled an assault there, or a claim that the other side holds or gained
/// the place — at a settlement both name (<see cref="ClaimFacts.Anchors"/>), from a day before the claim to
/// two weeks after its last report. Candidates come from the same place, sorted by first day, so the cost follows the
/// number of events per place.
/// </summary>
public static class Contradictions
{
    public const int DaysBefore = 1;
    public const int DaysAfter = 14;

    private sealed record Span(ClaimGroup Group, int First, int Last);

    public static ImmutableDictionary<long, ImmutableArray<long>> Link(IReadOnlyList<ClaimGroup> groups)
    {
        var links = new Dictionary<long, SortedSet<long>>();
        var placed = groups.Where(g => g.Claims.Any(c => c.Place is not null))
            .Select(g => new Span(g, g.Claims.Min(c => c.Day.DayNumber), g.Claims.Max(c => c.Day.DayNumber)))
            .ToList();
        var byPlace = new Dictionary<string, List<Span>>(StringComparer.Ordinal);
        foreach (var span in placed)
        {
            foreach (var anchor in Anchors(span.Group))
            {
                if (!byPlace.TryGetValue(anchor, out var list))
                {
                    byPlace[anchor] = list = [];
                }
                list.Add(span);
            }
        }
        var longest = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (place, list) in byPlace)
        {
            list.Sort((a, b) => a.First != b.First ? a.First.CompareTo(b.First) : a.Group.Id.CompareTo(b.Group.Id));
            longest[place] = list.Max(s => s.Last - s.First);
        }
        foreach (var claim in placed.Where(s => s.Group.Claims[0] is { Family: KindFamily.Ground, ActingSide: Side.RU or Side.UA, Negated: false }))
        {
            var from = claim.First - DaysBefore;
            var to = claim.Last + DaysAfter;
            var seen = new HashSet<long>();
            foreach (var place in Anchors(claim.Group))
            {
                if (!byPlace.TryGetValue(place, out var list))
                {
                    continue;
                }
                // A candidate must have a claim dated within [from, to]; it starts no earlier than its span allows.
                for (var k = LowerBound(list, from - longest[place]); k < list.Count && list[k].First <= to; k++)
                {
                    var other = list[k];
                    if (other.Last >= from && other.Group.Id != claim.Group.Id && seen.Add(other.Group.Id) && Contradicts(claim.Group, other.Group, from, to))
                    {
                        Add(links, claim.Group.Id, other.Group.Id);
                        Add(links, other.Group.Id, claim.Group.Id);
                    }
                }
            }
        }
        return links.ToImmutableDictionary(p => p.Key, p => p.Value.ToImmutableArray());
    }

    private static bool Contradicts(ClaimGroup claim, ClaimGroup other, int from, int to)
    {
        var side = claim.Claims[0].ActingSide;
        var head = other.Claims[0];
        var opposes = head.Family switch
        {
            KindFamily.Denial => other.Claims.Any(c => c.Origin.Side != side),
            KindFamily.RepelledAttack => head.ActingSide == KindFamilies.Opposite(side),
            KindFamily.Ground => head.ActingSide == KindFamilies.Opposite(side) || (head.Negated && head.ActingSide == side),
            _ => false,
        };
        return opposes && other.Claims.Any(c => c.Day.DayNumber >= from && c.Day.DayNumber <= to);
    }

    private static IEnumerable<string> Anchors(ClaimGroup group) =>
        group.Claims.SelectMany(c => c.Anchors).Distinct(StringComparer.Ordinal);

    private static int LowerBound(List<Span> sorted, int first)
    {
        int low = 0, high = sorted.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (sorted[mid].First < first)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }
        return low;
    }

    private static void Add(Dictionary<long, SortedSet<long>> links, long from, long to)
    {
        if (!links.TryGetValue(from, out var set))
        {
            links[from] = set = [];
        }
        set.Add(to);
    }
}
