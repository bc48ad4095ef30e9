using System.Collections.Immutable;
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
/// Groups claims about the same happening: compatible kind, the same place, the same side gaining, and dates within
/// the family's window. "The same place" is the same settlement: a claim about the centre of Toretsk, about its
/// Pivnichna mine or about "1.5 km south of" it is about Toretsk, while Toretsk and its neighbour Niu-York, or Kalynivka
/// and the Kanal district of Chasiv Yar (2 km apart), are different places. Claims are bucketed by kind family and
/// settlement and sorted by day, so only claims within the window are compared; linked pairs are joined by union-find,
/// whose result is the same whatever order the claims come in.
/// </summary>
/// <remarks>
/// A claim with no resolved place joins claims that name an unresolved place in the same words, and copies of itself
/// (a forward, a repost with a word changed: what <see cref="OriginIndependence.CopyReason(ClaimFacts, ClaimFacts)"/>
/// calls a copy), which tell of the same happening whatever the place. Otherwise a claim that names no place stays on
/// its own, because "the town" or "the area" cannot be placed.
/// </remarks>
public static class EventGrouper
{
    public static ImmutableArray<ClaimGroup> Group(IReadOnlyList<ClaimFacts> claims, IReadOnlyList<EventOverride>? overrides = null)
    {
        var facts = claims.OrderBy(c => c.Key, StringComparer.Ordinal).ThenBy(c => c.ClaimId).ToArray();
        var sets = new UnionFind(facts.Length);
        foreach (var bucket in Enumerable.Range(0, facts.Length)
                     .Where(i => facts[i].Place is not null || facts[i].PlaceName is not null)
                     .GroupBy(i => (facts[i].Family, Where: facts[i].Place?.Anchor ?? "name:" + facts[i].PlaceName)))
        {
            var list = bucket.OrderBy(i => facts[i].Day).ThenBy(i => i).ToList();
            LinkWithin(facts, sets, list, KindFamilies.WindowDays(bucket.Key.Family));
        }
        foreach (var bucket in Enumerable.Range(0, facts.Length).Where(i => facts[i].Place is null).GroupBy(i => facts[i].Family))
        {
            var list = bucket.OrderBy(i => facts[i].Day).ThenBy(i => i).ToList();
            LinkCopies(facts, sets, list, KindFamilies.WindowDays(bucket.Key));
        }
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
        if (!SameHappeningApartFromPlace(a, b))
        {
            return false;
        }
        return (a.Place, b.Place) switch
        {
            ({ } p, { } q) => SamePlace(p, q),
            (null, null) => a.PlaceName is not null && a.PlaceName == b.PlaceName,
            _ => false,
        };
    }

    private static bool SameHappeningApartFromPlace(ClaimFacts a, ClaimFacts b) =>
        a.Family == b.Family && a.ActingSide == b.ActingSide && a.Negated == b.Negated
        && Math.Abs(a.Day.DayNumber - b.Day.DayNumber) <= KindFamilies.WindowDays(a.Family);

    /// <summary>The same settlement, whether named itself or through a feature filed under it.</summary>
    public static bool SamePlace(FactPlace a, FactPlace b) => a.Anchor == b.Anchor;

    /// <summary>Joins each claim of a day-sorted bucket with the compatible claims after it inside the time window.</summary>
    private static void LinkWithin(ClaimFacts[] facts, UnionFind sets, List<int> sorted, int windowDays)
    {
        for (var a = 0; a < sorted.Count; a++)
        {
            var i = sorted[a];
            var to = facts[i].Day.DayNumber + windowDays;
            for (var b = a + 1; b < sorted.Count && facts[sorted[b]].Day.DayNumber <= to; b++)
            {
                if (Compatible(facts[i], facts[sorted[b]]))
                {
                    sets.Union(i, sorted[b]);
                }
            }
        }
    }

    /// <summary>Joins each unplaced claim of a day-sorted bucket with its copies after it inside the time window.</summary>
    private static void LinkCopies(ClaimFacts[] facts, UnionFind sets, List<int> sorted, int windowDays)
    {
        var shingles = sorted.ToDictionary(i => i, i => OriginIndependence.Shingles(facts[i].Text));
        for (var a = 0; a < sorted.Count; a++)
        {
            var i = sorted[a];
            var to = facts[i].Day.DayNumber + windowDays;
            for (var b = a + 1; b < sorted.Count && facts[sorted[b]].Day.DayNumber <= to; b++)
            {
                var j = sorted[b];
                if (SameHappeningApartFromPlace(facts[i], facts[j]) && OriginIndependence.CopyReason(facts[i], facts[j], shingles[i], shingles[j]) is not null)
                {
                    sets.Union(i, j);
                }
            }
        }
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
}
