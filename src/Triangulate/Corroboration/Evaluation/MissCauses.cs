using System.Collections.Immutable;
using Triangulate.Claims;
using Triangulate.Model;

namespace Triangulate.Corroboration.Evaluation;

/// <summary>
/// Why two carriers of one relay group sit in different events, or why a denial of the group is not linked to its
/// event: the first difference, in the order the grouper decides, between the claims that stand for the group's
/// statement in each report.
/// </summary>
public enum MissCause
{
    /// <summary>The extractor read no claim from the report at all.</summary>
    NoClaim,
    /// <summary>The claims are of kinds of different families (a capture beside a casualty count).</summary>
    KindFamily,
    /// <summary>The claims are placed at different settlements or regions, or one at none.</summary>
    Place,
    /// <summary>The claims have different sides gaining (for prisoners, speaking), and neither's origin is misread.</summary>
    Side,
    /// <summary>
    /// The claim that could not join has an origin the registry does not take for the statement's (an outlet's own
    /// voice, a speaker misread): a miss of the claims reader, not of the grouping.
    /// </summary>
    OriginWrong,
    /// <summary>Both dated to a day, further apart than the family's window.</summary>
    DateDifferent,
    /// <summary>One is undated (or dated only to a week or month) and of another origin than the other, in another language.</summary>
    CrossLanguage,
    /// <summary>One is undated and of another origin, in the same language, and its report is not recognised as a copy.</summary>
    CopyNotDetected,
    /// <summary>One is undated, of the statement's origin, yet no single event fits it (several do, or none).</summary>
    DateMissing,
    /// <summary>Same family, place, side, within the window, and still apart (a bounded event cut between them).</summary>
    Window,
    /// <summary>A denial report none of whose claims is read as denying.</summary>
    NotReadAsDenial,
    /// <summary>A denial read as one, at the group's place and time, not linked (its denier of the claim's own side, its family another).</summary>
    DenialNotLinked,
}

/// <summary>How many misses of one group (or of all) have a cause; <see cref="AcrossLanguages"/> of them are pairs of two languages.</summary>
public sealed record CauseCount(MissCause Cause, int Count, int AcrossLanguages);

/// <summary>
/// Tells the cause of each miss on the real relay groups. A report's claim standing for the group's statement is the
/// one in the group's event, else the one most like the statement: of its kind's family, at the place most of the
/// event's claims are at, of the statement's origin, asserting. The statement's origin is what the registry makes of
/// the group's <c>origin</c> (each part of "Russian Ministry of Defence (Sergei Shoigu)" tried), with its affiliates.
/// </summary>
internal sealed class MissCauses
{
    private readonly SourceRegistry registry;
    private readonly Affiliations affiliations;
    private readonly ILookup<string, ClaimFacts> claimsOfReport;

    public MissCauses(SourceRegistry registry, Affiliations affiliations, IEnumerable<ClaimFacts> facts)
    {
        this.registry = registry;
        this.affiliations = affiliations;
        claimsOfReport = facts.Where(c => c.ExternalId is not null).ToLookup(c => c.ExternalId!, StringComparer.Ordinal);
    }

    /// <summary>What the grouping needs to know of a group to explain its misses.</summary>
    public sealed record Statement(KindFamily? Family, string? Anchor, HashSet<string>? Origins, CorroboratedEvent? Event);

    public Statement Describe(RealGroup group, CorroboratedEvent? target)
    {
        var family = group.Kind is not null && ClaimKinds.Parse(group.Kind) is { } kind ? KindFamilies.Of(kind) : (KindFamily?)null;
        var members = target?.Claims.Select(c => c.ClaimId).ToHashSet() ?? [];
        var anchor = group.Carriers.SelectMany(r => claimsOfReport[r])
            .Where(c => members.Contains(c.ClaimId) || (target is null && c.Family == family))
            .Select(c => c.Where).OfType<string>()
            .GroupBy(w => w, StringComparer.Ordinal).OrderByDescending(w => w.Count()).ThenBy(w => w.Key, StringComparer.Ordinal)
            .Select(w => w.Key).FirstOrDefault();
        return new Statement(family, anchor, OriginRoots(group.Origin), target);
    }

    /// <summary>Why two carriers of the group are apart, with the two claims that stand for the statement in them.</summary>
    public (MissCause Cause, string Detail) Apart(Statement statement, string reportA, string reportB)
    {
        var a = StandsFor(statement, reportA);
        var b = StandsFor(statement, reportB);
        var detail = $"{Brief(a)} | {Brief(b)}";
        return (a is null || b is null ? MissCause.NoClaim : Cause(statement, a, b), detail);
    }

    private static string Brief(ClaimFacts? claim) => claim is null ? "no claim"
        : string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"c{claim.ClaimId} {claim.Family} {claim.ActingSide}{(claim.Stance == Stance.Denies ? " denying" : "")} at {claim.Place?.Name ?? claim.PlaceName ?? "no place"} {(claim.Time is { } t ? $"{t.From:yyyy-MM-dd}{(t.Precise ? "" : "~" + t.Precision)}" : "undated")} by {claim.Origin.Key}");

    private MissCause Cause(Statement statement, ClaimFacts a, ClaimFacts b)
    {
        if (a.Family != b.Family)
        {
            return MissCause.KindFamily;
        }
        if (EventGrouper.BucketPlace(a) != EventGrouper.BucketPlace(b))
        {
            return MissCause.Place;
        }
        if (EventGrouper.GroupingSide(a) is var sideA && EventGrouper.GroupingSide(b) is var sideB && sideA != sideB && sideA != Side.Unknown && sideB != Side.Unknown)
        {
            return new[] { a, b }.Any(c => Misread(statement, c)) ? MissCause.OriginWrong : MissCause.Side;
        }
        var window = KindFamilies.WindowDays(a.Family);
        if (a.Time is { Precise: true } ta && b.Time is { Precise: true } tb)
        {
            return Math.Abs(ta.From.DayNumber - tb.From.DayNumber) > window ? MissCause.DateDifferent : MissCause.Window;
        }
        var loose = a.Time is { Precise: true } ? b : a;
        var other = ReferenceEquals(loose, a) ? b : a;
        if (Misread(statement, loose))
        {
            return MissCause.OriginWrong;
        }
        if (affiliations.Affiliated(loose.Origin.Key, other.Origin.Key))
        {
            return MissCause.DateMissing;
        }
        return loose.Language != other.Language ? MissCause.CrossLanguage : MissCause.CopyNotDetected;
    }

    /// <summary>Why a denial report of the group is not linked to the group's event.</summary>
    public MissCause Unlinked(Statement statement, string report)
    {
        var claims = claimsOfReport[report].ToList();
        if (claims.Count == 0)
        {
            return MissCause.NoClaim;
        }
        var denials = claims.Where(c => c.Stance == Stance.Denies).ToList();
        if (denials.Count == 0)
        {
            return MissCause.NotReadAsDenial;
        }
        var placed = denials.Where(c => statement.Anchor is null || c.Anchors.Contains(statement.Anchor) || c.Where == statement.Anchor).ToList();
        if (placed.Count == 0)
        {
            return MissCause.Place;
        }
        if (statement.Event is { FirstDay: { } first, LastDay: { } last })
        {
            var dated = placed.Where(c => c.Day is not null).ToList();
            if (dated.Count == placed.Count && !dated.Any(c => c.Day!.Value.DayNumber >= first.DayNumber - Contradictions.DaysBefore && c.Day.Value.DayNumber <= last.DayNumber + Contradictions.DaysAfter))
            {
                return MissCause.DateDifferent;
            }
            if (dated.Count == 0)
            {
                return MissCause.DateMissing;
            }
        }
        return MissCause.DenialNotLinked;
    }

    /// <summary>The report's claim standing for the statement: one in the group's event, else the one most like the statement.</summary>
    private ClaimFacts? StandsFor(Statement statement, string report)
    {
        var members = statement.Event?.Claims.Select(c => c.ClaimId).ToHashSet() ?? [];
        return claimsOfReport[report]
            .OrderByDescending(c => members.Contains(c.ClaimId))
            .ThenByDescending(c => (c.Family == statement.Family ? 4 : 0) + (c.Where is not null && c.Where == statement.Anchor ? 2 : 0)
                + (Misread(statement, c) ? 0 : 1) + (c.Stance == Stance.Asserts ? 1 : 0))
            .ThenBy(c => c.ClaimId)
            .FirstOrDefault();
    }

    /// <summary>Whether the claim's origin is not the statement's, when the registry knows who the statement's is.</summary>
    private bool Misread(Statement statement, ClaimFacts claim) =>
        statement.Origins is { Count: > 0 } roots && !roots.Contains(affiliations.Root(claim.Origin.Key));

    private HashSet<string>? OriginRoots(string? origin)
    {
        if (origin is null)
        {
            return null;
        }
        var roots = origin.Split(['(', ')', '/', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Prepend(origin)
            .Select(registry.Resolve).OfType<Source>()
            .Select(s => affiliations.Root(s.Id))
            .ToHashSet(StringComparer.Ordinal);
        return roots.Count > 0 ? roots : null;
    }

    /// <summary>Counts per cause, most frequent first.</summary>
    public static ImmutableArray<CauseCount> Tally(IEnumerable<(MissCause Cause, bool AcrossLanguages)> misses) =>
        [.. misses.GroupBy(m => m.Cause).Select(g => new CauseCount(g.Key, g.Count(), g.Count(m => m.AcrossLanguages)))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Cause)];
}
