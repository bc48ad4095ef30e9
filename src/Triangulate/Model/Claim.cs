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

/// <summary>How finely a claim's time is known.</summary>
public enum TimePrecision
{
    /// <summary>A day, or a night across two days ("в ночь на 5 июля").</summary>
    Day,
    /// <summary>A week ("last week", «на прошлой неделе»): the range is the seven days.</summary>
    Week,
    /// <summary>A month ("in May", «у травні»): the range is the month.</summary>
    Month,
    /// <summary>Some time before <see cref="ClaimTime.To"/> ("earlier", «ранее»), no sooner said.</summary>
    Before,
}

/// <summary>Where a claim's time comes from.</summary>
public enum TimeBasis
{
    /// <summary>Words of the claim's own clause ("on Friday", «20 мая», «сьогодні, 31 липня»).</summary>
    Text,
    /// <summary>The report's dateline ("KYIV, Dec 21 (Reuters) -", «МОСКВА, 14 октября. /ТАСС/.»), the day the story was filed.</summary>
    Dateline,
    /// <summary>The report's publication date: the clause and the dateline say nothing.</summary>
    Published,
}

/// <summary>
/// What words tell of a date that nothing resolves: a weekday ("on Saturday") or a day of a month («14 октября»)
/// in a report with neither a publication date nor a dated dateline to count from.
/// </summary>
public sealed record PartialDate(int? Month = null, int? Day = null, DayOfWeek? Weekday = null);

/// <summary>
/// When the claim says it happened: a day or range resolved against the dateline's date or the report's, how precisely
/// (<see cref="Precision"/>), from what (<see cref="Basis"/>), and the words and their span (in the claim, or the
/// dateline's). <see cref="From"/> and <see cref="To"/> are null when nothing resolves the words; <see cref="Partial"/>
/// then keeps what they tell.
/// </summary>
public sealed record ClaimTime(
    DateOnly? From,
    DateOnly? To,
    string? Words = null,
    Span? Span = null,
    TimePrecision Precision = TimePrecision.Day,
    TimeBasis Basis = TimeBasis.Text,
    PartialDate? Partial = null);

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
