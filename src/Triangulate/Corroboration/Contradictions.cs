using System.Collections.Immutable;
using Triangulate.Model;
using Triangulate.Storage;

namespace Triangulate.Corroboration;

/// <summary>
/// Links events that cannot both be true, both ways: a claim that one side took ground against a denial from the
/// other side, a report that the other side repelled an assault there, or a claim that the other side holds or gained
/// the place — at the same or a nearby place, from a day before the claim to two weeks after its last report.
/// Candidates come from the same and neighbouring grid cells, sorted by first day, so the cost follows the cell sizes.
/// </summary>
public static class Contradictions
{
    public const int DaysBefore = 1;
    public const int DaysAfter = 14;

    private const double CellDegrees = 0.1;

    private sealed record Span(ClaimGroup Group, int First, int Last);

    public static ImmutableDictionary<long, ImmutableArray<long>> Link(IReadOnlyList<ClaimGroup> groups)
    {
        var links = new Dictionary<long, SortedSet<long>>();
        var placed = groups.Where(g => g.Claims.Any(c => c.Place is not null))
            .Select(g => new Span(g, g.Claims.Min(c => c.Day.DayNumber), g.Claims.Max(c => c.Day.DayNumber)))
            .ToList();
        var byCell = new Dictionary<(int, int), List<Span>>();
        foreach (var span in placed)
        {
            foreach (var cell in Cells(span.Group).Distinct())
            {
                if (!byCell.TryGetValue(cell, out var list))
                {
                    byCell[cell] = list = [];
                }
                list.Add(span);
            }
        }
        var longest = new Dictionary<(int, int), int>();
        foreach (var (cell, list) in byCell)
        {
            list.Sort((a, b) => a.First != b.First ? a.First.CompareTo(b.First) : a.Group.Id.CompareTo(b.Group.Id));
            longest[cell] = list.Max(s => s.Last - s.First);
        }
        foreach (var claim in placed.Where(s => s.Group.Claims[0] is { Family: KindFamily.Ground, ActingSide: Side.RU or Side.UA, Negated: false }))
        {
            var from = claim.First - DaysBefore;
            var to = claim.Last + DaysAfter;
            var seen = new HashSet<long>();
            foreach (var cell in Cells(claim.Group).SelectMany(Neighbours).Distinct())
            {
                if (!byCell.TryGetValue(cell, out var list))
                {
                    continue;
                }
                // A candidate must have a claim dated within [from, to]; it starts no earlier than its span allows.
                for (var k = LowerBound(list, from - longest[cell]); k < list.Count && list[k].First <= to; k++)
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
        return opposes
            && other.Claims.Any(c => c.Day.DayNumber >= from && c.Day.DayNumber <= to)
            && Near(claim, other);
    }

    private static bool Near(ClaimGroup a, ClaimGroup b) =>
        a.Claims.Select(c => c.Place).OfType<FactPlace>().Any(p => b.Claims.Select(c => c.Place).OfType<FactPlace>()
            .Any(q => p.Id == q.Id || GeoDistance.HaversineKm(p.Lat, p.Lon, q.Lat, q.Lon) <= EventGrouper.NearbyKm));

    private static IEnumerable<(int, int)> Cells(ClaimGroup group) =>
        group.Claims.Select(c => c.Place).OfType<FactPlace>().Select(p => ((int)Math.Floor(p.Lat / CellDegrees), (int)Math.Floor(p.Lon / CellDegrees)));

    private static IEnumerable<(int, int)> Neighbours((int Row, int Column) cell)
    {
        for (var dr = -1; dr <= 1; dr++)
        {
            for (var dc = -1; dc <= 1; dc++)
            {
                yield return (cell.Row + dr, cell.Column + dc);
            }
        }
    }

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
