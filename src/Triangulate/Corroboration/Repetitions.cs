using System.Collections.Immutable;
using Triangulate.Model;

namespace Triangulate.Corroboration;

/// <summary>
/// Links each event to the one before it that told the same thing: same family, same place, same side gaining, same
/// stance. Events are bounded (<see cref="EventGrouper"/>), so a town claimed again weeks later, or claimed every few
/// days for months, is a run of events, each a repetition of the one before; the link keeps that history visible.
/// </summary>
public static class Repetitions
{
    /// <summary>For each event that repeats an earlier one, the earlier one's id.</summary>
    public static ImmutableDictionary<long, long> Link(IReadOnlyList<ClaimGroup> groups)
    {
        var links = ImmutableDictionary.CreateBuilder<long, long>();
        var dated = groups
            .Select(g => (Group: g, First: g.Claims.Select(c => c.Day).Min(), Signature: Signature(g)))
            .Where(g => g.First is not null && g.Signature is not null);
        foreach (var run in dated.GroupBy(g => g.Signature))
        {
            long? previous = null;
            foreach (var (group, _, _) in run.OrderBy(g => g.First).ThenBy(g => g.Group.Id))
            {
                if (previous is { } earlier)
                {
                    links[group.Id] = earlier;
                }
                previous = group.Id;
            }
        }
        return links.ToImmutable();
    }

    /// <summary>What the event tells, as most of its claims tell it; null when its claims name no place.</summary>
    private static (KindFamily, string, Side)? Signature(ClaimGroup group)
    {
        var placed = group.Claims.Where(c => c.Where is not null).ToList();
        if (placed.Count == 0)
        {
            return null;
        }
        return (Most(placed, c => c.Family), Most(placed, c => c.Where!), Most(placed, c => c.ActingSide));
    }

    private static T Most<T>(IEnumerable<ClaimFacts> claims, Func<ClaimFacts, T> by) =>
        claims.GroupBy(by).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
}
