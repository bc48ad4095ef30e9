using System.Collections.Immutable;
using Triangulate.Model;

namespace Triangulate.Corroboration;

/// <summary>
/// Links events that cannot both be true, both ways, when they are about the same place — a settlement both name
/// (<see cref="ClaimFacts.Anchors"/>; a mine or district counts as its town, a place named only as a reference point
/// does not count, so Kalynivka "north of Chasiv Yar" is never set against Toretsk "south of Chasiv Yar") — from a
/// day before the claim to <see cref="DaysAfter"/> days after its last report:
/// <list type="bullet">
/// <item>a claim of any kind and a denial of it: a denial of that family (or one whose words do not say what it
/// denies, "This is not true") from a side other than one of those asserting the claim, in any language;</item>
/// <item>a claim that one side took ground and a report that the other side repelled an assault there, or that the
/// other side holds or gained the place, unless only the claim's own origins tell it.</item>
/// </list>
/// A denial none of whose claims is dated is set against the one event it could contradict, when there is only one, and
/// of several, the one whose reports hold clearly most of its report's words;
/// when either has no day, a denial is set against a claim of the other side it could deny told in the same report, or,
/// dated, against the undated one whose reports hold clearly most of its report's words.
/// Candidates come from the same place, sorted by first day, so the cost follows the number of events per place.
/// </summary>
public static class Contradictions
{
    public const int DaysBefore = 1;
    public const int DaysAfter = 14;

    /// <summary>
    /// An event as the links compare it: its leading claim (the first of the stance most of its claims take), its dated
    /// span, the sides of its origins, what its denials say they deny (none said: anything) and the sides of those who deny.
    /// </summary>
    private sealed record Span(ClaimGroup Group, ClaimFacts Head, int First, int Last, bool Dated, HashSet<Side> OriginSides, HashSet<string> Origins, HashSet<KindFamily> Denied, HashSet<Side> DenierSides);

    public static ImmutableDictionary<long, ImmutableArray<long>> Link(IReadOnlyList<ClaimGroup> groups)
    {
        var links = new Dictionary<long, SortedSet<long>>();
        var spans = groups.Where(g => g.Claims.Any(c => c.Place is not null)).Select(Describe).ToList();
        // A claim of ground is set against every kind of event at its place; any other claim only against denials.
        var all = new PlaceIndex(spans);
        var denials = new PlaceIndex(spans.Where(s => s.Head.Stance == Stance.Denies));
        foreach (var claim in spans.Where(s => s.Dated && s.Head.Stance == Stance.Asserts))
        {
            var index = claim.Head is { Family: KindFamily.Ground, ActingSide: Side.RU or Side.UA } ? all : denials;
            var from = claim.First - DaysBefore;
            var to = claim.Last + DaysAfter;
            var seen = new HashSet<long>();
            foreach (var other in Anchors(claim.Group).SelectMany(place => index.Starting(place, from, to)))
            {
                if (other.Dated && other.Last >= from && other.Group.Id != claim.Group.Id && seen.Add(other.Group.Id)
                    && Contradicts(claim, other) && other.Group.Claims.Any(c => c.Day is { } day && day.DayNumber >= from && day.DayNumber <= to))
                {
                    Add(links, claim.Group.Id, other.Group.Id);
                    Add(links, other.Group.Id, claim.Group.Id);
                }
            }
        }
        foreach (var undated in spans.Where(s => !s.Dated && s.Head.Stance == Stance.Denies))
        {
            var candidates = Anchors(undated.Group)
                .SelectMany(all.At)
                .Where(other => other.Dated && other.Head.Stance == Stance.Asserts && Contradicts(other, undated))
                .DistinctBy(other => other.Group.Id)
                .Take(MostCompared + 1)
                .ToList();
            if ((candidates.Count == 1 ? candidates[0] : candidates.Count <= MostCompared ? LikestByWords(undated, candidates) : null) is { } denied)
            {
                Add(links, undated.Group.Id, denied.Group.Id);
                Add(links, denied.Group.Id, undated.Group.Id);
            }
        }
        LinkToldSideBySide(spans, links);
        LinkLikestUndated(spans, new PlaceIndex(spans.Where(s => !s.Dated && s.Head.Stance == Stance.Asserts)), links);
        return links.ToImmutableDictionary(p => p.Key, p => p.Value.ToImmutableArray());
    }

    /// <summary>
    /// How many events at its places a denial is compared with by words, at most: a place with more candidates than this
    /// is too crowded for words to tell which one a denial answers, and comparing each would make the links cost the
    /// square of the place's events.
    /// </summary>
    private const int MostCompared = 32;

    /// <summary>
    /// A dated denial and the event with no day at its place, told by the other side, that it could deny and whose
    /// reports hold clearly most of the denial's report as word shingles: one story told twice (Ukraine's military
    /// saying Russia "again spreads false information" about its Kryvyi Rih strike, and the ministry's undated account
    /// of it in another wire story), as the grouping joins an undated reprint to the event holding clearly most of its
    /// words (<see cref="EventGrouper.UnvouchedShare"/>).
    /// </summary>
    private static void LinkLikestUndated(List<Span> spans, PlaceIndex undated, Dictionary<long, SortedSet<long>> links)
    {
        foreach (var denial in spans.Where(s => s.Dated && s.Head.Stance == Stance.Denies))
        {
            var candidates = Anchors(denial.Group).SelectMany(undated.At)
                .Where(other => AnswersTheOtherSide(other, denial) && Contradicts(other, denial))
                .DistinctBy(other => other.Group.Id)
                .Take(MostCompared + 1)
                .ToList();
            if (candidates.Count <= MostCompared && LikestByWords(denial, candidates) is { } likest)
            {
                Add(links, denial.Group.Id, likest.Group.Id);
                Add(links, likest.Group.Id, denial.Group.Id);
            }
        }
    }

    /// <summary>
    /// Of the events a denial could answer, the one whose reports hold clearly most of the denial's reports as word
    /// shingles (same language, other reports), as an undated reprint joins an event (<see cref="EventGrouper.UnvouchedShare"/>,
    /// <see cref="EventGrouper.LikestRatio"/>); null when none does clearly.
    /// </summary>
    private static Span? LikestByWords(Span denial, List<Span> candidates)
    {
        var sketched = denial.Group.Claims.Where(c => c.Stance == Stance.Denies && c.ReportSketch is not null).DistinctBy(c => c.ReportId).Take(EventGrouper.ReportsCompared).ToList();
        var scored = candidates.Select(other => (other, other.Group.Claims
            .Where(m => m.ReportSketch is not null).DistinctBy(m => m.ReportId).Take(EventGrouper.ReportsCompared)
            .SelectMany(m => sketched.Where(d => d.Language == m.Language && d.ReportId != m.ReportId).Select(d => d.ReportSketch!.Containment(m.ReportSketch!)))
            .DefaultIfEmpty(0).Max()));
        return EventGrouper.ClearlyLikest(scored, EventGrouper.UnvouchedShare);
    }

    /// <summary>
    /// Whether a claim is told by a known side none of the denial's speakers is of: what a denial with no day to compare
    /// answers is the other side's account, not an outlet's unattributed word or its own side's concession.
    /// </summary>
    private static bool AnswersTheOtherSide(Span claim, Span denial) =>
        claim.OriginSides.Count > 0 && !claim.OriginSides.Overlaps(denial.DenierSides);

    /// <summary>
    /// A denial and a claim of the other side it could deny at one place, told in one report, when either has no day: a
    /// story that tells the ministry's claim and the General Staff's "this is a cynical lie" side by side says what the
    /// denial answers, where no day can (reprints and scraped pages often carry none).
    /// </summary>
    private static void LinkToldSideBySide(List<Span> spans, Dictionary<long, SortedSet<long>> links)
    {
        var assertingByReport = spans.Where(s => s.Head.Stance == Stance.Asserts)
            .SelectMany(s => s.Group.Claims.Select(c => c.ReportId).Distinct().Select(report => (report, s)))
            .ToLookup(p => p.report, p => p.s);
        foreach (var denial in spans.Where(s => s.Head.Stance == Stance.Denies))
        {
            var places = Anchors(denial.Group).ToHashSet(StringComparer.Ordinal);
            foreach (var claim in denial.Group.Claims.Where(c => c.Stance == Stance.Denies).Select(c => c.ReportId).Distinct()
                         .SelectMany(report => assertingByReport[report]).DistinctBy(s => s.Group.Id))
            {
                if ((!claim.Dated || !denial.Dated) && Anchors(claim.Group).Any(places.Contains) && AnswersTheOtherSide(claim, denial) && Contradicts(claim, denial))
                {
                    Add(links, claim.Group.Id, denial.Group.Id);
                    Add(links, denial.Group.Id, claim.Group.Id);
                }
            }
        }
    }

    /// <summary>Events by the settlements they name, each place's sorted by first day, so that those of a time are found without a scan.</summary>
    private sealed class PlaceIndex
    {
        private readonly Dictionary<string, List<Span>> byPlace = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> longest = new(StringComparer.Ordinal);

        public PlaceIndex(IEnumerable<Span> spans)
        {
            foreach (var span in spans)
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
            foreach (var (place, list) in byPlace)
            {
                list.Sort((a, b) => a.First != b.First ? a.First.CompareTo(b.First) : a.Group.Id.CompareTo(b.Group.Id));
                longest[place] = list.Where(s => s.Dated).Select(s => s.Last - s.First).DefaultIfEmpty(0).Max();
            }
        }

        public IEnumerable<Span> At(string place) => byPlace.TryGetValue(place, out var list) ? list : [];

        /// <summary>The events at a place that start no later than <paramref name="to"/> and may reach <paramref name="from"/>.</summary>
        public IEnumerable<Span> Starting(string place, int from, int to)
        {
            if (!byPlace.TryGetValue(place, out var list))
            {
                yield break;
            }
            for (var k = LowerBound(list, from - longest[place]); k < list.Count && list[k].First <= to; k++)
            {
                yield return list[k];
            }
        }
    }

    private static Span Describe(ClaimGroup group)
    {
        var stance = OriginIndependence.StanceOf(group.Claims);
        var head = group.Claims.First(c => c.Stance == stance);
        var days = group.Claims.Select(c => c.Day).OfType<DateOnly>().Select(d => d.DayNumber).ToList();
        HashSet<Side> originSides = [.. group.Claims.Where(c => c.Stance == stance).Select(c => c.Origin.Side).Where(s => s is Side.RU or Side.UA)];
        HashSet<string> origins = [.. group.Claims.Where(c => c.Stance == stance).Select(c => c.Origin.Key)];
        var denials = group.Claims.Where(c => c.Stance == Stance.Denies).ToList();
        HashSet<KindFamily> denied = [.. denials.Select(c => c.Denies).OfType<KindFamily>()];
        HashSet<Side> denierSides = [.. denials.Select(c => c.Origin.Side)];
        return days.Count == 0
            ? new Span(group, head, int.MinValue, int.MaxValue, false, originSides, origins, denied, denierSides)
            : new Span(group, head, days.Min(), days.Max(), true, originSides, origins, denied, denierSides);
    }

    /// <summary>Whether <paramref name="other"/> says that what <paramref name="claim"/> asserts did not happen.</summary>
    private static bool Contradicts(Span claim, Span other)
    {
        var head = claim.Head;
        var against = other.Head;
        if (against.Stance == Stance.Denies)
        {
            // What the denial's claims say they deny ("захоплення" → ground); a denial that never says ("This is not true") may deny anything.
            var deniesThis = other.Denied.Count == 0 || other.Denied.Contains(head.Family);
            // From a side other than one that asserts it: Ukraine's "false information" denies the Russian ministry's
            // account of a strike even where Ukrainian officials' own account of that strike is in the same event.
            var fromElsewhere = claim.OriginSides.Count == 0 || other.DenierSides.Any(side => claim.OriginSides.Any(asserting => asserting != side));
            return deniesThis && fromElsewhere;
        }
        // One source's own statements are one story, never set against each other: the ministry's capture of a
        // village and the counter-attacks it repelled there.
        if (head.Family != KindFamily.Ground || head.ActingSide is not (Side.RU or Side.UA) || other.Origins.IsSubsetOf(claim.Origins))
        {
            return false;
        }
        var opposite = KindFamilies.Opposite(head.ActingSide);
        return against.Family switch
        {
            KindFamily.RepelledAttack => against.ActingSide == opposite,
            KindFamily.Ground => against.ActingSide == opposite,
            _ => false,
        };
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
