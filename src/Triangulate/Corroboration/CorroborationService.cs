using System.Collections.Immutable;
using Triangulate.Claims;
using Triangulate.Corroboration.Evidence;
using Triangulate.Model;
using Triangulate.Storage;

namespace Triangulate.Corroboration;

/// <summary>What an analyst's request to change events came to: done, or why not.</summary>
public sealed record EventChange(bool Done, string Message);

/// <summary>
/// Corroboration over a ledger: reads the stored claims, overrides, verdicts and evidence, runs the pure
/// <see cref="Corroborator"/> and stores the events. Analysts' merges, splits and verdicts are recorded with an audit
/// line and followed by a regrouping. The CLI and the web app both call this; nothing else writes events.
/// </summary>
/// <param name="registry">The bundled registry; the ledger's own sources and analysts' merges are laid over it at each read.</param>
public sealed class CorroborationService(ILedgerStore store, SourceRegistry registry, TimeProvider timeProvider)
{

    /// <summary>
    /// Groups the claims stored since the last regrouping, regrouping only the part of the ledger they can change
    /// (<see cref="PartialRegrouping"/>), and stores the events that changed: the same events a regrouping of the whole
    /// ledger gives. A ledger is regrouped whole when its stored events are not what this build's rules would make of
    /// them: stored without keys (before migration 0010, or copied from such a ledger), or grouped by another build
    /// (<see cref="GroupingBuild"/>), as after an upgrade, since mending only a batch's buckets would leave the other
    /// events as the old rules grouped them.
    /// </summary>
    public async Task<RegroupingSummary> RefreshAsync(CancellationToken cancellationToken = default)
    {
        await using var held = await store.LockCorroborationAsync(cancellationToken);
        var groupedBy = await store.GetSettingAsync(LedgerSettingNames.GroupedBy, cancellationToken);
        if (await GroupedByAnotherBuildAsync(groupedBy, cancellationToken) || await store.HasUnkeyedEventsAsync(cancellationToken))
        {
            var result = await RefreshHoldingLockAsync(cancellationToken);
            return new RegroupingSummary(result.Events.Sum(e => e.Claims.Length), result.Events.Length, 0, Whole: true);
        }
        if (groupedBy != GroupingBuild.Current)
        {
            // A ledger with no events yet: what this build groups now is its first grouping.
            await store.SetSettingAsync(LedgerSettingNames.GroupedBy, GroupingBuild.Current, cancellationToken);
        }
        var ungrouped = await store.ListUngroupedClaimsAsync(cancellationToken);
        if (ungrouped.Count == 0)
        {
            return new RegroupingSummary(0, 0, 0, Whole: false);
        }
        var sources = await SourcesAsync(cancellationToken);
        var inputs = await InputsAsync(sources, cancellationToken);
        return await new PartialRegrouping(store, new ClaimFactsReader(sources), inputs).RunAsync(ungrouped, cancellationToken);
    }

    /// <summary>
    /// Regroups every claim of the ledger and replaces the stored events (<c>db regroup</c>): what
    /// <see cref="RefreshAsync"/> keeps up to date batch by batch, computed from scratch.
    /// </summary>
    public async Task<CorroborationResult> RegroupAllAsync(CancellationToken cancellationToken = default)
    {
        await using var held = await store.LockCorroborationAsync(cancellationToken);
        return await RefreshHoldingLockAsync(cancellationToken);
    }

    /// <summary>
    /// Regroups when claims were stored after the last regrouping, as when an ingest was killed between its last batch and
    /// its regrouping, or when another build grouped the stored events, as after an upgrade: the events are then what
    /// this build makes of the ledger, without waiting for the next ingest. Returns whether it regrouped.
    /// </summary>
    public async Task<bool> ResumeAsync(CancellationToken cancellationToken = default)
    {
        if (!await store.HasUngroupedClaimsAsync(cancellationToken)
            && !await GroupedByAnotherBuildAsync(await store.GetSettingAsync(LedgerSettingNames.GroupedBy, cancellationToken), cancellationToken))
        {
            return false;
        }
        await RefreshAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Reads and regroups under the corroboration lock the caller holds: two regroupings at once could otherwise store
    /// events computed before a merge, split or verdict that the other one saw. The ledger then records this build as
    /// the one that grouped it (a run stopped before that regroups whole again next time, with the same result).
    /// </summary>
    private async Task<CorroborationResult> RefreshHoldingLockAsync(CancellationToken cancellationToken)
    {
        var sources = await SourcesAsync(cancellationToken);
        var facts = await ReadFactsAsync(sources, cancellationToken);
        var inputs = await InputsAsync(sources, cancellationToken);
        var groups = EventGrouper.Group(facts, inputs.Overrides);
        var result = Corroborator.Run(groups, inputs);
        var byId = groups.ToDictionary(g => g.Id);
        await store.ReplaceEventsAsync([.. result.Events.Select(e => ToStored(e, byId[e.Id]))], cancellationToken);
        await store.SetSettingAsync(LedgerSettingNames.GroupedBy, GroupingBuild.Current, cancellationToken);
        return result;
    }

    /// <summary>Whether stored events were grouped by a build other than this one (a ledger with no events has none to mend).</summary>
    private async Task<bool> GroupedByAnotherBuildAsync(string? groupedBy, CancellationToken cancellationToken) =>
        groupedBy != GroupingBuild.Current && await store.HasEventsAsync(cancellationToken);

    private async Task<CorroborationInputs> InputsAsync(SourceRegistry sources, CancellationToken cancellationToken) => new(
        await store.ListEventOverridesAsync(cancellationToken),
        await store.ListVerdictsAsync(cancellationToken),
        new EvidenceSet(
            new ControlMapIndex(await store.ListControlMapsAsync(cancellationToken)),
            [.. await store.ListOccupationEntriesAsync(cancellationToken)]),
        new Affiliations(sources.Sources));

    /// <summary>The stored events as corroboration computed them.</summary>
    public async Task<IReadOnlyList<CorroboratedEvent>> ListEventsAsync(CancellationToken cancellationToken = default) =>
        [.. (await store.ListEventsAsync(cancellationToken)).Select(e => LedgerJson.Deserialize<CorroboratedEvent>(e.Document))];

    public async Task<CorroboratedEvent?> GetEventAsync(long id, CancellationToken cancellationToken = default) =>
        await store.GetEventAsync(id, cancellationToken) is { } stored ? LedgerJson.Deserialize<CorroboratedEvent>(stored.Document) : null;

    public async Task<EventChange> MergeAsync(IReadOnlyList<long> eventIds, string by, string? note, CancellationToken cancellationToken = default)
    {
        // Held from reading the events to storing the regrouping, so that no change is checked against events another is changing.
        await using var held = await store.LockCorroborationAsync(cancellationToken);
        var events = new List<CorroboratedEvent>();
        foreach (var id in eventIds.Distinct())
        {
            if (await GetEventAsync(id, cancellationToken) is not { } found)
            {
                return new EventChange(false, $"no event e{id}");
            }
            events.Add(found);
        }
        if (events.Count < 2)
        {
            return new EventChange(false, "a merge needs two or more events");
        }
        var claimIds = events.SelectMany(e => e.Claims.Select(c => c.ClaimId)).Order().ToImmutableArray();
        var before = LedgerJson.Serialize(events.Select(e => new { e.Id, claims = e.Claims.Select(c => c.ClaimId) }));
        var change = new EventOverride(0, OverrideKind.Merge, claimIds, by, timeProvider.GetUtcNow(), note);
        await store.SaveEventOverrideAsync(change, Audit(by, "event.merge", $"event:{events.Min(e => e.Id)}", before, LedgerJson.Serialize(new { claims = claimIds, note })), cancellationToken);
        await RefreshHoldingLockAsync(cancellationToken);
        return new EventChange(true, $"merged {string.Join(", ", events.Select(e => "e" + e.Id))} into e{claimIds[0]}");
    }

    public async Task<EventChange> SplitAsync(long eventId, IReadOnlyList<long> claimIds, string by, string? note, CancellationToken cancellationToken = default)
    {
        await using var held = await store.LockCorroborationAsync(cancellationToken);
        if (await GetEventAsync(eventId, cancellationToken) is not { } found)
        {
            return new EventChange(false, $"no event e{eventId}");
        }
        var members = found.Claims.Select(c => c.ClaimId).ToHashSet();
        var strangers = claimIds.Where(id => !members.Contains(id)).ToList();
        if (strangers.Count > 0)
        {
            return new EventChange(false, $"claims {string.Join(", ", strangers.Select(id => "c" + id))} are not in e{eventId}");
        }
        if (claimIds.Count == 0 || claimIds.Distinct().Count() == members.Count)
        {
            return new EventChange(false, "a split moves some, not none or all, of the event's claims");
        }
        var moved = claimIds.Distinct().Order().ToImmutableArray();
        var change = new EventOverride(0, OverrideKind.Split, moved, by, timeProvider.GetUtcNow(), note);
        await store.SaveEventOverrideAsync(change, Audit(by, "event.split", $"event:{eventId}",
            LedgerJson.Serialize(new { claims = members.Order() }), LedgerJson.Serialize(new { moved, note })), cancellationToken);
        await RefreshHoldingLockAsync(cancellationToken);
        return new EventChange(true, $"split c{string.Join(", c", moved)} out of e{eventId} into e{moved[0]}");
    }

    public async Task<EventChange> RecordVerdictAsync(VerdictTarget target, long id, VerdictValue value, string by, string? note, CancellationToken cancellationToken = default)
    {
        await using var held = await store.LockCorroborationAsync(cancellationToken);
        var exists = target == VerdictTarget.Event
            ? await store.GetEventAsync(id, cancellationToken) is not null
            : await store.GetClaimAsync(id, cancellationToken) is not null;
        if (!exists)
        {
            return new EventChange(false, $"no {LedgerJson.EnumName(target)} {id}");
        }
        var previous = (await store.ListVerdictsAsync(cancellationToken)).LastOrDefault(v => v.Target == target && v.TargetId == id);
        var verdict = new Verdict(target, id, value, by, timeProvider.GetUtcNow(), note);
        var name = $"{LedgerJson.EnumName(target)}:{id}";
        await store.SaveVerdictAsync(verdict, Audit(by, "verdict", name, previous is null ? null : LedgerJson.Serialize(previous), LedgerJson.Serialize(verdict)), cancellationToken);
        await RefreshHoldingLockAsync(cancellationToken);
        return new EventChange(true, $"{name} {LedgerJson.EnumName(value)} by {by}");
    }

    public async Task<EventChange> ImportControlMapsAsync(string directory, string by, CancellationToken cancellationToken = default)
    {
        var reads = ControlMapFiles.ReadDirectory(directory).ToList();
        var maps = reads.Select(r => r.Map).OfType<ControlMap>().ToList();
        if (maps.Count == 0)
        {
            return new EventChange(false, $"no control maps (*.geojson with a yyyyMMdd date in the name) in {directory}");
        }
        await store.SaveControlMapsAsync(maps, cancellationToken);
        await store.AppendAuditAsync(Audit(by, "evidence.import.control", directory, null,
            LedgerJson.Serialize(maps.Select(m => new { m.Name, m.Date }))), cancellationToken);
        await RegroupAllAsync(cancellationToken);
        var problems = reads.Select(r => r.Problem).OfType<string>().ToList();
        return new EventChange(true, FormattableString.Invariant($"imported {maps.Count} control maps ({maps.Min(m => m.Date):yyyy-MM-dd} to {maps.Max(m => m.Date):yyyy-MM-dd})")
            + (problems.Count > 0 ? "; skipped: " + string.Join("; ", problems) : ""));
    }

    public async Task<EventChange> ImportOccupationListAsync(string path, string by, CancellationToken cancellationToken = default)
    {
        var read = OccupationListFile.Read(path);
        if (read.Entries.IsEmpty)
        {
            return new EventChange(false, $"no rows of occupied territories in {path}");
        }
        var listName = Path.GetFileName(path);
        await store.SaveOccupationEntriesAsync(listName, read.Entries, cancellationToken);
        await store.AppendAuditAsync(Audit(by, "evidence.import.occupation-list", listName, null,
            LedgerJson.Serialize(new { rows = read.Entries.Length, problems = read.Problems })), cancellationToken);
        await RegroupAllAsync(cancellationToken);
        return new EventChange(true, $"imported {read.Entries.Length} occupied units from {listName}"
            + (read.Problems.IsEmpty ? "" : $"; {read.Problems.Length} lines unreadable"));
    }

    /// <summary>Every stored claim as facts, each with its report's metadata.</summary>
    public async Task<IReadOnlyList<ClaimFacts>> ReadFactsAsync(CancellationToken cancellationToken = default) =>
        await ReadFactsAsync(await SourcesAsync(cancellationToken), cancellationToken);

    /// <summary>The bundled registry with the ledger's sources and merges.</summary>
    public Task<SourceRegistry> SourcesAsync(CancellationToken cancellationToken = default) =>
        LedgerSources.RegistryAsync(store, registry, cancellationToken);

    /// <summary>Adds an analyst's source to the ledger's registry, audited, and regrades: stored claims naming it now resolve to it.</summary>
    public async Task<EventChange> AddSourceAsync(Source source, string by, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (string.IsNullOrWhiteSpace(source.Id) || string.IsNullOrWhiteSpace(source.Name))
        {
            return new EventChange(false, "a source needs an id and a name");
        }
        await using var held = await store.LockCorroborationAsync(cancellationToken);
        var sources = await SourcesAsync(cancellationToken);
        if (sources.Find(source.Id) is { } existing)
        {
            return new EventChange(false, $"source {source.Id} exists already ({existing.Name})");
        }
        var unknown = source.AffiliatedWith.Where(id => sources.Find(id) is null).ToList();
        if (unknown.Count > 0)
        {
            return new EventChange(false, $"no source {string.Join(", ", unknown)} to be affiliated with");
        }
        await store.SaveSourcesAsync([source], cancellationToken);
        await store.AppendAuditAsync(Audit(by, "source.add", "source:" + source.Id, null, LedgerJson.Serialize(source)), cancellationToken);
        await RefreshHoldingLockAsync(cancellationToken);
        return new EventChange(true, $"added source {source.Id} ({source.Name})");
    }

    /// <summary>
    /// Records that <paramref name="fromId"/> is the same origin as <paramref name="intoId"/>, audited, and regrades:
    /// the two stop counting as independent and their track records become one.
    /// </summary>
    public async Task<EventChange> MergeSourcesAsync(string fromId, string intoId, string by, string? note, CancellationToken cancellationToken = default)
    {
        await using var held = await store.LockCorroborationAsync(cancellationToken);
        var sources = await SourcesAsync(cancellationToken);
        if (sources.Find(fromId) is not { } from)
        {
            return new EventChange(false, $"no source {fromId}");
        }
        if (from.Id != fromId)
        {
            return new EventChange(false, $"source {fromId} was merged into {from.Id} already");
        }
        if (sources.Find(intoId) is not { } into)
        {
            return new EventChange(false, $"no source {intoId}");
        }
        if (into.Id == from.Id)
        {
            return new EventChange(false, "a source cannot be merged into itself");
        }
        var merge = new SourceMerge(from.Id, into.Id, by, timeProvider.GetUtcNow(), note);
        await store.SaveSourceMergeAsync(merge, Audit(by, "source.merge", "source:" + into.Id, LedgerJson.Serialize(from), LedgerJson.Serialize(merge)), cancellationToken);
        await RefreshHoldingLockAsync(cancellationToken);
        return new EventChange(true, $"merged {from.Id} ({from.Name}) into {into.Id} ({into.Name})");
    }

    private async Task<IReadOnlyList<ClaimFacts>> ReadFactsAsync(SourceRegistry sources, CancellationToken cancellationToken)
    {
        var reader = new ClaimFactsReader(sources);
        // Claims first: a report is committed with its claims, so every claim read has its report in the later read,
        // while an ingest committing between the two reads in the other order left claims without their report.
        var claims = await store.ListClaimsAsync(new ClaimQuery { Limit = int.MaxValue }, cancellationToken);
        var reports = (await store.ListReportsAsync(new ReportQuery { Limit = int.MaxValue }, cancellationToken)).ToDictionary(r => r.Id);
        var facts = new List<ClaimFacts>(claims.Count);
        foreach (var ofReport in claims.GroupBy(c => c.ReportId))
        {
            facts.AddRange(await FactsOfReportAsync(store, reader, reports[ofReport.Key], [.. ofReport], cancellationToken));
        }
        return facts;
    }

    /// <summary>The facts of a report's claims, read together (a claim with no place of its own takes one from its report's others).</summary>
    internal static async Task<ImmutableArray<ClaimFacts>> FactsOfReportAsync(
        ILedgerStore store, ClaimFactsReader reader, StoredReport report, IReadOnlyList<StoredClaim> claims, CancellationToken cancellationToken)
    {
        // A denial rarely repeats the place it denies ("This is not true."): it takes its report's place, so only those
        // reports' mentions are read.
        ImmutableArray<PlaceMention> mentions = claims.Any(c => c.Claim.Kind == ClaimKind.Denial)
            ? [.. await store.GetPlaceMentionsAsync(report.Id, cancellationToken)]
            : [];
        return reader.ReadReport([.. claims.Select(c => (c.Id, c.Claim))], new ClaimReport(
            report.Id, report.ExternalId, report.Publisher, report.Language, report.Published, report.ContentHash, report.ForwardedFrom,
            mentions, TextSketch.Of(report.Text), TimeReader.DatelineHead(report.Text)));
    }

    private AuditEntry Audit(string by, string action, string target, string? before, string? after) =>
        new(0, timeProvider.GetUtcNow(), by, action, target, before, after);

    /// <summary>An event as stored: its document, its members, and the keys a later partial regrouping finds it by.</summary>
    internal static StoredEvent ToStored(CorroboratedEvent e, ClaimGroup group) =>
        new(e.Id, e.Kind, [.. e.Claims.Select(c => c.ClaimId).Order()], e.FirstReported, e.LastReported, LedgerJson.Serialize(e))
        {
            Keys = EventKeys.Of(group),
        };
}
