using System.Collections.Immutable;
using Triangulate.Model;
using Triangulate.Places;
using Triangulate.Claims.Speech;
using Triangulate.Text;

namespace Triangulate.Claims;

/// <summary>
/// Finds claims with lexicons and rules, sentence by sentence. A sentence (or each of its coordinated clauses) is a
/// claim when it holds an event word of some <see cref="ClaimKind"/> and is not commentary, background, a disclaimer or a
/// question. Who speaks each claim is read once per report by <see cref="ReportVoices"/> from the report's attribution
/// relations (<see cref="SpeechReader"/>): a claim takes the relation whose cue its clause holds or whose content covers
/// it, else the report's own voice. A claim's places are those its clause names outside the names of its speakers and
/// relays and the dateline, or the one it refers back to ("от той же шахты", "в місті"), or, naming none, those of the
/// claim whose happening it goes on telling (see <see cref="PlaceAnaphora"/>).
/// </summary>
/// <param name="detector">Decides which candidate clauses are claims; <see cref="ClaimDetector.Default"/> unless given.</param>
/// <param name="gazetteer">
/// The gazetteer, for the oblast a bare word for one means where the report does not name it (a governor's, a named
/// town's), and for the settlement a word for an oblast's centre means; without it such a word refers only to an oblast
/// the report names, and a word for its centre to none.
/// </param>
public sealed class RuleBasedClaimExtractor(SourceRegistry registry, ClaimDetector? detector = null, Gazetteer? gazetteer = null) : IClaimExtractor
{
    private readonly SpeechLexicon _lexicon = SpeechLexicon.Default;
    private readonly SpeechReader _reader = new(SpeechLexicon.Default);
    private readonly ClaimDetector _detector = detector ?? ClaimDetector.Default;

    public ImmutableArray<Claim> Extract(Report report, ImmutableArray<PlaceMention> places, CancellationToken cancellationToken = default)
    {
        var reading = Read(report, places, cancellationToken);
        var claims = ImmutableArray.CreateBuilder<Claim>();
        var eventWords = new List<Span>();
        var date = TimeReader.ReportDate.Of(report.Text, report.Published);
        foreach (var candidate in reading.Candidates.Where(_detector.Accepts))
        {
            // "Это фейк" after a denial restates it rather than denying anything new.
            if (candidate.OnlyDenies && claims.Count > 0 && claims[^1].Kind == ClaimKind.Denial)
            {
                continue;
            }
            var chain = candidate.Voicing.Chain;
            var speakerAreas = chain.Origin.Source.SourceId is { } speaker && registry.Find(speaker) is { } source ? source.Areas : [];
            claims.Add(BuildClaim(report, date, reading.Lowered, reading.Anaphora.PlacesOf(candidate.Clause, speakerAreas), candidate.Clause, candidate.Cue, reading.Parties, chain, SpeakerSide(chain, report)));
            eventWords.Add(TextTokens.ToWordEnd(report.Text, candidate.Cue.Span));
        }
        return reading.Anaphora.CarryPlaces(claims.ToImmutable(), eventWords);
    }

    /// <summary>Every clause of a report that holds an event word, with its voicing and features, before the detector decides.</summary>
    public ImmutableArray<ClaimCandidate> Candidates(Report report, ImmutableArray<PlaceMention> places) => Read(report, places, CancellationToken.None).Candidates;

    private ReportReading Read(Report report, ImmutableArray<PlaceMention> places, CancellationToken cancellationToken)
    {
        var text = report.Text;
        var lowered = text.ToLowerInvariant();
        var sentences = SentenceSplitter.Split(text);
        // Which sentences hold events is read before who speaks: a sentence holding none is attribution or background,
        // and its attribution points back at the sentences before it.
        var placeSpans = places.IsDefault ? [] : places.Select(place => place.Span).ToImmutableArray();
        var events = sentences.Select((sentence, index) =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            return FoldClauses(text, lowered, Unit(text, sentences, index), [], placeSpans);
        }).ToArray();
        var voices = new ReportVoices(report, lowered, sentences, registry, _lexicon, _reader, places, index => events[index].IsEmpty);
        var parties = voices.PartySpans.ToImmutableArray();
        var ownPlaces = places.IsDefault ? [] : places.Where(place => !parties.Any(party => party.Contains(place.Span))).ToImmutableArray();
        var anaphora = new PlaceAnaphora(text, lowered, sentences, ownPlaces, parties, report.Language, id => gazetteer?.ById(id),
            places.IsDefault ? [] : [.. places.Where(place => parties.Any(party => party.Contains(place.Span)))],
            area => gazetteer?.Places.Where(place => place.Kind == PlaceKind.Settlement && !place.Parents.IsDefault && place.Parents.Contains(area.Id)).MaxBy(place => place.Population));
        var candidates = ImmutableArray.CreateBuilder<ClaimCandidate>();
        // Read once per report: every candidate dated by its own words is set against the same period.
        var reportDate = TimeReader.ReportDate.Of(text, report.Published);
        var reportPeriodStart = TimeReader.ReportPeriodStart(text, reportDate);
        for (var index = 0; index < sentences.Length; index++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var unit = Unit(text, sentences, index);
            if (events[index].IsEmpty || IsListItem(text, sentences, index))
            {
                continue;
            }
            // Parties change a sentence's folding only by setting their own words aside (Classify's exclusions): one that
            // names none folds as it did when its events were first read.
            var folded = parties.Any(party => party.Overlaps(unit)) ? FoldClauses(text, lowered, unit, parties, placeSpans) : events[index];
            foreach (var (clause, told, onlyDenies) in folded)
            {
                // «В результате пожара сдетонировал боезапас. Корабль получил серьезные повреждения»: damage told alone is
                // what the happening told before it did, here a fire's (other), not a strike's.
                var cue = candidates.Count > 0 && candidates[^1].Cue.Value == ClaimKind.Other && ClaimKinds.TellsDamageAlone(lowered, clause, parties)
                    ? told with { Value = ClaimKind.Other }
                    : told;
                var voicing = voices.Voicing(clause, cue.Span, index, cue.Value == ClaimKind.Denial);
                var features = ClaimFeatures.Of(text, lowered, unit, clause, cue, voicing, parties, sentences[index], index, report, reportDate, reportPeriodStart);
                candidates.Add(new ClaimCandidate(clause, cue, index, onlyDenies, voicing, features));
            }
        }
        return new ReportReading(lowered, parties, anaphora, candidates.ToImmutable());
    }

    /// <summary>The side a claim's words are spoken from: its origin's, else the publisher's when the registry knows it.</summary>
    private Side SpeakerSide(AttributionChain chain, Report report)
    {
        if (chain.Origin.Source.Side is Side.RU or Side.UA)
        {
            return chain.Origin.Source.Side;
        }
        return registry.ResolvePublisher(report.Publisher)?.Side is { } side and (Side.RU or Side.UA) ? side : Side.Unknown;
    }

    private sealed record ReportReading(string Lowered, ImmutableArray<Span> Parties, PlaceAnaphora Anaphora, ImmutableArray<ClaimCandidate> Candidates);

    /// <summary>
    /// The words a sentence's claims are read from: the sentence, and the list after it when it ends in a colon ("Інші
    /// втрати окупантів такі:" and the lines "- танків – 3730 (+7);" after it are one claim).
    /// </summary>
    private static Span Unit(string text, ImmutableArray<Sentence> sentences, int index)
    {
        var span = sentences[index].Span;
        if (text[span.End - 1] != ':')
        {
            return span;
        }
        var end = span.End;
        for (var next = index + 1; next < sentences.Length && IsListItem(text, sentences, next); next++)
        {
            end = sentences[next].Span.End;
        }
        return new Span(span.Start, end);
    }

    /// <summary>Whether a sentence is an item of a list opened by a colon before it ("- танків – 3730 (+7);").</summary>
    private static bool IsListItem(string text, ImmutableArray<Sentence> sentences, int index)
    {
        for (var at = index; at > 0; at--)
        {
            var start = sentences[at].Span.Start;
            if (text[start] is not ('-' or '•' or '—' or '–' or '*'))
            {
                return false;
            }
            var previous = sentences[at - 1].Span;
            if (text[previous.End - 1] == ':')
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The claims of one sentence, a clause each: a piece with its own event word starts a claim; a piece without one
    /// (an attribution, a list item, a "with …" phrase) joins the claim before it, or the first one when it leads.
    /// An attempt followed by its repulse ("tried to storm …, and was repelled") is one repelled attack. An adverbial
    /// phrase ("As a result of the missile attack, …", "…, after fierce fighting", a sentence's opening participle phrase
    /// "Moving deep into enemy defences, …") belongs to the clause it modifies even when it holds an event word: it joins
    /// the claim before it, or leads the next one.
    /// </summary>
    private static ImmutableArray<ClauseEvent> FoldClauses(string text, string lowered, Span sentence, ImmutableArray<Span> parties, ImmutableArray<Span> places)
    {
        var folded = new List<ClauseEvent>();
        int? leadStart = null;
        CueMatch<ClaimKind>? leadCue = null;
        int? previousEnd = null;
        var pieces = RejoinPartedNames(lowered, SentenceSplitter.SplitClauses(text, sentence), sentence);
        // Event words are read outside the parties' names and outside the fields of work the sentence names («займається
        // питаннями звільнення з неволі та допомоги родинам зниклих безвісти і полонених»), which may run on past a
        // clause's «і» or "and".
        var excluded = parties.AddRange(ClaimLexicon.Default.FieldsOfWork(lowered, sentence));
        foreach (var (piece, index) in pieces.Select((piece, index) => (piece, index)))
        {
            var separator = previousEnd is { } end ? new Span(end, piece.Start) : (Span?)null;
            previousEnd = piece.End;
            var cue = ClaimKinds.Classify(lowered, piece, excluded);
            var last = folded.Count > 0 ? folded[^1] : null;
            // "Moving deep into enemy defences in several areas, the troops took control of …": a sentence's opening
            // participle phrase is an adverbial of the clause after it, as a prepositional one is. «Украинские военные,
            // попавшие в окружение, сдаются в плен»: a description set off by commas between a subject and its verb tells
            // who the subject is; its event word («окружение») leads the clause of the verb after it.
            if (cue is not null && last is null && index < pieces.Length - 1
                && (OpensAdverbial(lowered, piece)
                    || (index == 0 && ClaimLexicon.Default.OpensEventGerund(lowered, piece) && text.AsSpan(piece.End, pieces[1].Start - piece.End).Contains(','))
                    || (separator is { } before && IsBareComma(text, before) && IsBareComma(text, new Span(piece.End, pieces[index + 1].Start))
                        && ClaimLexicon.Default.OpensEmbeddedDescription(lowered, piece))))
            {
                leadStart ??= piece.Start;
                leadCue ??= cue;
                continue;
            }
            var repulseOfLast = cue is { Value: ClaimKind.RepelledAttack } && last?.Cue.Value == ClaimKind.Attack
                && SpeechLexicon.Default.Actors.FindFirst(lowered, piece) is null;
            var opener = SpeechLexicon.Default.DependentOpeners.FindFirst(lowered, piece) is { } found && found.Span.Start == piece.Start ? found : (CueMatch<bool>?)null;
            // "The plane crashed …, killing everyone on board", «ворог проводить перегрупування …, перекидаючи їх на
            // Оріхівський напрямок»: an adverbial participle after a comma tells what a happening of no kind of its own (a
            // crash, a blast, a transfer) did, or more of the same kind; the two are one claim, whose kind both decide (a
            // crash that killed is a casualties claim). After a happening of another kind it stays a claim of its own, as
            // the annotation protocol splits by kind ("missiles hit Sumy, …, killing 34": a strike and casualties). "carried out a
            // successful offensive operation, liberating the settlement of …": ground an attack gained, told by its participle,
            // is the attack's outcome, one claim that the gain decides.
            var resultOfLast = last is not null && cue is not null
                && (last.Cue.Value == ClaimKind.Other || last.Cue.Value == cue.Value.Value
                    || (last.Cue.Value == ClaimKind.Attack && cue.Value.Value is ClaimKind.TerritorialControl or ClaimKind.Advance))
                && separator is { } commaBefore && text.AsSpan(commaBefore.Start, commaBefore.Length).Contains(',')
                && ClaimLexicon.Default.OpensEventGerund(lowered, piece);
            // «здійснили перегрупування, відійшли на вигідніші рубежі», "decided to withdraw our units from the town and
            // move to defence … to avoid encirclement": a regrouping or an encirclement told beside a withdrawal, the later
            // piece naming no actor of its own, is how or why the same troops pulled back — one withdrawal claim.
            var withdrawalManoeuvre = last is not null && cue is not null && SpeechLexicon.Default.Actors.FindFirst(lowered, piece) is null
                && ((last.Cue.Value == ClaimKind.Withdrawal && ClaimKinds.TellsWithdrawalManoeuvre(lowered, piece, excluded))
                    || (cue.Value.Value == ClaimKind.Withdrawal && ClaimKinds.TellsWithdrawalManoeuvre(lowered, last.Clause, excluded)));
            // "85 servicemen were killed, and 20 vehicles were damaged", "injured one person and damaged 20 homes": damage
            // told beside the people a happening harmed is more of its toll, one casualties claim, unless the two name
            // places of their own.
            var tollOfLast = last?.Cue.Value == ClaimKind.Casualties && cue is not null && ClaimKinds.TellsDamageAlone(lowered, piece, excluded);
            var joinsPrevious = cue is null
                || resultOfLast
                || withdrawalManoeuvre
                || (opener is not null && opener.Value.Value)
                || OpensAdverbial(lowered, piece)
                // «внаслідок ворожих обстрілів та авіаударів»: more of the cause the clause before ends with.
                || (last is not null && separator is { } conjunction && !text.AsSpan(conjunction.Start, conjunction.Length).Contains(',')
                    && ClaimKinds.ContinuesClosingPhrase(lowered, last.Clause, piece, excluded))
                // "…, освобожденного 3 октября", «…, окупованого у 2014 році»: a participle describes what the clause before names.
                || ClaimLexicon.Default.OpensDescription(lowered, piece)
                || repulseOfLast
                // "Russia launched 31 drones and 2 missiles", «знищили …, 49 БпЛА …»: a count of weapons with no verb of its own.
                || ClaimKinds.CountsWeaponsAlone(lowered, piece, excluded)
                // «відбили 4 російські атаки біля Синьківки…, на Лиманському – 5 атак в районах Тернів…»: a count of attacks
                // naming no side of its own after a repulse counts more of the attacks beaten off.
                || (last?.Cue.Value == ClaimKind.RepelledAttack && ClaimKinds.CountsMoreRepelled(lowered, last.Clause, piece, excluded)
                    && SpeechLexicon.Default.Actors.FindFirst(lowered, piece) is null)
                // "repelled five attacks … with aviation and artillery assistance", "shot down 25 drones and a rocket": the
                // means a repulse used, or more of what it downed, named with no verb or side of their own.
                || (last?.Cue.Value == ClaimKind.RepelledAttack && ClaimKinds.NamesWeaponsAlone(lowered, piece, excluded)
                    && SpeechLexicon.Default.Actors.FindFirst(lowered, piece) is null)
                // «…кораблів, серед яких 0 носіїв крилатих ракет «Калібр», загальний залп – 0 ракет»: the missiles a fleet carries.
                || (last?.Cue.Value == ClaimKind.Other && ClaimKinds.TellsFleetArmament(lowered, last.Clause, piece, excluded))
                || ClosesQuotation(text, piece)
                // "опроверг сообщения о том, что ВСУ вернули…": what a denial denies is part of it.
                || (opener is not null && last?.Cue.Value == ClaimKind.Denial)
                // "заняли … и закрепились": digging in continues the advance or capture before it.
                || (last?.Cue.Value is ClaimKind.TerritorialControl or ClaimKind.Advance && ClaimKinds.IsConsolidation(lowered, cue.Value))
                // "two civilians were killed and five wounded": more of the same happening, unless it names a place of its own.
                || (last is not null && (cue.Value.Value == last.Cue.Value && cue.Value.Value != ClaimKind.Denial || tollOfLast)
                    && !(places.Any(place => piece.Contains(place)) && places.Any(place => last.Clause.Contains(place))));
            if (last is not null && joinsPrevious)
            {
                var joined = new Span(last.Clause.Start, piece.End);
                var kind = repulseOfLast ? cue!.Value
                    : withdrawalManoeuvre ? (cue!.Value.Value == ClaimKind.Withdrawal ? cue.Value : last.Cue)
                    : resultOfLast ? ClaimKinds.Classify(lowered, joined, excluded) ?? last.Cue : last.Cue;
                folded[^1] = last with { Clause = joined, Cue = kind };
                continue;
            }
            // "Meduza could not verify the claims; the General Staff reported …", "… did not comment, but Voloshyn said
            // …": a clause after a semicolon or a contrast does not take the words before it.
            if (leadStart is not null && separator is { } between && StandsApart(text, lowered, between))
            {
                leadStart = null;
            }
            if (cue is null && (leadCue is null || index < pieces.Length - 1))
            {
                leadStart ??= piece.Start;
                continue;
            }
            // A sentence that is all adverbial phrase and attribution ("As a result of the attack, officials said.") is
            // the claim of the phrase's event.
            if ((cue ?? leadCue) is not { } told)
            {
                continue;
            }
            // "After the attack, a fire broke out at the oil depot": the adverbial phrase that leads a clause sets its
            // scene, and the two are read together as one clause is (a fire an attack set off is a strike).
            var made = cue is not null && leadCue is not null && leadStart is { } leads
                ? ClaimKinds.Classify(lowered, new Span(leads, piece.End), excluded) ?? told
                : told;
            var restatesDenial = made.Value == ClaimKind.Denial
                && ClaimKinds.Cues.FindAll(lowered, piece).All(found => found.Value == ClaimKind.Denial);
            folded.Add(new ClauseEvent(new Span(leadStart ?? piece.Start, piece.End), made, restatesDenial));
            leadStart = null;
            leadCue = null;
        }
        // "Air defence shot down 24 of 26 drones launched from Russia overnight": the launch a repelled attack counts is
        // a strike of its own, told by the words of its count.
        return [.. folded.SelectMany(told => told.Cue.Value == ClaimKind.RepelledAttack && ClaimLexicon.Default.FindLaunchedCount(lowered, told.Clause) is { } launch
            ? [told, new ClauseEvent(launch.Words, new CueMatch<ClaimKind>(ClaimKind.Strike, launch.Weapon, lowered.Substring(launch.Weapon.Start, launch.Weapon.Length)), false)]
            : (IEnumerable<ClauseEvent>)[told])];
    }

    /// <summary>
    /// The pieces of a sentence with those a name of a thing parts joined again: "a sabotage and reconnaissance group"
    /// split at its "and" is one name (<see cref="ClaimLexicon.NotEvents"/>), not the end of one clause and the start of
    /// the next.
    /// </summary>
    private static ImmutableArray<Span> RejoinPartedNames(string lowered, ImmutableArray<Span> pieces, Span sentence)
    {
        var names = ClaimLexicon.Default.NotEvents.FindAll(lowered, sentence);
        var joined = new List<Span>();
        foreach (var piece in pieces)
        {
            if (joined.Count > 0 && names.Any(name => name.Span.Start < joined[^1].End && name.Span.End > piece.Start))
            {
                joined[^1] = new Span(joined[^1].Start, piece.End);
            }
            else
            {
                joined.Add(piece);
            }
        }
        return [.. joined];
    }

    /// <summary>Whether the words between two pieces of a sentence are a comma alone.</summary>
    private static bool IsBareComma(string text, Span separator) => text.AsSpan(separator.Start, separator.Length).Trim() is ",";

    /// <summary>Whether a piece opens with a preposition or conjunction of an adverbial phrase ("As a result of", «В ходе», «Унаслідок», "after").</summary>
    private static bool OpensAdverbial(string lowered, Span piece) =>
        ClaimLexicon.Default.AdverbialPhrases(lowered, piece).Any(found => found.Span.Start == piece.Start);

    /// <summary>Whether the words between two pieces of a sentence part them: a semicolon or a conjunction of contrast.</summary>
    private static bool StandsApart(string text, string lowered, Span separator) =>
        text.AsSpan(separator.Start, separator.Length).Contains(';')
        || SpeechLexicon.Default.Contrast.FindFirst(lowered, separator) is not null;

    /// <summary>
    /// Whether a piece is the attribution after a closing quote ("«…», — заперечив Трегубов"): it says who spoke the
    /// quotation, whatever its verb, and so is part of the quotation's claim rather than a denial of its own.
    /// </summary>
    private static bool ClosesQuotation(string text, Span piece) =>
        text[piece.Start] is '—' or '–' && text.AsSpan(0, piece.Start).TrimEnd(", ") is [.., '»' or '”' or '"'];

    private static Claim BuildClaim(
        Report report, TimeReader.ReportDate date, string lowered, ImmutableArray<PlaceMention> places, Span clause, CueMatch<ClaimKind> cue,
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
            TimeReader.Read(text, clause, date),
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

    private static bool IsNegated(string lowered, Span clause, Span cue)
    {
        var windowStart = Math.Max(clause.Start, cue.Start - 25);
        return SpeechLexicon.Default.Negations.FindAll(lowered, new Span(windowStart, cue.Start)).Length > 0;
    }

    /// <summary>One claim's clause and the event word that makes it; <see cref="OnlyDenies"/> when it holds nothing but a denial ("Это фейк").</summary>
    private sealed record ClauseEvent(Span Clause, CueMatch<ClaimKind> Cue, bool OnlyDenies);
}
