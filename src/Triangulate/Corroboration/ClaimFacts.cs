using System.Collections.Immutable;
using Triangulate.Model;

namespace Triangulate.Corroboration;

/// <summary>
/// The place a claim is grouped and checked by: a gazetteer entry's id, name and the point the claim refers to.
/// <see cref="Anchor"/> is the settlement it belongs to: itself, or for a mine, a district or a canal, the settlement
/// the gazetteer files it under.
/// </summary>
public sealed record FactPlace(string Id, string Name, double Lat, double Lon, ImmutableArray<string> Parents, string? UkrainianName = null, string CountryCode = "UA")
{
    public string Anchor { get; init; } = Id;
}

/// <summary>One party in a claim's provenance: a registry id when known, else the folded name.</summary>
public sealed record FactSource(string Key, string Name, Side Side, SourceKind Kind, bool Registered);

/// <summary>
/// What corroboration needs to know about one stored claim, flattened from the claim and its report.
/// <see cref="Key"/> identifies the claim by its words (report text hash and span), so that grouping never depends on
/// the order in which reports were ingested.
/// </summary>
public sealed record ClaimFacts(
    long ClaimId,
    string Key,
    long ReportId,
    string? ExternalId,
    string Publisher,
    string Language,
    DateOnly Day,
    DateTimeOffset? Published,
    ClaimKind Kind,
    Side ActingSide,
    FactPlace? Place,
    string? PlaceName,
    FactSource Origin,
    ImmutableArray<FactSource> Relays,
    string Text,
    bool Negated,
    bool Hedged,
    ImmutableArray<double> Quantities,
    bool Quotes)
{
    public KindFamily Family => KindFamilies.Of(Kind);

    /// <summary>
    /// Every settlement the claim names, its own place's among them: a bulletin that attacks were repelled "near
    /// Kalynivka, Ivanivske and Klishchiivka" bears on claims about each of them.
    /// </summary>
    public ImmutableArray<string> Anchors { get; init; } = Place is { } place ? [place.Anchor] : [];
}

/// <summary>Claim kinds that can describe the same happening.</summary>
public enum KindFamily
{
    /// <summary>Who holds ground: captures, advances, withdrawals (a withdrawal is the other side's gain).</summary>
    Ground,
    Attack,
    RepelledAttack,
    Denial,
    Strike,
    Casualties,
    Prisoners,
    Recruitment,
    Other,
}

public static class KindFamilies
{
    public static KindFamily Of(ClaimKind kind) => kind switch
    {
        ClaimKind.TerritorialControl or ClaimKind.Advance or ClaimKind.Withdrawal => KindFamily.Ground,
        ClaimKind.Attack => KindFamily.Attack,
        ClaimKind.RepelledAttack => KindFamily.RepelledAttack,
        ClaimKind.Denial => KindFamily.Denial,
        ClaimKind.Strike => KindFamily.Strike,
        ClaimKind.Casualties => KindFamily.Casualties,
        ClaimKind.Prisoners => KindFamily.Prisoners,
        ClaimKind.Recruitment => KindFamily.Recruitment,
        _ => KindFamily.Other,
    };

    /// <summary>
    /// How many days apart two claims of a family may be and still be about one happening. Ground changes hands
    /// slowly and later reports confirm it weeks after (the Toretsk centre: claimed 4 July, geolocated 25 July, assessed
    /// by ISW 26 July), while claims a season apart (Toretsk in July 2024 and in February 2025) stay apart;
    /// strikes and bulletins are about one day.
    /// </summary>
    public static int WindowDays(KindFamily family) => family == KindFamily.Ground ? 30 : 2;

    public static Side Opposite(Side side) => side switch
    {
        Side.RU => Side.UA,
        Side.UA => Side.RU,
        _ => side,
    };
}
