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
    ImmutableArray<FactSource> Relays)
{
    /// <summary>The first day the claim's time covers; null when it is undated.</summary>
    public DateOnly? Day { get; init; }

    /// <summary>Whether the claim denies what it tells; the event counts the origins of the stance most of its claims take.</summary>
    public Stance Stance { get; init; }
}

/// <summary>
/// Reports of an event that are copies of one text (a wire story and its reprints, lightly rewritten or cut): one relay
/// line, led by the earliest report's claim, with the reason they were found alike.
/// </summary>
public sealed record CopyLine(long Lead, ImmutableArray<long> ClaimIds, string Reason);

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
    DateOnly? FirstDay,
    DateOnly? LastDay,
    ImmutableArray<long> ReportIds,
    ImmutableArray<EventClaim> Claims,
    ImmutableArray<OriginCluster> IndependentOrigins,
    ImmutableArray<FactSource> DerivativeOrigins,
    ImmutableArray<long> Contradicts,
    ImmutableArray<Verdict> Verdicts,
    Verdict? Verdict,
    Grade Credibility)
{
    /// <summary>The earlier event this one repeats: the same thing told of the same place by the same side, before this event's span.</summary>
    public long? Repeats { get; init; }

    /// <summary>The later events that repeat this one.</summary>
    public ImmutableArray<long> RepeatedBy { get; init; } = [];

    /// <summary>Claims whose time neither their words nor their report gives: grouped by origin, place and kind.</summary>
    public ImmutableArray<long> UndatedClaims { get; init; } = [];

    /// <summary>The copy lines among the event's reports, each of two or more.</summary>
    public ImmutableArray<CopyLine> CopyLines { get; init; } = [];

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
        Contradicts, Verdicts, Credibility)
    {
        CopyLines = [.. CopyLines.Select(line => line.ClaimIds.Remove(line.Lead).Insert(0, line.Lead))],
    };
}

/// <summary>Everything corroboration computes from one ledger.</summary>
public sealed record CorroborationResult(ImmutableArray<CorroboratedEvent> Events, ImmutableArray<TrackRecord> Sources);
