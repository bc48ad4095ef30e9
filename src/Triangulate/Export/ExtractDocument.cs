using System.Collections.Immutable;
using Triangulate.Model;

namespace Triangulate.Export;

/// <summary>
/// The shape of <c>extract --format json</c>: one object per report with <c>report</c>, <c>places</c> and
/// <c>claims</c>. The field names are a contract other tools read: add fields, never rename.
/// Every span is given twice: <c>start</c>/<c>end</c> in UTF-16 code units (what C#, Java and JavaScript strings
/// index) and <c>startCp</c>/<c>endCp</c> in Unicode code points (what Python strings index); they differ after an
/// emoji or another character beyond the Basic Multilingual Plane.
/// </summary>
public sealed record ExtractDocument(ReportHeader Report, ImmutableArray<PlaceMentionDto> Places, ImmutableArray<ClaimDto> Claims)
{
    public static ExtractDocument From(Analysis analysis)
    {
        var offsets = CodePointOffsets.For(analysis.Report.Text);
        return new(
            ReportHeader.From(analysis.Report),
            [.. analysis.Places.Select(place => PlaceMentionDto.From(place, offsets))],
            [.. analysis.Claims.Select(claim => ClaimDto.From(claim, offsets, analysis.Report.Publisher, analysis.Report.Published))]);
    }
}

public sealed record ReportHeader(string Id, string Publisher, string? Url, DateTimeOffset? Published, string Language, string? Title, string ContentHash, string Input)
{
    /// <summary>The report's id is the one its input gave it; a report without one is named by its place in the input.</summary>
    public static ReportHeader From(Report report) => new(
        report.ExternalId ?? report.Location.ToString(),
        report.Publisher,
        report.Url,
        report.Published,
        report.Language,
        report.Title,
        report.ContentHash,
        report.Location.ToString());
}

/// <summary>
/// A place mention. In a claim's places, one with <see cref="CarriedBy"/> is a place the claim refers back to rather
/// than names: <see cref="Start"/>–<see cref="End"/> are where the report named it, <see cref="CarriedBy"/> and
/// <see cref="CarriedByStart"/>–<see cref="CarriedByEnd"/> the claim's words that refer to it ("той же шахты").
/// </summary>
public sealed record PlaceMentionDto(
    string Text,
    int Start,
    int End,
    string? Id,
    string? Name,
    double? Lat,
    double? Lon,
    string? Kind,
    string? Admin,
    double Confidence,
    string Precision,
    string? Relation,
    double? DistanceKm,
    double? BearingDegrees,
    double? UncertaintyKm,
    string? RunnerUp,
    string? CarriedBy,
    int? CarriedByStart,
    int? CarriedByEnd,
    int StartCp,
    int EndCp,
    int? CarriedByStartCp,
    int? CarriedByEndCp)
{
    /// <param name="offsets">The code-point offsets of the text the mention's spans point into.</param>
    public static PlaceMentionDto From(PlaceMention mention, CodePointOffsets offsets) => new(
        mention.Text,
        mention.Span.Start,
        mention.Span.End,
        mention.Place?.Id,
        mention.Place?.Name,
        mention.EstimatedLat ?? mention.Place?.Lat,
        mention.EstimatedLon ?? mention.Place?.Lon,
        mention.Place is { } place ? ContractNames.Of(place.Kind) : null,
        mention.Place?.AdminPath,
        mention.Confidence,
        ContractNames.Of(mention.Precision),
        mention.Relation?.Relation,
        mention.Relation?.DistanceKm,
        mention.Relation?.BearingDegrees,
        mention.UncertaintyKm,
        mention.RunnerUpId,
        mention.CarriedBy?.Words,
        mention.CarriedBy?.Span.Start,
        mention.CarriedBy?.Span.End,
        offsets.At(mention.Span.Start),
        offsets.At(mention.Span.End),
        offsets.At(mention.CarriedBy?.Span.Start),
        offsets.At(mention.CarriedBy?.Span.End));
}

public sealed record SourceDto(
    string Name, string? Role, string Kind, string Side, string? SourceId, string? Written, int? Start, int? End, int? StartCp, int? EndCp)
{
    public static SourceDto From(SourceRef source, CodePointOffsets offsets) => new(
        source.Name,
        source.Role,
        ContractNames.Of(source.Kind),
        ContractNames.Of(source.Side),
        source.SourceId,
        source.Written,
        source.Span?.Start,
        source.Span?.End,
        offsets.At(source.Span?.Start),
        offsets.At(source.Span?.End));
}

public sealed record QuantityDto(double Value, string Unit, string? Qualifier, int Start, int End, int StartCp, int EndCp);

/// <summary>
/// A claim's time: the range, the words and where they stand (in the claim, or the report's dateline), how finely
/// (day, week, month, before) and from what (text, dateline, published); for words nothing resolves ("on Saturday"
/// with no date to count from), what they tell: a month, a day of the month, a weekday.
/// </summary>
public sealed record TimeDto(
    DateOnly? From, DateOnly? To, string? Words, int? Start = null, int? End = null, string? Precision = null, string? Basis = null,
    int? Month = null, int? Day = null, string? Weekday = null, int? StartCp = null, int? EndCp = null)
{
    /// <param name="offsets">The code-point offsets of the report text the time's span points into.</param>
    public static TimeDto Of(ClaimTime time, CodePointOffsets offsets) => new(
        time.From, time.To, time.Words, time.Span?.Start, time.Span?.End,
        time.Precision.ToString().ToLowerInvariant(), time.Basis.ToString().ToLowerInvariant(),
        time.Partial?.Month, time.Partial?.Day, time.Partial?.Weekday?.ToString().ToLowerInvariant(),
        offsets.At(time.Span?.Start), offsets.At(time.Span?.End));
}

public record ClaimDto(
    string Text,
    int Start,
    int End,
    string Kind,
    string? Actor,
    string Side,
    string? Action,
    ImmutableArray<PlaceMentionDto> Places,
    bool Hedged,
    string? Hedge,
    bool Negated,
    ImmutableArray<QuantityDto> Quantities,
    TimeDto? Time,
    SourceDto Origin,
    ImmutableArray<SourceDto> Relays,
    int StartCp,
    int EndCp,
    string Summary)
{
    /// <summary>The claim in the contract's shape; its report's publisher and date, when given, complete its one-line <see cref="Summary"/>.</summary>
    /// <param name="offsets">The code-point offsets of the report text the claim's spans point into.</param>
    public static ClaimDto From(Claim claim, CodePointOffsets offsets, string? publisher = null, DateTimeOffset? published = null) => new(
        claim.Text,
        claim.Span.Start,
        claim.Span.End,
        ContractNames.Of(claim.Kind),
        claim.Actor?.Text,
        ContractNames.Of(claim.Actor?.Side ?? Model.Side.Unknown),
        claim.Action,
        [.. claim.Places.Select(place => PlaceMentionDto.From(place, offsets))],
        claim.Hedged,
        claim.Hedge?.Words,
        claim.Negated,
        [.. claim.Quantities.Select(q => new QuantityDto(q.Value, q.Unit, q.Qualifier, q.Span.Start, q.Span.End, offsets.At(q.Span.Start), offsets.At(q.Span.End)))],
        claim.Time is { } time ? TimeDto.Of(time, offsets) : null,
        SourceDto.From(claim.Chain.Origin.Source, offsets),
        [.. claim.Chain.Relays.Select(relay => SourceDto.From(relay.Source, offsets))],
        offsets.At(claim.Span.Start),
        offsets.At(claim.Span.End),
        Summaries.ClaimSummary.Of(claim, publisher, published));
}
