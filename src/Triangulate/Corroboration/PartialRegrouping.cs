using System.Collections.Immutable;
using Triangulate.Corroboration.Evidence;
using Triangulate.Model;
using Triangulate.Storage;

namespace Triangulate.Corroboration;

/// <summary>What a regrouping did: how many claims it regrouped, how many events it wrote and removed.</summary>
public sealed record RegroupingSummary(int ClaimsRegrouped, int EventsWritten, int EventsRemoved, bool Whole);

/// <summary>What corroboration reads besides the claims: analysts' merges, splits and verdicts, the evidence, the affiliations.</summary>
public sealed record CorroborationInputs(IReadOnlyList<EventOverride> Overrides, IReadOnlyList<Verdict> Verdicts, EvidenceSet Evidence, Affiliations Affiliations);

/// <summary>
/// Regroups the claims stored since the last regrouping with only the part of the ledger they can change, and stores
/// only the events that changed, so that the stored events are exactly what <see cref="Corroborator.Run"/> over the
/// whole ledger gives. What can change is closed in two steps:
/// <list type="number">
/// <item><b>Grouping.</b> The buckets of the new claims (<see cref="EventKeys.Bucket"/>: family and place, grouped by
/// <see cref="EventGrouper"/> from their own claims alone) are regrouped whole, with every event filed under them; a
/// claim with no place joins only copies within its family's window, so for it the events of the days in that window
/// are regrouped. An analyst's merge or split binds its claims' buckets together: when it names a claim regrouped, every
/// bucket of its claims is regrouped too, to a fixed point.</item>
/// <item><b>Links and verdicts.</b> Contradictions join events at a settlement both name, so the events at the
/// settlements of the regrouped claims are read as context (and, for an event among them with no day, or a denial,
/// which is set against the one event it could contradict or the undated one likest its report, the events at its
/// settlements too). Their links to the regrouped
/// events are recomputed; their other links are kept. A verdict one event takes from another it contradicts is
/// then recomputed, in event id order as the whole run does, for every event whose links or members changed and
/// onward along the links from every event whose verdict changed.</item>
/// </list>
/// Repetitions link events of one bucket only, so those of the regrouped buckets are recomputed whole.
/// </summary>
internal sealed class PartialRegrouping(ILedgerStore store, ClaimFactsReader reader, CorroborationInputs inputs)
{
    private readonly Dictionary<long, ClaimFacts> facts = [];
    private readonly HashSet<long> reportsRead = [];
    private readonly Dictionary<long, StoredEvent> stored = [];
    private readonly Dictionary<long, EventOutline> outlines = [];
    private readonly Dictionary<long, CorroboratedEvent> documents = [];
    private readonly Dictionary<long, Verdict?> own = [];
    private readonly ILookup<long, EventOverride> overridesByClaim =
        inputs.Overrides.SelectMany(o => o.ClaimIds.Select(id => (id, o))).ToLookup(p => p.id, p => p.o);

    public async Task<RegroupingSummary> RunAsync(IReadOnlyList<ClaimRef> ungrouped, CancellationToken cancellationToken)
    {
        await ReadFactsAsync(ungrouped.Select(c => c.ReportId), cancellationToken);
        var (scope, before) = await ClaimsToRegroupAsync(ungrouped, cancellationToken);
        var regrouped = EventGrouper.Group([.. scope.Select(id => facts[id])], inputs.Overrides);
        var context = await ContextAsync(scope, before, cancellationToken);
        var links = Links(regrouped, before, context);
        var after = regrouped.ToDictionary(g => g.Id);
        var groups = new Dictionary<long, ClaimGroup>(after);
        foreach (var group in context.Groups)
        {
            groups[group.Id] = group;
        }
        var verdicts = await VerdictsAsync(after, before, links, groups, cancellationToken);
        var repeats = Repetitions.Link(regrouped);
        var repeatedBy = repeats.GroupBy(p => p.Value).ToDictionary(g => g.Key, g => g.Select(p => p.Key).Order().ToImmutableArray());
        var written = new List<StoredEvent>();
        foreach (var (id, verdict) in verdicts)
        {
            var group = groups[id];
            var contradicts = links.TryGetValue(id, out var changed) ? changed : outlines[id].Contradicts;
            var built = Corroborator.Build(group, OriginIndependence.Assess(group.Claims, inputs.Affiliations), contradicts, Considered(group), verdict) with
            {
                Repeats = after.ContainsKey(id) ? (repeats.TryGetValue(id, out var earlier) ? earlier : null) : Document(id).Repeats,
                RepeatedBy = after.ContainsKey(id) ? repeatedBy.GetValueOrDefault(id, []) : Document(id).RepeatedBy,
            };
            var event_ = CorroborationService.ToStored(built, group);
            if (!stored.TryGetValue(id, out var old) || old.Document != event_.Document || !old.ClaimIds.SequenceEqual(event_.ClaimIds))
            {
                written.Add(event_);
            }
        }
        var removed = before.Where(id => !after.ContainsKey(id)).ToList();
        await store.UpdateEventsAsync(removed, written, cancellationToken);
        return new RegroupingSummary(scope.Count, written.Count, removed.Count, Whole: false);
    }

    /// <summary>
    /// The claims whose events can change (the new ones, and every claim of an event filed under a bucket they fall in,
    /// closed over analysts' merges and splits), and the stored events that hold them.
    /// </summary>
    private async Task<(HashSet<long> Scope, HashSet<long> Before)> ClaimsToRegroupAsync(IReadOnlyList<ClaimRef> ungrouped, CancellationToken cancellationToken)
    {
        var scope = ungrouped.Select(c => c.ClaimId).ToHashSet();
        var before = new HashSet<long>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var claims = new HashSet<long>();
        var askedKeys = new HashSet<string>(StringComparer.Ordinal);
        var askedClaims = new HashSet<long>();
        foreach (var claim in scope.Select(id => facts[id]))
        {
            Bind(claim, Overridden(claim.ClaimId), keys, claims);
            if (EventGrouper.BucketPlace(claim) is null && claim.Day is { } day)
            {
                var window = KindFamilies.WindowDays(claim.Family);
                for (var d = day.DayNumber - window; d <= day.DayNumber + window; d++)
                {
                    keys.Add(EventKeys.UnplacedDay(claim.Family, d));
                }
            }
        }
        while (true)
        {
            var selection = new EventSelection { Keys = [.. keys.Except(askedKeys)], ClaimIds = [.. claims.Except(askedClaims)], ExceptIds = before };
            if (selection.IsEmpty)
            {
                return (scope, before);
            }
            askedKeys.UnionWith(selection.Keys);
            askedClaims.UnionWith(selection.ClaimIds);
            var found = await ReadEventsAsync(selection, cancellationToken);
            before.UnionWith(found.Select(e => e.Id));
            foreach (var event_ in found)
            {
                scope.UnionWith(event_.ClaimIds);
                var bound = event_.ClaimIds.Any(Overridden);
                foreach (var claimId in event_.ClaimIds)
                {
                    Bind(facts[claimId], bound, keys, claims);
                }
            }
        }
    }

    private bool Overridden(long claimId) => overridesByClaim.Contains(claimId);

    /// <summary>What a regrouped claim brings in: its bucket (for a claim with no place only when an analyst's change binds it), and the claims of those changes.</summary>
    private void Bind(ClaimFacts claim, bool bound, HashSet<string> keys, HashSet<long> claims)
    {
        if (EventGrouper.BucketPlace(claim) is not null || bound)
        {
            keys.Add(EventKeys.Bucket(claim));
        }
        // An event at a region joins one at a settlement inside it that its origins stand behind: regroup the two together.
        foreach (var region in EventGrouper.Regions(claim))
        {
            keys.Add(EventKeys.BucketAt(claim.Family, region));
        }
        if (EventGrouper.IsRegional(claim))
        {
            keys.Add(EventKeys.Inside(claim.Family, claim.Place!.Id, claim.Origin.Key));
        }
        // An event with no place, or only a sea or river, joins the one event at a place its voices told within the
        // window: regroup the events a dated claim's origin told on those days at a place and loosely together.
        if (claim.Time is { Precise: true })
        {
            foreach (var week in EventKeys.WeeksAround(claim.Day!.Value.DayNumber, KindFamilies.WindowDays(claim.Family)))
            {
                if (EventGrouper.PlacedLoosely(claim))
                {
                    keys.Add(EventKeys.Voiced(claim.Family, claim.Origin.Key, week));
                }
                if (EventGrouper.PlacedOnADay(claim))
                {
                    keys.Add(EventKeys.LooseVoice(claim.Family, claim.Origin.Key, week));
                }
            }
        }
        // An event at a settlement joins one at a namesake told in other languages on those days (any, when either is
        // undated): regroup them together.
        if (EventGrouper.NamesakeName(claim) is { } name)
        {
            if (claim.Time is { Precise: true })
            {
                keys.Add(EventKeys.UndatedNamesake(claim.Family, name));
                foreach (var week in EventKeys.WeeksAround(claim.Day!.Value.DayNumber, KindFamilies.WindowDays(claim.Family)))
                {
                    keys.Add(EventKeys.Namesake(claim.Family, name, week));
                }
            }
            else
            {
                keys.Add(EventKeys.Namesake(claim.Family, name));
            }
        }
        // An event of casualties at a town joins the strike event there: regroup the two buckets together.
        if (claim.Place is { Coarse: false } place && !KindFamilies.National(claim.Family))
        {
            foreach (var kin in KindFamilies.Kin(claim.Family))
            {
                keys.Add(EventKeys.BucketAt(kin, place.Anchor));
            }
        }
        // A toll joins the prisoners event, or its voice's undated toll at a place, giving its head count: regroup the
        // claims of a count together.
        foreach (var count in EventGrouper.HeadCounts(claim))
        {
            keys.Add(EventKeys.HeadCount(count));
        }
        foreach (var change in overridesByClaim[claim.ClaimId])
        {
            claims.UnionWith(change.ClaimIds);
        }
    }

    /// <summary>
    /// The stored events around the regrouped ones: those at the settlements their claims name, and the events at the
    /// settlements of any of those with no day or that deny (a dated denial is set against the undated event at its
    /// places whose reports hold most of its words, so every undated event at each of its places competes).
    /// </summary>
    private async Task<Context> ContextAsync(HashSet<long> scope, HashSet<long> before, CancellationToken cancellationToken)
    {
        var anchors = scope.SelectMany(id => facts[id].Anchors).Select(EventKeys.Anchor).ToHashSet(StringComparer.Ordinal);
        var near = await ReadEventsAsync(new EventSelection { Keys = anchors, ExceptIds = before }, cancellationToken);
        var undated = near.Where(e => e.ClaimIds.All(id => facts[id].Day is null)).Select(e => e.Id).ToHashSet();
        var further = near.Where(e => undated.Contains(e.Id) || e.ClaimIds.Any(id => facts[id].Stance == Stance.Denies)).SelectMany(e => e.Keys).Where(k => k.StartsWith("a|", StringComparison.Ordinal) && !anchors.Contains(k)).ToHashSet(StringComparer.Ordinal);
        var beyond = await ReadEventsAsync(new EventSelection { Keys = further, ExceptIds = [.. before, .. near.Select(e => e.Id)] }, cancellationToken);
        return new Context([.. near.Concat(beyond).Select(Group)], undated);
    }

    private sealed record Context(ImmutableArray<ClaimGroup> Groups, HashSet<long> Undated);

    /// <summary>
    /// The new links of every event whose links can change: a regrouped event's and a context event with no day's as
    /// computed (every event they could be set against is read); any other context event's as stored, less its links
    /// to the events replaced and to those with no day, plus its computed links to the regrouped events and those with no day.
    /// </summary>
    private Dictionary<long, ImmutableArray<long>> Links(ImmutableArray<ClaimGroup> regrouped, HashSet<long> before, Context context)
    {
        var computed = Contradictions.Link([.. regrouped, .. context.Groups]);
        var recomputed = regrouped.Select(g => g.Id).Concat(context.Undated).ToHashSet();
        var links = new Dictionary<long, ImmutableArray<long>>();
        foreach (var id in recomputed)
        {
            links[id] = computed.GetValueOrDefault(id, []);
        }
        foreach (var group in context.Groups.Where(g => !context.Undated.Contains(g.Id)))
        {
            var kept = outlines[group.Id].Contradicts.Where(id => !before.Contains(id) && !context.Undated.Contains(id));
            var added = computed.GetValueOrDefault(group.Id, []).Where(recomputed.Contains);
            var now = kept.Concat(added).Distinct().Order().ToImmutableArray();
            if (!now.SequenceEqual(outlines[group.Id].Contradicts))
            {
                links[group.Id] = now;
            }
        }
        return links;
    }

    /// <summary>
    /// The verdict of every event that may have changed, in id order as <see cref="Corroborator.Run"/> decides them: an
    /// event's own (analysts', evidence's), else one taken from the events it contradicts, seeing the final verdict of
    /// those with smaller ids and the own verdict of the others. Starts from the regrouped events, those whose links
    /// changed and those linked to the events replaced or regrouped, and goes on along the links of each whose verdict changed.
    /// </summary>
    private async Task<SortedDictionary<long, Verdict?>> VerdictsAsync(
        Dictionary<long, ClaimGroup> after, HashSet<long> before, Dictionary<long, ImmutableArray<long>> links, Dictionary<long, ClaimGroup> groups, CancellationToken cancellationToken)
    {
        var pending = new SortedSet<long>(after.Keys.Concat(links.Keys));
        pending.UnionWith(after.Keys.SelectMany(id => links[id]));
        pending.UnionWith(before.SelectMany(id => outlines[id].Contradicts).Where(id => !before.Contains(id)));
        var decided = new SortedDictionary<long, Verdict?>();
        while (pending.Count > 0)
        {
            var id = pending.Min;
            pending.Remove(id);
            await EnsureGroupsAsync(groups, [id], cancellationToken);
            var contradicts = links.TryGetValue(id, out var changed) ? changed : outlines[id].Contradicts;
            await EnsureGroupsAsync(groups, contradicts.Where(other => !decided.ContainsKey(other)), cancellationToken);
            var verdict = OwnVerdict(groups[id]) ?? Corroborator.FromContradicted(id, contradicts, other =>
                decided.TryGetValue(other, out var final) ? final
                : other < id ? Document(other).Verdict
                : OwnVerdict(groups[other]));
            decided[id] = verdict;
            if (after.ContainsKey(id) || !Equals(LedgerJson.Serialize(verdict), LedgerJson.Serialize(Document(id).Verdict)))
            {
                pending.UnionWith(contradicts.Where(other => other > id && !decided.ContainsKey(other)));
            }
        }
        return decided;
    }

    private Verdict? OwnVerdict(ClaimGroup group)
    {
        if (!own.TryGetValue(group.Id, out var verdict))
        {
            own[group.Id] = verdict = Corroborator.Decide(Considered(group));
        }
        return verdict;
    }

    private ImmutableArray<Verdict> Considered(ClaimGroup group) => Corroborator.Considered(group, inputs.Verdicts, inputs.Evidence);

    /// <summary>Reads the stored events with these ids that are not read yet, as groups of their claims' facts.</summary>
    private async Task EnsureGroupsAsync(Dictionary<long, ClaimGroup> groups, IEnumerable<long> ids, CancellationToken cancellationToken)
    {
        var missing = ids.Where(id => !groups.ContainsKey(id)).ToList();
        if (missing.Count == 0)
        {
            return;
        }
        foreach (var event_ in await ReadEventsAsync(new EventSelection { Ids = missing }, cancellationToken))
        {
            groups[event_.Id] = Group(event_);
        }
    }

    private ClaimGroup Group(StoredEvent event_) => EventGrouper.GroupOf(event_.ClaimIds.Select(id => facts[id]));

    /// <summary>Reads stored events with the outlines of their documents and the facts of their claims.</summary>
    private async Task<IReadOnlyList<StoredEvent>> ReadEventsAsync(EventSelection selection, CancellationToken cancellationToken)
    {
        var found = await store.FindEventsAsync(selection, cancellationToken);
        foreach (var event_ in found)
        {
            stored[event_.Id] = event_;
            outlines[event_.Id] = LedgerJson.Deserialize<EventOutline>(event_.Document);
        }
        await ReadFactsAsync(found.SelectMany(e => outlines[e.Id].Claims.Select(c => c.ReportId)), cancellationToken);
        return found;
    }

    /// <summary>
    /// A stored event's document read whole, on first use: only the events whose verdict or links are recomputed need
    /// more than its outline.
    /// </summary>
    private CorroboratedEvent Document(long id)
    {
        if (!documents.TryGetValue(id, out var document))
        {
            documents[id] = document = LedgerJson.Deserialize<CorroboratedEvent>(stored[id].Document);
        }
        return document;
    }

    /// <summary>
    /// What every stored event read is needed for, read from its document without the rest: the reports of its claims
    /// (whose facts are read) and the events it contradicts.
    /// </summary>
    private sealed record EventOutline(ImmutableArray<EventOutline.Member> Claims, ImmutableArray<long> Contradicts)
    {
        public sealed record Member(long ReportId);
    }

    private async Task ReadFactsAsync(IEnumerable<long> reportIds, CancellationToken cancellationToken)
    {
        var unread = reportIds.Where(reportsRead.Add).ToList();
        if (unread.Count == 0)
        {
            return;
        }
        foreach (var ofReport in await store.ListReportClaimsAsync(unread, cancellationToken))
        {
            foreach (var claim in await CorroborationService.FactsOfReportAsync(store, reader, ofReport.Report, ofReport.Claims, cancellationToken))
            {
                facts[claim.ClaimId] = claim;
            }
        }
    }
}
