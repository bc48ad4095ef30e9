using System.Collections.Immutable;
using Triangulate.Model;
using Triangulate.Storage;

namespace Triangulate.Export;

/// <summary>A stored report in the JSON contract of the CLI and the HTTP API: <c>externalId</c> is the id its input gave it.</summary>
public sealed record StoredReportDto(
    long Id,
    string? ExternalId,
    string Publisher,
    string? Url,
    DateTimeOffset? Published,
    string Language,
    string? Title,
    string ContentHash,
    int Revision,
    long? PreviousRevisionId,
    string Input,
    IReadOnlyList<string> ForwardedFrom,
    DateTimeOffset IngestedAt)
{
    public static StoredReportDto From(StoredReport r) => new(
        r.Id, r.ExternalId, r.Publisher, r.Url, r.Published, r.Language, r.Title, r.ContentHash, r.Revision,
        r.PreviousRevisionId, r.InputPath, r.ForwardedFrom, r.IngestedAt);
}

/// <summary>A stored claim in the JSON contract of the CLI and the HTTP API: the extract fields plus the ledger's ids.</summary>
public sealed record StoredClaimDto(
    long Id,
    long ReportId,
    string? ExternalId,
    string Publisher,
    DateTimeOffset? Published,
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
    ImmutableArray<SourceDto> Relays)
{
    public static StoredClaimDto From(StoredClaim c)
    {
        var dto = ClaimDto.From(c.Claim);
        return new StoredClaimDto(
            c.Id, c.ReportId, c.ExternalId, c.Publisher, c.Published, dto.Text, dto.Start, dto.End, dto.Kind, dto.Actor, dto.Side,
            dto.Action, dto.Places, dto.Hedged, dto.Hedge, dto.Negated, dto.Quantities, dto.Time, dto.Origin, dto.Relays);
    }
}
