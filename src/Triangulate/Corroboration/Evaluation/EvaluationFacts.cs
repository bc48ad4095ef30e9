using System.Collections.Immutable;
using System.Globalization;
using Triangulate.Model;
using Triangulate.Pipeline;

namespace Triangulate.Corroboration.Evaluation;

/// <summary>What the event evaluations share: reports through the pipeline to claim facts, pairs of reports, and claims described for a reader.</summary>
internal static class EvaluationFacts
{
    /// <summary>
    /// The reports analysed as the ledger would analyse them and read into claim facts, report by report; report i
    /// gets id i + 1 and its claims consecutive ids, and each claim keeps its report's external id.
    /// </summary>
    public static List<ClaimFacts> Read(ReportAnalyzer analyzer, ClaimFactsReader reader, IReadOnlyList<Report> reports)
    {
        var facts = new List<ClaimFacts>();
        var claimId = 0L;
        var analyses = analyzer.AnalyzeAll(reports);
        for (var i = 0; i < reports.Count; i++)
        {
            var report = reports[i];
            facts.AddRange(reader.ReadReport([.. analyses[i].Claims.Select(claim => (++claimId, claim))], ClaimReport.Of(i + 1, report, analyses[i].Places)));
        }
        return facts;
    }

    /// <summary>Every unordered pair of distinct members of each set, smaller id first.</summary>
    public static HashSet<(string, string)> Pairs(IEnumerable<IEnumerable<string>> groups)
    {
        var pairs = new HashSet<(string, string)>();
        foreach (var group in groups)
        {
            var members = group.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            for (var a = 0; a < members.Count; a++)
            {
                for (var b = a + 1; b < members.Count; b++)
                {
                    pairs.Add((members[a], members[b]));
                }
            }
        }
        return pairs;
    }

    /// <summary>The claims of one report as the grouper saw them.</summary>
    public static ImmutableArray<string> Describe(IEnumerable<ClaimFacts> facts, string reportId) =>
        [.. facts.Where(c => c.ExternalId == reportId).Select(Describe)];

    /// <summary>A claim's kind, side, stance, place, day and origin, so that whoever tunes the grouping can see which rule kept it apart or joined it.</summary>
    public static string Describe(ClaimFacts c)
    {
        var where = c.Place is { } place ? $"at {place.Name} ({place.Id}, {(place.Coarse ? "coarse" : "settlement")} {place.Anchor})"
            : c.PlaceName is { } name ? $"at unresolved '{name}'"
            : "at no place";
        var denying = c.Stance == Stance.Denies ? " denying" + (c.Denies is { } family ? " " + family : "") : "";
        var day = c.Day is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "undated";
        var continues = c.Continues is { } host ? $" (continues c{host})" : "";
        return string.Create(CultureInfo.InvariantCulture, $"{c.Kind} {c.ActingSide}{denying} {where} {day} origin {c.Origin.Key}{continues}: \"{c.Text}\"");
    }
}
