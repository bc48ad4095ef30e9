using System.Collections.Immutable;
using Triangulate.Model;
using Triangulate.Claims.Speech;
using Triangulate.Text;

namespace Triangulate.Claims;

/// <summary>
/// Finds claims with lexicons and rules, sentence by sentence. A sentence (or each of its coordinated clauses) is a
/// claim when it holds an event word of some <see cref="ClaimKind"/> and is not commentary, background, a disclaimer or a
/// question. Who speaks each claim is read once per report by <see cref="ReportVoices"/> from the report's attribution
/// relations (<see cref="SpeechReader"/>): a claim takes the relation whose cue its clause holds or whose content covers
/// it, else the report's own voice. A claim's places are those its clause names outside the names of its speakers and
/// relays and the dateline, or the one it refers back to ("от той же шахты", "в місті"; see <see cref="PlaceAnaphora"/>).
/// </summary>
public sealed class RuleBasedClaimExtractor(SourceRegistry registry) : IClaimExtractor
{
    private readonly SpeechLexicon _lexicon = SpeechLexicon.Default;
    private readonly SpeechReader _reader = new(SpeechLexicon.Default);

    public ImmutableArray<Claim> Extract(Report report, ImmutableArray<PlaceMention> places)
    {
        var text = report.Text;
        var lowered = text.ToLowerInvariant();
        var sentences = SentenceSplitter.Split(text);
        // Which sentences hold events is read before who speaks: a sentence holding none is attribution or background,
        // and its attribution points back at the sentences before it.
        var events = sentences.Select(sentence => FoldClauses(text, lowered, sentence.Span, [])).ToArray();
        var voices = new ReportVoices(report, lowered, sentences, registry, _lexicon, _reader, places, index => events[index].IsEmpty);
        var parties = voices.PartySpans.ToImmutableArray();
        var ownPlaces = places.IsDefault ? [] : places.Where(place => !parties.Any(party => party.Contains(place.Span))).ToImmutableArray();
        var anaphora = new PlaceAnaphora(text, lowered, sentences, ownPlaces, parties);
        var claims = ImmutableArray.CreateBuilder<Claim>();
        for (var index = 0; index < sentences.Length; index++)
        {
            var sentence = sentences[index];
            if (events[index].IsEmpty || IsNotClaim(text, lowered, sentence.Span, parties))
            {
                continue;
            }
            foreach (var (clause, cue, onlyDenies) in FoldClauses(text, lowered, sentence.Span, parties))
            {
                // "Это фейк" after a denial restates it rather than denying anything new.
                if (onlyDenies && claims.Count > 0 && claims[^1].Kind == ClaimKind.Denial)
                {
                    continue;
                }
                var chain = voices.ChainOf(clause, cue.Span, index, cue.Value == ClaimKind.Denial);
                claims.Add(BuildClaim(report, lowered, anaphora.PlacesOf(clause), clause, cue, parties, chain, SpeakerSide(chain, report)));
            }
        }
        return claims.ToImmutable();
    }

    /// <summary>
    /// Whether a sentence asserts no happening whatever event words it holds: a question, or a sentence with a word of
    /// commentary, assessment, background, a disclaimer or a link line outside the names of its speakers.
    /// </summary>
    private bool IsNotClaim(string text, string lowered, Span sentence, ImmutableArray<Span> parties) =>
        text[sentence.End - 1] == '?'
        || _lexicon.NotClaim.FindAll(lowered, sentence).Any(cue => !parties.Any(span => span.Overlaps(cue.Span) || DescribesSpeaker(text, cue.Span, span)));

    /// <summary>The side a claim's words are spoken from: its origin's, else the publisher's when the registry knows it.</summary>
    private Side SpeakerSide(AttributionChain chain, Report report)
    {
        if (chain.Origin.Source.Side is Side.RU or Side.UA)
        {
            return chain.Origin.Source.Side;
        }
        return registry.ResolvePublisher(report.Publisher)?.Side is { } side and (Side.RU or Side.UA) ? side : Side.Unknown;
    }

    /// <summary>
    /// The claims of one sentence, a clause each: a piece with its own event word starts a claim; a piece without one
    /// (an attribution, a list item, a "with …" phrase) joins the claim before it, or the first one when it leads.
    /// An attempt followed by its repulse ("tried to storm …, and was repelled") is one repelled attack.
    /// </summary>
    private static ImmutableArray<ClauseEvent> FoldClauses(string text, string lowered, Span sentence, ImmutableArray<Span> parties)
    {
        var folded = new List<ClauseEvent>();
        int? leadStart = null;
        foreach (var piece in SentenceSplitter.SplitClauses(text, sentence))
        {
            var cue = ClaimKinds.Classify(lowered, piece, parties);
            var last = folded.Count > 0 ? folded[^1] : null;
            var repulseOfLast = cue is { Value: ClaimKind.RepelledAttack } && last?.Cue.Value == ClaimKind.Attack
                && SpeechLexicon.Default.Actors.FindFirst(lowered, piece) is null;
            var opener = SpeechLexicon.Default.DependentOpeners.FindFirst(lowered, piece) is { } found && found.Span.Start == piece.Start ? found : (CueMatch<bool>?)null;
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
        ImmutableArray<Span> parties, AttributionChain chain, Side speakerSide)
    {
        var text = report.Text;
        // A distancing word inside a denial ("спростував заяви про нібито захоплення") belongs to the denied claim.
        var hedge = cue.Value != ClaimKind.Denial && SpeechLexicon.Default.Hedges.FindFirst(lowered, clause) is { } hedgeCue ? new Hedge(hedgeCue.Span.Slice(text), hedgeCue.Span) : null;
        return new Claim(
            clause,
            clause.Slice(text),
            cue.Value,
            ReadActor(text, lowered, clause, parties, speakerSide),
            TextTokens.ToWordEnd(text, cue.Span).Slice(text),
            places,
            TimeReader.Read(text, clause, report.Published),
            QuantityReader.Read(text, clause, report.Language),
            hedge,
            cue.Value != ClaimKind.Denial && IsNegated(lowered, clause, cue.Span),
            chain);
    }

    private static Actor? ReadActor(string text, string lowered, Span clause, ImmutableArray<Span> parties, Side speakerSide)
    {
        if (SpeechLexicon.Default.Actors.FindAll(lowered, clause).Where(cue => !parties.Any(span => span.Overlaps(cue.Span))).FirstOrDefault() is not { Cue: not null } actor)
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
        return SpeechLexicon.Default.Negations.FindAll(lowered, new Span(windowStart, cue.Start)).Length > 0;
    }

    /// <summary>One claim's clause and the event word that makes it; <see cref="OnlyDenies"/> when it holds nothing but a denial ("Это фейк").</summary>
    private sealed record ClauseEvent(Span Clause, CueMatch<ClaimKind> Cue, bool OnlyDenies);
}
