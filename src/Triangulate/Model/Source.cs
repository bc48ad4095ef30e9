using System.Collections.Immutable;

namespace Triangulate.Model;

/// <summary>What kind of party a source is. The names are the snake_case values of the JSON contract.</summary>
public enum SourceKind
{
    Unknown,
    /// <summary>The outlet that published the report, speaking in its own voice.</summary>
    Publisher,
    StateMedia,
    IndependentMedia,
    WireAgency,
    Official,
    MilitaryCommand,
    Unit,
    MilbloggerChannel,
    OsintGroup,
    Individual,
    /// <summary>A platform a statement was posted on (Telegram, Facebook, X): a relay, never an origin.</summary>
    Platform,
}

/// <summary>
/// A party that asserts or relays claims: an outlet, a channel, an official, a unit, a person.
/// Registry sources have a stable <see cref="Id"/>; names in every language and script are in <see cref="Aliases"/>.
/// </summary>
/// <param name="Areas">
/// Gazetteer ids of the areas the source usually reports on (a governor's oblast, a regional administration's), which
/// the place finder weighs when a report names no area itself.
/// </param>
/// <param name="Titles">
/// The offices a person held, each in the words of one language with its period ("министр обороны России" from
/// 2024-05-14), so that a role named without the holder's name resolves to whoever held it on the report's day.
/// </param>
public sealed record Source(
    string Id,
    string Name,
    SourceKind Kind,
    Side Side,
    ImmutableArray<string> Aliases,
    string? Role = null,
    ImmutableArray<string> AffiliatedWith = default,
    ImmutableArray<string> Areas = default,
    ImmutableArray<SourceTitle> Titles = default)
{
    public ImmutableArray<string> AffiliatedWith { get; init; } = AffiliatedWith.IsDefault ? [] : AffiliatedWith;

    public ImmutableArray<string> Areas { get; init; } = Areas.IsDefault ? [] : Areas;

    public ImmutableArray<SourceTitle> Titles { get; init; } = Titles.IsDefault ? [] : Titles;
}

/// <summary>
/// An office as one language names it ("министр обороны России", "Russia's defence minister"), held from
/// <see cref="From"/> to <see cref="To"/> inclusive; a missing end is an office still held, a missing start one held
/// since before the registry's period.
/// </summary>
public sealed record SourceTitle(string Text, string Language, DateOnly? From, DateOnly? To)
{
    public bool HeldOn(DateOnly day) => (From is not { } from || from <= day) && (To is not { } to || day <= to);
}

/// <summary>
/// A source as a report names it: resolved to the registry when known (<see cref="SourceId"/>), otherwise the words
/// as written with a kind and side guessed from how the text describes the speaker.
/// </summary>
public sealed record SourceRef(
    string Name,
    SourceKind Kind,
    Side Side,
    string? Role = null,
    string? SourceId = null,
    string? Written = null,
    Span? Span = null);
