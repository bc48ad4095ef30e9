using System.Collections.Immutable;
using Triangulate.Claims;
using Triangulate.Corroboration.Evidence;
using Triangulate.Model;
using Triangulate.Pipeline;

namespace Triangulate.Corroboration.Evaluation;

/// <summary>
/// How one relay group came out: the event holding most of its carriers, how many carrier pairs share an event, the
/// independent origins expected (the distinct origins of the groups whose event this is) and counted, and which of
/// its denials are linked to that event.
/// </summary>
public sealed record RealGroupOutcome(
    string Group,
    int Carriers,
    int PairsTogether,
    int Pairs,
    long? EventId,
    int ExpectedOrigins,
    int? CountedOrigins,
    ImmutableArray<string> DenialsLinked,
    ImmutableArray<string> DenialsUnlinked,
    ImmutableArray<string> CarriersElsewhere)
{
    /// <summary>Why the group's carrier pairs that are apart are apart, and its unlinked denials unlinked, by cause.</summary>
    public ImmutableArray<CauseCount> MissCauses { get; init; } = [];

    /// <summary>The independent origins the group's event counts, each as its origins' keys joined by '+'.</summary>
    public ImmutableArray<string> CountedOriginKeys { get; init; } = [];

    public bool OriginsExact => CountedOrigins == ExpectedOrigins;

    public bool HasDenials => DenialsLinked.Length + DenialsUnlinked.Length > 0;

    /// <summary>Every denial of the group sits in an event that contradicts the group's event.</summary>
    public bool DenialsAllLinked => HasDenials && DenialsUnlinked.IsEmpty;
}

/// <summary>A group's denial report that no event contradicting the group's event holds, with its claims as the grouper saw them.</summary>
public sealed record DenialMiss(string Group, long? EventId, string Report, ImmutableArray<string> Claims)
{
    public MissCause Cause { get; init; } = MissCause.DenialNotLinked;
}

/// <summary>
/// Scores on real relay groups: pairwise precision and recall over the groups' carrier reports, exact independent
/// origins per event, and denials linked per group.
/// </summary>
public sealed record RealGroupEvaluation(
    int Reports,
    int TruePairs,
    int PredictedPairs,
    int GoldPairs,
    int PairsNotJudged,
    ImmutableArray<RealGroupOutcome> Groups,
    ImmutableArray<PairMiss> Misses,
    ImmutableArray<DenialMiss> DenialMisses)
{
    /// <summary>The misses of every group by cause: carrier pairs apart and denial reports unlinked.</summary>
    public ImmutableArray<CauseCount> MissCauses { get; init; } = [];

    public double Precision => PredictedPairs == 0 ? 1 : (double)TruePairs / PredictedPairs;
    public double Recall => GoldPairs == 0 ? 1 : (double)TruePairs / GoldPairs;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Of the distinct events the groups matched, the share whose independent origins are exactly as expected.</summary>
    public double ExactOriginShare
    {
        get
        {
            var events = Groups.Where(g => g.EventId is not null).DistinctBy(g => g.EventId).ToList();
            return events.Count == 0 ? 1 : (double)events.Count(g => g.OriginsExact) / events.Count;
        }
    }

    public int GroupsWithDenials => Groups.Count(g => g.HasDenials);

    public double DenialsLinkedShare => GroupsWithDenials == 0 ? 1 : (double)Groups.Count(g => g.DenialsAllLinked) / GroupsWithDenials;

    /// <summary>Denial reports linked to their group's event, of all the groups' denial reports.</summary>
    public int DenialReportsLinked => Groups.Sum(g => g.DenialsLinked.Length);

    public int DenialReports => Groups.Sum(g => g.DenialsLinked.Length + g.DenialsUnlinked.Length);
}

/// <summary>
/// Runs a real corpus through the pipeline and the whole of corroboration as one ledger (every report, in a group or
/// not, so that the groups must stand out from the rest) and scores the relay groups:
/// <list type="bullet">
/// <item><b>pairs</b>: two carrier reports are together when one event holds claims of both; a pair of one group
/// should be, a pair of two groups should not — unless the two groups tell of one happening (same place, same date,
/// same family of kind, a withdrawal being the other side's capture), which the gold does not settle, so such pairs
/// are not judged;</item>
/// <item><b>origins</b>: a group's event is the one holding claims of most of its carriers (the lower id on a tie);
/// it should count as many independent origins as the distinct origins of the groups whose event it is;</item>
/// <item><b>denials</b>: a denial report is linked when one of its claims sits in an event that contradicts the
/// group's event; a group's denials are linked when all of them are.</item>
/// </list>
/// </summary>
public sealed class RealGroupEvaluator(ReportAnalyzer analyzer, SourceRegistry registry)
{
    private readonly SourceRegistry sources = registry;
    private readonly ClaimFactsReader reader = new(registry);
    private readonly Affiliations affiliations = new(registry.Sources);

    public RealGroupEvaluation Evaluate(RealCorpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var facts = EvaluationFacts.Read(analyzer, reader, [.. corpus.Reports.Select(r => r.Report)]);
        var events = Corroborator.Run(facts, [], [], EvidenceSet.None, affiliations).Events;
        var eventsOfReport = events
            .SelectMany(e => e.Claims.Select(c => (Report: c.ExternalId!, Event: e.Id)))
            .GroupBy(p => p.Report, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Event).ToHashSet(), StringComparer.Ordinal);
        var byId = events.ToDictionary(e => e.Id);
        var present = corpus.Reports.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var groups = corpus.Groups
            .Select(g => g with { Carriers = [.. g.Carriers.Where(present.Contains)], Denials = [.. g.Denials.Where(present.Contains)] })
            .Where(g => g.Carriers.Length > 0)
            .ToList();
        var groupOf = groups.SelectMany(g => g.Carriers.Select(c => (c, g))).GroupBy(p => p.c, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.First().g, StringComparer.Ordinal);

        var predicted = EvaluationFacts.Pairs(events.Select(e => e.Claims.Select(c => c.ExternalId!).Where(groupOf.ContainsKey)));
        var expected = EvaluationFacts.Pairs(groups.Select(g => g.Carriers.AsEnumerable()));
        var notJudged = predicted.Where(p => !expected.Contains(p) && SameHappening(groupOf[p.Item1], groupOf[p.Item2])).ToHashSet();
        predicted.ExceptWith(notJudged);
        var matched = groups.ToDictionary(g => g.Id, g => Match(g, eventsOfReport), StringComparer.Ordinal);
        var causes = new MissCauses(sources, affiliations, facts);
        var statements = groups.ToDictionary(g => g.Id, g => causes.Describe(g, matched[g.Id] is { } id ? byId[id] : null), StringComparer.Ordinal);
        var language = corpus.Reports.ToDictionary(r => r.Id, r => r.Report.Language, StringComparer.Ordinal);
        var misses = ImmutableArray.CreateBuilder<PairMiss>();
        misses.AddRange(expected.Except(predicted).Order().Select(p => (Pair: p, Why: causes.Apart(statements[groupOf[p.Item1].Id], p.Item1, p.Item2)))
            .Select(m => Miss(groupOf[m.Pair.Item1].Id, PairMissKind.Apart, m.Pair, facts) with
            {
                Cause = m.Why.Cause,
                CauseDetail = m.Why.Detail,
                AcrossLanguages = language[m.Pair.Item1] != language[m.Pair.Item2],
            }));
        misses.AddRange(predicted.Except(expected).Order().Select(p => Miss(groupOf[p.Item1].Id + " / " + groupOf[p.Item2].Id, PairMissKind.Together, p, facts)));

        var originsOfEvent = groups
            .Where(g => matched[g.Id] is not null)
            .GroupBy(g => matched[g.Id]!.Value)
            .ToDictionary(e => e.Key, e => e.Select(g => g.Origin ?? g.Id).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        var denialMisses = new List<DenialMiss>();
        var outcomes = groups.Select(g =>
        {
            var eventId = matched[g.Id];
            var target = eventId is { } id ? byId[id] : null;
            var together = EvaluationFacts.Pairs([g.Carriers]).Count(predicted.Contains);
            var linked = g.Denials.Where(d => target is not null && eventsOfReport.TryGetValue(d, out var of) && of.Any(target.Contradicts.Contains)).ToImmutableArray();
            var unlinked = g.Denials.Except(linked).Select(d => new DenialMiss(g.Id, eventId, d, EvaluationFacts.Describe(facts, d)) { Cause = causes.Unlinked(statements[g.Id], d) }).ToList();
            denialMisses.AddRange(unlinked);
            return new RealGroupOutcome(
                g.Id, g.Carriers.Length, together, EvaluationFacts.Pairs([g.Carriers]).Count, eventId,
                eventId is { } e ? originsOfEvent[e] : 1, target?.IndependentOriginCount,
                linked, [.. unlinked.Select(d => d.Report)],
                [.. g.Carriers.Where(c => target is null || !eventsOfReport.TryGetValue(c, out var of) || !of.Contains(target.Id))])
            {
                MissCauses = MissCauses.Tally(CausesOf(g.Id, misses, unlinked)),
                CountedOriginKeys = target is null ? [] : [.. target.IndependentOrigins.Select(c => string.Join("+", c.Origins.Select(o => o.Key)))],
            };
        }).ToImmutableArray();
        return new RealGroupEvaluation(corpus.Reports.Length, predicted.Count(expected.Contains), predicted.Count, expected.Count, notJudged.Count, outcomes, misses.ToImmutable(), [.. denialMisses])
        {
            MissCauses = MissCauses.Tally(groups.SelectMany(g => CausesOf(g.Id, misses, denialMisses.Where(d => d.Group == g.Id)))),
        };
    }

    /// <summary>The causes of a group's carrier pairs apart and of its denials unlinked.</summary>
    private static IEnumerable<(MissCause, bool)> CausesOf(string group, IEnumerable<PairMiss> misses, IEnumerable<DenialMiss> unlinked) =>
        misses.Where(m => m.Case == group && m.Cause is not null).Select(m => (m.Cause!.Value, m.AcrossLanguages))
            .Concat(unlinked.Select(d => (d.Cause, false)))
            .ToList();

    /// <summary>The event holding claims of most of the group's carriers, the lower id on a tie.</summary>
    private static long? Match(RealGroup group, Dictionary<string, HashSet<long>> eventsOfReport) =>
        group.Carriers
            .SelectMany(c => eventsOfReport.TryGetValue(c, out var of) ? of : [])
            .GroupBy(e => e)
            .OrderByDescending(e => e.Count()).ThenBy(e => e.Key)
            .Select(e => (long?)e.Key)
            .FirstOrDefault();

    /// <summary>
    /// Two groups that tell of one happening: the same place, kinds of one family, dates at most
    /// <see cref="SameHappeningDays"/> apart (a withdrawal announced one day and the capture claimed the next).
    /// </summary>
    private static bool SameHappening(RealGroup a, RealGroup b) =>
        a.Id != b.Id && a.Place is { } place && string.Equals(place, b.Place, StringComparison.OrdinalIgnoreCase)
        && Day(a.Date) is { } first && Day(b.Date) is { } second && Math.Abs(first.DayNumber - second.DayNumber) <= SameHappeningDays
        && Family(a.Kind) is { } family && family == Family(b.Kind);

    public const int SameHappeningDays = 2;

    private static DateOnly? Day(string? date) =>
        date is not null && DateOnly.TryParse(date.Length >= 10 ? date[..10] : date, System.Globalization.CultureInfo.InvariantCulture, out var day) ? day : null;

    private static KindFamily? Family(string? kind) => kind is not null && ClaimKinds.Parse(kind) is { } parsed ? KindFamilies.Of(parsed) : null;

    private static PairMiss Miss(string group, PairMissKind kind, (string A, string B) pair, List<ClaimFacts> facts) =>
        new(group, kind, pair.A, pair.B, EvaluationFacts.Describe(facts, pair.A), EvaluationFacts.Describe(facts, pair.B));
}
