using System.Collections.Immutable;
using Triangulate.Model;

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
/// Groups claims about the same happening. Claims fall into buckets by <b>bucket key</b> — their family
/// (<see cref="ClaimFacts.Family"/>: what kind of happening, every denial in one) and their place
/// (<see cref="ClaimFacts.Where"/>: the settlement, a mine or district counting as its town, else the oblast or raion,
/// else the unresolved name) — and each bucket is grouped on its own, from its claims' facts alone, so that a ledger
/// can regroup only the buckets a new claim falls in. Claims that name no place at all are bucketed by family only.
/// <para>
/// In a bucket, the claims dated to a day by their words, dateline or report, and of a known side gaining, form
/// <b>bounded events</b> per side: sorted by day, each event starts at its earliest claim and takes the claims up to
/// <see cref="KindFamilies.WindowDays"/> after it, and the next claim starts the next event — so months of claims
/// about one town never chain into one event, and a claim repeated weeks later is a new event (linked to the earlier
/// one as a repetition, <see cref="Repetitions"/>). The other claims of the bucket join one of those events when it
/// is the only one they fit: a claim of no known side by its day; a claim dated only to a week or month by its range;
/// an undated claim (a reprint with no date, "earlier") by its origin — the event one of its members' origin, or the
/// report it copies, stands behind — then by what its words tell (a weekday, a day of a month, "before that"). What
/// joins nothing groups with its like: by day, or, undated, by origin.
/// </para>
/// <para>
/// A claim with no place joins claims that are copies of it (a forward, a repost with a word changed:
/// <see cref="Copies"/>) of the same family and side within the window; a fragment of a statement was given its host
/// claim's place and family when its report was read (<see cref="ClaimFactsReader.ReadReport"/>). Union-find joins
/// the members, and its result does not depend on the order of its unions, so the grouping does not depend on the
/// order of ingest.
/// </para>
/// </summary>
public static class EventGrouper
{
    private static readonly Side[] KnownSides = [Side.RU, Side.UA, Side.Other];

    public static ImmutableArray<ClaimGroup> Group(IReadOnlyList<ClaimFacts> claims, IReadOnlyList<EventOverride>? overrides = null)
    {
        var facts = claims.OrderBy(c => c.Key, StringComparer.Ordinal).ThenBy(c => c.ClaimId).ToArray();
        var sets = new UnionFind(facts.Length);
        foreach (var bucket in Enumerable.Range(0, facts.Length)
                     .Where(i => facts[i].Where is not null)
                     .GroupBy(i => (facts[i].Family, facts[i].Where)))
        {
            foreach (var members in GroupBucket(facts, [.. bucket], KindFamilies.WindowDays(bucket.Key.Family)))
            {
                foreach (var i in members.Skip(1))
                {
                    sets.Union(members[0], i);
                }
            }
        }
        foreach (var bucket in Enumerable.Range(0, facts.Length).Where(i => facts[i].Where is null).GroupBy(i => facts[i].Family))
        {
            var list = bucket.Where(i => facts[i].Day is not null).OrderBy(i => facts[i].Day).ThenBy(i => i).ToList();
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
            .Select(g => GroupOf(g.Select(i => facts[i])))
            .OrderBy(g => g.Id)];
    }

    /// <summary>Claims as one event: its id the smallest claim id, its claims in the order the event lists them.</summary>
    public static ClaimGroup GroupOf(IEnumerable<ClaimFacts> members)
    {
        var ordered = members.OrderBy(c => c.Day ?? DateOnly.MaxValue).ThenBy(c => c.Key, StringComparer.Ordinal).ToImmutableArray();
        return new ClaimGroup(ordered.Min(c => c.ClaimId), ordered);
    }

    /// <summary>The same settlement, whether named itself or through a feature filed under it.</summary>
    public static bool SamePlace(FactPlace a, FactPlace b) => a.Anchor == b.Anchor;

    /// <summary>Claims of one bucket being grouped: the day-dated, sided claims' bounded events and what joined them.</summary>
    private sealed class Segment(Side side, int first)
    {
        public Side Side { get; } = side;
        public int First { get; } = first;
        public int Last { get; set; } = first;
        public List<int> Members { get; } = [];
        public HashSet<string> Origins { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>One bucket's events, each as the indices of its claims.</summary>
    private static IEnumerable<List<int>> GroupBucket(ClaimFacts[] facts, List<int> bucket, int window)
    {
        var segments = new List<Segment>();
        foreach (var side in KnownSides)
        {
            Sweep(facts, bucket.Where(i => facts[i].ActingSide == side && facts[i].Time is { Precise: true }), side, window, segments);
        }
        // Claims of no known side by their day, then the rest by what they tell of their time.
        var unsided = Join(facts, bucket.Where(i => facts[i].ActingSide == Side.Unknown && facts[i].Time is { Precise: true }), segments, window);
        Sweep(facts, unsided, Side.Unknown, window, segments);
        var leftovers = Join(facts, bucket.Where(i => facts[i].Time is not { Precise: true }), segments, window);
        foreach (var side in KnownSides.Append(Side.Unknown))
        {
            Sweep(facts, leftovers.Where(i => facts[i].ActingSide == side && facts[i].Day is not null), side, window, segments);
        }
        // Undated claims that fit no event of their bucket group with the undated claims of their origin and side.
        var undated = leftovers.Where(i => facts[i].Day is null).GroupBy(i => (facts[i].ActingSide, facts[i].Origin.Key)).Select(g => g.ToList());
        return segments.Select(s => s.Members).Concat(undated);
    }

    /// <summary>
    /// Adds each claim to the one event it fits, if any, after all are judged — so that what one claim joins never
    /// depends on another's joining — and returns those that fit none.
    /// </summary>
    private static List<int> Join(ClaimFacts[] facts, IEnumerable<int> claims, List<Segment> segments, int window)
    {
        var leftovers = new List<int>();
        var joins = new List<(Segment Segment, int Claim)>();
        foreach (var i in claims)
        {
            if (Fitting(facts, facts[i], segments, window) is { } segment)
            {
                joins.Add((segment, i));
            }
            else
            {
                leftovers.Add(i);
            }
        }
        foreach (var (segment, i) in joins)
        {
            segment.Members.Add(i);
        }
        return leftovers;
    }

    /// <summary>Bounded events of claims by day: each starts at its earliest claim and takes those up to the window after it.</summary>
    private static void Sweep(ClaimFacts[] facts, IEnumerable<int> claims, Side side, int window, List<Segment> segments)
    {
        Segment? current = null;
        foreach (var i in claims.OrderBy(i => facts[i].Day).ThenBy(i => i))
        {
            var day = facts[i].Day!.Value.DayNumber;
            if (current is null || day > current.First + window)
            {
                current = new Segment(side, day);
                segments.Add(current);
            }
            current.Members.Add(i);
            current.Last = day;
            current.Origins.Add(facts[i].Origin.Key);
        }
    }

    /// <summary>
    /// The one event a claim that cannot start one fits, at its time (its day, its week or month, anything for an
    /// undated claim but what its words rule out): of its side before one of no known side (a claim of no known side
    /// fits any), and among those, one its origin, its report or a copy of its report stands behind before any other;
    /// null when none fits or several fit equally.
    /// </summary>
    private static Segment? Fitting(ClaimFacts[] facts, ClaimFacts claim, List<Segment> segments, int window)
    {
        var fitting = segments.Where(s => FitsTime(claim, s, facts, window)).ToList();
        var sided = claim.ActingSide == Side.Unknown ? fitting : fitting.Where(s => s.Side == claim.ActingSide).ToList();
        if (sided.Count == 0)
        {
            sided = [.. fitting.Where(s => s.Side == Side.Unknown)];
        }
        var vouched = sided.Where(s => s.Origins.Contains(claim.Origin.Key)
            || s.Members.Any(m => facts[m].ReportId == claim.ReportId || Copies.SameReportText(facts[m], claim) is not null)).ToList();
        // An oblast is too wide for the only event there to be the one: a claim placed by its oblast joins only what vouches for it.
        return vouched.Count == 1 ? vouched[0]
            : vouched.Count == 0 && sided.Count == 1 && claim.Place is not { Region: true } ? sided[0]
            : null;
    }

    private static bool FitsTime(ClaimFacts claim, Segment segment, ClaimFacts[] facts, int window)
    {
        if (claim.Time is { } time)
        {
            return time.Precise
                ? time.From.DayNumber >= segment.Last - window && time.From.DayNumber <= segment.First + window
                : time.From.DayNumber <= segment.Last && time.To.DayNumber >= segment.First;
        }
        if (claim.Latest is { } latest && segment.First > latest.DayNumber)
        {
            return false;
        }
        return claim.Partial is not { } partial || segment.Members.Any(m => facts[m].Time is { } t && Matches(partial, t));
    }

    /// <summary>Whether a day the claim's time covers is the weekday, or the day of the month, the words name.</summary>
    private static bool Matches(PartialDate partial, FactTime time)
    {
        for (var day = time.From; day <= time.To; day = day.AddDays(1))
        {
            if ((partial.Weekday is not { } weekday || day.DayOfWeek == weekday)
                && (partial.Month is not { } month || day.Month == month)
                && (partial.Day is not { } dayOfMonth || day.Day == dayOfMonth))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Joins each unplaced claim of a day-sorted bucket with its copies of the same side after it inside the time window.</summary>
    private static void LinkCopies(ClaimFacts[] facts, UnionFind sets, List<int> sorted, int windowDays)
    {
        var sketches = sorted.ToDictionary(i => i, i => TextSketch.Of(facts[i].Text));
        for (var a = 0; a < sorted.Count; a++)
        {
            var i = sorted[a];
            var to = facts[i].Day!.Value.DayNumber + windowDays;
            for (var b = a + 1; b < sorted.Count && facts[sorted[b]].Day!.Value.DayNumber <= to; b++)
            {
                var j = sorted[b];
                if (facts[i].ActingSide == facts[j].ActingSide && Copies.Reason(facts[i], facts[j], sketches[i], sketches[j]) is not null)
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
