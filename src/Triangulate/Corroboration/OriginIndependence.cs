using System.Collections.Immutable;
using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Corroboration;

/// <summary>Origins that stand for one independent voice, with the side they speak for and why they were joined.</summary>
public sealed record OriginCluster(ImmutableArray<FactSource> Origins, Side Side, ImmutableArray<string> Reasons);

/// <summary>
/// The independent origins of one event, and the origins left uncounted: those that only pass a claim on, and those
/// heard only undated, or only granting it in a denial, beside voices that assert it at its time.
/// </summary>
public sealed record IndependenceResult(ImmutableArray<FactSource> Origins, ImmutableArray<OriginCluster> Independent, ImmutableArray<FactSource> Derivative)
{
    public int Count => Independent.Length;

    public ImmutableDictionary<Side, int> CountBySide => Independent
        .GroupBy(c => c.Side)
        .ToImmutableDictionary(g => g.Key, g => g.Count());
}

/// <summary>
/// Counts independent origins among the claims that take the event's stance: an event of assertions counts those who
/// assert it, never those who deny it (a denial is its own event, linked as a contradiction). Two origins are one
/// voice when they are affiliated in the registry, or when one claim copies another (<see cref="Copies"/>: a reprint
/// or light rewrite of one report, a repost of one sentence, or the same quoted statement with the same figures on
/// the same day across languages). Outlets speaking in their own voice, and speakers the registry does not know, only
/// count when the event has no named primary origin: a newsroom that writes "Russian forces captured X" beside a
/// minister who said so is passing the minister on; so does a person who speaks only for outlets, an editor-in-chief
/// (<see cref="Affiliations.SpeaksForAnOutlet"/>). Nor does a voice heard only undated count beside voices dated to
/// the event's days: it joined the event by its place, kind and words, which tell that it speaks of such a happening,
/// not that it speaks of this one (Zelensky's undated word on a retreat from the Kursk region beside the ministry's
/// dated capture of Sudzha, the Moscow mayor's undated drones beside the cruiser Moskva); nor, for the same reason, a
/// voice heard only in reports retelling the event days after its first (<see cref="EventGrouper.RetoldPast"/>: the
/// Duma's second plane of prisoners in a story three days after the crash); nor a voice that only grants the event in a
/// statement denying it (<see cref="ClaimFacts.Concedes"/>). All are listed as not counted.
/// </summary>
public static class OriginIndependence
{
    public static IndependenceResult Assess(IReadOnlyList<ClaimFacts> all, Affiliations affiliations)
    {
        var stance = StanceOf(all);
        var claims = all.Where(c => c.Stance == stance).ToList();
        var origins = claims.Select(c => c.Origin).DistinctBy(o => o.Key).OrderBy(o => o.Key, StringComparer.Ordinal).ToList();
        var primary = origins.Where(o => IsPrimary(o) && !affiliations.SpeaksForAnOutlet(o.Key)).ToList();
        var named = primary.Count > 0 ? primary : origins;
        var first = claims.Select(c => c.Day).OfType<DateOnly>().Select(d => d.DayNumber).DefaultIfEmpty(0).Min();
        var standing = claims.Where(c => c.Day is not null && !c.Concedes && !EventGrouper.RetoldPast(c, first)).Select(c => c.Origin.Key).ToHashSet(StringComparer.Ordinal);
        var counted = named.Any(o => standing.Contains(o.Key)) ? [.. named.Where(o => standing.Contains(o.Key))] : named;
        var derivative = origins.Except(counted).ToImmutableArray();
        var index = counted.Select((o, i) => (o.Key, i)).ToDictionary(p => p.Key, p => p.i, StringComparer.Ordinal);
        var sets = new UnionFind(counted.Count);
        var reasons = new List<(int, int, string)>();
        for (var a = 0; a < counted.Count; a++)
        {
            for (var b = a + 1; b < counted.Count; b++)
            {
                if (affiliations.Affiliated(counted[a].Key, counted[b].Key))
                {
                    sets.Union(a, b);
                    reasons.Add((a, b, $"{counted[a].Name} and {counted[b].Name} are affiliated"));
                }
            }
        }
        var countedClaims = claims.Where(c => index.ContainsKey(c.Origin.Key)).OrderBy(c => c.Key, StringComparer.Ordinal).ToList();
        // Sketched only when there are two voices to tell apart: most events have one origin.
        var sketches = counted.Count < 2 ? [] : countedClaims.Select(c => TextSketch.Of(c.Text)).ToList();
        for (var x = 0; x < countedClaims.Count; x++)
        {
            for (var y = x + 1; y < countedClaims.Count; y++)
            {
                var (a, b) = (index[countedClaims[x].Origin.Key], index[countedClaims[y].Origin.Key]);
                if (a == b || sets.Find(a) == sets.Find(b))
                {
                    continue;
                }
                if (Copies.Reason(countedClaims[x], countedClaims[y], sketches[x], sketches[y]) is { } why)
                {
                    sets.Union(a, b);
                    reasons.Add((a, b, why));
                }
            }
        }
        var clusters = Enumerable.Range(0, counted.Count)
            .GroupBy(sets.Find)
            .OrderBy(g => g.Key)
            .Select(g => new OriginCluster(
                [.. g.Select(i => counted[i])],
                ClusterSide(g.Select(i => counted[i])),
                [.. reasons.Where(r => sets.Find(r.Item1) == g.Key).Select(r => r.Item3)]))
            .ToImmutableArray();
        return new IndependenceResult([.. origins], clusters, derivative);
    }

    /// <summary>A named party that can know first-hand: an official, a command, a unit, a channel, an OSINT group.</summary>
    public static bool IsPrimary(FactSource source) =>
        source.Registered && source.Kind is not (SourceKind.Publisher or SourceKind.StateMedia or SourceKind.IndependentMedia or SourceKind.WireAgency);

    /// <summary>The stance most of an event's claims take (asserting on a tie): the one whose origins it counts.</summary>
    public static Stance StanceOf(IReadOnlyCollection<ClaimFacts> claims) =>
        claims.Count(c => c.Stance == Stance.Denies) * 2 > claims.Count ? Stance.Denies : Stance.Asserts;

    private static Side ClusterSide(IEnumerable<FactSource> origins)
    {
        var known = origins.Select(o => o.Side).Where(s => s is Side.RU or Side.UA).ToList();
        return known.Count == 0 ? Side.Other : known.GroupBy(s => s).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
    }
}
