using System.Collections.Immutable;
using Triangulate.Model;
using Triangulate.Storage;

namespace Triangulate.Corroboration;

/// <summary>An analyst's correction of the grouping, re-applied in order on every regrouping.</summary>
public enum OverrideKind
{
    /// <summary>These claims belong to one event.</summary>
    Merge,
    /// <summary>These claims leave their event(s) and form one of their own.</summary>
    Split,
}

/// <summary>A stored merge or split: which claims, by whom, when.</summary>
public sealed record EventOverride(long Id, OverrideKind Kind, ImmutableArray<long> ClaimIds, string By, DateTimeOffset At, string? Note = null);

/// <summary>Claims grouped into one happening; <see cref="Id"/> is the smallest member claim id, stable while that claim stays.</summary>
public sealed record ClaimGroup(long Id, ImmutableArray<ClaimFacts> Claims);

/// <summary>
/// Groups claims about the same happening: compatible kind, the same or a nearby place, the same side gaining, and
/// dates within the family's window. Claims are bucketed by kind family and a 0.1° grid cell and sorted by day, so
/// only claims in neighbouring cells and within the window are compared; linked pairs are joined by union-find, whose
/// result is the same whatever order the claims come in.
/// </summary>
/// <remarks>
/// A claim with no resolved place joins only claims that name an unresolved place in the same words; a claim that
/// names no place at all stays on its own, because "the town" or "the area" cannot be placed.
/// </remarks>
public static class EventGrouper
{
    /// <summary>Two places this close are one place for grouping: a mine or a district and its town (Toretsk and its
    /// Pivnichna mine are ~2 km apart), while neighbouring villages (Kalynivka and the Kanal district of Chasiv Yar, ~3.5 km;
    /// Toretsk and Niu-York, ~9 km) stay apart.</summary>
    public const double NearbyKm = 3.0;

    private const double CellDegrees = 0.1;

    public static ImmutableArray<ClaimGroup> Group(IReadOnlyList<ClaimFacts> claims, IReadOnlyList<EventOverride>? overrides = null)
    {
        var facts = claims.OrderBy(c => c.Key, StringComparer.Ordinal).ThenBy(c => c.ClaimId).ToArray();
        var sets = new UnionFind(facts.Length);
        LinkPlaced(facts, sets);
        LinkByName(facts, sets);
        var group = new int[facts.Length];
        for (var i = 0; i < facts.Length; i++)
        {
            group[i] = sets.Find(i);
        }
        ApplyOverrides(facts, group, overrides ?? []);
        return [.. Enumerable.Range(0, facts.Length)
            .GroupBy(i => group[i])
            .Select(g => g.Select(i => facts[i]).OrderBy(c => c.Day).ThenBy(c => c.Key, StringComparer.Ordinal).ToImmutableArray())
            .Select(members => new ClaimGroup(members.Min(c => c.ClaimId), members))
            .OrderBy(g => g.Id)];
    }

    public static bool Compatible(ClaimFacts a, ClaimFacts b)
    {
        if (a.Family != b.Family || a.ActingSide != b.ActingSide || a.Negated != b.Negated
            || Math.Abs(a.Day.DayNumber - b.Day.DayNumber) > KindFamilies.WindowDays(a.Family))
        {
            return false;
        }
        return (a.Place, b.Place) switch
        {
            ({ } p, { } q) => p.Id == q.Id || GeoDistance.HaversineKm(p.Lat, p.Lon, q.Lat, q.Lon) <= NearbyKm,
            (null, null) => a.PlaceName is not null && a.PlaceName == b.PlaceName,
            _ => false,
        };
    }

    private static void LinkPlaced(ClaimFacts[] facts, UnionFind sets)
    {
        var cells = new Dictionary<(KindFamily, int, int), List<int>>();
        for (var i = 0; i < facts.Length; i++)
        {
            if (facts[i].Place is { } place)
            {
                var key = (facts[i].Family, Cell(place.Lat), Cell(place.Lon));
                if (!cells.TryGetValue(key, out var list))
                {
                    cells[key] = list = [];
                }
                list.Add(i);
            }
        }
        foreach (var list in cells.Values)
        {
            list.Sort((x, y) => facts[x].Day.CompareTo(facts[y].Day) is var byDay and not 0 ? byDay : x.CompareTo(y));
        }
        foreach (var ((family, row, column), list) in cells)
        {
            for (var dr = -1; dr <= 1; dr++)
            {
                for (var dc = -1; dc <= 1; dc++)
                {
                    if (cells.TryGetValue((family, row + dr, column + dc), out var neighbours))
                    {
                        LinkWithin(facts, sets, list, neighbours, KindFamilies.WindowDays(family));
                    }
                }
            }
        }
    }

    private static void LinkByName(ClaimFacts[] facts, UnionFind sets)
    {
        foreach (var named in Enumerable.Range(0, facts.Length)
                     .Where(i => facts[i].Place is null && facts[i].PlaceName is not null)
                     .GroupBy(i => (facts[i].Family, facts[i].PlaceName)))
        {
            var list = named.OrderBy(i => facts[i].Day).ThenBy(i => i).ToList();
            LinkWithin(facts, sets, list, list, KindFamilies.WindowDays(named.Key.Family));
        }
    }

    /// <summary>Joins each claim of <paramref name="list"/> with the compatible claims of <paramref name="candidates"/>
    /// (sorted by day) inside the time window.</summary>
    private static void LinkWithin(ClaimFacts[] facts, UnionFind sets, List<int> list, List<int> candidates, int windowDays)
    {
        foreach (var i in list)
        {
            var from = facts[i].Day.DayNumber - windowDays;
            var to = facts[i].Day.DayNumber + windowDays;
            var start = LowerBound(facts, candidates, from);
            for (var k = start; k < candidates.Count && facts[candidates[k]].Day.DayNumber <= to; k++)
            {
                var j = candidates[k];
                if (j > i && Compatible(facts[i], facts[j]))
                {
                    sets.Union(i, j);
                }
            }
        }
    }

    private static int LowerBound(ClaimFacts[] facts, List<int> sorted, int dayNumber)
    {
        int low = 0, high = sorted.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (facts[sorted[mid]].Day.DayNumber < dayNumber)
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

    private static void ApplyOverrides(ClaimFacts[] facts, int[] group, IReadOnlyList<EventOverride> overrides)
    {
        var indexById = new Dictionary<long, int>(facts.Length);
        for (var i = 0; i < facts.Length; i++)
        {
            indexById[facts[i].ClaimId] = i;
        }
        var fresh = facts.Length;
        foreach (var change in overrides.OrderBy(o => o.At).ThenBy(o => o.Id))
        {
            var members = change.ClaimIds.Where(indexById.ContainsKey).Select(id => indexById[id]).ToList();
            if (members.Count == 0)
            {
                continue;
            }
            if (change.Kind == OverrideKind.Merge)
            {
                var joined = members.Select(i => group[i]).ToHashSet();
                var target = joined.Min();
                for (var i = 0; i < group.Length; i++)
                {
                    if (joined.Contains(group[i]))
                    {
                        group[i] = target;
                    }
                }
            }
            else
            {
                foreach (var i in members)
                {
                    group[i] = fresh;
                }
                fresh++;
            }
        }
    }

    private static int Cell(double degrees) => (int)Math.Floor(degrees / CellDegrees);
}
