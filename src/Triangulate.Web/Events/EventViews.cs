using Triangulate.Export;
using Triangulate.Model;
using Triangulate.Summaries;

namespace Triangulate.Web.Events;

/// <summary>
/// One event as the map, the list and the exports show it. <see cref="Summary"/> is the plain English line of its lead
/// claim; <see cref="Hedged"/> whether any of its claims is hedged. A fragment (an event no place locates, carried by a
/// report that also carries a located event: "two people were killed") names that event as <see cref="FragmentOf"/>,
/// and the event counts its <see cref="Fragments"/>.
/// </summary>
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
    string Text,
    string Summary,
    bool Hedged,
    long? FragmentOf,
    int Fragments);

/// <summary>Offsets into a report's text, in UTF-16 code units and in code points, as every span of the contract.</summary>
public sealed record TextSpan(int Start, int End, int StartCp, int EndCp)
{
    public static TextSpan Of(Span span, CodePointOffsets offsets) => new(span.Start, span.End, offsets.At(span.Start), offsets.At(span.End));
}

/// <summary>
/// A claim of an event in its report: its English summary, the sentence and paragraph it stands in (offsets into
/// <see cref="ReportText"/>, which travels with it so that the page can mark its spans).
/// </summary>
public sealed record EventClaim(StoredClaimDto Claim, StoredReportDto Report, string ReportText, string Summary, TextSpan Sentence, TextSpan Paragraph);

public sealed record VerdictView(string Value, string By, DateTimeOffset At, string? Note, string? Evidence);

public sealed record GradeView(string Code, string Explanation);

/// <summary>
/// An event in full. <see cref="Provenance"/> is grouped as corroboration counted the origins: one <c>independent</c>
/// node per independent origin and one <c>not_counted</c> node. <see cref="FragmentClaims"/> are the claims of the
/// fragments folded into it; <see cref="Figures"/> its casualty and loss figures and <see cref="FigureTotals"/> how they
/// add up for the event.
/// </summary>
public sealed record EventDetail(
    EventSummary Event,
    GradeView? Grade,
    IReadOnlyList<EventClaim> Claims,
    IReadOnlyList<ProvenanceNode> Provenance,
    IReadOnlyList<EventSummary> Contradicts,
    IReadOnlyList<VerdictView> Verdicts,
    IReadOnlyList<EventClaim> FragmentClaims,
    IReadOnlyList<Figure> Figures,
    IReadOnlyList<FigureTotal> FigureTotals);

/// <summary>Events per day, for the timeline.</summary>
public sealed record DayCount(DateOnly Day, int Events);
