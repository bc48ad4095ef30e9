using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Triangulate.Model;

namespace Triangulate.Corroboration;

public sealed record EventPlace(string Id, string Name, double Lat, double Lon);

/// <summary>One claim of an event with the report it came from and its provenance.</summary>
public sealed record EventClaim(
    long ClaimId,
    long ReportId,
    string? ExternalId,
    string Publisher,
    DateTimeOffset? Published,
    string Language,
    ClaimKind Kind,
    string Text,
    FactSource Origin,
    ImmutableArray<FactSource> Relays);

/// <summary>
/// An event as corroboration leaves it: its claims, their origins and relays, how many independent voices stand
/// behind it and on which side, the events it contradicts, the verdicts on it and its credibility with the reasons.
/// </summary>
public sealed record CorroboratedEvent(
    long Id,
    ClaimKind Kind,
    Side ActingSide,
    ImmutableArray<EventPlace> Places,
    DateTimeOffset? FirstReported,
    DateTimeOffset? LastReported,
    DateOnly FirstDay,
    DateOnly LastDay,
    ImmutableArray<long> ReportIds,
    ImmutableArray<EventClaim> Claims,
    ImmutableArray<OriginCluster> IndependentOrigins,
    ImmutableArray<FactSource> DerivativeOrigins,
    ImmutableArray<long> Contradicts,
    ImmutableArray<Verdict> Verdicts,
    Verdict? Verdict,
    Grade Credibility)
{
    [JsonIgnore]
    public ImmutableArray<string> OriginNames => [.. Claims.Select(c => c.Origin.Name).Distinct(StringComparer.Ordinal)];

    [JsonIgnore]
    public int IndependentOriginCount => IndependentOrigins.Length;

    /// <summary>Independent origins per side, always with the three keys RU, UA and other.</summary>
    [JsonIgnore]
    public ImmutableDictionary<Side, int> IndependentOriginsBySide =>
        new[] { Side.RU, Side.UA, Side.Other }.ToImmutableDictionary(side => side, side => IndependentOrigins.Count(c => c.Side == side));

    public Event ToModel() => new(
        Id, Kind, [.. Claims.Select(c => c.ClaimId)], OriginNames, IndependentOriginCount, IndependentOriginsBySide,
        Contradicts, Verdicts, Credibility);
}

/// <summary>Everything corroboration computes from one ledger.</summary>
public sealed record CorroborationResult(ImmutableArray<CorroboratedEvent> Events, ImmutableArray<TrackRecord> Sources);
