using System.Collections.Immutable;
using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Claims;

/// <summary>
/// Finds claims with lexicons and rules, sentence by sentence. A sentence (or each of its coordinated clauses) is a
/// claim when it holds an event word of some <see cref="ClaimKind"/> and is not commentary, background or a question.
/// Attribution is read per sentence and carried over within a report: a paragraph's attribution-only sentences
/// ("Об этом заявил …", "The update came through …") cover its unattributed claims, "He added" refers back to the last
/// speaker, and a speaker named again keeps the relays it was first reported through.
/// </summary>
public sealed class RuleBasedClaimExtractor(SourceRegistry registry) : IClaimExtractor
{
    private readonly AttributionReader _attribution = new(registry);

    public ImmutableArray<Claim> Extract(Report report, ImmutableArray<PlaceMention> places)
    {
        var text = report.Text;
        var lowered = text.ToLowerInvariant();
        var readings = SentenceSplitter.Split(text).Select(sentence => ReadSentence(text, lowered, sentence)).ToList();
        var memory = new ChainMemory(report, registry, readings.SelectMany(reading => reading.Attribution.Speakers).Select(speaker => speaker.Source));
        var claims = ImmutableArray.CreateBuilder<Claim>();
        foreach (var paragraph in readings.GroupBy(reading => reading.Sentence.Paragraph))
        {
            var paragraphChain = memory.Build(paragraph
                .Where(reading => reading.Events.IsEmpty)
                .SelectMany(reading => reading.Attribution.Speakers)
                .DistinctBy(speaker => speaker.Source.SourceId ?? speaker.Source.Name)
                .ToImmutableArray());
            AttributionChain? lastInParagraph = null;
            foreach (var reading in paragraph)
            {
                var own = memory.Build(reading.Attribution.Speakers)
                    ?? (reading.Attribution.RefersBack ? memory.Last : null);
                if (own is not null)
                {
                    memory.Last = own;
                }
                if (reading.Events.IsEmpty)
                {
                    continue;
                }
                // A paragraph's closing "наголошують у Генштабі" names the speaker whose chain the paragraph already carries.
                var chain = own
                    ?? (lastInParagraph is not null && paragraphChain is not null && SameOrigin(lastInParagraph, paragraphChain) ? lastInParagraph : paragraphChain)
                    ?? lastInParagraph ?? memory.Unattributed;
                if (own is null && paragraphChain is not null)
                {
                    memory.Last = paragraphChain;
                }
                lastInParagraph = chain;
                var speakerSide = memory.SpeakerSide(chain);
                foreach (var (clause, cue, onlyDenies) in reading.Events)
                {
                    // "Это фейк" after a denial restates it rather than denying anything new.
                    if (onlyDenies && claims.Count > 0 && claims[^1].Kind == ClaimKind.Denial)
                    {
                        continue;
                    }
                    claims.Add(BuildClaim(report, lowered, places, clause, cue, reading.SpeakerSpans, chain, speakerSide));
                }
            }
        }
        return claims.ToImmutable();
    }

    private static bool SameOrigin(AttributionChain a, AttributionChain b) =>
        (a.Origin.Source.SourceId ?? a.Origin.Source.Name) == (b.Origin.Source.SourceId ?? b.Origin.Source.Name);

    private SentenceReading ReadSentence(string text, string lowered, Sentence sentence)
    {
        var attribution = _attribution.Read(text, lowered, sentence.Span);
        var speakerSpans = attribution.Speakers.Select(speaker => speaker.Source.Span!.Value).ToImmutableArray();
        var isClaimless = text[sentence.Span.End - 1] == '?'
            || ClaimLexicons.Commentary.FindAll(lowered, sentence.Span).Any(cue => !speakerSpans.Any(span => span.Overlaps(cue.Span) || DescribesSpeaker(text, cue.Span, span)));
        if (isClaimless)
        {
            return new SentenceReading(sentence, attribution, speakerSpans, []);
        }
        var events = FoldClauses(text, lowered, sentence.Span, speakerSpans);
        return new SentenceReading(sentence, attribution, speakerSpans, events);
    }

    /// <summary>
    /// The claims of one sentence, a clause each: a piece with its own event word starts a claim; a piece without one
    /// (an attribution, a list item, a "with …" phrase) joins the claim before it, or the first one when it leads.
    /// An attempt followed by its repulse ("tried to storm …, and was repelled") is one repelled attack.
    /// </summary>
    private static ImmutableArray<ClauseEvent> FoldClauses(string text, string lowered, Span sentence, ImmutableArray<Span> speakerSpans)
    {
        var folded = new List<ClauseEvent>();
        int? leadStart = null;
        foreach (var piece in SentenceSplitter.SplitClauses(text, sentence))
        {
            var cue = ClaimKinds.Classify(lowered, piece, speakerSpans);
            var last = folded.Count > 0 ? folded[^1] : null;
            var repulseOfLast = cue is { Value: ClaimKind.RepelledAttack } && last?.Cue.Value == ClaimKind.Attack
                && ClaimLexicons.Actors.FindFirst(lowered, piece) is null;
            var opener = ClaimLexicons.DependentOpeners.FindFirst(lowered, piece) is { } found && found.Span.Start == piece.Start ? found : (CueMatch<bool>?)null;
            var joinsPrevious = cue is null
                || (opener is not null && opener.Value.Value)
                || repulseOfLast
                // "опроверг сообщения о том, что ВСУ вернули…": what a denial denies is part of it.
                || (opener is not null && last?.Cue.Value == ClaimKind.Denial)
                // "заняли … и закрепились": digging in continues the advance or capture before it.
                || (last?.Cue.Value is ClaimKind.TerritorialControl or ClaimKind.Advance && ClaimKinds.IsConsolidation(lowered, cue.Value));
            if (last is not null && joinsPrevious)
            {
                var kind = repulseOfLast ? cue!.Value : last.Cue;
                folded[^1] = last with { Clause = new Span(last.Clause.Start, piece.End), Cue = kind };
                continue;
            }
            if (cue is null)
            {
                leadStart ??= piece.Start;
                continue;
            }
            var restatesDenial = cue.Value.Value == ClaimKind.Denial
                && ClaimKinds.Cues.FindAll(lowered, piece).All(found => found.Value == ClaimKind.Denial);
            folded.Add(new ClauseEvent(new Span(leadStart ?? piece.Start, piece.End), cue.Value, restatesDenial));
            leadStart = null;
        }
        return [.. folded];
    }

    private static Claim BuildClaim(
        Report report, string lowered, ImmutableArray<PlaceMention> places, Span clause, CueMatch<ClaimKind> cue,
        ImmutableArray<Span> speakerSpans, AttributionChain chain, Side speakerSide)
    {
        var text = report.Text;
        // A distancing word inside a denial ("спростував заяви про нібито захоплення") belongs to the denied claim.
        var hedge = cue.Value != ClaimKind.Denial && ClaimLexicons.Hedges.FindFirst(lowered, clause) is { } hedgeCue ? new Hedge(hedgeCue.Span.Slice(text), hedgeCue.Span) : null;
        return new Claim(
            clause,
            clause.Slice(text),
            cue.Value,
            ReadActor(text, lowered, clause, speakerSpans, speakerSide),
            ToWordEnd(text, cue.Span).Slice(text),
            [.. places.Where(place => clause.Contains(place.Span))],
            TimeReader.Read(text, clause, report.Published),
            QuantityReader.Read(text, clause, report.Language),
            hedge,
            cue.Value != ClaimKind.Denial && IsNegated(lowered, clause, cue.Span),
            chain);
    }

    private static Actor? ReadActor(string text, string lowered, Span clause, ImmutableArray<Span> speakerSpans, Side speakerSide)
    {
        if (ClaimLexicons.Actors.FindAll(lowered, clause).Where(cue => !speakerSpans.Any(span => span.Overlaps(cue.Span))).FirstOrDefault() is not { Cue: not null } actor)
        {
            return null;
        }
        var span = ToWordEnd(text, actor.Span);
        if (actor.Value == ActorReading.SpeakersOwn && span.End < clause.End)
        {
            // "наши ребята", "our guys": the possessive names the group that follows it.
            span = ToWordEnd(text, new Span(span.Start, Math.Min(clause.End, span.End + 2)));
        }
        var side = actor.Value switch
        {
            ActorReading.Russian => Side.RU,
            ActorReading.Ukrainian => Side.UA,
            ActorReading.SpeakersOwn or ActorReading.Unqualified => speakerSide,
            ActorReading.SpeakersEnemy => speakerSide switch { Side.RU => Side.UA, Side.UA => Side.RU, _ => Side.Unknown },
            _ => Side.Unknown,
        };
        return new Actor(span.Slice(text), side, span);
    }

    /// <summary>"Аналітики Інституту вивчення війни повідомляють": a commentary word right before a named speaker describes it.</summary>
    private static bool DescribesSpeaker(string text, Span cue, Span speaker)
    {
        var wordEnd = ToWordEnd(text, cue).End;
        return speaker.Start >= wordEnd && speaker.Start - wordEnd <= 2;
    }

    private static bool IsNegated(string lowered, Span clause, Span cue)
    {
        var windowStart = Math.Max(clause.Start, cue.Start - 25);
        return ClaimLexicons.Negations.FindAll(lowered, new Span(windowStart, cue.Start)).Length > 0;
    }

    private static Span ToWordEnd(string text, Span span)
    {
        var end = span.End;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }
        return new Span(span.Start, end);
    }

    private sealed record SentenceReading(
        Sentence Sentence,
        SentenceAttribution Attribution,
        ImmutableArray<Span> SpeakerSpans,
        ImmutableArray<ClauseEvent> Events);

    /// <summary>One claim's clause and the event word that makes it; <see cref="OnlyDenies"/> when it holds nothing but a denial ("Это фейк").</summary>
    private sealed record ClauseEvent(Span Clause, CueMatch<ClaimKind> Cue, bool OnlyDenies);
}
