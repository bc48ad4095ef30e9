using System.Collections.Immutable;
using Triangulate.Model;

namespace Triangulate.Claims.Speech;

/// <summary>Where an attribution stands relative to what it attributes.</summary>
public enum RelationShape
{
    /// <summary>"The ministry said (that) …", «Пригожин заявил, что …»: the speaker, then the content.</summary>
    SpeakerFirst,
    /// <summary>"…, the ministry said", «…, — заявил Песков»: the content, then the speaker.</summary>
    ContentFirst,
    /// <summary>"According to X, …", «По словам X, …», "…, according to X".</summary>
    AccordingTo,
    /// <summary>«Об этом сообщил X», «Про це повідомив X», "The update came through X": the content is what came before.</summary>
    Pointer,
    /// <summary>"Кимаковский: …": the speaker's name as a label before a colon, or a headline's credit after a dash at its end ("… — ССО").</summary>
    Label,
}

/// <summary>
/// An outlet or platform a statement passed through, as the attribution names it: "told Reuters", «в эфире телеканала
/// «Россия 24»», "citing the ministry", «у телеграмі». <see cref="Party"/> is the outlet's words (null for a platform,
/// or a frame with no outlet named: "told reporters").
/// </summary>
public sealed record RelayPhrase(Span Span, Span? Party, RelayFrame? Frame, string? Platform);

/// <summary>
/// One attribution in a report, in the shape the PARC corpus gives reported speech: the cue (a verb of saying or a
/// phrase such as "according to"), the source (the speaker's words, or null when only a relay is named), the relays and
/// the party cited, and the content it attributes (character ranges, in its own sentence and in others). The
/// <see cref="Clause"/> is the attribution's own words, which are never content. An <see cref="Impersonal"/> relation
/// names no speaker because it retells the statement quoted before («Як зазначається, …», «…, — йдеться у
/// повідомленні», "the statement said"): its speaker is the last one the report named. An impersonal relation with a
/// party cited is a quotation whose quoter goes unnamed ("…," the ministry was quoted as saying): the party quoted is
/// its origin, and the outlet that spoke last passed it on. A <see cref="RelationShape.Pointer"/> also keeps the
/// sentences of its paragraph before it whoever spoke them (<see cref="PassedOn"/>): an outlet pointing back («Шойгу
/// доложил … . Об этом сообщил ТАСС») passes on what others said there, though it is not their origin.
/// </summary>
public sealed record SpeechRelation(
    RelationShape Shape,
    Span Cue,
    Span? Speaker,
    Span? Cited,
    ImmutableArray<RelayPhrase> Relays,
    Span Clause,
    ImmutableArray<Span> Content,
    int Sentence,
    bool Impersonal = false,
    ImmutableArray<Span> PassedOn = default)
{
    /// <summary>Whether the relation's content covers <paramref name="span"/> in part.</summary>
    public bool Covers(Span span) => Content.Any(content => content.Overlaps(span));

    /// <summary>Whether a pointer passes on <paramref name="span"/>: its content, or a sentence before it in its paragraph.</summary>
    public bool PassesOn(Span span) => Covers(span) || (!PassedOn.IsDefault && PassedOn.Any(sentence => sentence.Overlaps(span)));

    /// <summary>How many characters of <paramref name="span"/> the content covers.</summary>
    public int Coverage(Span span) => Content.Sum(content => Math.Max(0, Math.Min(content.End, span.End) - Math.Max(content.Start, span.Start)));
}
