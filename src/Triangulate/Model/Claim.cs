using System.Collections.Immutable;

namespace Triangulate.Model;

/// <summary>
/// What a claim asserts happened. One list, explained in the README; the JSON values are snake_case
/// (territorial_control, repelled_attack, …).
/// </summary>
public enum ClaimKind
{
    Other,
    TerritorialControl,
    Advance,
    Withdrawal,
    Attack,
    RepelledAttack,
    Strike,
    Casualties,
    Prisoners,
    Recruitment,
    Denial,
}

/// <summary>Whether a party in a chain said the claim first or passed it on.</summary>
public enum AttributionRole
{
    Origin,
    Relay,
}

/// <summary>One link of an attribution chain: who, in what capacity, and the words that say so.</summary>
public sealed record Attribution(SourceRef Source, AttributionRole Role, Span? Span = null);

/// <summary>
/// Who asserts a claim first and every relay between them and the publisher, in order from origin outwards.
/// A claim in the outlet's own voice has the publisher as its origin and no relays.
/// </summary>
public sealed record AttributionChain(Attribution Origin, ImmutableArray<Attribution> Relays)
{
    public static AttributionChain OwnVoice(string publisher) =>
        new(new Attribution(new SourceRef(publisher, SourceKind.Publisher, Side.Unknown), AttributionRole.Origin), []);
}

/// <summary>Who acts in a claim, as written, with the side read from the speaker's point of view.</summary>
public sealed record Actor(string Text, Side Side, Span Span);

/// <summary>A number with its unit: 1.45 km, 500 m, "up to 390" soldiers, 12 counterattacks.</summary>
public sealed record Quantity(double Value, string Unit, Span Span, string? Qualifier = null);

/// <summary>The words that hedge a claim ("allegedly", "якобы", "нібито").</summary>
public sealed record Hedge(string Words, Span Span);

/// <summary>When the claim says it happened: a day or range resolved against the report's date, and the words that said it.</summary>
public sealed record ClaimTime(DateOnly? From, DateOnly? To, string? Words = null, Span? Span = null);

public sealed record Claim(
    Span Span,
    string Text,
    ClaimKind Kind,
    Actor? Actor,
    string? Action,
    ImmutableArray<PlaceMention> Places,
    ClaimTime? Time,
    ImmutableArray<Quantity> Quantities,
    Hedge? Hedge,
    bool Negated,
    AttributionChain Chain)
{
    public bool Hedged => Hedge is not null;
}
