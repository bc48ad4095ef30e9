using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Triangulate.Claims;
using Triangulate.Model;
using Triangulate.Pipeline;

namespace Triangulate.Corroboration.Evaluation;

/// <summary>One report of a gold case, as the case file gives it.</summary>
public sealed record GoldReport(
    string Id,
    string Publisher,
    DateTimeOffset Published,
    string Language,
    string Text,
    ImmutableArray<string> ForwardedFrom = default);

/// <summary>An expected event: the reports whose claims it gathers and how many independent origins stand behind it.</summary>
public sealed record GoldEvent(ImmutableArray<string> Reports, int IndependentOrigins, string? Note = null);

/// <summary>One line of a gold file: a group of reports and the events they should form.</summary>
public sealed record GoldCase(string Name, ImmutableArray<GoldReport> Reports, ImmutableArray<GoldEvent> Events);

/// <summary>How one gold event came out: the predicted event it matched, and the independent origins counted there.</summary>
public sealed record GoldEventOutcome(string Case, ImmutableArray<string> Reports, int Expected, int? Counted, long? EventId)
{
    public bool Exact => Counted == Expected;
}

/// <summary>Whether a pair of reports the gold keeps together came out apart, or one it keeps apart came out together.</summary>
public enum PairMissKind
{
    Apart,
    Together,
}

/// <summary>
/// A pair of reports grouped against the gold, with each report's claims as the grouper saw them (kind, side, place,
/// day), so that whoever tunes the grouping can see which rule kept them apart or joined them.
/// </summary>
public sealed record PairMiss(string Case, PairMissKind Kind, string ReportA, string ReportB, ImmutableArray<string> ClaimsA, ImmutableArray<string> ClaimsB)
{
    /// <summary>On real relay groups, why a pair that should be together is apart; null where no cause is told.</summary>
    public MissCause? Cause { get; init; }

    /// <summary>The two claims that stand for the group's statement in the two reports, as the cause was told from them.</summary>
    public string? CauseDetail { get; init; }

    /// <summary>Whether the two reports are in different languages.</summary>
    public bool AcrossLanguages { get; init; }
}

/// <summary>Pairwise grouping precision, recall and F1 over pairs of reports, and the share of exact origin counts.</summary>
public sealed record EventEvaluation(int TruePairs, int PredictedPairs, int GoldPairs, ImmutableArray<GoldEventOutcome> Events, ImmutableArray<PairMiss> Misses)
{
    public double Precision => PredictedPairs == 0 ? 1 : (double)TruePairs / PredictedPairs;
    public double Recall => GoldPairs == 0 ? 1 : (double)TruePairs / GoldPairs;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    public double ExactOriginShare => Events.IsEmpty ? 1 : (double)Events.Count(e => e.Exact) / Events.Length;
}

/// <summary>
/// Scores grouping and origin counting against a gold file. Each case runs through the same analysis and
/// corroboration as the ledger, in isolation from the other cases. Two reports are grouped when one predicted event
/// holds claims of both; a gold event is matched to the predicted event holding claims of most of its reports
/// (the lower id on a tie) — only the case's target claims matter, so claims the gold does not mention (background
/// sentences) cost nothing unless they join reports the gold keeps apart.
/// </summary>
public sealed class EventGoldEvaluator(ReportAnalyzer analyzer, SourceRegistry registry)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private readonly ClaimFactsReader reader = new(registry);
    private readonly Affiliations affiliations = new(registry.Sources);

    public static ImmutableArray<GoldCase> ReadFile(string path) =>
        [.. File.ReadLines(path).Where(line => line.Trim().Length > 0 && !line.TrimStart().StartsWith("//", StringComparison.Ordinal))
            .Select(line => JsonSerializer.Deserialize<GoldCase>(line, JsonOptions) ?? throw new JsonException($"empty gold line in {path}"))];

    public EventEvaluation Evaluate(IReadOnlyList<GoldCase> cases)
    {
        int truePairs = 0, predictedPairs = 0, goldPairs = 0;
        var outcomes = ImmutableArray.CreateBuilder<GoldEventOutcome>();
        var misses = ImmutableArray.CreateBuilder<PairMiss>();
        foreach (var gold in cases)
        {
            var facts = Facts(gold);
            var groups = EventGrouper.Group(facts);
            var reportsOf = groups.ToDictionary(g => g.Id, g => g.Claims.Select(c => c.ExternalId!).ToHashSet(StringComparer.Ordinal));
            var inGold = gold.Events.SelectMany(e => e.Reports).ToHashSet(StringComparer.Ordinal);
            var predicted = EvaluationFacts.Pairs(reportsOf.Values.Select(set => set.Where(inGold.Contains)));
            var expected = EvaluationFacts.Pairs(gold.Events.Select(e => e.Reports.AsEnumerable()));
            truePairs += predicted.Count(expected.Contains);
            predictedPairs += predicted.Count;
            goldPairs += expected.Count;
            misses.AddRange(expected.Except(predicted).Order().Select(p => Miss(gold.Name, PairMissKind.Apart, p, facts)));
            misses.AddRange(predicted.Except(expected).Order().Select(p => Miss(gold.Name, PairMissKind.Together, p, facts)));
            foreach (var goldEvent in gold.Events)
            {
                var match = groups
                    .Select(g => (Group: g, Overlap: goldEvent.Reports.Count(reportsOf[g.Id].Contains)))
                    .Where(p => p.Overlap > 0)
                    .OrderByDescending(p => p.Overlap).ThenBy(p => p.Group.Id)
                    .Select(p => p.Group)
                    .FirstOrDefault();
                var counted = match is null ? (int?)null : OriginIndependence.Assess(match.Claims, affiliations).Count;
                outcomes.Add(new GoldEventOutcome(gold.Name, goldEvent.Reports, goldEvent.IndependentOrigins, counted, match?.Id));
            }
        }
        return new EventEvaluation(truePairs, predictedPairs, goldPairs, outcomes.ToImmutable(), misses.ToImmutable());
    }

    private static PairMiss Miss(string caseName, PairMissKind kind, (string A, string B) pair, List<ClaimFacts> facts) =>
        new(caseName, kind, pair.A, pair.B, EvaluationFacts.Describe(facts, pair.A), EvaluationFacts.Describe(facts, pair.B));

    private List<ClaimFacts> Facts(GoldCase gold) =>
        EvaluationFacts.Read(analyzer, reader, [.. gold.Reports.Select((g, i) => new Report(g.Id, g.Publisher, null, g.Published, g.Language, null, g.Text,
            new InputLocation(gold.Name, i + 1), g.ForwardedFrom.IsDefault ? [] : g.ForwardedFrom))]);
}
