using System.Collections.Immutable;
using Triangulate.Model;
using Triangulate.Storage;

namespace Triangulate.Corroboration;

/// <summary>
/// Links events that cannot both be true, both ways: a claim that one side took ground against a denial from the
/// other side, a report that the other side repelled an assault there, or a claim that the other side holds or gained
/// the place — at the same or a nearby place, from a day before the claim to two weeks after its last report.
/// </summary>
public static class Contradictions
{
    public const int DaysBefore = 1;
    public const int DaysAfter = 14;

    public static ImmutableDictionary<long, ImmutableArray<long>> Link(IReadOnlyList<ClaimGroup> groups)
    {
        var links = new Dictionary<long, SortedSet<long>>();
        var placed = groups.Where(g => g.Claims.Any(c => c.Place is not null)).ToList();
        var ground = placed.Where(g => g.Claims[0].Family == KindFamily.Ground && g.Claims[0].ActingSide is Side.RU or Side.UA && !g.Claims[0].Negated).ToList();
        var byCell = new Dictionary<(int, int), List<ClaimGroup>>();
        foreach (var group in placed)
        {
            foreach (var cell in Cells(group).Distinct())
            {
                if (!byCell.TryGetValue(cell, out var list))
                {
                    byCell[cell] = list = [];
                }
                list.Add(group);
            }
        }
        foreach (var claim in ground)
        {
            var candidates = Cells(claim)
                .SelectMany(c => Neighbours(c))
                .Distinct()
                .SelectMany(c => byCell.TryGetValue(c, out var list) ? list : [])
                .DistinctBy(g => g.Id);
            foreach (var other in candidates)
            {
                if (other.Id != claim.Id && Contradicts(claim, other))
                {
                    Add(links, claim.Id, other.Id);
                    Add(links, other.Id, claim.Id);
                }
            }
        }
        return links.ToImmutableDictionary(p => p.Key, p => p.Value.ToImmutableArray());
    }

    private static IEnumerable<(int, int)> Cells(ClaimGroup group) =>
        group.Claims.Select(c => c.Place).OfType<FactPlace>().Select(p => ((int)Math.Floor(p.Lat / 0.1), (int)Math.Floor(p.Lon / 0.1)));

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

    private static bool Contradicts(ClaimGroup claim, ClaimGroup other)
    {
        var side = claim.Claims[0].ActingSide;
        var first = claim.Claims.Min(c => c.Day).DayNumber - DaysBefore;
        var last = claim.Claims.Max(c => c.Day).DayNumber + DaysAfter;
        var head = other.Claims[0];
        var opposes = head.Family switch
        {
            KindFamily.Denial => other.Claims.Any(c => c.Origin.Side != side),
            KindFamily.RepelledAttack => head.ActingSide == KindFamilies.Opposite(side),
            KindFamily.Ground => head.ActingSide == KindFamilies.Opposite(side) || (head.Negated && head.ActingSide == side),
            _ => false,
        };
        return opposes
            && other.Claims.Any(c => c.Day.DayNumber >= first && c.Day.DayNumber <= last)
            && Near(claim, other);
    }

    private static bool Near(ClaimGroup a, ClaimGroup b) =>
        a.Claims.Select(c => c.Place).OfType<FactPlace>().Any(p => b.Claims.Select(c => c.Place).OfType<FactPlace>()
            .Any(q => p.Id == q.Id || GeoDistance.HaversineKm(p.Lat, p.Lon, q.Lat, q.Lon) <= EventGrouper.NearbyKm));

    private static void Add(Dictionary<long, SortedSet<long>> links, long from, long to)
    {
        if (!links.TryGetValue(from, out var set))
        {
            links[from] = set = [];
        }
        set.Add(to);
    }
}
