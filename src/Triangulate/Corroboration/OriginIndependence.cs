using System.Collections.Immutable;
using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Corroboration;

/// <summary>Origins that stand for one independent voice, with the side they speak for and why they were joined.</summary>
public sealed record OriginCluster(ImmutableArray<FactSource> Origins, Side Side, ImmutableArray<string> Reasons);

/// <summary>The independent origins of one event, and the origins left uncounted because they only pass a claim on.</summary>
public sealed record IndependenceResult(ImmutableArray<FactSource> Origins, ImmutableArray<OriginCluster> Independent, ImmutableArray<FactSource> Derivative)
{
    public int Count => Independent.Length;

    public ImmutableDictionary<Side, int> CountBySide => Independent
        .GroupBy(c => c.Side)
        .ToImmutableDictionary(g => g.Key, g => g.Count());
}

/// <summary>
/// Counts independent origins. Two origins are one voice when they are affiliated in the registry, or when one
/// report copies another: near-duplicate wording in one language (word 3-gram Jaccard ≥ 0.6), or the same quoted
/// statement with the same figures on the same day across languages. Outlets speaking in their own voice, and
/// speakers the registry does not know, only count when the event has no named primary origin: a newsroom that
/// writes "Russian forces captured X" beside a minister who said so is passing the minister on.
/// </summary>
public static class OriginIndependence
{
    public const double CopyJaccard = 0.6;

    public static IndependenceResult Assess(IReadOnlyList<ClaimFacts> claims, Affiliations affiliations)
    {
        var origins = claims.Select(c => c.Origin).DistinctBy(o => o.Key).OrderBy(o => o.Key, StringComparer.Ordinal).ToList();
        var primary = origins.Where(IsPrimary).ToList();
        var counted = primary.Count > 0 ? primary : origins;
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
        var shingles = countedClaims.Select(c => Shingles(c.Text)).ToList();
        for (var x = 0; x < countedClaims.Count; x++)
        {
            for (var y = x + 1; y < countedClaims.Count; y++)
            {
                var (a, b) = (index[countedClaims[x].Origin.Key], index[countedClaims[y].Origin.Key]);
                if (a == b || sets.Find(a) == sets.Find(b))
                {
                    continue;
                }
                if (CopyReason(countedClaims[x], countedClaims[y], shingles[x], shingles[y]) is { } why)
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

    /// <summary>Why one claim is a copy of another, or null when it is not.</summary>
    public static string? CopyReason(ClaimFacts a, ClaimFacts b) => CopyReason(a, b, Shingles(a.Text), Shingles(b.Text));

    internal static string? CopyReason(ClaimFacts a, ClaimFacts b, HashSet<string> sa, HashSet<string> sb)
    {
        if (a.Language == b.Language)
        {
            var jaccard = Jaccard(sa, sb);
            return jaccard >= CopyJaccard
                ? FormattableString.Invariant($"{a.Publisher} and {b.Publisher} carry near-identical text (Jaccard {jaccard:F2})")
                : null;
        }
        return a.Quotes && b.Quotes && a.Day == b.Day && !a.Quantities.IsEmpty && a.Quantities.SequenceEqual(b.Quantities)
            ? FormattableString.Invariant($"{a.Publisher} ({a.Language}) and {b.Publisher} ({b.Language}) carry the same quoted statement with the same figures on {a.Day:yyyy-MM-dd}")
            : null;
    }

    private static Side ClusterSide(IEnumerable<FactSource> origins)
    {
        var known = origins.Select(o => o.Side).Where(s => s is Side.RU or Side.UA).ToList();
        return known.Count == 0 ? Side.Other : known.GroupBy(s => s).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
    }

    internal static HashSet<string> Shingles(string text)
    {
        var words = TextTokens.Words(text).Select(t => t.Text.ToLowerInvariant()).ToList();
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 2 < words.Count; i++)
        {
            set.Add(words[i] + " " + words[i + 1] + " " + words[i + 2]);
        }
        if (words.Count is > 0 and < 3)
        {
            set.Add(string.Join(' ', words));
        }
        return set;
    }

    private static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }
        var shared = a.Count(b.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }
}
