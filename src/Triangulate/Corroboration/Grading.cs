using System.Collections.Immutable;
using System.Globalization;
using Triangulate.Model;

namespace Triangulate.Corroboration;

/// <summary>How often a source, as an independent origin, was borne out or refuted.</summary>
public sealed record TrackRecord(string Key, string Name, Side Side, int Confirmed, int Refuted, int Unjudged, ImmutableArray<long> Events, Grade Reliability);

/// <summary>
/// The NATO Admiralty grades, each computed by a rule a person can check and carrying the rule and the numbers.
/// </summary>
public static class Grading
{
    /// <summary>Beta(2, 2): two confirmations and two refutations imagined before any evidence, so one lucky claim is not an A.</summary>
    public const double PriorConfirmed = 2;
    public const double PriorRefuted = 2;

    /// <summary>Fewer judged claims than this is too little history to grade: F.</summary>
    public const int MinimumJudged = 2;

    private static readonly (double Floor, string Code, string Words)[] ReliabilitySteps =
    [
        (0.80, "A", "completely reliable"),
        (0.65, "B", "usually reliable"),
        (0.50, "C", "fairly reliable"),
        (0.35, "D", "not usually reliable"),
        (0.00, "E", "unreliable"),
    ];

    public static Grade Reliability(int confirmed, int refuted)
    {
        var judged = confirmed + refuted;
        var mean = (confirmed + PriorConfirmed) / (judged + PriorConfirmed + PriorRefuted);
        var numbers = string.Create(CultureInfo.InvariantCulture,
            $"{confirmed} confirmed, {refuted} refuted; posterior mean with a Beta(2,2) prior = ({confirmed}+2)/({judged}+4) = {mean:F2}");
        if (judged < MinimumJudged)
        {
            return new Grade("F", $"F (reliability cannot be judged): fewer than {MinimumJudged} judged claims as an independent origin; {numbers}");
        }
        var step = ReliabilitySteps.First(s => mean >= s.Floor);
        return new Grade(step.Code, string.Create(CultureInfo.InvariantCulture,
            $"{step.Code} ({step.Words}): {numbers}; thresholds A ≥ 0.80, B ≥ 0.65, C ≥ 0.50, D ≥ 0.35, else E"));
    }

    /// <summary>
    /// Credibility 1–6, first rule that applies: a verdict decides (confirmed 1, refuted 5); a contradicted claim with
    /// no independent support from outside its own side is doubtful (4); two or more independent origins including one
    /// not of the side that gains by the claim make it probably true (2); two or more from its own side, possibly true
    /// (3); one origin cannot be judged (6). Support is weighed 1 per origin of the claim's own side and 2 per origin of
    /// another side, because the other side confirms only what it cannot deny.
    /// </summary>
    public static Grade Credibility(Side actingSide, IndependenceResult origins, int contradictions, Verdict? verdict)
    {
        var own = origins.Independent.Count(c => actingSide != Side.Unknown && c.Side == actingSide);
        var other = origins.Count - own;
        var crossSide = actingSide != Side.Unknown && other > 0;
        var support = own + (2 * other);
        var numbers = $"{origins.Count} independent origin(s): {own} of the acting side ({ContractSide(actingSide)}), {other} from elsewhere; weighted support {support}; contradicted by {contradictions} event(s)";
        return verdict switch
        {
            { Value: VerdictValue.Refuted } v => new Grade("5", $"5 (improbable): refuted by {Cite(v)}; {numbers}"),
            { Value: VerdictValue.Confirmed } v => new Grade("1", $"1 (confirmed): confirmed by {Cite(v)}; {numbers}"),
            _ when contradictions > 0 && !crossSide => new Grade("4", $"4 (doubtful): contradicted and not confirmed from outside the acting side; {numbers}"),
            _ when origins.Count >= 2 && crossSide => new Grade("2", $"2 (probably true): independent origins include one outside the acting side; {numbers}"),
            _ when origins.Count >= 2 => new Grade("3", $"3 (possibly true): independent origins, all of the acting side; {numbers}"),
            _ => new Grade("6", $"6 (cannot be judged): a single independent origin and no verdict; {numbers}"),
        };
    }

    // A verdict without a note is cited without empty brackets.
    private static string Cite(Verdict v) => v.By == Evidence.EvidenceJudge.By
        ? $"evidence ({v.Evidence}: {v.Note})"
        : FormattableString.Invariant($"analyst {v.By} on {v.At:yyyy-MM-dd}") + (string.IsNullOrWhiteSpace(v.Note) ? "" : $" ({v.Note})");

    private static string ContractSide(Side side) => side switch
    {
        Side.RU => "RU",
        Side.UA => "UA",
        Side.Other => "other",
        _ => "unknown",
    };
}
