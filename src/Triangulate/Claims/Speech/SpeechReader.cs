using System.Collections.Frozen;
using System.Collections.Immutable;
using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Claims.Speech;

/// <summary>
/// Finds the attributions of a report as relations of source, cue and content (see <see cref="SpeechRelation"/>),
/// within sentences and across them: a verb of saying with its speaker before it ("Russia's defence ministry said") or
/// after it (", сообщил основатель «Группы Вагнера» Евгений Пригожин"), an "according to" phrase, a label before a
/// colon, and an attribution that stands in a sentence of its own and points back at what came before ("Про це
/// повідомив речник …", "The update came through Russia 24"). Relay frames ("told Reuters", «в эфире «Россия 24»»,
/// "citing …") and platforms ("on Telegram", «у Facebook») are read beside the speaker. It finds words and spans only:
/// who the words mean is decided once, by <see cref="SpeakerResolver"/>.
/// </summary>
public sealed class SpeechReader(SpeechLexicon lexicon)
{
    private const int MaxPhraseWords = 10;
    private const int MaxRightWindowWords = 18;

    /// <summary>The relations of one report, in text order of their cues.</summary>
    /// <param name="names">Spans of registry sources named in the text: a cue never falls inside one, and one makes a phrase a speaker's.</param>
    /// <param name="places">Spans of place names, which a cue never falls inside and which name no speaker.</param>
    /// <param name="contentless">
    /// Sentences that assert nothing of their own ("The update came through Russia 24 and was relayed by …"): their
    /// attributions point back at what came before, whatever their shape.
    /// </param>
    public ImmutableArray<SpeechRelation> Read(
        string text, string lowered, ImmutableArray<Sentence> sentences, IReadOnlyList<Span> names, IReadOnlyList<Span> places, Func<int, bool> contentless)
    {
        var relations = new List<SpeechRelation>();
        for (var index = 0; index < sentences.Length; index++)
        {
            var view = new SentenceView(text, lowered, sentences[index].Span, names, places);
            relations.AddRange(ReadSentence(view, index, contentless(index)));
        }
        return [.. CrossSentences(text, lowered, sentences, relations)];
    }

    /// <param name="assertsNothing">
    /// Whether the sentence holds no happening of its own: an attribution there points back at what came before
    /// ("The update came through Russia 24 and was relayed by …"), unless it opens content of its own with a
    /// complementizer, a colon or a quotation («Зеленський заявив, що операція виконала своє завдання»).
    /// </param>
    private IEnumerable<SpeechRelation> ReadSentence(SentenceView view, int index, bool assertsNothing)
    {
        var sentence = view.Sentence;
        if (IsLinkLine(view.Lowered, sentence))
        {
            yield break;
        }
        var according = lexicon.AccordingTo.FindAll(view.Lowered, sentence).Where(cue => view.StartsWord(cue.Span.Start)).ToList();
        var pointers = lexicon.Pointer.FindAll(view.Lowered, sentence).Where(cue => view.StartsWord(cue.Span.Start)).ToList();
        var sayings = lexicon.Saying.FindAll(view.Lowered, sentence)
            .Where(cue => view.StartsWord(cue.Span.Start))
            .Where(cue => !view.InAnyName(cue.Span))
            .Where(cue => !according.Any(found => found.Span.Overlaps(cue.Span)))
            .Where(cue => !pointers.Any(found => found.Span.Overlaps(cue.Span)))
            // A saying word used as a noun right after a statement noun or an article ("the claim", "its report") is no cue.
            .Where(cue => !IsNounUse(view, cue.Span))
            .ToList();
        var drafts = new List<Draft>();
        foreach (var cue in according)
        {
            var right = RightOfCue(view, cue.Span.End);
            var speaker = right.Speaker ?? PronounWithin(view, cue.Span);
            if (speaker is null && right.Cited is null)
            {
                continue;
            }
            drafts.Add(new Draft(RelationShape.AccordingTo, cue.Span, null, speaker, right.Cited, right.Relays, Union(cue.Span, right.End)));
        }
        foreach (var pointer in pointers)
        {
            // «Об этом сообщил X», «Про це пише X із посиланням на Y», "This was reported by X": the saying word nearest after the pointer.
            // "Об этом в эфире телеканала «Россия 24» заявил …": relay frames may stand between the pointer and its verb.
            var saying = sayings.FirstOrDefault(cue => cue.Span.Start >= pointer.Span.End && cue.Span.Start - pointer.Span.End <= 80
                && !view.IsBoundary(pointer.Span.End, cue.Span.Start));
            var cueSpan = saying.Cue is null ? pointer.Span : Union(pointer.Span, saying.Span.End);
            if (saying.Cue is not null)
            {
                sayings.Remove(saying);
            }
            var right = RightPhrase(view, cueSpan.End);
            // Frames between the pointer and its verb belong to the relation too, and so does a speaker standing there
            // («Об этом глава ОВА сообщил в своем Telegram-канале», "Про це Генштаб повідомив").
            var middle = saying.Cue is null ? null : RightPhrase(view, pointer.Span.End, saying.Span.Start);
            var between = middle?.Relays ?? [];
            var speaker = right.Speaker ?? (middle?.Speaker is { } inner && IsSpeakerPhrase(view, inner) ? inner : null);
            if (ToldBeforeVerb(view, middle, right) is { } told)
            {
                between = between.Add(told);
            }
            var left = LeftPhrase(view, pointer.Span.Start);
            // «Как передает ТАСС, об этом заявил Шойгу», «Як передає Укрінформ, про це сказав речник…»: the outlet before
            // the pointer is the party of its own "as … reports", which passes the statement on; the pointer's speaker
            // is the one after its verb.
            var leading = left.Speaker is { } l && IsSpeakerPhrase(view, l) && !drafts.Any(draft => draft.Clause.Overlaps(l)) ? l : (Span?)null;
            drafts.Add(new Draft(RelationShape.Pointer, cueSpan, leading, speaker, right.Cited ?? middle?.Cited ?? left.Cited, [.. left.Relays, .. between, .. right.Relays],
                new Span(leading is null ? cueSpan.Start : left.Start, Math.Max(cueSpan.End, right.End))));
        }
        foreach (var cue in sayings)
        {
            if (drafts.Any(draft => draft.Clause.Contains(cue.Span)))
            {
                continue;
            }
            var cueSpan = TextTokens.ToWordEnd(view.Text, cue.Span);
            var leftReading = LeftPhrase(view, cueSpan.Start);
            // With no speaker before the verb, a statement after it may name its author ("…," reads a message on the
            // Telegram channel of the Khortytsia group); with one, the words after the verb are its object ("Zelensky
            // posted a video of the strike").
            var right = leftReading.Speaker is { } before && IsSpeakerPhrase(view, before) ? RightPhrase(view, cueSpan.End) : RightOfCue(view, cueSpan.End);
            var left = leftReading.Speaker;
            var relays = leftReading.Relays.AddRange(right.Relays);
            var after = right.Speaker;
            var clauseEnd = Math.Max(cueSpan.End, right.FramesEnd);
            // "X told Reuters", «сообщил изданию РБК»: a verb that is itself a relay frame has its listener after it.
            if (after is { } listener && lexicon.RelayFrames.FindFirst(view.Lowered, cue.Span) is { } frame && frame.Span.Start == cue.Span.Start)
            {
                if (NamesOutlet(view, listener))
                {
                    relays = relays.Insert(0, new RelayPhrase(listener, StripArticle(view, listener), frame.Value, null));
                }
                clauseEnd = Math.Max(clauseEnd, listener.End);
                after = null;
            }
            // «Пушилин заявил РИА Новости, что …», «Трегубов розповів Укрінформу, що …»: with the speaker before the verb, a
            // registry name standing alone between the verb and what was said is the one told (a dative), as after "told".
            else if (after is { } addressee && TellsAddressee(view, left, drafts, right, addressee))
            {
                relays = relays.Add(new RelayPhrase(addressee, addressee, RelayFrame.Interview, null));
                clauseEnd = Math.Max(clauseEnd, addressee.End);
                after = null;
            }
            // A passive "was reported by X" names its speaker after "by"; otherwise a speaker before the verb leads.
            // "…, заявив Віктор Трегубов, передає Укрінформ": a party already speaking in the relation before is not the
            // speaker of the next verb, whose own speaker follows it.
            if (right.ByAgent || left is { } l && (!IsSpeakerPhrase(view, l) || drafts.Any(draft => draft.Clause.Overlaps(l))))
            {
                left = null;
            }
            // "…, saying it targeted a gathering of officers", "…, adding that …": an English participle's speaker is the
            // subject of the clause it hangs on, never the words after it.
            if (IsParticiple(view, cueSpan) || IsCoordinatedVerb(view, cueSpan))
            {
                (left, after) = (null, null);
            }
            if (left is not null || after is { } a && !IsSpeakerPhrase(view, a))
            {
                // "Trehubov said Ukrainian forces repelled…": without a complementizer what follows the verb is content.
                after = null;
            }
            var clauseStart = left is null && leftReading.Relays.IsEmpty ? cueSpan.Start : leftReading.Start;
            if (after is { } named)
            {
                clauseEnd = Math.Max(clauseEnd, named.End);
            }
            drafts.Add(new Draft(RelationShape.SpeakerFirst, cueSpan, left, after, right.Cited ?? leftReading.Cited, relays, new Span(clauseStart, clauseEnd)));
        }
        foreach (var cue in lexicon.Quoting.FindAll(view.Lowered, sentence).Concat(lexicon.QuotingWords.FindAll(view.Lowered, sentence))
            .Where(cue => view.StartsWord(cue.Span.Start) && !drafts.Any(draft => draft.Clause.Overlaps(cue.Span))))
        {
            if (Quoted(view, TextTokens.ToWordEnd(view.Text, cue.Span)) is { } quoted)
            {
                // "RIA quoted the ministry as saying …": the saying after "as" is the quoted party's, told by the quoting
                // one; it is no saying of its own that would carry the quoting outlet on as a speaker.
                drafts.RemoveAll(draft => quoted.Clause.Contains(draft.Cue));
                drafts.Add(quoted);
            }
        }
        if (drafts.Count == 0 && (Label(view) ?? TrailingCredit(view)) is { } label)
        {
            drafts.Add(label);
        }
        WithOpeningFrames(view, drafts);
        WithFramesBeforeTheSpeaker(view, drafts);
        Span? previous = null;
        foreach (var draft in drafts.OrderBy(draft => draft.Cue.Start))
        {
            var others = drafts.Where(other => other != draft).Select(other => other.Clause).ToList();
            var (shape, content) = Place(view, draft, others);
            if (assertsNothing && shape != RelationShape.Pointer
                && !(shape == RelationShape.SpeakerFirst && (FollowsComplementizer(view, draft.Clause.End) || OpensContent(view, draft.Clause.End)))
                && !LeadsItsContent(shape, content, draft))
            {
                (shape, content) = (RelationShape.Pointer, []);
            }
            // "…, claiming it targeted …", «…, добавив, что …», "…, and added that …": a saying with no speaker of its own
            // continues the speaker of the saying before it in the sentence.
            var speaker = Speaker(view, draft) ?? previous
                ?? (draft.Shape == RelationShape.SpeakerFirst && IsCoordinatedVerb(view, draft.Cue) ? OpeningSubject(view, draft.Cue) : null);
            var impersonal = speaker is null && (draft.Cited is null ? IsImpersonal(view, draft) : IsPassiveQuote(view, draft.Cue));
            if (speaker is null && draft.Cited is null && draft.Relays.IsEmpty && !impersonal)
            {
                continue;
            }
            previous = speaker ?? previous;
            yield return new SpeechRelation(shape, draft.Cue, speaker, draft.Cited, draft.Relays, draft.Clause, content, index, impersonal);
        }
    }

    /// <summary>
    /// The possessive pronoun inside an according-to phrase, which is its speaker: «По его словам, …», «За їхніми даними,
    /// …» stand for the last party quoted as "according to him" does, and are a relation of their own, so that an outlet
    /// crediting the sentence («По его словам, …, пишет ТАСС») passes his words on rather than speaking them itself.
    /// </summary>
    private Span? PronounWithin(SentenceView view, Span cue) =>
        lexicon.Pronouns.FindAll(view.Lowered, cue).Where(found => view.StartsWord(found.Span.Start)).Select(found => (Span?)found.Span).FirstOrDefault();

    /// <summary>
    /// Whether the words right after a verb of saying name whom the speaker before the verb told: one registry name, no
    /// party cited, and what was said following it («Пушилин заявил РИА Новости, что …», «розповів Укрінформу: …»).
    /// </summary>
    private bool TellsAddressee(SentenceView view, Span? left, List<Draft> drafts, RightReading right, Span addressee) =>
        left is { } teller && IsSpeakerPhrase(view, teller) && !right.ByAgent && !drafts.Any(draft => draft.Clause.Overlaps(teller))
        && right.Cited is null && view.IsName(addressee)
        && (FollowsComplementizer(view, addressee.End) || OpensContent(view, addressee.End));

    /// <summary>
    /// Whether a sentence is a link to another item ("READ MORE: Vladimir Putin's 'chef' says …", «Читайте также: …»,
    /// «Читайте також: …»): the headline it links quotes no one in this report, and leaves no speaker for a pronoun after it.
    /// </summary>
    internal static bool IsLinkLine(string lowered, Span sentence) =>
        ClaimLexicon.Default.NotClaim.FindAll(lowered, sentence).Any(cue => cue.Value == NotClaimReason.Link && cue.Span.Start == sentence.Start);

    /// <summary>
    /// "In a video posted on Telegram, Wagner head Yevgeny Prigozhin said …", "On his Telegram channel, X wrote …", "In an
    /// interview with CNN, Syrskyi said …": a phrase opening the sentence, set off by a comma and naming where the words
    /// were said, gives its relays to the attribution that follows it; a verb inside it ("posted", "Speaking to Reuters")
    /// is part of the phrase, not an attribution of its own.
    /// </summary>
    private void WithOpeningFrames(SentenceView view, List<Draft> drafts)
    {
        var comma = view.Text.IndexOf(',', view.Sentence.Start, view.Sentence.Length);
        if (comma < 0)
        {
            return;
        }
        var opening = new Span(view.Sentence.Start, comma);
        var (relays, cited, covered) = Frames(view, opening);
        // "This was reported on Facebook by X, Censor.NET reports": an opening that names a party outside its frames is an
        // attribution itself and keeps its frames; the outlet a frame names ("In an interview with CNN,", "Speaking to
        // Reuters,") is where the words were said, as a platform is.
        bool InFrame(Span words) => covered.Any(span => span.Contains(words));
        if (relays.IsEmpty || cited is not null
            || !lexicon.Events.FindAll(view.Lowered, opening).IsEmpty || view.NamesIn(opening).Any(name => !InFrame(name) && !OwnsChannel(view, name, relays))
            || drafts.Any(draft => opening.Contains(draft.Cue) && !InFrame(draft.Cue)
                && (draft.Shape == RelationShape.Pointer || draft.Right is { } agent && IsSpeakerPhrase(view, agent) && !OwnsChannel(view, agent, relays))))
        {
            return;
        }
        var following = drafts.Where(draft => draft.Clause.Start > comma && draft.Left is not null)
            .OrderBy(draft => draft.Cue.Start)
            .FirstOrDefault();
        if (following is null || !view.Text.AsSpan(comma + 1, following.Clause.Start - comma - 1).Trim().IsEmpty)
        {
            return;
        }
        drafts.RemoveAll(draft => opening.Contains(draft.Cue));
        drafts[drafts.IndexOf(following)] = following with { Relays = [.. relays, .. following.Relays], Clause = new Span(opening.Start, following.Clause.End) };
    }

    /// <summary>
    /// «В интервью РБК Сырский заявил, что …», «В інтерв'ю "Українській правді" Сирський заявив, що …»: relay frames
    /// opening the sentence with no comma after them, the speaker right after them and before the verb. The frames give
    /// their relays to that attribution, and only the words after them are its speaker.
    /// </summary>
    private void WithFramesBeforeTheSpeaker(SentenceView view, List<Draft> drafts)
    {
        if (drafts.Where(draft => draft.Shape == RelationShape.SpeakerFirst).MinBy(draft => draft.Cue.Start) is not { Left: { } left, Relays.IsEmpty: true } following)
        {
            return;
        }
        var opening = new Span(view.Sentence.Start, left.End);
        var (relays, cited, covered) = Frames(view, opening);
        var words = view.Tokens.Where(token => opening.Contains(token.Span)).ToList();
        var framed = words.TakeWhile(token => covered.Any(span => span.Contains(token.Span))).Count();
        if (relays.IsEmpty || cited is not null || framed == 0 || framed == words.Count
            || words.Skip(framed).Any(token => covered.Any(span => span.Overlaps(token.Span))))
        {
            return;
        }
        var speaker = new Span(words[framed].Span.Start, left.End);
        if (IsSpeakerPhrase(view, speaker))
        {
            drafts[drafts.IndexOf(following)] = following with { Left = speaker, Relays = relays, Clause = new Span(opening.Start, following.Clause.End) };
        }
    }

    /// <summary>
    /// Whether a name in an opening frame is the owner of the channel the frame names, in the English possessive right
    /// before it ("In a video published on Volodymyr Zelenskyy's Telegram channel, Syrskyi said"): whose channel carried
    /// the words, not a party saying them.
    /// </summary>
    private static bool OwnsChannel(SentenceView view, Span name, ImmutableArray<RelayPhrase> relays) =>
        relays.Any(relay => relay.Platform is not null && relay.Span.End > name.End && relay.Span.Start <= name.End
            && (IsPossessive(view.Text.AsSpan(name.Start, name.Length).TrimEnd()) || IsPossessive(view.Text.AsSpan(name.End, Math.Min(2, view.Text.Length - name.End)))));

    private static bool IsPossessive(ReadOnlySpan<char> words) => words.EndsWith("'s") || words.EndsWith("’s");

    /// <summary>
    /// Where a relation's content lies in its sentence, and so its shape: after the attribution when it leads or a
    /// complementizer or colon follows it; before it when nothing but other attributions follows ("…, — заявил Песков,
    /// передает ТАСС"); on both sides of a parenthetical one. A pointer's content is in other sentences.
    /// </summary>
    private (RelationShape Shape, ImmutableArray<Span> Content) Place(SentenceView view, Draft draft, List<Span> others)
    {
        var sentence = view.Sentence;
        var before = Trimmed(view, new Span(sentence.Start, draft.Clause.Start), others);
        var after = Trimmed(view, new Span(draft.Clause.End, sentence.End), others);
        if (draft.Shape == RelationShape.Pointer)
        {
            // «Об этом заявил X: …» points back and forward at once: what follows the colon is its content too.
            return after is { } forward && (OpensContent(view, draft.Clause.End) || FollowsComplementizer(view, draft.Clause.End))
                ? (RelationShape.SpeakerFirst, [forward])
                : (RelationShape.Pointer, []);
        }
        if (draft.Shape is RelationShape.AccordingTo or RelationShape.Label)
        {
            // "…, according to a statement from the defence ministry on Saturday.": words after the source that say only
            // when it spoke are no content; the content stands before.
            var said = after is { } words && !(before is not null && OnlyTimeOf(view, words)) ? words : (Span?)null;
            return (draft.Shape, said is { } following ? [following] : before is { } preceding ? [preceding] : []);
        }
        if (after is { } rest && (before is null || OpensClause(view, draft.Clause.Start) || FollowsComplementizer(view, draft.Clause.End) || OpensContent(view, draft.Clause.End)))
        {
            return (RelationShape.SpeakerFirst, [rest]);
        }
        if (before is { } content && after is null)
        {
            // «Таку інформацію розповів речник …», "This information was confirmed by …": what stands before names the
            // statement the sentences before it made, and the attribution points back at them.
            return NamesStatement(view, content) ? (RelationShape.Pointer, []) : (RelationShape.ContentFirst, [content]);
        }
        if (before is { } head && after is { } tail)
        {
            return (RelationShape.ContentFirst, [head, tail]);
        }
        // Nothing around the attribution but punctuation: it stands alone and points back ("The update came through Russia 24").
        return (RelationShape.Pointer, []);
    }

    /// <summary>
    /// Whether an "according to" phrase opens the words it credits («За словами представниці штабу, зі штабом співпрацюють
    /// правозахисні організації», "According to him, the talks went on"): a sentence that goes on after it is what the
    /// source said, even when it tells no happening, and never a pointer back at the paragraph before.
    /// </summary>
    private static bool LeadsItsContent(RelationShape shape, ImmutableArray<Span> content, Draft draft) =>
        shape == RelationShape.AccordingTo && content is [var words] && words.Start >= draft.Clause.End;

    /// <summary>Whether a phrase says only when something was said ("on Saturday", «в четверг вечером», "on 12 May"): time words, prepositions and numbers.</summary>
    private bool OnlyTimeOf(SentenceView view, Span phrase) =>
        view.Tokens.Where(token => phrase.Contains(token.Span)).ToList() is { Count: > 0 } tokens
        && tokens.All(token => view.IsAt(lexicon.TimeWords, token) || view.IsAt(lexicon.Prepositions, token) || token.Text.All(char.IsDigit));

    /// <summary>
    /// Whether an attribution opens a clause of its own after a clause opener ("…, where Ukraine said Russian strikes had
    /// killed 34 people", "…, while Kyiv said …", «…, а Генштаб повідомив …»): what stands before the opener is another
    /// clause, never this attribution's content.
    /// </summary>
    private bool OpensClause(SentenceView view, int clauseStart) =>
        view.Tokens.LastOrDefault(token => token.Span.End <= clauseStart) is { } previous
        && view.IsAt(lexicon.ClauseOpeners, previous)
        && !view.IsBoundary(previous.Span.End, clauseStart);

    /// <summary>
    /// Which of the phrases beside a cue is its speaker: the one before it when it can name a party ("The ministry
    /// said", "…, the ministry said"), else the one after it ("…, said the ministry", «…, — заявил Песков», «повідомляють
    /// у Генштабі»).
    /// </summary>
    private Span? Speaker(SentenceView view, Draft draft)
    {
        var left = draft.Left is { } l && IsSpeakerPhrase(view, l) ? l : (Span?)null;
        var right = draft.Right is { } r && IsSpeakerPhrase(view, r) ? r : (Span?)null;
        return left ?? right;
    }

    /// <summary>
    /// Whether words can name a party: they hold a registry name, a capitalised word that is no place, day or month, a
    /// role noun, a pronoun or a side named as a whole, and do not open with a preposition of topic («Про атаки …»).
    /// </summary>
    private bool IsSpeakerPhrase(SentenceView view, Span phrase)
    {
        var tokens = view.Tokens.Where(token => phrase.Contains(token.Span)).ToList();
        var head = tokens.Count > 1 && tokens[0].Text is "the" or "The" or "a" or "A" ? 1 : 0;
        // «Про атаки …» names a topic, "The claim that …" or "Reports of …" a statement, and a phrase holding a capture,
        // an advance or losses ("Russian forces had taken Chasiv Yar") a happening: none of them a speaker.
        if (tokens.Count == 0 || view.IsAt(lexicon.TopicPrepositions, tokens[0]) || view.IsAt(lexicon.StatementNouns, tokens[head])
            || lexicon.Events.FindAll(view.Lowered, phrase).Any(cue => !view.InAnyName(cue.Span)
                && cue.Value is ClaimKind.TerritorialControl or ClaimKind.Advance or ClaimKind.Withdrawal or ClaimKind.Casualties or ClaimKind.Prisoners))
        {
            return false;
        }
        return view.HasName(phrase)
            // A capitalised word in a quoted title is the title's even where it spells a place («Свободная пресса»).
            || tokens.Any(token => (char.IsUpper(token.Text[0]) && (!view.InPlace(token.Span) || view.InNameQuote(token.Span.Start)) && !view.IsAt(lexicon.TimeWords, token) && token.Span.Start != view.Sentence.Start)
                || view.IsAt(lexicon.RoleNouns, token) || view.IsAt(lexicon.Pronouns, token) || view.IsAt(lexicon.SideGroups, token))
            // A capitalised opening word may be a name; a statement it points at («Таку інформацію розповів …», "This
            // information was confirmed by …") is the object of the saying, not its speaker.
            || (tokens[0].Span.Start == view.Sentence.Start && char.IsUpper(tokens[0].Text[0]) && !view.InPlace(tokens[0].Span) && tokens.Count <= 3
                && !NamesStatement(view, phrase));
    }

    /// <summary>Words that name a statement rather than a party: at most three, the last a statement noun ("the statement", «Таку інформацію», «повідомленні»).</summary>
    private bool NamesStatement(SentenceView view, Span phrase) =>
        view.Tokens.Where(token => phrase.Contains(token.Span)).ToList() is { Count: > 0 and <= 3 } tokens && view.IsAt(lexicon.StatementNouns, tokens[^1]);

    /// <summary>
    /// Whether an English verb of saying is joined by "and" or "but" to the verb before it ("refuted the claim and said it
    /// was a fire", "added that …, and accused Kyiv of …", "made no acknowledgement of …, but said …"): the two share the
    /// subject of the first, so the words before the conjunction are the first verb's object or content and those after
    /// it this verb's, never a speaker of its own.
    /// </summary>
    private static bool IsCoordinatedVerb(SentenceView view, Span verb) =>
        !TextTokens.IsCyrillic(verb.Slice(view.Text))
        && view.Lowered.AsSpan(view.Sentence.Start, verb.Start - view.Sentence.Start).TrimEnd() is var before
        && (before.EndsWith(" and", StringComparison.Ordinal) || before.EndsWith(" but", StringComparison.Ordinal));

    /// <summary>
    /// The subject a coordinated verb of saying shares when no saying before it in the sentence gives one: the party
    /// opening the sentence ("Ukraine's military made no acknowledgement of the loss, but said …", "Russia evacuated its
    /// crew, but refuted the claim"), read as the words naming it up to the first word that names none, with no
    /// punctuation between them. Null when the sentence opens otherwise ("On Friday, …", "After the strike, …").
    /// </summary>
    private Span? OpeningSubject(SentenceView view, Span verb)
    {
        var tokens = view.Tokens.Where(token => token.Span.Start >= view.Sentence.Start && token.Span.End <= verb.Start).ToList();
        var end = -1;
        for (var index = 0; index < tokens.Count; index++)
        {
            var token = tokens[index];
            var names = char.IsUpper(token.Text[0]) || view.InAnyName(token.Span) || view.IsAt(lexicon.RoleNouns, token) || view.IsAt(lexicon.SideWords, token)
                || (index == 0 && token.Text is "the" or "The");
            if (!names || (index > 0 && view.IsBoundary(tokens[index - 1].Span.End, token.Span.Start)))
            {
                break;
            }
            end = index;
        }
        if (end < 0 || view.IsAt(lexicon.TimeWords, tokens[0]) || lexicon.Prepositions.FindAll(view.Lowered, tokens[0].Span).Length > 0)
        {
            return null;
        }
        var subject = new Span(tokens[0].Span.Start, tokens[end].Span.End);
        return IsSpeakerPhrase(view, subject) ? subject : null;
    }

    /// <summary>
    /// Whether a verb of saying is an adverbial participle, whose subject is that of the clause it hangs on: English "-ing"
    /// ("…, saying …", "…, adding that …"), the Russian perfective «-в», «-вши», «-вшись» («…, опубликовав кадры …»,
    /// «…, добавив, что …») in a Russian sentence (in Ukrainian «-в» ends the past tense: «заявив Трегубов»), and the
    /// Ukrainian «-вши», «-вшись», «-учи», «-ючи», «-ачи», «-ячи» («…, додавши, що …», «…, повідомляючи …»).
    /// </summary>
    private static bool IsParticiple(SentenceView view, Span verb)
    {
        var word = verb.Slice(view.Lowered);
        if (word.Length <= 4)
        {
            return false;
        }
        if (!TextTokens.IsCyrillic(word))
        {
            return word.EndsWith("ing", StringComparison.Ordinal);
        }
        var sentence = view.Sentence.Slice(view.Lowered);
        var ukrainian = sentence.AsSpan().ContainsAny(UkrainianLetters);
        return ukrainian
            ? UkrainianGerundEndings.Any(ending => word.EndsWith(ending, StringComparison.Ordinal))
            : sentence.AsSpan().ContainsAny(RussianLetters) && RussianGerundEndings.Any(ending => word.EndsWith(ending, StringComparison.Ordinal));
    }

    private static readonly System.Buffers.SearchValues<char> UkrainianLetters = System.Buffers.SearchValues.Create("іїєґ");
    private static readonly System.Buffers.SearchValues<char> RussianLetters = System.Buffers.SearchValues.Create("ыэъё");
    private static readonly string[] RussianGerundEndings = ["в", "вши", "вшись"];
    private static readonly string[] UkrainianGerundEndings = ["вши", "вшись", "учи", "ючи", "ачи", "ячи"];

    /// <summary>
    /// Whether a saying with no speaker retells the statement quoted before: a reflexive or impersonal verb («Як
    /// зазначається», «сообщается», «йдеться», «речь идет», «говорится») or a statement noun standing where a speaker
    /// would ("…, — йдеться у повідомленні", "the statement said").
    /// </summary>
    private bool IsImpersonal(SentenceView view, Draft draft)
    {
        var verb = view.Lowered.AsSpan(draft.Cue.Start, TextTokens.ToWordEnd(view.Text, draft.Cue).End - draft.Cue.Start).Trim();
        if (TextTokens.IsCyrillic(verb.ToString()) && (verb.EndsWith("ся", StringComparison.Ordinal) || verb.EndsWith("сь", StringComparison.Ordinal)
            || lexicon.Impersonal.FindFirst(view.Lowered, draft.Cue) is not null))
        {
            return true;
        }
        return new[] { draft.Left, draft.Right }.OfType<Span>().Any(phrase => NamesStatement(view, phrase));
    }

    /// <summary>A range without other attributions' words, quotes, dashes and commas at its edges; null when no letter is left.</summary>
    private static Span? Trimmed(SentenceView view, Span range, List<Span> others)
    {
        var start = range.Start;
        var end = range.End;
        foreach (var other in others.OrderBy(other => other.Start))
        {
            if (other.Start <= start && other.End > start)
            {
                start = Math.Min(end, other.End);
            }
        }
        foreach (var other in others.OrderByDescending(other => other.End))
        {
            if (other.End >= end && other.Start < end)
            {
                end = Math.Max(start, other.Start);
            }
        }
        while (start < end && !char.IsLetterOrDigit(view.Text[start]) && !IsQuote(view.Text[start]))
        {
            start++;
        }
        while (end > start && !char.IsLetterOrDigit(view.Text[end - 1]) && !IsQuote(view.Text[end - 1]) && view.Text[end - 1] is not ('.' or '!' or '?' or '…'))
        {
            end--;
        }
        for (var at = start; at < end; at++)
        {
            if (char.IsLetterOrDigit(view.Text[at]))
            {
                return new Span(start, end);
            }
        }
        return null;
    }

    private bool FollowsComplementizer(SentenceView view, int at)
    {
        var next = SkipPunctuation(view, at, allowComma: true);
        return lexicon.Complementizer.FindFirst(view.Lowered, new Span(next, view.Sentence.End)) is { } found && found.Span.Start == next;
    }

    /// <summary>Whether the content opens with a colon or a quotation right after the attribution («заявил: «…»»).</summary>
    private static bool OpensContent(SentenceView view, int at)
    {
        for (var i = at; i < view.Sentence.End; i++)
        {
            var c = view.Text[i];
            if (c == ':' || IsOpeningQuote(c))
            {
                return true;
            }
            if (!char.IsWhiteSpace(c) && c != ',')
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// "TASS quoted Defence Ministry spokesman Igor Konashenkov as saying", «…, цитирует агентство ТАСС советника главы ДНР
    /// Игоря Кимаковского»: the outlet quoting (before the verb, or the first name after it) relays the party quoted, who
    /// is the origin.
    /// </summary>
    private Draft? Quoted(SentenceView view, Span cue)
    {
        var left = LeftPhrase(view, cue.Start).Speaker;
        var window = view.Tokens.Where(token => token.Span.Start >= cue.End).TakeWhile((token, i) => i == 0 || !view.IsBoundary(view.Tokens[view.Tokens.IndexOf(token) - 1].Span.End, token.Span.Start)).ToList();
        if (IsPassiveQuote(view, cue))
        {
            return left is { } quotedParty && IsSpeakerPhrase(view, quotedParty) ? PassiveQuote(view, cue, quotedParty, window) : null;
        }
        var quoted = window.TakeWhile(token => !view.IsAt(lexicon.Complementizer, token) && !token.Text.Equals("as", StringComparison.OrdinalIgnoreCase)).ToList();
        if (quoted.Count == 0)
        {
            return null;
        }
        if (!lexicon.Quoting.MatchesAtStart(view.Lowered, cue) && lexicon.QuotingWords.MatchesAtStart(view.Lowered, cue))
        {
            return QuotedWords(view, cue, quoted);
        }
        var party = new Span(quoted[0].Span.Start, quoted[^1].Span.End);
        Span? outlet = left is { } l && IsSpeakerPhrase(view, l) ? l : null;
        if (outlet is null && view.NameStartingWithin(party, 3) is { } name && name.End < party.End)
        {
            outlet = new Span(party.Start, name.End);
            party = new Span(view.Tokens.First(token => token.Span.Start >= name.End).Span.Start, party.End);
        }
        // "… as saying": the clause runs to the verb of saying after "as"; "… that" ends at the complementizer.
        var asSaying = window.Count > quoted.Count + 1 && window[quoted.Count].Text.Equals("as", StringComparison.OrdinalIgnoreCase) && view.IsAt(lexicon.Saying, window[quoted.Count + 1]);
        // "Local media cited sources in the security services as saying …" quotes them; "Russia cited security concerns" quotes no one.
        if (!asSaying && lexicon.RelayFrames.FindFirst(view.Lowered, cue) is { Value: RelayFrame.Citing })
        {
            return null;
        }
        var end = asSaying
            ? window[quoted.Count + 1].Span.End
            : window.Count > quoted.Count ? window[quoted.Count].Span.End : party.End;
        return outlet is null ? null : new Draft(RelationShape.SpeakerFirst, cue, outlet, null, party, [], new Span(Math.Min(outlet.Value.Start, cue.Start), Math.Max(end, party.End)));
    }

    /// <summary>
    /// An outlet quoting a party's words or statement, named around the noun that follows the verb: «…», — приводит ее
    /// слова Znak (the party a possessive pronoun before the noun, the outlet after it), «…, — приводит «Интерфакс»
    /// сообщение ведомства (the outlet before the noun, the party after it, in the genitive). Null when the words after
    /// the verb hold no such noun («приводит к гибели») or name no outlet.
    /// </summary>
    private Draft? QuotedWords(SentenceView view, Span cue, List<TextToken> quoted)
    {
        var noun = quoted.FindIndex(token => view.IsAt(lexicon.StatementNouns, token));
        if (noun < 1 || noun == quoted.Count - 1)
        {
            return null;
        }
        var before = new Span(quoted[0].Span.Start, quoted[noun - 1].Span.End);
        var after = new Span(quoted[noun + 1].Span.Start, quoted[^1].Span.End);
        var (outlet, party) = noun == 1 && view.IsAt(lexicon.Pronouns, quoted[0]) ? (after, before) : (before, after);
        return IsSpeakerPhrase(view, outlet)
            ? new Draft(RelationShape.SpeakerFirst, cue, outlet, null, party, [], new Span(cue.Start, quoted[^1].Span.End))
            : null;
    }

    /// <summary>
    /// "the defence ministry was quoted as saying by TASS", "…," the ministry was quoted as saying": the party quoted is
    /// the one cited, nearer the origin; the outlet after "by" quotes it, and with none named the quoting party is left
    /// to the one that spoke before (see <see cref="SpeechRelation.Impersonal"/>).
    /// </summary>
    private static Draft PassiveQuote(SentenceView view, Span cue, Span quoted, List<TextToken> window)
    {
        // "as saying" (or "as stating") and, right after it, "by" and the outlet up to the clause's end.
        var saying = window.Count > 1 ? 2 : window.Count;
        Span? agent = window.Count > saying + 1 && window[saying].Text == "by"
            ? new Span(window[saying + 1].Span.Start, window[^1].Span.End)
            : null;
        var end = agent?.End ?? (saying > 0 ? window[saying - 1].Span.End : cue.End);
        return new Draft(RelationShape.SpeakerFirst, cue, agent, null, quoted, [], new Span(Math.Min(quoted.Start, cue.Start), end));
    }

    /// <summary>"was quoted as saying", "were quoted as stating": a passive quotation, its quoted party before the verb.</summary>
    private static bool IsPassiveQuote(SentenceView view, Span cue)
    {
        var index = view.Tokens.IndexOf(view.Tokens.First(token => token.Span.Start >= cue.Start));
        return index > 0 && view.Tokens[index - 1].Text is "was" or "were" or "is" or "are" or "been"
            && index + 1 < view.Tokens.Length && view.Tokens[index + 1].Text == "as";
    }

    /// <summary>
    /// "according to a report by the Kyiv Independent", "according to a statement from the ministry": where the author's
    /// words begin after a statement noun (with its article) and a word of authorship; null when the words after
    /// <paramref name="at"/> are not of that shape.
    /// </summary>
    private int? StatementAuthor(SentenceView view, int at)
    {
        var after = view.Tokens.Where(token => token.Span.Start >= at).Take(MaxStatementWords).ToList();
        var noun = after.Count > 0 && after[0].Text is "a" or "an" or "the" or "its" or "his" or "her" or "their" ? 1 : 0;
        if (after.Count <= noun + 1 || !view.IsAt(lexicon.StatementNouns, after[noun]))
        {
            return null;
        }
        // "a message on the official Telegram channel of the Khortytsia group": where the statement was posted may stand
        // between it and its author; any other words there ("a video of the strike") say what it shows, not who made it.
        var by = after.FindIndex(noun + 1, token => view.IsAt(lexicon.Authorship, token));
        return by > noun && (by == noun + 1 || lexicon.Platforms.FindFirst(view.Lowered, new Span(after[noun].Span.End, after[by].Span.Start)) is not null)
            && !view.IsBoundary(after[0].Span.Start, after[by].Span.End)
            ? after[by].Span.End
            : null;
    }

    private const int MaxStatementWords = 10;

    /// <summary>
    /// The words after a cue, read past a statement to its author when they name one ("according to a report by the Kyiv
    /// Independent", "…," reads a message on the official Telegram channel of the Khortytsia group): the author is the
    /// speaker, and a platform the statement was posted on is a relay.
    /// </summary>
    private RightReading RightOfCue(SentenceView view, int at)
    {
        if (StatementAuthor(view, at) is not { } author)
        {
            return RightPhrase(view, at);
        }
        var right = RightPhrase(view, author);
        return right with { Relays = [.. Frames(view, new Span(at, author)).Relays, .. right.Relays] };
    }

    /// <summary>"Кимаковский: российские бойцы заняли…": a name of at most four words before a colon at the sentence's start.</summary>
    private Draft? Label(SentenceView view)
    {
        var colon = view.Text.IndexOf(':', view.Sentence.Start, view.Sentence.Length);
        if (colon < 0)
        {
            return null;
        }
        var words = view.Tokens.Where(token => token.Span.End <= colon).ToList();
        if (words.Count is 0 or > 4 || !words.Any(token => char.IsUpper(token.Text[0]))
            || view.Text.AsSpan(view.Sentence.Start, colon - view.Sentence.Start).ContainsAny(",.;!?—–()"))
        {
            return null;
        }
        var speaker = new Span(words[0].Span.Start, words[^1].Span.End);
        // A label names someone: a registry source or a person's name, not a credit word («Джерело:», "Photo:").
        if (!view.HasName(speaker) && words.Count(token => char.IsUpper(token.Text[0])) < 2)
        {
            return null;
        }
        return new Draft(RelationShape.Label, new Span(colon, colon + 1), speaker, null, null, [], new Span(speaker.Start, colon + 1));
    }

    /// <summary>
    /// "Ракети влучили у ТЕЦ, загинула одна людина — голова ОВА", "Знищено склади боєприпасів – ОК «Південь»": a headline
    /// credits its speaker after a spaced dash at its end, with no verb. The credit is at most four words and names a
    /// party (a registry name, a role noun first, or capitalised words that are no place: "— Федоров"), so that a copula
    /// dash («Дзержинск — мощный укрепрайон», «— місто на півночі області») is no credit.
    /// </summary>
    private Draft? TrailingCredit(SentenceView view)
    {
        var sentence = view.Sentence;
        var end = sentence.End;
        while (end > sentence.Start && (char.IsWhiteSpace(view.Text[end - 1]) || view.Text[end - 1] is '.' or '!'))
        {
            end--;
        }
        var dash = LastDash(view.Text, sentence.Start, end);
        if (dash <= sentence.Start || !char.IsWhiteSpace(view.Text[dash - 1]) || dash + 1 >= end || !char.IsWhiteSpace(view.Text[dash + 1])
            || view.Text.AsSpan(dash + 1, end - dash - 1).ContainsAny(",;:.!?()"))
        {
            return null;
        }
        var words = view.Tokens.Where(token => token.Span.Start > dash && token.Span.End <= end).ToList();
        if (words.Count is 0 or > MaxCreditWords || !view.Tokens.Any(token => token.Span.End <= dash))
        {
            return null;
        }
        var credit = new Span(words[0].Span.Start, words[^1].Span.End);
        var personName = words.All(word => char.IsUpper(word.Text[0]) && !view.InPlace(word.Span));
        if (!view.HasName(credit) && !view.IsAt(lexicon.RoleNouns, words[0]) && !personName)
        {
            return null;
        }
        return new Draft(RelationShape.Label, new Span(dash, dash + 1), credit, null, null, [], new Span(dash, end));
    }

    private const int MaxCreditWords = 4;

    /// <summary>
    /// The last dash before <paramref name="end"/>: an em or en dash, or a hyphen typed for one with a space on each side
    /// («…на аеродромі в Чорнобаївці - Арестович», "… coast of Odesa region, - Bratchuk"), never a word's own hyphen
    /// («Су-30»); -1 when there is none.
    /// </summary>
    private static int LastDash(string text, int start, int end)
    {
        for (var at = end - 1; at > start; at--)
        {
            if (text[at] is '—' or '–' || (text[at] == '-' && at + 1 < end && char.IsWhiteSpace(text[at - 1]) && char.IsWhiteSpace(text[at + 1])))
            {
                return at;
            }
        }
        return -1;
    }

    /// <summary>
    /// What stands right before a cue, back to a clause boundary: the speaker's words ("Russia's Defence Ministry said",
    /// «В Минобороны сообщили») and relay frames between them and the verb («Кимаковский в эфире «России 24» заявил»).
    /// An apposition set off by commas is passed over to the name it describes ("Yurii Ihnat, a spokesman for the Air
    /// Force, said"), and a relative pronoun to the party it stands for ("…Кимаковского, который в эфире … утверждал").
    /// </summary>
    private LeftReading LeftPhrase(SentenceView view, int cueStart)
    {
        var (run, stopper) = LeftRun(view, AsideBefore(view, cueStart) ?? cueStart);
        var relays = ImmutableArray<RelayPhrase>.Empty;
        Span? cited = null;
        Span? speaker = run;
        if (run is { } words)
        {
            var frames = Frames(view, words);
            relays = frames.Relays;
            cited = frames.Cited;
            if (frames.Covered.Count > 0)
            {
                var firstFrame = frames.Covered.Min(span => span.Start);
                var before = view.Tokens.Where(token => token.Span.Start >= words.Start && token.Span.End <= firstFrame).ToList();
                speaker = before.Count == 0 ? null : new Span(before[0].Span.Start, before[^1].Span.End);
                // «який в ефірі російського телеканалу … стверджував»: what stands before the frame names no one.
                if (speaker is { } beside && !IsSpeakerPhrase(view, beside))
                {
                    speaker = null;
                }
                if (speaker is null || IsPrepositionOnly(view, speaker.Value))
                {
                    // «Під час телемарафону він наголосив»: a frame opening the clause has the speaker after it, between the frame
                    // and the verb, when a name or a pronoun stands there («який в ефірі російського телеканалу стверджував» has none).
                    var lastFrame = frames.Covered.Max(span => span.End);
                    var after = view.Tokens.Where(token => token.Span.Start >= lastFrame && token.Span.End <= words.End).ToList();
                    speaker = after.Count > 0 && new Span(after[0].Span.Start, after[^1].Span.End) is var following
                        && (view.HasName(following) || after.All(token => view.IsAt(lexicon.Pronouns, token))
                            // «В своем Telegram-канале губернатор сообщил»: a role noun stands for its holder named before.
                            || view.IsAt(lexicon.RoleNouns, after[0]))
                        ? following
                        : null;
                }
            }
        }
        if (speaker is { } described && described.Start == run?.Start && relays.IsEmpty && UnclosedApposition(view, described) is { } named)
        {
            speaker = new Span(named.Start, described.End);
        }
        var start = run?.Start ?? cueStart;
        if (speaker is null && stopper is { } opener && view.IsAt(lexicon.ClauseOpeners, opener) && view.CommaBefore(opener.Span.Start) is { } relativeComma
            && view.Text.AsSpan(relativeComma + 1, opener.Span.Start - relativeComma - 1).Trim().IsEmpty)
        {
            // "…, который …": the relative pronoun stands for the party named before the comma; «заяву радника X, який …»
            // is X's, the author after the statement noun.
            speaker = Apposed(view, relativeComma) ?? LeftRun(view, relativeComma).Run;
            if (speaker is { } antecedent && FirstToken(view, antecedent.Start) is { } noun && view.IsAt(lexicon.StatementNouns, noun)
                && view.Tokens.FirstOrDefault(token => token.Span.Start > noun.Span.End) is { } next && next.Span.End <= antecedent.End)
            {
                speaker = new Span(next.Span.Start, antecedent.End);
            }
        }
        else if (speaker is null && run is null)
        {
            speaker = Apposed(view, cueStart) ?? BeforeRelativeClause(view, cueStart);
        }
        if (speaker is { } found)
        {
            start = Math.Min(start, found.Start);
            if (run is null && Frames(view, found) is { Covered.Count: > 0 } inApposition)
            {
                // "TASS, citing the Russian Defence Ministry, reported": frames set off by commas belong to the relation.
                relays = inApposition.Relays;
                cited = inApposition.Cited;
                var before = view.Tokens.Where(token => token.Span.Start >= found.Start && token.Span.End <= inApposition.Covered.Min(span => span.Start)).ToList();
                speaker = before.Count == 0 ? null : new Span(before[0].Span.Start, before[^1].Span.End);
            }
        }
        return new LeftReading(speaker, relays, cited, start);
    }

    /// <summary>Whether a phrase is a preposition alone («Під час» before «телемарафону»), which opens a frame and names no one.</summary>
    private bool IsPrepositionOnly(SentenceView view, Span phrase) =>
        lexicon.Prepositions.FindAll(view.Lowered, phrase).Any(found => found.Span.Start == phrase.Start && found.Span.End >= phrase.End);

    /// <summary>
    /// "Oleksandr Syrsky, the Ukrainian Armed Forces commander-in-chief on Saturday said …": a description right after a
    /// comma, with no comma closing it before the verb, is an apposition whose closing comma the writer left out; it
    /// describes the person named before the comma, who is the speaker. Only a person's name counts there (a registry name
    /// or capitalised words that are no place, time or role), so that "On Monday, the ministry said" keeps the ministry.
    /// </summary>
    private Span? UnclosedApposition(SentenceView view, Span described)
    {
        if (!IsDescription(view, described) || view.CommaBefore(described.Start) is not { } comma
            || !view.Text.AsSpan(comma + 1, described.Start - comma - 1).IsWhiteSpace()
            || LeftRun(view, comma).Run is not { } before)
        {
            return null;
        }
        return IsPersonsName(view, before) ? before : null;
    }

    /// <summary>
    /// "…, said the head of the police in the Kharkiv region, Petro Marchuk.": the person's name set off by a comma right
    /// after the words following the verb (<paramref name="wordsEnd"/>), which open with a description, up to the next
    /// comma or the sentence's end.
    /// </summary>
    private Span? NameAfterDescription(SentenceView view, Span described, int wordsEnd)
    {
        if (!IsDescription(view, described))
        {
            return null;
        }
        var after = wordsEnd;
        while (after < view.Sentence.End && char.IsWhiteSpace(view.Text[after]))
        {
            after++;
        }
        if (after >= view.Sentence.End || view.Text[after] != ',')
        {
            return null;
        }
        var words = view.Tokens.Where(token => token.Span.Start > after).ToList();
        var name = words.TakeWhile((token, i) => i == 0 || !view.IsBoundary(words[i - 1].Span.End, token.Span.Start)).ToList();
        if (name.Count == 0)
        {
            return null;
        }
        var span = new Span(name[0].Span.Start, name[^1].Span.End);
        return IsPersonsName(view, span) ? span : null;
    }

    /// <summary>Whether words are a person's name: two to four capitalised words that are no place, time, role or side.</summary>
    private bool IsPersonsName(SentenceView view, Span phrase)
    {
        var words = view.Tokens.Where(token => phrase.Contains(token.Span)).ToList();
        return words.Count is >= 2 and <= 4
            && words.All(token => char.IsUpper(token.Text[0]) && !view.InPlace(token.Span) && !view.IsAt(lexicon.TimeWords, token)
                && !view.IsAt(lexicon.RoleNouns, token) && !view.IsAt(lexicon.SideGroups, token));
    }

    /// <summary>
    /// Where the speaker's words end when an aside stands between them and the verb: "Russia's Defense Ministry,
    /// meanwhile, said", "Ukraine, however, maintains", «Тарнавский в свою очередь заявил», «Генштаб, своєю чергою,
    /// повідомив». An aside set off by commas may be a turn of contrast or continuation; one without commas only a
    /// continuation ("but" there opens a clause of its own). Null when no aside stands right before the cue.
    /// </summary>
    private int? AsideBefore(SentenceView view, int cueStart)
    {
        var end = cueStart;
        while (end > view.Sentence.Start && char.IsWhiteSpace(view.Text[end - 1]))
        {
            end--;
        }
        var commaAfter = end > view.Sentence.Start && view.Text[end - 1] == ',';
        if (commaAfter)
        {
            end--;
        }
        var range = new Span(view.Sentence.Start, end);
        var aside = lexicon.Continuation.FindAll(view.Lowered, range)
            .Concat(commaAfter ? lexicon.Contrast.FindAll(view.Lowered, range) : [])
            .Where(found => found.Span.End == end && view.StartsWord(found.Span.Start))
            .Select(found => (Span?)found.Span)
            .FirstOrDefault();
        if (aside is not { } words)
        {
            return null;
        }
        var start = words.Start;
        while (start > view.Sentence.Start && char.IsWhiteSpace(view.Text[start - 1]))
        {
            start--;
        }
        var commaBefore = start > view.Sentence.Start && view.Text[start - 1] == ',';
        // Set off on both sides or on neither: "…, meanwhile said" or "Kyiv, however said" is no aside of a speaker's.
        if (commaBefore != commaAfter || start == view.Sentence.Start)
        {
            return null;
        }
        return commaBefore ? start - 1 : start;
    }

    /// <summary>
    /// "General Oleksandr Tarnavsky, who commands the Avdiivka area, said", «Пригожин, который …, заявил»: the party
    /// before a relative clause set off by commas right before the cue; so too before a participle phrase, whose subject
    /// is the speaker's ("The ministry, writing on Telegram on Thursday, said").
    /// </summary>
    private Span? BeforeRelativeClause(SentenceView view, int cueStart)
    {
        if (view.CommaBefore(cueStart) is not { } closing || LeftRun(view, closing) is not ({ } clause, var stopper))
        {
            return null;
        }
        // The word opening the clause: a relative pronoun or a participle of saying stops the walk back; another
        // participle opens the words read. A relay frame ("TASS, citing the ministry, reported") is read with its party.
        var opener = stopper is { } relative && (view.IsAt(lexicon.Relatives, relative) || IsParticiple(view, relative.Span)) ? relative
            : FirstToken(view, clause.Start) is { } first && char.IsLower(first.Text[0]) && IsParticiple(view, first.Span) ? first
            : (TextToken?)null;
        if (opener is { } frame && view.IsAt(lexicon.RelayFrames, frame))
        {
            return null;
        }
        if (opener is not { } open || view.CommaBefore(open.Span.Start) is not { } opening
            || !view.Text.AsSpan(opening + 1, open.Span.Start - opening - 1).Trim().IsEmpty
            || lexicon.Saying.FindAll(view.Lowered, clause).Any(saying => !saying.Span.Overlaps(open.Span)))
        {
            return null;
        }
        return Apposed(view, opening) ?? LeftRun(view, opening).Run;
    }

    /// <summary>
    /// "Igor Kimakovsky, an adviser to Denis Pushilin, the Moscow-backed head of the region, told …": the name before
    /// descriptions set off by commas, with the descriptions (at most three), read back from the comma before <paramref name="end"/>.
    /// </summary>
    private Span? Apposed(SentenceView view, int end)
    {
        var descriptionEnd = -1;
        var at = end;
        for (var segment = 0; segment < 4 && view.CommaBefore(at) is { } comma; segment++)
        {
            var (words, _) = LeftRun(view, comma);
            // Only short phrases naming a party take part: never a clause with its own verb of saying or event.
            if (words is not { } phrase || !IsAppositionPart(view, phrase))
            {
                return null;
            }
            if (descriptionEnd < 0)
            {
                descriptionEnd = phrase.End;
            }
            if (!IsDescription(view, phrase))
            {
                if (segment > 0)
                {
                    return new Span(phrase.Start, descriptionEnd);
                }
                // "Ukraine's human rights commissioner, Dmitry Lubinets, denied …": the name, with the description before it.
                return view.CommaBefore(phrase.Start) is { } opening && LeftRun(view, opening).Run is { } described && IsDescription(view, described)
                    && IsAppositionPart(view, described)
                    ? new Span(described.Start, phrase.End)
                    : phrase;
            }
            at = phrase.Start;
        }
        return null;
    }

    private const int MaxAppositionWords = 14;

    private bool IsAppositionPart(SentenceView view, Span phrase) =>
        view.Tokens.Count(token => phrase.Contains(token.Span)) <= MaxAppositionWords
        && IsSpeakerPhrase(view, phrase)
        && lexicon.Saying.FindAll(view.Lowered, phrase).IsEmpty
        && lexicon.Events.FindAll(view.Lowered, phrase).All(cue => view.InAnyName(cue.Span));

    /// <summary>The words before <paramref name="end"/> back to a clause boundary, and the word that stopped the walk, if any.</summary>
    private (Span? Run, TextToken? Stopper) LeftRun(SentenceView view, int end)
    {
        var tokens = view.Tokens;
        var i = tokens.Length - 1;
        while (i >= 0 && tokens[i].Span.End > end)
        {
            i--;
        }
        int? first = null, last = null;
        var boundary = end;
        var count = 0;
        TextToken? stopper = null;
        for (; i >= 0 && count < MaxPhraseWords; i--)
        {
            var token = tokens[i];
            if (view.IsBoundary(token.Span.End, boundary))
            {
                break;
            }
            if (last is null && (lexicon.Adverbs.Contains(token.Text.ToLowerInvariant()) || lexicon.Auxiliaries.Contains(token.Text.ToLowerInvariant())))
            {
                boundary = token.Span.Start;
                continue;
            }
            if ((view.IsAt(lexicon.Complementizer, token) || view.IsAt(lexicon.ClauseOpeners, token) || view.IsAt(lexicon.Saying, token)
                || view.IsAt(lexicon.Continuation, token)) && !JoinsName(view, i))
            {
                stopper = token;
                break;
            }
            first = token.Span.Start;
            last ??= token.Span.End;
            boundary = token.Span.Start;
            count++;
        }
        if (first is null)
        {
            return (null, stopper);
        }
        // «В Минобороны сообщили», «11 октября в ведомстве сообщили», "On Friday the ministry said": the body the
        // statement came from, without the preposition or the time before it.
        var words = view.Tokens.Where(token => token.Span.Start >= first.Value && token.Span.End <= last!.Value).ToList();
        var lead = 0;
        // «Ранее украинская сторона утверждала», "Earlier the ministry said": nor the adverb opening the sentence.
        while (lead < words.Count - 1 && (view.IsAt(lexicon.Prepositions, words[lead]) || view.IsAt(lexicon.TimeWords, words[lead]) || words[lead].Text.All(char.IsDigit)
            || lexicon.Adverbs.Contains(words[lead].Text.ToLowerInvariant())))
        {
            lead++;
        }
        // "Tarnavsky on Friday said", «Пригожин в субботу заявил»: the time after the name is not part of it.
        var tail = words.Count - 1;
        while (tail > lead && (view.IsAt(lexicon.TimeWords, words[tail]) || words[tail].Text.All(char.IsDigit)
            || (tail < words.Count - 1 && view.IsAt(lexicon.Prepositions, words[tail]))))
        {
            tail--;
        }
        return (new Span(words[lead].Span.Start, words[tail].Span.End), stopper);
    }

    /// <summary>
    /// Whether the joining word at <paramref name="index"/> stands inside one name ("The Khortytsia Operational and
    /// Strategic Group said"): inside a name the registry knows, or between two capitalised words when the word before
    /// it ends no party, place or time of its own.
    /// </summary>
    private bool JoinsName(SentenceView view, int index)
    {
        var tokens = view.Tokens;
        if (index < 1 || index + 1 >= tokens.Length || !view.IsAt(lexicon.NameJoiners, tokens[index]))
        {
            return false;
        }
        var before = tokens[index - 1];
        var after = tokens[index + 1];
        return view.InAnyName(tokens[index].Span) || char.IsUpper(before.Text[0]) && char.IsUpper(after.Text[0]) && before.Span.Start != view.Sentence.Start
            && !view.InAnyName(before.Span) && !view.IsAt(lexicon.TimeWords, before) && !view.IsBoundary(before.Span.End, after.Span.Start);
    }

    /// <summary>
    /// What stands right after a cue: relay frames and platforms ("told Reuters", «в эфире телеканала «Россия 24»»,
    /// «у телеграмі»), a party cited ("citing …", «со ссылкой на …»), and the speaker when the order is inverted
    /// ("…, said the ministry", «сообщил основатель «Группы Вагнера» Евгений Пригожин»), up to the next clause
    /// boundary or complementizer.
    /// </summary>
    private RightReading RightPhrase(SentenceView view, int cueEnd, int limit = int.MaxValue)
    {
        var window = view.Tokens.Where(token => token.Span.Start >= cueEnd && token.Span.End <= limit).ToList();
        var taken = new List<TextToken>();
        var boundary = cueEnd;
        foreach (var token in window)
        {
            // "…, Ukrinform reported, citing the administration": a comma before a relay frame does not end what follows the verb.
            // So does a title's closing quote before the comma ("…, сообщает издание «Страна», ссылающееся на …").
            var framed = view.Text.AsSpan(boundary, token.Span.Start - boundary).Trim().TrimStart("»”\"").SequenceEqual(",") && view.IsAt(lexicon.RelayFrames, token)
                || taken.Count == 0 && IsFrameInParentheses(view, boundary, token);
            if (taken.Count >= MaxRightWindowWords || !framed && (taken.Count > 0 || !IsOnlyCommaOrDash(view, boundary, token.Span.Start)) && view.IsBoundary(boundary, token.Span.Start))
            {
                break;
            }
            // "…, as quoted by Ukrinform": a clause opener that opens a relay frame goes on with what follows the verb.
            if ((view.IsAt(lexicon.Complementizer, token) || view.IsAt(lexicon.ClauseOpeners, token) && !view.IsAt(lexicon.RelayFrames, token)
                || (taken.Count > 0 && view.IsAt(lexicon.Saying, token))) && !JoinsModifiers(view, taken, token))
            {
                break;
            }
            taken.Add(token);
            boundary = token.Span.End;
        }
        if (taken.Count == 0)
        {
            return new RightReading(null, null, [], cueEnd, cueEnd, false);
        }
        var range = new Span(taken[0].Span.Start, taken[^1].Span.End);
        var (frames, cited, covered) = Frames(view, range);
        var relays = frames.ToBuilder();
        // "was reported by X", and with the place of saying before the agent, "was reported on Facebook by X": "by" first
        // among the words no frame covers introduces the speaker of a passive saying.
        var uncovered = taken.Where(token => !covered.Any(span => span.Contains(token.Span))).ToList();
        var byAgent = uncovered.Count > 0 && view.IsAt(lexicon.ByAgent, uncovered[0]);
        var free = byAgent ? uncovered.Skip(1).ToList() : uncovered;
        // "…, but said Ukraine's forces had not been trapped": words after the verb that hold an auxiliary of their own
        // are what was said, its "that" left out: neither they nor the words after them ("claimed it had inflicted heavy
        // losses on Russian forces") name a speaker after the verb.
        var runs = SpeakerRuns(view, free).TakeWhile(run => !HoldsAuxiliary(view, run)).ToList();
        var speaker = runs.Count > 0 ? runs[0] : (Span?)null;
        if (runs.Count > 1 && view.IsName(runs[0]) && IsSpeakerPhrase(view, runs[1]))
        {
            // «повідомили Суспільному у ДСНС регіону»: an outlet told, then the body that told it.
            relays.Add(new RelayPhrase(runs[0], runs[0], RelayFrame.Interview, null));
            covered.Add(runs[0]);
            speaker = runs[1];
        }
        else if (speaker is { } run && view.NameStartingWithin(run, 1) is { } told && told.Start == run.Start && told.End < run.End
            && new Span(told.End, run.End) is var rest && view.Tokens.Count(token => rest.Contains(token.Span)) > 1
            && IsSpeakerPhrase(view, new Span(view.Tokens.First(token => token.Span.Start >= rest.Start).Span.Start, rest.End)))
        {
            // «сообщил ТАСС глава ДНР Денис Пушилин»: the outlet told right after the verb, then the speaker. One word after
            // a name is no speaker of its own but the body the name belongs to («Командування Повітряних Сил ЗСУ»).
            relays.Add(new RelayPhrase(told, told, RelayFrame.Interview, null));
            speaker = new Span(view.Tokens.First(token => token.Span.Start >= told.End).Span.Start, run.End);
        }
        if (speaker is { } described && runs.Count > 0 && described == runs[0] && NameAfterDescription(view, described, range.End) is { } named && named.End <= limit)
        {
            speaker = new Span(described.Start, named.End);
        }
        var framesEnd = Math.Max(cueEnd, Math.Max(covered.Count == 0 ? cueEnd : covered.Max(span => span.End), cited?.End ?? cueEnd));
        var end = Math.Max(framesEnd, speaker?.End ?? cueEnd);
        return new RightReading(speaker, cited, relays.ToImmutable(), end, framesEnd, byAgent);
    }

    /// <summary>
    /// Whether "and" or "or" joins two modifiers of one noun after them rather than two parties ("according to local and
    /// state authorities"): one bare word stands before it, no name, pronoun or number, and no determiner opens what
    /// follows it ("the governor and the mayor" are two).
    /// </summary>
    private bool JoinsModifiers(SentenceView view, List<TextToken> taken, TextToken conjunction)
    {
        if (conjunction.Text is not ("and" or "or") || taken is not [var word] || view.InAnyName(word.Span) || view.IsAt(lexicon.Pronouns, word)
            || !word.Text.All(char.IsLetter))
        {
            return false;
        }
        var next = view.Tokens.FirstOrDefault(token => token.Span.Start > conjunction.Span.End);
        return next.Text is { } following && !Determiners.Contains(following.ToLowerInvariant()) && !view.IsBoundary(conjunction.Span.End, next.Span.Start);
    }

    /// <summary>
    /// Whether a run of words holds an auxiliary in lower case after its first word ("Ukraine's forces had not been
    /// trapped", "the city was taken"): a clause with a verb of its own, never a speaker's name ("Will Smith" is one).
    /// </summary>
    private bool HoldsAuxiliary(SentenceView view, Span run) =>
        view.Tokens.Where(token => run.Contains(token.Span)).Skip(1).Any(token => lexicon.Auxiliaries.Contains(token.Text));

    /// <summary>
    /// The outlet a pointer's speaker told, standing between the pointer and its verb while the speaker follows the verb:
    /// «Об этом РИА Новости сообщил пилот …», «Про це Укрінформу повідомив речник … Владислав Волошин». With the speaker
    /// after the verb, a registry name before it is the one spoken to (a dative, which for indeclinable names looks like
    /// the subject), as in «сообщил ТАСС глава ДНР» with the order turned. Null when the pointer has no such name.
    /// </summary>
    private static RelayPhrase? ToldBeforeVerb(SentenceView view, RightReading? middle, RightReading right) =>
        middle?.Speaker is { } inner && view.IsName(inner) && middle.Relays.IsEmpty && right.Speaker is not null
            ? new RelayPhrase(inner, inner, RelayFrame.Interview, null)
            : null;

    /// <summary>
    /// Whether a parenthesis opens right before <paramref name="token"/> (after a cue) and names where the words were said:
    /// "said (in a Telegram post) that …", «заявив (у Facebook), що …». Such a parenthesis belongs to the attribution.
    /// </summary>
    private bool IsFrameInParentheses(SentenceView view, int from, TextToken token)
    {
        if (!view.Text.AsSpan(from, token.Span.Start - from).Trim().SequenceEqual("("))
        {
            return false;
        }
        var close = view.Text.IndexOf(')', token.Span.Start, view.Sentence.End - token.Span.Start);
        if (close < 0)
        {
            return false;
        }
        var inside = new Span(token.Span.Start, close);
        return lexicon.Platforms.FindFirst(view.Lowered, inside) is not null || lexicon.RelayFrames.FindFirst(view.Lowered, inside) is not null;
    }

    /// <summary>The relay frames and platforms within a range of words, the party cited there, and the spans they cover.</summary>
    private (ImmutableArray<RelayPhrase> Relays, Span? Cited, List<Span> Covered) Frames(SentenceView view, Span range)
    {
        var covered = new List<Span>();
        var relays = ImmutableArray.CreateBuilder<RelayPhrase>();
        Span? cited = null;
        foreach (var frame in lexicon.RelayFrames.FindAll(view.Lowered, range).Where(found => view.StartsWord(found.Span.Start)))
        {
            if (covered.Any(span => span.Overlaps(frame.Span)))
            {
                continue;
            }
            var after = TextTokens.ToWordEnd(view.Text, frame.Span).End;
            var medium = frame.Value == RelayFrame.Citing ? CitedMedium(view, after, range.End) : null;
            var party = medium is { } spokenThrough
                ? DescribedAfter(view, spokenThrough.Span.End, range.End) ?? PartyAfter(view, spokenThrough.Span.End, range.End)
                : frame.Value == RelayFrame.Citing && CitesInformants(view, after, range.End)
                    ? DescribedAfter(view, after, range.End)
                    : PartyAfter(view, after, range.End) ?? (frame.Value == RelayFrame.Citing ? DescribedAfter(view, after, range.End) ?? CitedDescription(view, frame.Span, after, range.End) : null);
            // «В ефірі телемарафону речник Віктор Трегубов заявив»: in a frame of where the words were said, a role noun of
            // someone who speaks ends the frame; the name after it is that speaker's, not the outlet's (a citation names
            // its party so: «ссылающегося на командующего группировкой Александра Тарнавского»).
            if (party is { } named && frame.Value != RelayFrame.Citing
                && view.Tokens.Any(token => token.Span.Start >= after && token.Span.End <= named.Start && IsSpeakersRoleNoun(view, token)))
            {
                party = null;
            }
            var span = Union(frame.Span, party?.End ?? frame.Span.End);
            covered.Add(span);
            if (frame.Value == RelayFrame.Citing)
            {
                cited = party;
                if (party is not null && medium is { Platform: { } platform })
                {
                    relays.Add(new RelayPhrase(medium.Value.Span, null, null, platform));
                }
            }
            else
            {
                relays.Add(new RelayPhrase(span, party, frame.Value, null));
            }
        }
        foreach (var platform in lexicon.Platforms.FindAll(view.Lowered, range).Where(found => view.StartsWord(found.Span.Start)))
        {
            if (covered.Any(span => span.Overlaps(platform.Span)))
            {
                continue;
            }
            var span = PlatformPhrase(view, platform.Span, range);
            if (span.Start == platform.Span.Start && span.End > TextTokens.ToWordEnd(view.Text, platform.Span).End)
            {
                // "the Telegram channel Rybar", «ряд украинских Telegram-каналов»: a channel that speaks, not a platform it spoke on.
                continue;
            }
            covered.Add(span);
            relays.Add(new RelayPhrase(span, null, null, platform.Value));
        }
        return (relays.ToImmutable(), cited, covered);
    }

    /// <summary>
    /// The runs of adjacent free words after a cue that can name a party, in order: leading phrases of time or manner
    /// ("в понедельник", "on Friday", «в ходе брифинга») are passed over, and a preposition of place or time ends a run
    /// ("head of the Wagner group" and "spokesman for the Air Force" stay whole).
    /// </summary>
    private List<Span> SpeakerRuns(SentenceView view, List<TextToken> free)
    {
        var runs = new List<Span>();
        var i = 0;
        while (i < free.Count)
        {
            // A day's number before its month belongs to the date («опубликовало 9 марта Минобороны РФ»), not to a
            // party's name as a number before a noun may ("24 Канал").
            while (i < free.Count && (view.IsAt(lexicon.Prepositions, free[i]) || view.IsAt(lexicon.TimeWords, free[i]) || view.IsAt(lexicon.StatementNouns, free[i])
                || IsArticleOfStatementNoun(view, free, i)
                || lexicon.Adverbs.Contains(free[i].Text.ToLowerInvariant())
                || (free[i].Text.All(char.IsAsciiDigit) && i + 1 < free.Count && view.IsAt(lexicon.TimeWords, free[i + 1]))))
            {
                i++;
                // The words a preposition governs, up to something that can name a party.
                while (i < free.Count && !CanStartName(view, free[i]) && view.IsAt(lexicon.Prepositions, free[i - 1]))
                {
                    i++;
                }
            }
            if (i >= free.Count)
            {
                break;
            }
            var start = i;
            while (i + 1 < free.Count && !view.IsBoundary(free[i].Span.End, free[i + 1].Span.Start) && free[i + 1].Span.Start - free[i].Span.End <= 3
                && !view.IsAt(lexicon.Prepositions, free[i + 1]) && !view.IsAt(lexicon.TimeWords, free[i + 1]))
            {
                i++;
            }
            runs.Add(new Span(free[start].Span.Start, free[i].Span.End));
            i++;
        }
        return runs;
    }

    /// <summary>
    /// Whether a word is the determiner of a statement noun right after it ("reads a message on the official Telegram
    /// channel of the Khortytsia group", "reads the statement of the General Staff"): the statement names no one; its
    /// author follows it. With nothing after it ("according to a post on the ministry's Telegram channel") the statement
    /// stands for its author itself.
    /// </summary>
    private bool IsArticleOfStatementNoun(SentenceView view, List<TextToken> free, int index) =>
        index + 2 < free.Count && Determiners.Contains(free[index].Text.ToLowerInvariant()) && view.IsAt(lexicon.StatementNouns, free[index + 1]);

    private bool CanStartName(SentenceView view, TextToken token) =>
        char.IsUpper(token.Text[0]) || view.IsAt(lexicon.RoleNouns, token) || view.IsAt(lexicon.Pronouns, token) || view.IsAt(lexicon.SideGroups, token);

    /// <summary>The outlet a relay frame names: a quoted name or capitalised words within four words after it ("told the Associated Press").</summary>
    private Span? PartyAfter(SentenceView view, int from, int limit)
    {
        var following = view.Tokens.Where(token => token.Span.Start >= from && token.Span.End <= limit).Take(6).ToList();
        var startIndex = following.FindIndex(token => char.IsUpper(token.Text[0]) || char.IsDigit(token.Text[0]) || view.InNameQuote(token.Span.Start));
        if (startIndex < 0 || startIndex > 3)
        {
            return null;
        }
        var end = startIndex;
        while (end + 1 < following.Count && !view.IsBoundary(following[end].Span.End, following[end + 1].Span.Start)
            && (char.IsUpper(following[end + 1].Text[0]) || char.IsDigit(following[end + 1].Text[0]) || view.InNameQuote(following[end + 1].Span.Start))
            && !(startIndex == 0 && TwoNamesMeet(view, following[0].Span.Start, following[end], following[end + 1])))
        {
            end++;
        }
        if (end + 1 < following.Count && IsSideMediaNoun(view, following[startIndex..(end + 1)], following[end + 1]))
        {
            end++;
        }
        var span = new Span(following[startIndex].Span.Start, following[end].Span.End);
        return view.NameQuoteAround(span) ?? span;
    }

    /// <summary>Whether a word is a role noun of a person or body that speaks ("spokesman", «речник», «командир»), not of an outlet.</summary>
    private bool IsSpeakersRoleNoun(SentenceView view, TextToken token) =>
        lexicon.RoleNouns.FindAll(view.Lowered, token.Span).Any(found => found.Span.Start == token.Span.Start
            && found.Value is SourceKind.Official or SourceKind.MilitaryCommand or SourceKind.Unit or SourceKind.Individual);

    /// <summary>
    /// Whether a registry name ends at one word and another begins at the next: right after a frame, «В интервью РБК
    /// Сырский заявил», «в ефірі Еспресо Трегубов розповів» name the outlet and then the speaker, two parties, not one
    /// outlet of two words (a title before them, «з посиланням на головнокомандувача ЗСУ Олександра Сирського», describes
    /// one person).
    /// </summary>
    private static bool TwoNamesMeet(SentenceView view, int runStart, TextToken last, TextToken next) =>
        view.IsName(new Span(runStart, last.Span.End)) && view.NameStartingWithin(new Span(next.Span.Start, view.Sentence.End), 1) is not null;

    /// <summary>
    /// Whether a lower-case media noun follows capitalised words that only name a side ("citing Russian media", "told
    /// Ukrainian agencies"): the side's media as a whole are the party, not the side.
    /// </summary>
    private bool IsSideMediaNoun(SentenceView view, List<TextToken> run, TextToken next) =>
        char.IsLower(next.Text[0]) && !view.IsBoundary(run[^1].Span.End, next.Span.Start)
        && run.All(token => view.IsAt(lexicon.SideWords, token))
        && lexicon.RoleNouns.FindAll(view.Lowered, next.Span).Any(found => found.Span.Start == next.Span.Start && found.Value is SourceKind.IndependentMedia or SourceKind.WireAgency);

    /// <summary>
    /// The medium a citation names before the person who spoke through it: «со ссылкой на Facebook главнокомандующего ВСУ
    /// Александра Сырского», «з посиланням на брифінг радника Офісу президента Олексія Арестовича», "citing a Telegram post
    /// by the governor". The one cited is the person named after it, not the platform or the briefing (nor an office in
    /// his title); a platform is also a relay his words passed through. Null when the citation does not open on a
    /// platform or a statement noun (an article or possessive before it aside).
    /// </summary>
    private (Span Span, string? Platform)? CitedMedium(SentenceView view, int from, int limit)
    {
        var following = view.Tokens.Where(token => token.Span.Start >= from && token.Span.End <= limit).Take(2).ToList();
        if (following.Count == 0)
        {
            return null;
        }
        var opening = following.Count > 1 && Determiners.Contains(following[0].Text.ToLowerInvariant()) ? following[1] : following[0];
        var window = new Span(opening.Span.Start, limit);
        if (lexicon.Platforms.FindFirst(view.Lowered, window) is { } platform && platform.Span.Start == opening.Span.Start)
        {
            var phrase = PlatformPhrase(view, platform.Span, window);
            return (WithPossessor(view, new Span(platform.Span.Start, phrase.End), limit), platform.Value);
        }
        return view.IsAt(lexicon.StatementNouns, opening) ? (WithPossessor(view, opening.Span, limit), null) : null;
    }

    /// <summary>A medium with the English preposition that introduces whose it is ("a post by", "the briefing of").</summary>
    private static Span WithPossessor(SentenceView view, Span medium, int limit) =>
        view.Tokens.Where(token => token.Span.Start >= medium.End && token.Span.End <= limit).Take(1)
            .Where(token => !view.IsBoundary(medium.End, token.Span.Start) && Possessors.Contains(token.Text.ToLowerInvariant()))
            .Select(token => new Span(medium.Start, token.Span.End))
            .DefaultIfEmpty(medium)
            .First();

    private static readonly FrozenSet<string> Possessors = new[] { "by", "of", "from" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The words that may stand before the medium a citation names ("citing a post", «посилаючись на свій допис»).</summary>
    private static readonly FrozenSet<string> Determiners = new[] { "a", "an", "the", "his", "her", "its", "their", "свой", "своё", "свое", "свою", "свій", "своє" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// "citing sources in Kiev's military", «со ссылкой на источники в Минобороны»: a citation that opens on a noun of
    /// unnamed informants (after lower-case words only) cites them, not the first capitalised name after it.
    /// </summary>
    private bool CitesInformants(SentenceView view, int from, int limit) =>
        view.Tokens.Where(token => token.Span.Start >= from && token.Span.End <= limit).Take(3)
            .TakeWhile(token => char.IsLower(token.Text[0]))
            .Any(token => lexicon.RoleNouns.FindFirst(view.Lowered, new Span(token.Span.Start, limit)) is { Value: SourceKind.Unknown } noun && noun.Span.Start == token.Span.Start);

    /// <summary>«з посиланням на російських воєнкорів»: the words a citation names when no capitalised name stands there.</summary>
    private Span? DescribedAfter(SentenceView view, int from, int limit)
    {
        var words = view.Tokens.Where(token => token.Span.Start >= from && token.Span.End <= limit)
            .TakeWhile(token => !view.IsAt(lexicon.Saying, token) && !view.IsAt(lexicon.Complementizer, token))
            .Take(5).ToList();
        return words.Count > 0 && words.Any(token => view.IsAt(lexicon.RoleNouns, token)) ? new Span(words[0].Span.Start, words[^1].Span.End) : null;
    }

    /// <summary>
    /// «со ссылкой на российские силовые структуры», «з посиланням на місцеву владу»: a Russian or Ukrainian citation
    /// names a source even in words that hold no name or role noun, so the words after it, to the clause's end, a verb of
    /// saying or «что»/«що», and at most <see cref="MaxCitedWords"/>, are the party cited. English "citing" also gives a
    /// reason ("citing the absence of fortifications"), so it names a party only by a name or a role noun.
    /// </summary>
    private Span? CitedDescription(SentenceView view, Span frame, int from, int limit)
    {
        if (!TextTokens.IsCyrillic(frame.Slice(view.Text)))
        {
            return null;
        }
        var words = new List<TextToken>();
        foreach (var token in view.Tokens.Where(token => token.Span.Start >= from && token.Span.End <= limit))
        {
            if ((words.Count > 0 && view.IsBoundary(words[^1].Span.End, token.Span.Start)) || view.IsAt(lexicon.Saying, token) || view.IsAt(lexicon.Complementizer, token))
            {
                break;
            }
            words.Add(token);
        }
        return words.Count is > 0 and <= MaxCitedWords ? new Span(words[0].Span.Start, words[^1].Span.End) : null;
    }

    private const int MaxCitedWords = 5;

    /// <summary>A platform with the words around it that say where on it: «в своем Telegram-канале», "in a Telegram post", «у телеграмі».</summary>
    private Span PlatformPhrase(SentenceView view, Span platform, Span window)
    {
        var start = platform.Start;
        var tokens = view.Tokens.Where(token => token.Span.End <= platform.Start && token.Span.Start >= window.Start).Reverse().Take(3).ToList();
        foreach (var token in tokens)
        {
            if (view.IsBoundary(token.Span.End, start))
            {
                break;
            }
            start = token.Span.Start;
            if (view.IsAt(lexicon.Prepositions, token))
            {
                break;
            }
        }
        if (!tokens.Any(token => token.Span.Start == start && view.IsAt(lexicon.Prepositions, token)))
        {
            // «своем Telegram-канале губернатор сообщил» read from after its preposition: a possessive right before the
            // platform makes it someone's medium, never a channel that speaks.
            start = tokens is [var nearest, ..] && view.IsAt(lexicon.Possessives, nearest) && !view.IsBoundary(nearest.Span.End, platform.Start)
                ? nearest.Span.Start
                : platform.Start;
        }
        var end = TextTokens.ToWordEnd(view.Text, platform).End;
        // "Telegram-канале", "Telegram channel", "Telegram post": the noun that goes with the platform's name; "by" or "of"
        // after it ("reported on Facebook by the commander") introduces the author instead.
        foreach (var token in view.Tokens.Where(token => token.Span.Start >= end && token.Span.End <= window.End).Take(1))
        {
            if (!view.IsBoundary(end, token.Span.Start) && char.IsLower(token.Text[0]) && !view.IsAt(lexicon.Prepositions, token) && !view.IsAt(lexicon.RoleNouns, token)
                && !view.IsAt(lexicon.Authorship, token))
            {
                end = token.Span.End;
            }
            else if (view.Text.AsSpan(end, token.Span.Start - end).Trim().SequenceEqual("-"))
            {
                end = token.Span.End;
            }
        }
        return new Span(start, end);
    }

    private bool IsDescription(SentenceView view, Span phrase)
    {
        var first = view.Tokens.First(token => token.Span.Start >= phrase.Start);
        return char.IsLower(first.Text[0]) || lexicon.RoleNouns.FindFirst(view.Lowered, phrase) is not null;
    }

    /// <summary>
    /// "the claim", "with reports indicating", "a group described as": an English saying word used as a noun after a
    /// determiner or preposition, or a verb of naming before "as", which names a statement rather than making one.
    /// </summary>
    private static bool IsNounUse(SentenceView view, Span cue)
    {
        var before = view.Lowered.AsSpan(view.Sentence.Start, cue.Start - view.Sentence.Start).TrimEnd();
        var space = before.LastIndexOfAny(" \n«\"“(");
        var previous = before[(space + 1)..];
        var wordEnd = TextTokens.ToWordEnd(view.Text, cue).End;
        var next = view.Lowered.AsSpan(wordEnd, view.Sentence.End - wordEnd).TrimStart();
        var verb = view.Lowered.AsSpan(cue.Start, wordEnd - cue.Start);
        return previous is "the" or "a" or "an" or "its" or "his" or "her" or "their" or "this" or "that" or "these" or "those" or "such" or "whose"
                or "with" or "of" or "in" or "on" or "to" or "from" or "by"
            // "claims and reports" are nouns; "refuted the claim and said it was a fire" coordinates a verb in the past
            // with the one before it, whose speaker it shares.
            || (previous is "and" && !IsPastTense(verb))
            // "media reports", "earlier claims" are nouns; "Russian media reported that …", "state media claimed …" are
            // verbs in the past with the media as their subject.
            || (previous is "media" or "news" or "unconfirmed" or "earlier" or "previous" && !IsPastTense(verb))
            // "its claims as false" is a noun; "authorities said as leaders condemned …" is a verb with a clause of time.
            || (next.StartsWith("as ", StringComparison.Ordinal) && !IsPastTense(verb))
            // "claims by Russian bloggers", "reports by …": a plural noun of statements with its author.
            || (next.StartsWith("by ", StringComparison.Ordinal) && view.Lowered[wordEnd - 1] == 's')
            // "told the Associated Press that Prigozhin's claim “is not true”", "refuted Ukraine's claim and said …": after
            // an English possessive a saying word is the noun of someone's statement, which the sentence's own speaker
            // speaks about, as after "his" or "its"; a verb in the past ("the ministry's spokesman said") is no noun.
            || (IsPossessor(previous) && !IsPastTense(verb));
    }

    /// <summary>An English possessor: a name or noun with "'s" ("Prigozhin's", "Ukraine’s") or a plural's apostrophe ("officials'").</summary>
    private static bool IsPossessor(ReadOnlySpan<char> word) =>
        word.Length > 2 && (IsPossessive(word) || word.EndsWith("s'") || word.EndsWith("s’"));

    private static bool IsPastTense(ReadOnlySpan<char> verb) =>
        verb.EndsWith("ed", StringComparison.Ordinal) || verb is "said" or "told" or "wrote";

    /// <summary>An outlet's words without a leading article ("the Donbas Herald" → "Donbas Herald").</summary>
    /// <summary>
    /// Whether the listener a verb of telling names is an outlet ("told Reuters", "told the Associated Press", "told exiled
    /// Russian broadcaster TV Rain"): it holds a name, a capitalised word other than a side's adjective, or a quoted name.
    /// An audience ("told reporters", "told a press conference", "told lawmakers", "told Russian journalists") passes the
    /// words on to no one in particular and is no relay.
    /// </summary>
    private bool NamesOutlet(SentenceView view, Span listener) =>
        view.Tokens.Where(token => listener.Contains(token.Span))
            .Any(token => char.IsUpper(token.Text[0]) && !view.IsAt(lexicon.SideWords, token) || char.IsDigit(token.Text[0]) || view.InNameQuote(token.Span.Start));

    private static Span StripArticle(SentenceView view, Span phrase)
    {
        var first = view.Tokens.First(token => token.Span.Start >= phrase.Start);
        return first.Text is "the" or "The" && first.Span.End < phrase.End
            ? new Span(view.Tokens.First(token => token.Span.Start > first.Span.Start).Span.Start, phrase.End)
            : phrase;
    }

    private static TextToken? FirstToken(SentenceView view, int start) =>
        view.Tokens.FirstOrDefault(token => token.Span.Start == start) is { Text: not null } found ? found : null;

    private static bool IsOnlyCommaOrDash(SentenceView view, int from, int to)
    {
        var gap = view.Text.AsSpan(from, to - from).Trim();
        return gap.IsEmpty;
    }

    private static int SkipPunctuation(SentenceView view, int at, bool allowComma)
    {
        while (at < view.Sentence.End && (char.IsWhiteSpace(view.Text[at]) || (allowComma && view.Text[at] == ',') || view.Text[at] is '—' or '–'))
        {
            at++;
        }
        return at;
    }

    /// <summary>
    /// Carries relations across sentences: an attribution standing alone covers the sentences before it in its paragraph
    /// that no attribution of their own covers (or, opening its paragraph, those of the paragraph before); one by an
    /// outlet that cites or passes on ("Про це пише 24 Канал із посиланням на Суспільне Донбас") covers them whoever
    /// spoke, so as to add itself as a relay. A quotation closed by its speaker in a later sentence is the speaker's from
    /// where it opens.
    /// </summary>
    private IEnumerable<SpeechRelation> CrossSentences(string text, string lowered, ImmutableArray<Sentence> sentences, List<SpeechRelation> relations)
    {
        var bySentence = relations.ToLookup(relation => relation.Sentence);
        var quotations = Quotations(text);
        var result = new List<SpeechRelation>();
        foreach (var relation in relations)
        {
            if (relation.Shape == RelationShape.Pointer)
            {
                var covered = new List<Span>();
                var index = relation.Sentence - 1;
                var paragraph = sentences[relation.Sentence].Paragraph;
                if (index >= 0 && sentences[index].Paragraph != paragraph)
                {
                    // Opening its paragraph, it speaks for the paragraph before.
                    paragraph = sentences[index].Paragraph;
                }
                var mediaOnly = relation.Speaker is null || relation.Cited is not null;
                for (; index >= 0 && sentences[index].Paragraph == paragraph; index--)
                {
                    var own = bySentence[index].Where(other => other.Shape != RelationShape.Pointer).ToList();
                    if (own.Count > 0 && !mediaOnly)
                    {
                        break;
                    }
                    covered.Insert(0, sentences[index].Span);
                }
                // A sentence of words that point back («Об этом … сообщил ТАСС», «Про це пише», "This was reported by")
                // passes on the rest of the paragraph, from its start to the last sentence that credits a speaker of its
                // own; a saying that only stands alone ("Reuters could not independently confirm the report") does not.
                var passedOn = new List<Span>();
                var pointsBack = !lexicon.Pointer.FindAll(lowered, sentences[relation.Sentence].Span).IsEmpty;
                for (; pointsBack && index >= 0 && sentences[index].Paragraph == paragraph; index--)
                {
                    passedOn.Insert(0, sentences[index].Span);
                }
                result.Add(relation with { Content = [.. covered], PassedOn = [.. passedOn] });
                continue;
            }
            var quoted = WithQuotation(sentences, quotations, relation);
            result.Add(quoted == relation && ClosesItsParagraph(sentences, relation) ? relation with { Content = [.. UnattributedBefore(sentences, bySentence, relation.Sentence), .. relation.Content] } : quoted);
        }
        return result;
    }

    /// <summary>
    /// Whether a relation credits its speaker after the words of the last sentence of a paragraph ("…, сообщает
    /// Минобороны РФ.", «…, – йдеться у звіті Генштабу.», "… – Харківська міська рада"): such a credit closes a
    /// bulletin retold sentence by sentence and speaks for the paragraph, as a pointer standing alone does.
    /// </summary>
    private static bool ClosesItsParagraph(ImmutableArray<Sentence> sentences, SpeechRelation relation) =>
        relation.Shape is RelationShape.ContentFirst or RelationShape.Label
        && relation.Content is [var first, ..] && first.Start <= sentences[relation.Sentence].Span.Start + 1 && relation.Content[^1].End <= relation.Clause.Start
        && (relation.Sentence + 1 == sentences.Length || sentences[relation.Sentence + 1].Paragraph != sentences[relation.Sentence].Paragraph);

    /// <summary>
    /// The sentences of a paragraph before <paramref name="sentence"/> when none of them is attributed: a paragraph that
    /// cites someone earlier goes on in that speaker's voice («По словам Кимаковского, … . … . «…», — сказал советник»).
    /// </summary>
    private static IEnumerable<Span> UnattributedBefore(ImmutableArray<Sentence> sentences, ILookup<int, SpeechRelation> bySentence, int sentence)
    {
        var start = sentence;
        while (start > 0 && sentences[start - 1].Paragraph == sentences[sentence].Paragraph)
        {
            if (bySentence[start - 1].Any())
            {
                return [];
            }
            start--;
        }
        return sentences[start..sentence].Select(other => other.Span);
    }

    /// <summary>
    /// A relation whose content is a quotation running over several sentences takes them all: one closed by its speaker
    /// ("«…. …», — наголосив він") from the sentence where the quotation opens, one opened after its speaker ("Пряма
    /// мова Трегубова: «…. …»") to the sentence where it closes.
    /// </summary>
    private static SpeechRelation WithQuotation(ImmutableArray<Sentence> sentences, ImmutableArray<(int Open, int Close)> quotations, SpeechRelation relation)
    {
        if (relation.Content.IsEmpty)
        {
            return relation;
        }
        var sentence = sentences[relation.Sentence].Span;
        var first = relation.Content[0];
        // The quotation the speaker closes ends the words before the attribution: "«…», — сказал он, выступая по
        // видеосвязи" has content after the attribution too, but what it closes is the piece before.
        var last = relation.Content.LastOrDefault(content => content.End <= relation.Clause.Start, relation.Content[^1]);
        var closing = quotations.FirstOrDefault(pair => pair.Close >= last.End - 2 && pair.Close < last.End + 2 && pair.Open < sentence.Start);
        if (relation.Shape == RelationShape.ContentFirst && closing != default)
        {
            ImmutableArray<Span> earlier = [.. sentences.Where(other => other.Span.End > closing.Open && other.Span.End <= sentence.Start).Select(other => other.Span)];
            return relation with { Content = [.. earlier, .. relation.Content] };
        }
        var opening = quotations.FirstOrDefault(pair => pair.Open >= first.Start - 2 && pair.Open < first.Start + 2 && pair.Close >= sentence.End);
        if (relation.Shape is RelationShape.SpeakerFirst or RelationShape.Label && opening != default)
        {
            ImmutableArray<Span> later = [.. sentences.Where(other => other.Span.Start >= sentence.End && other.Span.Start <= opening.Close).Select(other => other.Span)];
            return relation with { Content = [.. relation.Content, .. later] };
        }
        return relation;
    }

    /// <summary>
    /// The quotations of a text as pairs of opening and closing marks: «…», “…” and „…“ nest, each closed by its own mark,
    /// and a straight quote opens or closes one only outside them.
    /// </summary>
    internal static ImmutableArray<(int Open, int Close)> Quotations(string text)
    {
        var pairs = ImmutableArray.CreateBuilder<(int, int)>();
        var open = new Stack<(char Closer, int At)>();
        for (var at = 0; at < text.Length; at++)
        {
            var c = text[at];
            if (open.TryPeek(out var top) && c == top.Closer)
            {
                open.Pop();
                pairs.Add((top.At, at));
                continue;
            }
            switch (c)
            {
                case '«':
                    open.Push(('»', at));
                    break;
                case '“':
                    open.Push(('”', at));
                    break;
                case '„':
                    open.Push(('“', at));
                    break;
                case '"' when open.Count == 0 && (at == 0 || !char.IsLetterOrDigit(text[at - 1])):
                    open.Push(('"', at));
                    break;
            }
        }
        return pairs.ToImmutable();
    }

    private static bool IsOpeningQuote(char c) => c is '«' or '“' or '„';

    internal static bool IsQuote(char c) => c is '«' or '»' or '“' or '”' or '„' or '"';

    private static Span Union(Span span, int end) => new(span.Start, Math.Max(span.End, end));

    /// <summary>An attribution before its content and speaker are decided: the phrases on either side of its cue.</summary>
    private sealed record Draft(RelationShape Shape, Span Cue, Span? Left, Span? Right, Span? Cited, ImmutableArray<RelayPhrase> Relays, Span Clause);

    /// <summary>What follows a cue: a speaker (when the order is inverted), the party cited, relays, where it all ends and where the frames end.</summary>
    /// <summary>What precedes a cue: the speaker's words, relay frames and a party cited between them and the cue, and where it all starts.</summary>
    private sealed record LeftReading(Span? Speaker, ImmutableArray<RelayPhrase> Relays, Span? Cited, int Start);

    private sealed record RightReading(Span? Speaker, Span? Cited, ImmutableArray<RelayPhrase> Relays, int End, int FramesEnd, bool ByAgent);
}
