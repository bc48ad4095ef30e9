using System.Collections.Immutable;

namespace Triangulate.Model;

public enum VerdictValue
{
    Confirmed,
    Refuted,
    Unresolved,
}

/// <summary>What a verdict is about: one stored claim or one event.</summary>
public enum VerdictTarget
{
    Claim,
    Event,
}

/// <summary>
/// A judgement on a claim or an event, by an analyst or from evidence (a control map, an official list),
/// with the evidence it cites.
/// </summary>
public sealed record Verdict(
    VerdictTarget Target,
    long TargetId,
    VerdictValue Value,
    string By,
    DateTimeOffset At,
    string? Note = null,
    string? Evidence = null);

/// <summary>The Admiralty grade of a claim or source, always with the explanation of how it was computed.</summary>
public sealed record Grade(string Code, string Explanation);

/// <summary>Claims about the same happening, across reports and languages.</summary>
public sealed record Event(
    long Id,
    ClaimKind Kind,
    ImmutableArray<long> ClaimIds,
    ImmutableArray<string> Origins,
    int IndependentOrigins,
    ImmutableDictionary<Side, int> IndependentOriginsBySide,
    ImmutableArray<long> Contradicts,
    ImmutableArray<Verdict> Verdicts,
    Grade? Credibility)
{
    /// <summary>Claims whose reports are copies of one text (a wire story and its reprints), each line's earliest claim first.</summary>
    public ImmutableArray<ImmutableArray<long>> CopyLines { get; init; } = [];
}
