using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Triangulate.Model;
using Triangulate.Storage;

namespace Triangulate.Corroboration;

/// <summary>Claims grouped into one happening; <see cref="Id"/> is the smallest member claim id, stable while that claim stays.</summary>
public sealed record ClaimGroup(long Id, ImmutableArray<ClaimFacts> Claims);

/// <summary>
/// Groups claims about the same happening. Claims fall into buckets by <b>bucket key</b> — their family
/// (<see cref="ClaimFacts.Family"/>: what kind of happening, every denial in one) and their place
/// (<see cref="ClaimFacts.Where"/>: the settlement, a mine or district counting as its town, else the sea or river,
/// else the oblast or raion, else the unresolved name) — and each bucket is grouped on its own, from its claims' facts alone, so that a ledger
/// can regroup only the buckets a new claim falls in. Claims that name no place at all are bucketed by family only.
/// <para>
/// In a bucket, the claims dated to a day by their words, dateline or report, and of a known side gaining, form
/// <b>bounded events</b> per side: sorted by day, each event starts at its earliest claim and takes the claims up to
/// <see cref="KindFamilies.WindowDays"/> after it, and the next claim starts the next event — so months of claims
/// about one town never chain into one event, and a claim repeated weeks later is a new event (linked to the earlier
/// one as a repetition, <see cref="Repetitions"/>). The other claims of the bucket join one of those events when it
/// is the only one they fit: a claim of no known side by its day; a claim dated only to a week or month by its range;
/// an undated claim (a reprint with no date, "earlier") by its origin — the event one of its members' origin, or the
/// report it copies, stands behind — then by what its words tell (a weekday, a day of a month, "before that"); of
/// several its origin stands behind, the first of a run told over consecutive days, else the one holding clearly most
/// of its report's words; and, undated and vouched for by nothing, the one holding clearly most of them. What joins
/// nothing groups with its like: by day, or, undated, by origin. An event at an oblast or raion then joins the one
/// event at a settlement inside it that all its origins stand behind, an event at a sea or river the one event at a
/// place within its reach that all its origins stand behind and one of them told in those days, and an event of
/// casualties at a town the one strike event there (<see cref="JoinTellings"/>): one statement told at a coarser grain
/// or by the water, a strike told by its toll.
/// Events told in no common language join across namesakes and across a town and its region when one's voices stand
/// behind the other (<see cref="JoinAcrossLanguages"/>), and an unplaced event the one event at a place its voices told
/// in those days, or gave its head count in undated (<see cref="JoinUnplaced"/>): one statement each language's reports
/// placed differently. An event of casualties joins the one prisoners event its voices stand behind that gives its head
/// count (<see cref="JoinTollsOfPrisoners"/>): a plane of prisoners told by its dead.
/// </para>
/// <para>
/// A claim with no place joins claims that are copies of it (a forward, a repost with a word changed:
/// <see cref="Copies"/>) of the same family and side within the window; a fragment of a statement was given its host
/// claim's place and family when its report was read (<see cref="ClaimFactsReader.ReadReport"/>). Union-find joins
/// the members, and its result does not depend on the order of its unions, so the grouping does not depend on the
/// order of ingest.
/// </para>
/// </summary>
public static partial class EventGrouper
{
    private static readonly Side[] KnownSides = [Side.RU, Side.UA, Side.Other];

    public static ImmutableArray<ClaimGroup> Group(IReadOnlyList<ClaimFacts> claims, IReadOnlyList<EventOverride>? overrides = null)
    {
        var facts = claims.OrderBy(c => c.Key, StringComparer.Ordinal).ThenBy(c => c.ClaimId).ToArray();
        var sets = new UnionFind(facts.Length);
        var tellings = new List<List<int>>();
        foreach (var bucket in Enumerable.Range(0, facts.Length)
                     .Where(i => BucketPlace(facts[i]) is not null)
                     .GroupBy(i => (facts[i].Family, BucketPlace(facts[i]))))
        {
            foreach (var members in GroupBucket(facts, [.. bucket], KindFamilies.WindowDays(bucket.Key.Family)))
            {
                foreach (var i in members.Skip(1))
                {
                    sets.Union(members[0], i);
                }
                if (Told(facts[members[0]]) is not null)
                {
                    tellings.Add(members);
                }
            }
        }
        JoinTellings(facts, sets, tellings);
        JoinAcrossLanguages(facts, sets);
        foreach (var bucket in Enumerable.Range(0, facts.Length).Where(i => BucketPlace(facts[i]) is null).GroupBy(i => facts[i].Family))
        {
            var list = bucket.Where(i => facts[i].Day is not null).OrderBy(i => facts[i].Day).ThenBy(i => i).ToList();
            LinkCopies(facts, sets, list, KindFamilies.WindowDays(bucket.Key));
        }
        JoinUnplaced(facts, sets);
        JoinTollsOfPrisoners(facts, sets);
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

    /// <summary>
    /// Whether a claim is placed only by an oblast or raion (not a sea or river, whose reach is no list of parents), in a
    /// family grouped by place: its events may be the telling at coarser grain of an event at a settlement inside it.
    /// </summary>
    public static bool IsRegional(ClaimFacts claim) => claim.Place is { IsRegion: true } && !KindFamilies.National(claim.Family);

    /// <summary>The oblast, raion and hromada a claim at a settlement lies in, whose events at that region may join its event; none for any other claim.</summary>
    public static ImmutableArray<string> Regions(ClaimFacts claim) =>
        claim.Place is { Coarse: false } place && !KindFamilies.National(claim.Family) && !place.Parents.IsDefault ? place.Parents : [];

    /// <summary>
    /// Whether a claim is placed only by a sea, a river or a reservoir (a feature with a reach, <see cref="FactPlace.ReachKm"/>),
    /// in a family grouped by place: its events may be the telling by the water of an event at a place on it ("withdrawn
    /// from the west bank of the Dnipro River" beside "pulled out of Kherson").
    /// </summary>
    public static bool OnTheWater(ClaimFacts claim) => claim.Place is { Coarse: true, ReachKm: > 0 } && !KindFamilies.National(claim.Family);

    /// <summary>
    /// The event an event of the claim's may be another telling of, as the family and place it would be found under: for
    /// a claim at an oblast or raion, its family at the settlements inside it (one statement told at coarser grain); for
    /// a claim at a sea or river, its family at the places within its reach (one statement told by the water); for a
    /// count of casualties at a settlement, the strike there (<see cref="KindFamilies.Befalls"/>: a strike told by its
    /// toll); else null.
    /// </summary>
    public static (KindFamily Family, string Place)? Told(ClaimFacts claim) =>
        IsRegional(claim) || OnTheWater(claim) ? (claim.Family, claim.Place!.Id)
        : KindFamilies.Befalls(claim.Family) is { } befallen && claim.Place is { Coarse: false } place ? (befallen, place.Anchor)
        : null;

    /// <summary>
    /// Events that are another telling of one event join it. One outlet names the village, another only its raion or
    /// oblast: an event at the region joins the one event of its family at a settlement inside it. One outlet names the
    /// town, another only the river or sea it stands on ("withdraw from the west bank of the Dnipro River" beside "pull
    /// out of Kherson"): an event at the water joins the one event of its family at a place within the water's reach that
    /// one of its voices told within the family's window of its own day (<see cref="ToldNearby"/>); an undated event at
    /// the water joins none, as a sea or a river reaches too far for the origin alone to say which town. One outlet tells the
    /// strike, another only the dead it left («более 60 боевиков ВСУ погибли в результате удара ВС России по Сумам»
    /// beside «две ракеты "Искандер-М" были выпущены по месту проведения совещания»): an event of casualties at a town
    /// joins the one strike event there. Either joins only an event all of its voices stand behind (<see cref="Tells"/>;
    /// a toll told only by outlets or unnamed sources, <see cref="Unnamed"/>, has none to check), of a compatible side,
    /// whose days its dated claims fall within the family's window of; where several fit, none.
    /// All joins are judged before any is made.
    /// </summary>
    private static void JoinTellings(ClaimFacts[] facts, UnionFind sets, List<List<int>> tellings)
    {
        if (tellings.Count == 0)
        {
            return;
        }
        var wanted = tellings.Select(m => Told(facts[m[0]])!.Value).ToHashSet();
        var waters = tellings.Select(m => facts[m[0]]).Where(OnTheWater).Select(c => c.Place!).DistinctBy(p => p.Id).ToList();
        var told = new Dictionary<(KindFamily, string), HashSet<int>>();
        for (var i = 0; i < facts.Length; i++)
        {
            foreach (var key in TellingKeys(facts[i], waters).Where(wanted.Contains))
            {
                (told.TryGetValue(key, out var roots) ? roots : told[key] = []).Add(sets.Find(i));
            }
        }
        // Every member of a told event counts, not only those after its first claim inside the region (a feature's
        // claim with no region of its own, an undated claim): what joins must not depend on the claims' order.
        var candidates = told.Values.SelectMany(roots => roots).ToHashSet();
        var members = new Dictionary<int, List<int>>();
        for (var i = 0; i < facts.Length; i++)
        {
            if (sets.Find(i) is var root && candidates.Contains(root))
            {
                (members.TryGetValue(root, out var list) ? list : members[root] = []).Add(i);
            }
        }
        // Each told event is read once, not once for every telling at its place: a town struck every day has many.
        var events = members.ToDictionary(pair => pair.Key, pair => ToldEvent.Of(facts, pair.Value));
        var joins = new List<(int, int)>();
        foreach (var telling in tellings)
        {
            if (!told.TryGetValue(Told(facts[telling[0]])!.Value, out var roots))
            {
                continue;
            }
            var window = KindFamilies.WindowDays(facts[telling[0]].Family);
            var nearby = OnTheWater(facts[telling[0]]);
            // A toll told only by outlets or unnamed sources (an outlet's "more than 60 killed", "sources say") is no
            // statement of its own: it counts the dead of the one strike there, whoever told the strike.
            var unvoiced = Told(facts[telling[0]])!.Value.Family != facts[telling[0]].Family && telling.All(i => Unnamed(facts[i].Origin));
            var fitting = roots.Where(root => Tells(facts, telling, events[root], window, unvoiced) && (!nearby || ToldNearby(facts, telling, events[root], window))).Take(2).ToList();
            if (fitting.Count == 1)
            {
                joins.Add((telling[0], fitting[0]));
            }
        }
        foreach (var (a, b) in joins)
        {
            sets.Union(a, b);
        }
    }

    /// <summary>
    /// The name a claim's settlement goes by in the gazetteer (folded), when the claim is at the settlement itself (not a
    /// feature filed under it), in a family grouped by place: reports in another language may have resolved that name to
    /// a namesake (<see cref="JoinAcrossLanguages"/>); else null.
    /// </summary>
    public static string? NamesakeName(ClaimFacts claim) =>
        claim.Place is { Coarse: false } place && place.Id == place.Anchor && !KindFamilies.National(claim.Family) ? place.Name.ToLowerInvariant() : null;

    /// <summary>
    /// One statement each language's reports placed differently: at namesakes (the ministry's «Новоселовка» found in one
    /// oblast, "Novoselivka" in another), or at the town in one language and its oblast or raion in another ("withdrawn
    /// from Kherson", «відійшли з Херсонської області»). An event joins the one event of its family at another settlement
    /// of the same name, or at a region it lies in or a settlement inside its region, when no language is told in both,
    /// every voice of one (<see cref="Tells"/>) stands behind the other, their known sides agree, and their days lie within
    /// the family's window of each other (an undated event fits any); each must be the other's only such event. A
    /// bulletin claiming two villages of one name, or a village and its region, on one day tells both in its own
    /// language, so they stay apart; and an event
    /// at a region whose voices all stand behind the town's already joined it (<see cref="JoinTellings"/>). All joins are
    /// judged before any is made.
    /// </summary>
    private static void JoinAcrossLanguages(ClaimFacts[] facts, UnionFind sets)
    {
        var regions = Enumerable.Range(0, facts.Length).Where(i => IsRegional(facts[i])).Select(i => facts[i].Place!.Id).ToHashSet(StringComparer.Ordinal);
        var byPlace = new Dictionary<(KindFamily, string), (HashSet<int> Roots, HashSet<string> Anchors)>();
        for (var i = 0; i < facts.Length; i++)
        {
            foreach (var place in Compared(facts[i], regions))
            {
                var key = (facts[i].Family, place);
                var (roots, anchors) = byPlace.TryGetValue(key, out var found) ? found : byPlace[key] = ([], new HashSet<string>(StringComparer.Ordinal));
                roots.Add(sets.Find(i));
                anchors.Add(facts[i].Place!.Anchor);
            }
        }
        // A name compares only when claims are at two settlements of it; a region, when some are at it and some inside it.
        var compared = byPlace.Where(p => p.Value.Anchors.Count > 1).Select(p => (p.Key, p.Value.Roots)).ToList();
        if (compared.Count == 0)
        {
            return;
        }
        var wanted = compared.SelectMany(p => p.Roots).ToHashSet();
        var members = new Dictionary<int, List<int>>();
        for (var i = 0; i < facts.Length; i++)
        {
            if (sets.Find(i) is var root && wanted.Contains(root))
            {
                (members.TryGetValue(root, out var list) ? list : members[root] = []).Add(i);
            }
        }
        var events = members.ToDictionary(p => p.Key, p => PlacedEvent.Of(facts, p.Value));
        var partners = new Dictionary<int, HashSet<int>>();
        foreach (var ((family, place), roots) in compared)
        {
            var window = KindFamilies.WindowDays(family);
            // At a region, only its events and those of the settlements inside it are compared, never two settlements'.
            var region = place.StartsWith(InPrefix, StringComparison.Ordinal) ? place[InPrefix.Length..] : null;
            void Compare(int a, int b)
            {
                var (first, second) = (events[a], events[b]);
                if ((region is null || first.Regions.Contains(region) != second.Regions.Contains(region)) && first.OneStatement(second))
                {
                    (partners.TryGetValue(a, out var of) ? of : partners[a] = []).Add(b);
                    (partners.TryGetValue(b, out var with) ? with : partners[b] = []).Add(a);
                }
            }
            // Dated events by a sweep over their first days; an undated one fits any time, so against every other.
            var dated = roots.Where(r => events[r].First is not null).OrderBy(r => events[r].First).ThenBy(r => r).ToList();
            for (var a = 0; a < dated.Count; a++)
            {
                for (var b = a + 1; b < dated.Count && events[dated[b]].First <= events[dated[a]].Last + window; b++)
                {
                    Compare(dated[a], dated[b]);
                }
            }
            var undated = roots.Where(r => events[r].First is null).Order().ToList();
            for (var a = 0; a < undated.Count; a++)
            {
                foreach (var other in dated.Concat(undated.Skip(a + 1)))
                {
                    Compare(undated[a], other);
                }
            }
        }
        var joins = partners.Where(p => p.Value.Count == 1 && partners[p.Value.First()].Count == 1 && p.Key < p.Value.First()).ToList();
        foreach (var (a, others) in joins)
        {
            sets.Union(a, others.First());
        }
    }

    private const string InPrefix = "in:";

    /// <summary>
    /// The places a claim's event is compared at with events of its family told in other languages: its settlement's name
    /// (<see cref="NamesakeName"/>), and its region or each region its settlement lies in that some claim is placed by.
    /// </summary>
    private static IEnumerable<string> Compared(ClaimFacts claim, HashSet<string> regions)
    {
        if (NamesakeName(claim) is { } name)
        {
            yield return "name:" + name;
        }
        if (IsRegional(claim))
        {
            yield return InPrefix + claim.Place!.Id;
        }
        foreach (var region in Regions(claim).Where(regions.Contains))
        {
            yield return InPrefix + region;
        }
    }

    /// <summary>What an event is compared with one told at another place by: its settlements, the regions it is placed by, languages, voices, origins, known sides and first and last day (null when it has none).</summary>
    private sealed record PlacedEvent(HashSet<string> Anchors, HashSet<string> Regions, HashSet<string> Languages, HashSet<string> Voices, HashSet<string> Origins, HashSet<Side> Sides, int? First, int? Last)
    {
        public static PlacedEvent Of(ClaimFacts[] facts, List<int> members)
        {
            var claims = members.Select(i => facts[i]).ToList();
            var primary = claims.Where(c => OriginIndependence.IsPrimary(c.Origin)).ToList();
            var days = claims.Where(c => c.Time is { Precise: true }).Select(c => c.Day!.Value.DayNumber).ToList();
            return new PlacedEvent(
                [.. claims.Where(c => c.Place is { Coarse: false }).Select(c => c.Place!.Anchor)],
                [.. claims.Where(IsRegional).Select(c => c.Place!.Id)],
                [.. claims.Select(c => c.Language)],
                [.. (primary.Count > 0 ? primary : claims).Select(c => c.Origin.Key)],
                [.. claims.Select(c => c.Origin.Key)],
                [.. claims.Select(GroupingSide).Where(s => s != Side.Unknown)],
                days.Count > 0 ? days.Min() : null,
                days.Count > 0 ? days.Max() : null);
        }

        /// <summary>Whether the two events can tell one statement at two places: not one settlement, no language in common, one's voices behind the other, sides that agree.</summary>
        public bool OneStatement(PlacedEvent other) =>
            !Anchors.Overlaps(other.Anchors) && !Languages.Overlaps(other.Languages)
            && (Voices.IsSubsetOf(other.Origins) || other.Voices.IsSubsetOf(Origins))
            && (Sides.Count == 0 || other.Sides.Count == 0 || Sides.SetEquals(other.Sides));
    }

    /// <summary>
    /// Whether a claim gives no place the grouping can compare (none, or a name the gazetteer does not hold), in a family
    /// grouped by place: its event may be a statement another report tells at a place (<see cref="JoinUnplaced"/>).
    /// </summary>
    public static bool Unplaced(ClaimFacts claim) => claim.Place is null && !KindFamilies.National(claim.Family);

    /// <summary>
    /// Whether a claim is placed loosely: at no place the grouping compares (<see cref="Unplaced"/>), or only by a sea or
    /// river (<see cref="OnTheWater"/>). Dated, its event may join one at a place its origin told in those days.
    /// </summary>
    public static bool PlacedLoosely(ClaimFacts claim) => Unplaced(claim) || OnTheWater(claim);

    /// <summary>Whether a claim is dated to a day at a place the grouping compares, in a family grouped by place: what an unplaced telling of its statement may join.</summary>
    public static bool PlacedOnADay(ClaimFacts claim) => claim.Place is not null && !KindFamilies.National(claim.Family) && claim.Time is { Precise: true };

    /// <summary>
    /// One statement told with its place and without: one report names the town, another in another language names none
    /// the gazetteer holds or none at all ("the ministry said its forces had withdrawn", «Міноборони РФ заявило про
    /// відведення військ»). An event all of whose claims are unplaced (<see cref="Unplaced"/>) joins the one event of its
    /// family at a place when every voice of its dated claims (its named primary origins, as <see cref="Tells"/> reads
    /// them; with none, every origin) has a dated claim in that event within the family's window of its own day, and its
    /// sides agree; an undated claim of the voice at a place stands behind its event when it gives a head count the
    /// unplaced event gives (<see cref="HeadCounts"/>: the same toll told by the same voice). Where several events fit,
    /// it joins none: an origin speaking of two places in those days leaves the unplaced statement's place unknown. An
    /// undated unplaced event joins nothing: its voice stands behind any event of its family. All joins are judged
    /// before any is made.
    /// </summary>
    private static void JoinUnplaced(ClaimFacts[] facts, UnionFind sets)
    {
        var unplaced = new Dictionary<int, List<int>>();
        for (var i = 0; i < facts.Length; i++)
        {
            if (Unplaced(facts[i]))
            {
                var root = sets.Find(i);
                (unplaced.TryGetValue(root, out var members) ? members : unplaced[root] = []).Add(i);
            }
        }
        // Only the days of the origins an unplaced claim is told by are indexed, and the sides of the events they fall in.
        var wanted = unplaced.Values.SelectMany(m => m).Where(i => facts[i].Time is { Precise: true }).Select(i => (facts[i].Family, facts[i].Origin.Key)).ToHashSet();
        if (wanted.Count == 0)
        {
            return;
        }
        var told = new Dictionary<(KindFamily, string), List<(int Day, int Root)>>();
        // An undated claim at a place tells no days; one giving a head count its voice's unplaced statement gives (the
        // special forces' undated "34 officers were killed" at Sevastopol beside their dated "killed Sokolov, along with
        // 34 other officers", placed nowhere) is that voice's word on the same toll.
        var counted = new Dictionary<(KindFamily, string), List<(string Count, int Root)>>();
        for (var i = 0; i < facts.Length; i++)
        {
            var key = (facts[i].Family, facts[i].Origin.Key);
            if (facts[i].Place is null || KindFamilies.National(facts[i].Family) || !wanted.Contains(key))
            {
                continue;
            }
            if (facts[i].Time is { Precise: true })
            {
                (told.TryGetValue(key, out var days) ? days : told[key] = []).Add((facts[i].Day!.Value.DayNumber, sets.Find(i)));
            }
            else if (facts[i].Day is null)
            {
                foreach (var count in HeadCounts(facts[i]))
                {
                    (counted.TryGetValue(key, out var counts) ? counts : counted[key] = []).Add((count, sets.Find(i)));
                }
            }
        }
        if (told.Count == 0 && counted.Count == 0)
        {
            return;
        }
        var candidates = told.Values.SelectMany(days => days.Select(d => d.Root)).Concat(counted.Values.SelectMany(counts => counts.Select(c => c.Root))).ToHashSet();
        var sidesOf = candidates.ToDictionary(root => root, _ => new HashSet<Side>());
        for (var i = 0; i < facts.Length; i++)
        {
            if (facts[i].Place is not null && sidesOf.TryGetValue(sets.Find(i), out var sides) && GroupingSide(facts[i]) is var side && side != Side.Unknown)
            {
                sides.Add(side);
            }
        }
        foreach (var days in told.Values)
        {
            days.Sort();
        }
        var joins = new List<(int, int)>();
        foreach (var (root, members) in unplaced)
        {
            var dated = members.Where(i => facts[i].Time is { Precise: true }).ToList();
            var primary = dated.Where(i => OriginIndependence.IsPrimary(facts[i].Origin)).ToList();
            var voices = (primary.Count > 0 ? primary : dated).GroupBy(i => facts[i].Origin.Key, StringComparer.Ordinal).ToList();
            if (voices.Count == 0)
            {
                continue;
            }
            var window = KindFamilies.WindowDays(facts[members[0]].Family);
            var heads = members.SelectMany(i => HeadCounts(facts[i])).ToHashSet(StringComparer.Ordinal);
            HashSet<int>? fitting = null;
            foreach (var voice in voices)
            {
                var days = voice.Select(i => facts[i].Day!.Value.DayNumber).ToList();
                var key = (facts[voice.First()].Family, voice.Key);
                HashSet<int> behind = told.TryGetValue(key, out var of) ? [.. days.SelectMany(d => Around(of, d - window, d + window))] : [];
                if (counted.TryGetValue(key, out var counts))
                {
                    behind.UnionWith(counts.Where(c => heads.Contains(c.Count)).Select(c => c.Root));
                }
                fitting = fitting is null ? behind : [.. fitting.Intersect(behind)];
            }
            var sides = members.Select(i => GroupingSide(facts[i])).Where(s => s != Side.Unknown).ToHashSet();
            var agreeing = fitting!.Where(candidate => sides.Count == 0 || sidesOf[candidate].Count == 0 || sides.IsSubsetOf(sidesOf[candidate])).Take(2).ToList();
            if (agreeing.Count == 1)
            {
                joins.Add((root, agreeing[0]));
            }
        }
        foreach (var (a, b) in joins)
        {
            sets.Union(a, b);
        }
    }

    /// <summary>
    /// The head counts a claim of casualties or prisoners gives in digits (<see cref="FiguresIn"/>): what a toll and the
    /// prisoners it counts are matched by (<see cref="JoinTollsOfPrisoners"/>); none for a claim of another family.
    /// </summary>
    public static IReadOnlySet<string> HeadCounts(ClaimFacts claim) =>
        claim.Family is KindFamily.Casualties or KindFamily.Prisoners ? FiguresIn(claim.Text) : new HashSet<string>();

    /// <summary>
    /// One happening told as its prisoners and as its dead: the ministry's plane "carrying 65 captured Ukrainian service
    /// members" beside its "at least 65 Ukrainian prisoners of war were killed in a plane crash", read as casualties. An
    /// event all of whose claims are casualties, placed anywhere or nowhere, joins the one prisoners event that every
    /// voice of it stands behind (<see cref="Tells"/>), that gives one of its head counts (<see cref="HeadCounts"/>), and
    /// whose days its dated claims lie within the window of: the same people counted by the same voice at the same
    /// time. The count is what ties them, since prisoners are grouped war-wide: a voice's toll with no count of its
    /// prisoners' could be of any of its exchanges. Where two prisoners events fit, it joins neither; a toll already
    /// joined to its strike (<see cref="JoinTellings"/>) is a strike's event, not a toll's. All joins are judged before
    /// any is made.
    /// </summary>
    private static void JoinTollsOfPrisoners(ClaimFacts[] facts, UnionFind sets)
    {
        var members = new Dictionary<int, List<int>>();
        for (var i = 0; i < facts.Length; i++)
        {
            if (facts[i].Family is KindFamily.Casualties or KindFamily.Prisoners)
            {
                var root = sets.Find(i);
                (members.TryGetValue(root, out var list) ? list : members[root] = []).Add(i);
            }
        }
        var prisoners = members.Where(p => p.Value.Any(i => facts[i].Family == KindFamily.Prisoners)).Select(p => p.Key).ToHashSet();
        var byCount = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var root in prisoners)
        {
            foreach (var count in members[root].SelectMany(i => HeadCounts(facts[i])))
            {
                (byCount.TryGetValue(count, out var roots) ? roots : byCount[count] = []).Add(root);
            }
        }
        if (byCount.Count == 0)
        {
            return;
        }
        var sizes = new Dictionary<int, int>();
        for (var i = 0; i < facts.Length; i++)
        {
            var root = sets.Find(i);
            sizes[root] = sizes.GetValueOrDefault(root) + 1;
        }
        var events = new Dictionary<int, ToldEvent>();
        var joins = new List<(int, int)>();
        var window = KindFamilies.WindowDays(KindFamily.Prisoners);
        foreach (var (root, toll) in members.Where(p => !prisoners.Contains(p.Key) && p.Value.Count == sizes[p.Key]))
        {
            var fitting = toll.SelectMany(i => HeadCounts(facts[i])).Distinct(StringComparer.Ordinal)
                .SelectMany(count => byCount.TryGetValue(count, out var roots) ? roots : []).Distinct()
                .Where(candidate => Tells(facts, toll, events.TryGetValue(candidate, out var told) ? told : events[candidate] = ToldEvent.Of(facts, members[candidate]), window))
                .Take(2).ToList();
            if (fitting.Count == 1)
            {
                joins.Add((root, fitting[0]));
            }
        }
        foreach (var (a, b) in joins)
        {
            sets.Union(a, b);
        }
    }

    /// <summary>The events of the day-sorted claims told from <paramref name="from"/> to <paramref name="to"/>, found without a scan.</summary>
    private static IEnumerable<int> Around(List<(int Day, int Root)> sorted, int from, int to)
    {
        int low = 0, high = sorted.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            (low, high) = sorted[mid].Day < from ? (mid + 1, high) : (low, mid);
        }
        for (var k = low; k < sorted.Count && sorted[k].Day <= to; k++)
        {
            yield return sorted[k].Root;
        }
    }

    /// <summary>
    /// What an event with the claim can be found under as a told event: its family at each region it lies in, at each of
    /// the told seas and rivers whose reach holds its point, and at its settlement.
    /// </summary>
    private static IEnumerable<(KindFamily, string)> TellingKeys(ClaimFacts claim, List<FactPlace> waters) =>
        claim.Place is not { Coarse: false } place || KindFamilies.National(claim.Family) ? []
        : Regions(claim).Select(region => (claim.Family, region))
            .Concat(waters.Where(water => GeoDistance.HaversineKm(water.Lat, water.Lon, place.Lat, place.Lon) <= water.ReachKm).Select(water => (claim.Family, water.Id)))
            .Append((claim.Family, place.Anchor));

    /// <summary>What a told event is compared by: its origins, its known sides gaining, its first and last day (null when it has none), and the days each origin told it on.</summary>
    private sealed record ToldEvent(HashSet<string> Origins, HashSet<Side> Sides, int? First, int? Last, ILookup<string, int> DaysBy)
    {
        public static ToldEvent Of(ClaimFacts[] facts, List<int> members)
        {
            var dated = members.Where(i => facts[i].Time is { Precise: true }).ToList();
            var days = dated.Select(i => facts[i].Day!.Value.DayNumber).ToList();
            return new ToldEvent(
                members.Select(i => facts[i].Origin.Key).ToHashSet(StringComparer.Ordinal),
                members.Select(i => GroupingSide(facts[i])).Where(s => s != Side.Unknown).ToHashSet(),
                days.Count > 0 ? days.Min() : null,
                days.Count > 0 ? days.Max() : null,
                dated.ToLookup(i => facts[i].Origin.Key, i => facts[i].Day!.Value.DayNumber, StringComparer.Ordinal));
        }
    }

    /// <summary>
    /// Whether one of a telling's voices told the told event on a day within the family's window of a day it told the
    /// telling on: the check a telling by a sea or river needs besides <see cref="Tells"/>, since its reach holds many
    /// towns, and the one an ingest finds its events by (<see cref="EventKeys.Voiced"/>, <see cref="EventKeys.LooseVoice"/>).
    /// </summary>
    private static bool ToldNearby(ClaimFacts[] facts, List<int> telling, ToldEvent told, int window) =>
        Voices(facts, telling).Any(voice => telling.Any(i => facts[i].Origin.Key == voice && facts[i].Time is { Precise: true }
            && told.DaysBy[voice].Any(day => Math.Abs(day - facts[i].Day!.Value.DayNumber) <= window)));

    /// <summary>
    /// The voices of a telling: its named primary origins (<see cref="OriginIndependence.IsPrimary"/>), as an event counts
    /// them, or with none, every origin.
    /// </summary>
    private static HashSet<string> Voices(ClaimFacts[] facts, List<int> telling)
    {
        var primary = telling.Select(i => facts[i].Origin).Where(OriginIndependence.IsPrimary).ToList();
        return [.. (primary.Count > 0 ? primary : telling.Select(i => facts[i].Origin)).Select(o => o.Key)];
    }

    /// <summary>
    /// Whether a source names no party whose statement a claim could be: an outlet in its own voice, or an informant
    /// left unnamed ("sources say", «по информации источников»). A named speaker the registry does not know is a voice.
    /// </summary>
    private static bool Unnamed(FactSource source) =>
        !OriginIndependence.IsPrimary(source) && source.Kind is SourceKind.Unknown or SourceKind.Publisher or SourceKind.StateMedia or SourceKind.IndependentMedia or SourceKind.WireAgency;

    /// <summary>
    /// Whether an event can be another telling of a told event (at a region, of a settlement inside it; a toll, of the
    /// strike at its town): every voice of the telling among the told event's origins, a side and days that agree. Its
    /// voices are its named primary origins (<see cref="OriginIndependence.IsPrimary"/>), as an event counts them: an
    /// outlet retelling in its own voice ("Ранее Life.ru рассказывал, что губернатор … попал под обстрел") is no
    /// statement of its own; with no primary origin, every origin, or none when <paramref name="unvoiced"/> (a toll
    /// told only by outlets and unnamed sources, <see cref="Unnamed"/>, which stands behind any strike of its town).
    /// </summary>
    private static bool Tells(ClaimFacts[] facts, List<int> telling, ToldEvent told, int window, bool unvoiced = false) =>
        (unvoiced || Voices(facts, telling).All(told.Origins.Contains))
        && telling.All(i => GroupingSide(facts[i]) is var side && (side == Side.Unknown || told.Sides.Count == 0 || told.Sides.Contains(side)))
        && telling.Where(i => facts[i].Time is { Precise: true }).All(i => told.First is { } first && told.Last is { } last
            && facts[i].Day!.Value.DayNumber >= first - window && facts[i].Day!.Value.DayNumber <= last + window);

    /// <summary>
    /// The place a claim is bucketed by: its <see cref="ClaimFacts.Where"/>, or for prisoners and mobilisation the
    /// whole war (<see cref="KindFamilies.National"/>): one plane of prisoners is told as crashed near Yablonovo, in the
    /// Belgorod region, in Russia, or nowhere, and one decree as Russia's or nowhere's, so the day tells their events apart.
    /// </summary>
    public static string? BucketPlace(ClaimFacts claim) => KindFamilies.National(claim.Family) ? NationalBucket : claim.Where;

    private const string NationalBucket = "national";

    /// <summary>
    /// The side a claim's event is told apart by: the side gaining, for ground and for denials (a capture and the other
    /// side's counter-attack at one town are two events); for prisoners, the side that speaks (whose prisoners a plane
    /// carried means nothing, and each side's word on an exchange or a downed plane of prisoners is its own: Russia's
    /// 65 prisoners killed, Ukraine's intelligence doubting they were aboard); none for the rest, whose side gaining is
    /// often misread (an outlet in its own voice has none) and which a place and a day tell apart.
    /// </summary>
    public static Side GroupingSide(ClaimFacts claim) => claim.Family switch
    {
        KindFamily.Ground or KindFamily.Denial => claim.ActingSide,
        KindFamily.Prisoners => claim.Origin.Side is Side.RU or Side.UA ? claim.Origin.Side : Side.Unknown,
        _ => Side.Unknown,
    };

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

        /// <summary>The known sides its claims have gaining, whatever side the event is told apart by.</summary>
        public HashSet<Side> Acting { get; } = [];

        public void Add(int index, ClaimFacts claim)
        {
            Members.Add(index);
            if (claim.ActingSide != Side.Unknown)
            {
                Acting.Add(claim.ActingSide);
            }
        }

        /// <summary>
        /// Whether some claim of it has the side gaining, or none has a known side: a set, not a count, so that relays and
        /// copies of one claim, which repeat its side, never tip what joins the event.
        /// </summary>
        public bool MayHaveActing(Side side) => Acting.Count == 0 || Acting.Contains(side);
    }

    /// <summary>
    /// The side gaining that most claims of an event give, of those whose side is known (counted per side); unknown when
    /// none is: a claim that names no side (an advance whose words name no one advancing) outvotes none.
    /// </summary>
    public static Side KnownMost(IReadOnlyDictionary<Side, int> counts) =>
        counts.Where(p => p.Key != Side.Unknown).OrderByDescending(p => p.Value).ThenBy(p => p.Key).Select(p => p.Key).FirstOrDefault(Side.Unknown);

    /// <summary>One bucket's events, each as the indices of its claims.</summary>
    private static IEnumerable<List<int>> GroupBucket(ClaimFacts[] facts, List<int> bucket, int window)
    {
        var segments = new List<Segment>();
        foreach (var side in KnownSides)
        {
            Sweep(facts, bucket.Where(i => GroupingSide(facts[i]) == side && facts[i].Time is { Precise: true }), side, window, segments);
        }
        // Claims of no known side by their day, then the rest by what they tell of their time.
        var unsided = Join(facts, bucket.Where(i => GroupingSide(facts[i]) == Side.Unknown && facts[i].Time is { Precise: true }), segments, window);
        Sweep(facts, unsided, Side.Unknown, window, segments);
        var leftovers = Join(facts, bucket.Where(i => facts[i].Time is not { Precise: true }), segments, window);
        foreach (var side in KnownSides.Append(Side.Unknown))
        {
            Sweep(facts, leftovers.Where(i => GroupingSide(facts[i]) == side && facts[i].Day is not null), side, window, segments);
        }
        // Undated claims that fit no event of their bucket group with the undated claims of their origin and side (and,
        // of prisoners or mobilisation, of their place: the bucket is the whole war).
        var undated = leftovers.Where(i => facts[i].Day is null)
            .GroupBy(i => (GroupingSide(facts[i]), facts[i].Origin.Key, KindFamilies.National(facts[i].Family) ? facts[i].Where : null))
            .Select(g => g.ToList());
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
            segment.Add(i, facts[i]);
        }
        return leftovers;
    }

    /// <summary>
    /// Bounded events of claims by day: each starts at its earliest claim and takes those up to the window after it, and
    /// those retelling it some days on (<see cref="Retells"/>); of one day, the claims whose words or dateline date them first.
    /// </summary>
    private static void Sweep(ClaimFacts[] facts, IEnumerable<int> claims, Side side, int window, List<Segment> segments)
    {
        Segment? current = null;
        foreach (var i in claims.OrderBy(i => facts[i].Day).ThenBy(i => Retold(facts[i])).ThenBy(i => i))
        {
            var day = facts[i].Day!.Value.DayNumber;
            var retelling = current is not null && Retells(facts[i], current, window);
            if (current is null || (day > current.First + window && !retelling))
            {
                current = new Segment(side, day);
                segments.Add(current);
            }
            current.Add(i, facts[i]);
            if (!retelling)
            {
                current.Last = day;
            }
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
        var side = GroupingSide(claim);
        var sided = side == Side.Unknown ? fitting : fitting.Where(s => s.Side == side).ToList();
        if (sided.Count == 0)
        {
            sided = [.. fitting.Where(s => s.Side == Side.Unknown)];
        }
        var national = KindFamilies.National(claim.Family);
        var vouched = sided.Where(s => (s.Origins.Contains(claim.Origin.Key) && (!national || claim.Time is { Precise: true } || claim.Partial is not null || Agrees(facts, claim, s)))
            || s.Members.Any(m => facts[m].ReportId == claim.ReportId || Copies.SameReportText(facts[m], claim) is not null)).ToList();
        // An oblast or a sea is too wide for the only event there to be the one, and the whole war far too wide: a claim
        // placed coarsely, or of prisoners or mobilisation, joins only what vouches for it. Nor does a claim join the only
        // event there when no claim of that event has its side acting, only the other (Peskov's undated word on the
        // Kakhovka dam beside Marchenko's on the cruiser, both misplaced in Moscow), nor, when its words name no side
        // gaining (an advance with no one named advancing), when none has its teller's side acting: it may be either
        // side's, and joining would count its teller as a voice from the other side confirming that event. The sides
        // acting are read as a set: were they counted, a relay of one claim could outvote another and move the claim.
        // Where nothing vouches, an undated reprint joins the event whose reports hold clearly most of its own words.
        var presumed = claim.ActingSide != Side.Unknown ? claim.ActingSide : claim.Origin.Side;
        return vouched.Count == 1 ? vouched[0]
            : vouched.Count == 0 && sided.Count == 1 && claim.Place is not { Coarse: true } && !national
                && (presumed == Side.Unknown || sided[0].MayHaveActing(presumed)) ? sided[0]
            : vouched.Count > 1 ? FirstOfRun(vouched, window) ?? Likest(facts, claim, vouched, LikestShare)
            : vouched.Count == 0 && claim.Day is null && !national ? Likest(facts, claim, sided, UnvouchedShare)
            : null;
    }

    /// <summary>
    /// Of several events that vouch for a claim, the first when they follow one another each within the window of the
    /// last day of the one before, of one side: one happening told over days and cut by the window (a plane of
    /// prisoners downed on the 24th, its list of names on the 27th), whose statement an undated reprint repeats; null
    /// when they lie apart (a town claimed in October and again in December).
    /// </summary>
    private static Segment? FirstOfRun(List<Segment> vouched, int window)
    {
        var ordered = vouched.OrderBy(s => s.First).ToList();
        for (var k = 1; k < ordered.Count; k++)
        {
            if (ordered[k].Side != ordered[0].Side || ordered[k].First > ordered[k - 1].Last + window)
            {
                return null;
            }
        }
        return ordered[0];
    }

    /// <summary>
    /// Whether an event of prisoners or mobilisation tells of what an undated claim of its origin tells: a claim of its
    /// place (or a place inside or around it), or of one of its figures. Else the ministry's «сдавались в плен» of a village in October would join its
    /// plane of prisoners in January. (A claim whose words name the weekday or the day of the month needs none of this:
    /// only the events on such a day fit it, "Shoigu revealed some details about the mobilization on Wednesday".)
    /// A country is no such place by itself: every mobilisation and every exchange of the war is Russia's or Ukraine's,
    /// and Putin's undated word on "an increase in men signing up to fight", in a story of the Kursk offensive, is not
    /// his mobilisation of 2022. A claim agreeing only by its country joins when a figure its words give is one the
    /// event's claims give too ("65 captured Ukrainian military personnel"), when the event's reports in its language
    /// hold at least <see cref="LikestShare"/> of its report's words (a reprint), or when none is in its language to compare.
    /// A claim that names no place joins only on such a figure.
    /// </summary>
    private static bool Agrees(ClaimFacts[] facts, ClaimFacts claim, Segment segment)
    {
        var members = segment.Members.Select(m => facts[m]).ToList();
        if (members.Any(m => (claim.Place is { } place && m.Place is { } other && !IsCountry(place) && !IsCountry(other) && Within(place, other))
            || (!claim.Quantities.IsEmpty && m.Quantities.Intersect(claim.Quantities).Any())))
        {
            return true;
        }
        var figures = FiguresIn(claim.Text);
        // A claim that names no place at all ("300,000 reservists will be called up, said Shoigu") agrees by a figure
        // alone: weaker than a country, it gets no reprint's share and no benefit of no report to compare.
        if (claim.Place is null)
        {
            return members.Any(m => FiguresIn(m.Text).Overlaps(figures));
        }
        if (!members.Any(m => m.Place is { } other && Within(claim.Place, other)))
        {
            return false;
        }
        return members.Any(m => FiguresIn(m.Text).Overlaps(figures)) || ReportShare(facts, claim, segment) is not { } share || share >= LikestShare;
    }

    /// <summary>One place the same as, inside or around the other: Yablonovo, the Belgorod region and Russia agree.</summary>
    private static bool Within(FactPlace a, FactPlace b) =>
        a.Anchor == b.Anchor || a.Parents.Contains(b.Id) || b.Parents.Contains(a.Id)
        || (IsCountry(a) && a.CountryCode == b.CountryCode)
        || (IsCountry(b) && a.CountryCode == b.CountryCode);

    private static bool IsCountry(FactPlace place) => place.Coarse && place.Id.StartsWith("country:", StringComparison.Ordinal);

    /// <summary>
    /// The counts a claim's words give in digits, their group separators dropped ("65 captured", "300,000 reservists",
    /// «300 000»), years (1900–2099), decimals and times of day («11:00») apart: the heads of prisoners and of reservists, which the
    /// extractor's quantities (distances, shares, counts of attacks) do not read.
    /// </summary>
    private static HashSet<string> FiguresIn(string text) =>
        [.. Figure().Matches(text).Select(m => new string([.. m.Value.Where(char.IsDigit)]))
            .Where(f => f.Length >= 2 && !(f.Length == 4 && (f.StartsWith("19", StringComparison.Ordinal) || f.StartsWith("20", StringComparison.Ordinal))))];

    [GeneratedRegex(@"(?<![\d.,:])\d{1,3}(?!\d)(?:[ ,\u00A0\u202F]\d{3}(?!\d))*(?![.,:]\d)|(?<![\d.,:])\d+(?!\d)(?![.,:]\d)")]
    private static partial Regex Figure();

    /// <summary>
    /// The most of a claim's report that one of an event's reports in its language holds as word shingles
    /// (<see cref="TextSketch.Containment"/>; the first <see cref="ReportsCompared"/> of them); null when the event has
    /// no other report in its language, or the claim no sketch, to compare.
    /// </summary>
    private static double? ReportShare(ClaimFacts[] facts, ClaimFacts claim, Segment segment)
    {
        if (claim.ReportSketch is not { } sketch)
        {
            return null;
        }
        var shares = segment.Members
            .Select(m => facts[m]).Where(m => m.Language == claim.Language && m.ReportId != claim.ReportId && m.ReportSketch is not null)
            .DistinctBy(m => m.ReportId).Take(ReportsCompared)
            .Select(m => sketch.Containment(m.ReportSketch!)).ToList();
        return shares.Count == 0 ? null : shares.Max();
    }

    /// <summary>
    /// How much of an undecided claim's report the likest event must hold (reprints that rewrite a story share few
    /// three-word shingles: 5–25% on the development corpus, against none for another story), and how many times what
    /// the next holds.
    /// </summary>
    public const double LikestShare = 0.05;

    public const double LikestRatio = 1.5;

    /// <summary>
    /// How much of an undated claim's report the likest event must hold when neither its origin nor its report stands
    /// behind any event: twice as much, since one place's stories share its name and the words around it (two Kursk
    /// offensives seven months apart share 6–9% on the development corpus; reprints of one story 10–50%).
    /// </summary>
    public const double UnvouchedShare = 0.10;

    /// <summary>Of the events an origin stands behind, how many of each one's reports are compared with the claim's (and, linking a denial, with its reports).</summary>
    public const int ReportsCompared = 32;

    /// <summary>
    /// Of several events that all vouch for a claim (one ministry claiming a town in October and again in December,
    /// the undated reprint fitting both), or of the events an undated claim fits when none vouches, the one whose
    /// reports hold most of the claim's report as word shingles (<see cref="TextSketch.Containment"/>, same language),
    /// when that is at least <paramref name="share"/> and clearly more than the next holds; else none.
    /// </summary>
    private static Segment? Likest(ClaimFacts[] facts, ClaimFacts claim, List<Segment> candidates, double share)
    {
        return claim.ReportSketch is null ? null : ClearlyLikest(candidates.Select(s => (s, ReportShare(facts, claim, s) ?? 0)), share);
    }

    /// <summary>
    /// Of scored candidates (the share of a report's words each holds), the one scoring highest when it holds at least
    /// <paramref name="share"/> and <see cref="LikestRatio"/> times what the next holds; else none.
    /// </summary>
    internal static T? ClearlyLikest<T>(IEnumerable<(T Candidate, double Score)> scored, double share) where T : class
    {
        var ranked = scored.OrderByDescending(s => s.Score).Take(2).ToList();
        var next = ranked.Count > 1 ? ranked[1].Score : 0;
        return ranked.Count > 0 && ranked[0].Score >= share && ranked[0].Score >= next * LikestRatio ? ranked[0].Candidate : null;
    }

    /// <summary>
    /// Whether a claim retells an event some days on: dated only by its report's publication day (its words and
    /// dateline give none), past the window of the event's first day but within the window of its last. Such a report
    /// tells of a happening on or before its day ("the ministry had reported that 65 prisoners were aboard", three days
    /// after the plane came down), and joins the event without stretching it. Not for ground, whose window of weeks
    /// already holds the later reports of a change of hands.
    /// </summary>
    private static bool Retells(ClaimFacts claim, Segment segment, int window) =>
        RetoldPast(claim, segment.First) && claim.Day!.Value.DayNumber <= segment.Last + window;

    /// <summary>
    /// Whether a claim dated only by its report's publication day, not of ground, falls past the window of an event's
    /// first day: a report retelling the happening some days on (<see cref="Retells"/>).
    /// </summary>
    public static bool RetoldPast(ClaimFacts claim, int firstDay) =>
        Retold(claim) && claim.Family != KindFamily.Ground && claim.Day!.Value.DayNumber > firstDay + KindFamilies.WindowDays(claim.Family);

    /// <summary>Whether a claim is dated only by its report's publication day.</summary>
    private static bool Retold(ClaimFacts claim) => claim.Time is { Precise: true, Basis: TimeBasis.Published };

    private static bool FitsTime(ClaimFacts claim, Segment segment, ClaimFacts[] facts, int window)
    {
        if (claim.Time is { } time)
        {
            return time.Precise
                ? time.From.DayNumber >= segment.Last - window && (time.From.DayNumber <= segment.First + window || Retells(claim, segment, window))
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
                if (GroupingSide(facts[i]) == GroupingSide(facts[j]) && Copies.Reason(facts[i], facts[j], sketches[i], sketches[j]) is not null)
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
