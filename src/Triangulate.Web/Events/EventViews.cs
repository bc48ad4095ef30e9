using Triangulate.Export;

namespace Triangulate.Web.Events;

/// <summary>One event as the map, the list and the exports show it.</summary>
public sealed record EventSummary(
    long Id,
    string Kind,
    DateOnly? From,
    DateOnly? To,
    double? Lat,
    double? Lon,
    string? Place,
    int Claims,
    int Reports,
    int IndependentOrigins,
    IReadOnlyDictionary<string, int> IndependentOriginsBySide,
    string? Credibility,
    IReadOnlyList<string> Origins,
    IReadOnlyList<string> OriginSides,
    IReadOnlyList<string> Publishers,
    string? Verdict,
    string Text);

/// <summary>A claim of an event in its report: the text the spans point into travels with it.</summary>
public sealed record EventClaim(StoredClaimDto Claim, StoredReportDto Report, string ReportText);

/// <summary>
/// One node of the provenance tree: origins at the roots, relays below them, publishers at the leaves. Claims that
/// took the same path share nodes.
/// </summary>
public sealed record ProvenanceNode(string Name, string Role, string Side, string? SourceId, IReadOnlyList<long> ClaimIds, IReadOnlyList<ProvenanceNode> Children);

public sealed record VerdictView(string Value, string By, DateTimeOffset At, string? Note, string? Evidence);

public sealed record GradeView(string Code, string Explanation);

public sealed record EventDetail(
    EventSummary Event,
    GradeView? Grade,
    IReadOnlyList<EventClaim> Claims,
    IReadOnlyList<ProvenanceNode> Provenance,
    IReadOnlyList<EventSummary> Contradicts,
    IReadOnlyList<VerdictView> Verdicts);

/// <summary>Events per day, for the timeline.</summary>
public sealed record DayCount(DateOnly Day, int Events);
