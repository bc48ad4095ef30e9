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

    /// <summary>
    /// What the event tells: the family and place its claims were grouped by (its first placed claim's; the grouping
    /// keeps them one per event, but for another telling joining an event — claims at a region joining an event at a
    /// settlement inside it, a toll joining its strike — whose place and family are the event's) and the side most of them have gaining; null when its claims name no place.
    /// </summary>
    private static (KindFamily, string, Side)? Signature(ClaimGroup group)
    {
        ClaimFacts? first = null;
        var sides = new Dictionary<Side, int>();
        foreach (var claim in group.Claims.Where(c => c.Where is not null))
        {
            if (first is null || (EventGrouper.Told(first) is not null && EventGrouper.Told(claim) is null))
            {
                first = claim;
            }
            sides[claim.ActingSide] = sides.GetValueOrDefault(claim.ActingSide) + 1;
        }
        return first is null ? null : (first.Family, first.Where!, sides.OrderByDescending(p => p.Value).ThenBy(p => p.Key).First().Key);
    }
}
