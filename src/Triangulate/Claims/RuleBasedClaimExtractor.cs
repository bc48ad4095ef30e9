using System.Collections.Immutable;
using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Claims;

/// <summary>
/// Finds claims with lexicons and rules, sentence by sentence. A sentence (or each of its coordinated clauses) is a
/// claim when it holds an event word of some <see cref="ClaimKind"/> and is not commentary, background or a question.
/// Attribution is read per sentence and carried over within a report: a paragraph's attribution-only sentences
/// ("Об этом заявил …", "The update came through …") cover its unattributed claims, "He added" refers back to the last
/// speaker, and a speaker named again keeps the relays it was first reported through. A claim's places are those its
/// clause names, or the one it refers back to ("от той же шахты", "в місті"; see <see cref="PlaceAnaphora"/>).
/// </summary>
public sealed class RuleBasedClaimExtractor(SourceRegistry registry) : IClaimExtractor
{
    private readonly AttributionReader _attribution = new(registry);

    public ImmutableArray<Claim> Extract(Report report, ImmutableArray<PlaceMention> places, CancellationToken cancellationToken = default)
    {
        var text = report.Text;
        var lowered = text.ToLowerInvariant();
        var readings = WithQuotationSpeakers(text, [.. SentenceSplitter.Split(text).Select(sentence =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            return ReadSentence(text, lowered, sentence);
        })]);
        var memory = new ChainMemory(report, registry, readings.SelectMany(reading => reading.Attribution.Speakers).Select(speaker => speaker.Source));
        var anaphora = new PlaceAnaphora(text, lowered, [.. readings.Select(reading => reading.Sentence)], places, [.. readings.SelectMany(reading => reading.SpeakerSpans)]);
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
                var denials = OwnSpokenDenials(reading);
                var asserting = denials.Count == 0
                    ? reading.Attribution.Speakers
                    : [.. reading.Attribution.Speakers.Where(speaker => !denials.Values.Any(denying => denying.Contains(speaker)))];
                var own = memory.Build(asserting)
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
                foreach (var (clause, cue, onlyDenies) in reading.Events)
                {
                    // "Это фейк" after a denial restates it rather than denying anything new.
                    if (onlyDenies && claims.Count > 0 && claims[^1].Kind == ClaimKind.Denial)
                    {
                        continue;
                    }
                    var clauseChain = denials.TryGetValue(clause, out var denying) ? memory.Build(denying)! : chain;
                    if (denials.Count > 0)
                    {
                        memory.Last = clauseChain;
                    }
                    claims.Add(BuildClaim(report, lowered, anaphora.PlacesOf(clause), clause, cue, reading.SpeakerSpans, clauseChain, memory.SpeakerSide(clauseChain)));
                }
            }
        }
        return claims.ToImmutable();
    }

    /// <summary>
    /// The denials of a sentence that name their own speaker beside a claim spoken by another: in "Окупанти заявляють про
    /// захоплення центру Торецька, у Силах оборони це заперечують" the occupiers claim and the Defence Forces deny, so
    /// each denial clause takes the speakers named in it, and the sentence's other claims the rest. Empty unless the
    /// sentence's speakers are split between its denials and its other claims: otherwise all of them speak every claim.
    /// </summary>
    private static Dictionary<Span, ImmutableArray<SpeakerMention>> OwnSpokenDenials(SentenceReading reading)
    {
        var speakers = reading.Attribution.Speakers;
        var denials = reading.Events
            .Where(found => found.Cue.Value == ClaimKind.Denial)
            .Select(found => (found.Clause, Speakers: speakers.Where(speaker => found.Clause.Contains(speaker.Source.Span!.Value)).ToImmutableArray()))
            .Where(found => !found.Speakers.IsEmpty)
            .ToDictionary(found => found.Clause, found => found.Speakers);
        var spokenInDenials = denials.Values.Sum(denying => denying.Length);
        return reading.Events.Length > 1 && spokenInDenials > 0 && spokenInDenials < speakers.Length ? denials : [];
    }

    /// <summary>
    /// A quotation that runs over several sentences is its speaker's throughout, whether named before it opens
    /// ("Пряма мова Трегубова: «…") or after it closes ("…," Viktor Trehubov told …): its sentences that name no speaker
    /// of their own take that one, rather than one carried over from before the quotation or the outlet's own voice.
    /// </summary>
    private static List<SentenceReading> WithQuotationSpeakers(string text, IReadOnlyList<SentenceReading> readings)
    {
        var result = readings.ToList();
        var quotes = new QuoteDepth();
        var opened = -1;
        var openedAt = 0;
        for (var i = 0; i < readings.Count; i++)
        {
            var sentence = readings[i].Sentence;
            if (i > 0 && sentence.Paragraph != readings[i - 1].Sentence.Paragraph)
            {
                quotes = new QuoteDepth();
                opened = -1;
            }
            for (var at = sentence.Span.Start; at < sentence.Span.End; at++)
            {
                var wasInside = quotes.Inside;
                quotes.Read(text[at]);
                if (!wasInside && quotes.Inside)
                {
                    (opened, openedAt) = (i, at);
                }
                else if (wasInside && !quotes.Inside && opened >= 0 && opened < i
                    && QuotationAttribution(readings[opened].Attribution, openedAt, readings[i].Attribution, at) is { } quotation)
                {
                    for (var quoted = opened; quoted <= i; quoted++)
                    {
                        if (readings[quoted].Attribution.Speakers.IsEmpty && !readings[quoted].Attribution.RefersBack)
                        {
                            result[quoted] = readings[quoted] with { Attribution = quotation };
                        }
                    }
                }
            }
            if (!quotes.Inside)
            {
                opened = -1;
            }
        }
        return result;
    }

    /// <summary>
    /// Who speaks a quotation: the speakers named before it opens, else those named after it closes, or the last
    /// speaker when the words after it refer back ("— наголосив він"); null when nothing says.
    /// </summary>
    private static SentenceAttribution? QuotationAttribution(SentenceAttribution opening, int openedAt, SentenceAttribution closing, int closedAt)
    {
        ImmutableArray<SpeakerMention> before = [.. opening.Speakers.Where(speaker => speaker.Source.Span!.Value.End <= openedAt)];
        ImmutableArray<SpeakerMention> after = [.. closing.Speakers.Where(speaker => speaker.Source.Span!.Value.Start > closedAt)];
        return !before.IsEmpty ? new SentenceAttribution(before, false)
            : !after.IsEmpty || closing.RefersBack ? new SentenceAttribution(after, closing.RefersBack)
            : null;
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
                || ClosesQuotation(text, piece)
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

    /// <summary>
    /// Whether a piece is the attribution after a closing quote ("«…», — заперечив Трегубов"): it says who spoke the
    /// quotation, whatever its verb, and so is part of the quotation's claim rather than a denial of its own.
    /// </summary>
    private static bool ClosesQuotation(string text, Span piece) =>
        text[piece.Start] is '—' or '–' && text.AsSpan(0, piece.Start).TrimEnd(", ") is [.., '»' or '”' or '"'];

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
            TextTokens.ToWordEnd(text, cue.Span).Slice(text),
            places,
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
        var span = TextTokens.ToWordEnd(text, actor.Span);
        if (actor.Value == ActorReading.SpeakersOwn && span.End < clause.End)
        {
            // "наши ребята", "our guys": the possessive names the group that follows it.
            span = TextTokens.ToWordEnd(text, new Span(span.Start, Math.Min(clause.End, span.End + 2)));
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
        var wordEnd = TextTokens.ToWordEnd(text, cue).End;
        return speaker.Start >= wordEnd && speaker.Start - wordEnd <= 2;
    }

    private static bool IsNegated(string lowered, Span clause, Span cue)
    {
        var windowStart = Math.Max(clause.Start, cue.Start - 25);
        return ClaimLexicons.Negations.FindAll(lowered, new Span(windowStart, cue.Start)).Length > 0;
    }

    private sealed record SentenceReading(
        Sentence Sentence,
        SentenceAttribution Attribution,
        ImmutableArray<Span> SpeakerSpans,
        ImmutableArray<ClauseEvent> Events);

    /// <summary>
    /// Whether a running text is inside a quotation: «…», “…” and „…“ nest, each closed by its own mark, and a straight
    /// quote opens or closes one only outside them (inside, it marks a word: «…про "захоплення" того…»).
    /// </summary>
    private sealed class QuoteDepth
    {
        private readonly Stack<char> _closers = new();
        private bool _straight;

        public bool Inside => _closers.Count > 0 || _straight;

        public void Read(char c)
        {
            if (_closers.TryPeek(out var expected) && c == expected)
            {
                _closers.Pop();
                return;
            }
            switch (c)
            {
                case '«':
                    _closers.Push('»');
                    break;
                case '“':
                    _closers.Push('”');
                    break;
                case '„':
                    _closers.Push('“');
                    break;
                case '"' when _closers.Count == 0:
                    _straight = !_straight;
                    break;
            }
        }
    }

    /// <summary>One claim's clause and the event word that makes it; <see cref="OnlyDenies"/> when it holds nothing but a denial ("Это фейк").</summary>
    private sealed record ClauseEvent(Span Clause, CueMatch<ClaimKind> Cue, bool OnlyDenies);
}
