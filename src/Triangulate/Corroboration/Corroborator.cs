using System.Collections.Immutable;
using Triangulate.Corroboration.Evidence;
using Triangulate.Model;

namespace Triangulate.Corroboration;

/// <summary>
/// The whole of corroboration as one pure function of the ledger's contents: claims, analysts' merges and splits,
/// analysts' verdicts and imported evidence in; events, origins, contradictions, verdicts and grades out. Same
/// ledger, same result, whatever the order in which reports were ingested.
/// </summary>
public static class Corroborator
{
    public static CorroborationResult Run(
        IReadOnlyList<ClaimFacts> claims,
        IReadOnlyList<EventOverride> overrides,
        IReadOnlyList<Verdict> analystVerdicts,
        EvidenceSet evidence,
        Affiliations affiliations) =>
        Run(EventGrouper.Group(claims, overrides), new CorroborationInputs(overrides, analystVerdicts, evidence, affiliations));

    /// <summary>Events, origins, contradictions, verdicts and grades of claims grouped already.</summary>
    public static CorroborationResult Run(ImmutableArray<ClaimGroup> groups, CorroborationInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var (analystVerdicts, evidence, affiliations) = (inputs.Verdicts, inputs.Evidence, inputs.Affiliations);
        var contradicts = Contradictions.Link(groups);
        var repeats = Repetitions.Link(groups);
        var repeatedBy = repeats.GroupBy(p => p.Value).ToDictionary(g => g.Key, g => g.Select(p => p.Key).Order().ToImmutableArray());
        var independence = groups.ToDictionary(g => g.Id, g => OriginIndependence.Assess(g.Claims, affiliations));
        var considered = groups.ToDictionary(g => g.Id, g => Considered(g, analystVerdicts, evidence));
        var decided = considered.ToDictionary(p => p.Key, p => Decide(p.Value));
        foreach (var group in groups.Where(g => decided[g.Id] is null))
        {
            decided[group.Id] = FromContradicted(group.Id, contradicts.GetValueOrDefault(group.Id, []), other => decided.GetValueOrDefault(other));
        }
        var events = groups.Select(g => Build(g, independence[g.Id], contradicts.GetValueOrDefault(g.Id, []), considered[g.Id], decided[g.Id]) with
        {
            Repeats = repeats.TryGetValue(g.Id, out var earlier) ? earlier : null,
            RepeatedBy = repeatedBy.GetValueOrDefault(g.Id, []),
        }).ToImmutableArray();
        return new CorroborationResult(events, TrackRecords(events));
    }

    /// <summary>The track record of every source that stood as an independent origin of an event, however it was judged.</summary>
    public static ImmutableArray<TrackRecord> TrackRecords(IEnumerable<CorroboratedEvent> events)
    {
        var tallies = new SortedDictionary<string, (FactSource Source, int Confirmed, int Refuted, int Unjudged, List<long> Events)>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            foreach (var origin in e.IndependentOrigins.SelectMany(c => c.Origins))
            {
                var tally = tallies.TryGetValue(origin.Key, out var t) ? t : (Source: origin, Confirmed: 0, Refuted: 0, Unjudged: 0, Events: new List<long>());
                tally.Events.Add(e.Id);
                tallies[origin.Key] = e.Verdict?.Value switch
                {
                    VerdictValue.Confirmed => tally with { Confirmed = tally.Confirmed + 1 },
                    VerdictValue.Refuted => tally with { Refuted = tally.Refuted + 1 },
                    _ => tally with { Unjudged = tally.Unjudged + 1 },
                };
            }
        }
        return [.. tallies.Values.Select(t => new TrackRecord(
            t.Source.Key, t.Source.Name, t.Source.Side, t.Confirmed, t.Refuted, t.Unjudged, [.. t.Events],
            Grading.Reliability(t.Confirmed, t.Refuted)))];
    }

    /// <summary>Every verdict bearing on a group: analysts' on the event or its claims, then the evidence's, newest first within each.</summary>
    internal static ImmutableArray<Verdict> Considered(ClaimGroup group, IReadOnlyList<Verdict> analystVerdicts, EvidenceSet evidence)
    {
        var claimIds = group.Claims.Select(c => c.ClaimId).ToHashSet();
        var analysts = analystVerdicts
            .Where(v => (v.Target == VerdictTarget.Event && v.TargetId == group.Id) || (v.Target == VerdictTarget.Claim && claimIds.Contains(v.TargetId)))
            .OrderBy(v => v.Target == VerdictTarget.Event ? 0 : 1)
            .ThenByDescending(v => v.At);
        var representative = group.Claims
            .Where(c => c is { Family: KindFamily.Ground, ActingSide: Side.RU, Stance: Stance.Asserts, Place.Coarse: false, Day: not null })
            .OrderBy(c => c.Day).ThenBy(c => c.Key, StringComparer.Ordinal)
            .FirstOrDefault();
        var fromEvidence = representative is null ? [] : EvidenceJudge.Judge(group.Id, representative, evidence);
        return [.. analysts, .. fromEvidence];
    }

    /// <summary>An analyst's word decides; otherwise the evidence, when it agrees with itself.</summary>
    internal static Verdict? Decide(ImmutableArray<Verdict> considered)
    {
        if (considered.FirstOrDefault(v => v.By != EvidenceJudge.By) is { } analyst)
        {
            return analyst;
        }
        var evidence = considered.Where(v => v.By == EvidenceJudge.By).ToList();
        if (evidence.Count == 0)
        {
            return null;
        }
        if (evidence.Select(v => v.Value).Distinct().Count() == 1)
        {
            return evidence[0];
        }
        return evidence[0] with
        {
            Value = VerdictValue.Unresolved,
            Note = "the evidence disagrees: " + string.Join("; ", evidence.Select(v => $"{v.Value}: {v.Note}")),
            Evidence = string.Join(" ", evidence.Select(v => v.Evidence)),
        };
    }

    /// <summary>A denial is borne out when what it denies is refuted, and refuted when that is confirmed.</summary>
    internal static Verdict? FromContradicted(long id, ImmutableArray<long> contradicted, Func<long, Verdict?> decided)
    {
        var decisive = contradicted
            .Select(other => (other, verdict: decided(other)))
            .Where(p => p.verdict is { Value: VerdictValue.Confirmed or VerdictValue.Refuted })
            .ToList();
        if (decisive.Count == 0 || decisive.Select(p => p.verdict!.Value).Distinct().Count() > 1)
        {
            return null;
        }
        var (source, verdict) = decisive[0];
        var value = verdict!.Value == VerdictValue.Refuted ? VerdictValue.Confirmed : VerdictValue.Refuted;
        return new Verdict(VerdictTarget.Event, id, value, verdict.By, verdict.At,
            $"contradicts event e{source}, which is {verdict.Value.ToString().ToLowerInvariant()}: {verdict.Note}", verdict.Evidence);
    }

    internal static CorroboratedEvent Build(ClaimGroup group, IndependenceResult origins, ImmutableArray<long> contradicts, ImmutableArray<Verdict> considered, Verdict? verdict)
    {
        var claims = group.Claims;
        var kind = claims.GroupBy(c => c.Kind).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
        var acting = EventGrouper.KnownMost(claims.GroupBy(c => c.ActingSide).ToDictionary(g => g.Key, g => g.Count()));
        var published = claims.Select(c => c.Published).OfType<DateTimeOffset>().ToList();
        var days = claims.Select(c => c.Day).OfType<DateOnly>().ToList();
        return new CorroboratedEvent(
            group.Id,
            kind,
            acting,
            [.. claims.Select(c => c.Place).OfType<FactPlace>().DistinctBy(p => p.Id).Select(p => new EventPlace(p.Id, p.Name, p.Lat, p.Lon))],
            published.Count > 0 ? published.Min() : null,
            published.Count > 0 ? published.Max() : null,
            days.Count > 0 ? days.Min() : null,
            days.Count > 0 ? days.Max() : null,
            [.. claims.Select(c => c.ReportId).Distinct().Order()],
            [.. claims.Select(c => new EventClaim(c.ClaimId, c.ReportId, c.ExternalId, c.Publisher, c.Published, c.Language, c.Kind, c.Text, c.Origin, c.Relays) { Day = c.Day, Stance = c.Stance })],
            origins.Independent,
            origins.Derivative,
            contradicts,
            verdict is not null && !considered.Contains(verdict) ? [.. considered, verdict] : considered,
            verdict,
            Grading.Credibility(acting, origins, contradicts.Length, verdict))
        {
            UndatedClaims = [.. claims.Where(c => c.Day is null).Select(c => c.ClaimId).Order()],
            CopyLines = Copies.Lines(claims),
        };
    }
}
