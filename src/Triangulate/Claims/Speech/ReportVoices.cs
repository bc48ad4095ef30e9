using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Claims.Speech;

/// <summary>
/// Who speaks each part of one report: the attribution relations with their parties resolved (in text order, so that
/// "he" and «ведомство» mean the last fitting speaker), the report's own voice (the publisher, a Telegram forward's
/// original channel, the wire a dateline credits, or the outlet the publisher says it retells), and the chain a
/// claim's words take. This is the one place a claim's origin and relays are decided; everything downstream reads
/// <see cref="Claim.Chain"/>.
/// </summary>
internal sealed class ReportVoices
{
    private readonly Report _report;
    private readonly string _lowered;
    private readonly SourceRegistry _registry;
    private readonly Source? _publisher;
    private readonly ImmutableArray<Sentence> _sentences;
    private readonly SpeechLexicon _lexicon;
    private readonly ImmutableArray<Voice> _voices;
    private readonly ImmutableArray<SourceRef> _forwards;
    private readonly ImmutableArray<SourceRef> _wires;
    private readonly Dictionary<string, ImmutableArray<SourceRef>> _relaysByOrigin = new(StringComparer.Ordinal);

    /// <summary>The outlets the registry finds named in the report's text.</summary>
    private readonly ImmutableArray<SourceMatch> _outletsNamed;

    /// <summary>The media a sentence of its own names as where a statement was published (<see cref="PublishedWhere"/>).</summary>
    private readonly Dictionary<Voice, ImmutableArray<SourceRef>> _publishedThrough = new(ReferenceEqualityComparer.Instance);

    /// <summary>The outlets the report names as passing each speaker's words on, in the order it names them.</summary>
    private readonly Dictionary<string, ImmutableArray<SourceRef>> _outletsByOrigin = new(StringComparer.Ordinal);

    public ReportVoices(
        Report report, string lowered, ImmutableArray<Sentence> sentences, SourceRegistry registry, SpeechLexicon lexicon,
        SpeechReader reader, ImmutableArray<PlaceMention> places, Func<int, bool> contentless)
    {
        _report = report;
        _lowered = lowered;
        _registry = registry;
        _sentences = sentences;
        _lexicon = lexicon;
        _publisher = registry.ResolvePublisher(report.Publisher);
        var text = report.Text;
        var named = registry.FindIn(text, new Span(0, text.Length));
        _named = named;
        _outletsNamed = [.. named.Where(match => match.Source.Kind is SourceKind.WireAgency or SourceKind.StateMedia or SourceKind.IndependentMedia)];
        var placeSpans = places.IsDefault ? [] : places.Select(place => place.Span).Where(place => !IsSurnameOfNamed(text, place, named)).ToImmutableArray();
        Dateline = Datelines.Find(text, registry);
        var relations = reader.Read(text, lowered, sentences, [.. named.Select(match => match.Span)], placeSpans, contentless);
        // A person named in a link to another item ("READ MORE: Vladimir Putin's 'chef' says …") is no antecedent here.
        var linkLines = sentences.Where(sentence => SpeechReader.IsLinkLine(lowered, sentence.Span)).Select(sentence => sentence.Span).ToList();
        var resolver = new SpeakerResolver(text, lowered, registry, lexicon, [.. named.Where(match => !linkLines.Any(line => line.Contains(match.Span)))], placeSpans, report.Published is { } published ? DateOnly.FromDateTime(published.Date) : null,
            relations.Select(relation => relation.Speaker).OfType<Span>());
        _forwards = [.. report.ForwardedFrom.Select(ResolveName)];
        var voices = ImmutableArray.CreateBuilder<Voice>();
        foreach (var relation in relations)
        {
            var voice = Resolve(relation, resolver);
            voices.Add(ContinuedImpersonally(voice, voices.LastOrDefault(before => before.Chain is not null)) ?? voice);
        }
        _voices = NamedInTheNextStatement(voices.ToImmutable(), resolver);
        _wires = [.. RetoldOutlets().Concat(Dateline is { } dateline ? dateline.Wires : []).Where(wire => !IsPublisher(wire)).DistinctBy(Key)];
        // A speaker keeps the relays the report names for him anywhere ("… said in a Telegram post", «в ефірі
        // телемарафону», "…, передає УНН"), the outlets passing his words on included.
        foreach (var voice in _voices.Where(voice => voice.Chain is not null))
        {
            // Its own words, or what it says: "The update came through Russia 24 and was relayed by Kimakovsky"
            // passes Kimakovsky's words on through the outlet that covers the same content.
            var composed = voice.Relation.Content.Prepend(voice.Relation.Clause)
                .Select(words => Composed(voice, words))
                .FirstOrDefault(chain => !chain.Relays.IsEmpty);
            if (composed is not null)
            {
                _relaysByOrigin.TryAdd(Key(composed.Origin.Source), [.. composed.Relays.Select(relay => relay.Source)]);
                var outlets = composed.Relays.Select(relay => relay.Source).Where(IsMedia);
                _outletsByOrigin[Key(composed.Origin.Source)] = _outletsByOrigin.TryGetValue(Key(composed.Origin.Source), out var known)
                    ? [.. known, .. outlets.Where(outlet => !known.Any(other => Same(other, outlet)))]
                    : [.. outlets];
            }
        }
        foreach (var (statement, media) in PublishedWhere())
        {
            _publishedThrough[statement] = media;
            var key = Key(statement.Origin!);
            var known = _relaysByOrigin.TryGetValue(key, out var remembered) ? remembered : [];
            _relaysByOrigin[key] = [.. known, .. media.Where(medium => !known.Any(other => Same(other, medium)))];
        }
        Default = _forwards.IsEmpty
            ? _wires is [var wire, .. var outer]
                ? new AttributionChain(new Attribution(wire, AttributionRole.Origin, wire.Span), [.. outer.Select(AsRelay)])
                : ReprintedBulletin() is { } bulletin
                    ? new AttributionChain(new Attribution(bulletin, AttributionRole.Origin, bulletin.Span), [])
                    : AttributionChain.OwnVoice(report.Publisher)
            : new AttributionChain(new Attribution(_forwards[0], AttributionRole.Origin), [.. _forwards.Skip(1).Select(AsRelay)]);
    }

    /// <summary>
    /// The body whose regular bulletin the report reprints, known by the fixed words the bulletin opens with standing in
    /// the report's first <see cref="LedeReach"/> sentences («Оперативна інформація станом на 6.00 … Триває 44 доба
    /// героїчного протистояння Українського народу російському воєнному вторгненню»): a reprint retells the body's
    /// sentences one after another without crediting them, so what no one else is cited for is the body's.
    /// </summary>
    private SourceRef? ReprintedBulletin()
    {
        if (_sentences.IsEmpty)
        {
            return null;
        }
        var opening = new Span(_sentences[0].Span.Start, _sentences[Math.Min(LedeReach, _sentences.Length) - 1].Span.End);
        return _lexicon.Bulletins.FindAll(_lowered, opening)
            .Select(found => _registry.Find(found.Value) is { } body
                ? new SourceRef(body.Name, body.Kind, body.Side, body.Role, body.Id, found.Span.Slice(_report.Text), found.Span)
                : null)
            .FirstOrDefault(body => body is not null);
    }

    /// <summary>
    /// The outlets the publisher names as the source of its text ("…, News.Az reports citing TRT World", «Про це
    /// повідомляє 24 Канал з посиланням на "Інтерфакс-Україна"»): a publisher retelling another outlet credits it as a
    /// credit line does, so that outlet passes on every statement of the report and speaks where no one else does.
    /// </summary>
    private IEnumerable<SourceRef> RetoldOutlets() =>
        _voices.Where(voice => voice.RetoldByPublisher && IsMedia(voice.Origin)).Select(voice => voice.Origin!);

    /// <summary>
    /// The platforms and outlets a sentence of its own names as where the statement just before it was published: it opens
    /// on the statement («Сообщение предпринимателя опубликовала его пресс-служба в Telegram-канале», «Информация об этом
    /// появилась на сайте РИА Новости», «Його слова наводить Укрінформ», "The statement was posted on Telegram"), tells no
    /// happening of its own, and names a medium. The statement's speaker keeps them as relays, as for a medium named in
    /// his own attribution.
    /// </summary>
    private IEnumerable<(Voice Statement, ImmutableArray<SourceRef> Media)> PublishedWhere()
    {
        for (var index = 1; index < _sentences.Length; index++)
        {
            var span = _sentences[index].Span;
            var words = TextTokens.Words(_lowered, span);
            var opening = words.Length > 1 && (StatementDeterminers.Contains(words[0].Text) || !_lexicon.Pronouns.FindAll(_lowered, words[0].Span).IsEmpty) ? 1 : 0;
            if (words.Length <= opening || _lexicon.StatementNouns.FindAll(_lowered, words[opening].Span).IsEmpty || !_lexicon.Events.FindAll(_lowered, span).IsEmpty)
            {
                continue;
            }
            var statement = _voices.LastOrDefault(voice => voice.Origin is not null && !voice.RelayOnly && voice.Relation.Sentence == index - 1);
            var platforms = _lexicon.Platforms.FindAll(_lowered, span).Where(found => found.Span.Start == 0 || !char.IsLetter(_lowered[found.Span.Start - 1]))
                .Select(found => new SourceRef(found.Value, SourceKind.Platform, Side.Unknown, null, null, found.Span.Slice(_report.Text), found.Span));
            var outlets = _outletsNamed.Where(match => span.Contains(match.Span)).Select(match => match.ToRef());
            ImmutableArray<SourceRef> media = [.. platforms.Concat(outlets).Where(medium => statement is not null && !IsPublisher(medium) && !Same(medium, statement.Origin!)).DistinctBy(Key)];
            if (statement is not null && !media.IsEmpty)
            {
                yield return (statement, media);
            }
        }
        foreach (var statement in _voices.Where(voice => voice.Origin is not null && !voice.RelayOnly))
        {
            if (BroadcastAfter(statement) is { IsEmpty: false } media)
            {
                yield return (statement, media);
            }
        }
        foreach (var labelled in LabelledSources())
        {
            yield return labelled;
        }
    }

    /// <summary>
    /// The media a source label names beside a speaker, on a line of its own: «Джерело: Гладков у Телеграмі»,
    /// «Источник: Гладков в Телеграмм», "Source: Syniehubov on Telegram" (the shape Ukrainska Pravda gives every item).
    /// The label says where the speaker's statement in the report was posted, so his first statement keeps the medium,
    /// as for one named in his own attribution.
    /// </summary>
    private IEnumerable<(Voice Statement, ImmutableArray<SourceRef> Media)> LabelledSources()
    {
        foreach (var sentence in _sentences)
        {
            var span = sentence.Span;
            var words = TextTokens.Words(_lowered, span);
            if (words.Length < 3 || !Datelines.IsSourceLabel(words[0].Text) || _report.Text.AsSpan(words[0].Span.End, words[1].Span.Start - words[0].Span.End).Trim() is not ":")
            {
                continue;
            }
            var named = _named.Where(match => span.Contains(match.Span)).Select(match => match.ToRef()).ToList();
            var statement = _voices.FirstOrDefault(voice => voice.Origin is not null && !voice.RelayOnly && named.Any(party => Same(party, voice.Origin)));
            var platforms = _lexicon.Platforms.FindAll(_lowered, span).Where(found => !char.IsLetter(_lowered[found.Span.Start - 1]))
                .Select(found => new SourceRef(found.Value, SourceKind.Platform, Side.Unknown, null, null, found.Span.Slice(_report.Text), found.Span));
            ImmutableArray<SourceRef> media = [.. platforms.Concat(named.Where(IsMedia)).Where(medium => statement is not null && !IsPublisher(medium) && !Same(medium, statement.Origin!)).DistinctBy(Key)];
            if (statement is not null && !media.IsEmpty)
            {
                yield return (statement, media);
            }
        }
    }

    /// <summary>
    /// The outlets a clause closing an attribution's sentence names as carrying the statement: «Об этом заявил министр
    /// обороны Сергей Шойгу, трансляцию его выступления ведет «Россия 24»». The clause follows the attribution after a
    /// comma, is no attribution itself and tells no happening, so the outlet it names can only be where the words were
    /// heard; the speaker keeps it for his other statements, as for a medium named in his own attribution.
    /// </summary>
    private ImmutableArray<SourceRef> BroadcastAfter(Voice statement)
    {
        var sentence = _sentences[statement.Relation.Sentence].Span;
        var from = statement.Relation.Clause.End;
        var rest = _report.Text.AsSpan(from, sentence.End - from).TrimStart(" \"»”'".AsSpan());
        if (!rest.StartsWith(",") || statement.Relation.Content.Any(content => content.End > from))
        {
            return [];
        }
        var clause = new Span(from, sentence.End);
        if (_voices.Any(voice => voice != statement && clause.Contains(voice.Relation.Cue)) || !_lexicon.Events.FindAll(_lowered, clause).IsEmpty)
        {
            return [];
        }
        return [.. _outletsNamed.Where(match => clause.Contains(match.Span)).Select(match => match.ToRef())
            .Where(outlet => !IsPublisher(outlet) && !Same(outlet, statement.Origin!)).DistinctBy(Key)];
    }

    /// <summary>The English words that may stand before a statement noun opening a sentence ("The statement", "His remarks"); Russian and Ukrainian need none but a pronoun.</summary>
    private static readonly FrozenSet<string> StatementDeterminers = FrozenSet.ToFrozenSet(["the", "this", "his", "its", "their"], StringComparer.Ordinal);

    /// <summary>The wire dateline or credit the report opens with ("KYIV, Dec 21 (Reuters) -"), if any.</summary>
    public Dateline? Dateline { get; }

    /// <summary>The chain of words no attribution covers: the forwarded channel, the crediting wire, or the publisher's own voice.</summary>
    public AttributionChain Default { get; }

    /// <summary>Every span that names a speaker or a relay, which is never a place or an actor of a claim.</summary>
    public IEnumerable<Span> PartySpans => _voices
        .SelectMany(voice => new[] { voice.Relation.Speaker, voice.Relation.Cited }.OfType<Span>().Concat(voice.Relation.Relays.Select(relay => relay.Span)))
        .Concat(Dateline is { } dateline ? [dateline.Span] : []);

    /// <summary>The attribution words of every relation (speakers, cues, relays), which are never claim content.</summary>
    public IEnumerable<Span> Clauses => _voices.Select(voice => voice.Relation.Clause);

    /// <summary>
    /// The chain of a claim whose words are <paramref name="clause"/> and whose event word is <paramref name="eventWord"/>:
    /// the innermost relation whose content holds the event word ("…, — сказал Песков, передает ТАСС" is Peskov's; in
    /// "X commented on Y's claim that …" Y's), else the relation whose cue the clause holds (a denial: «Трегубов
    /// заперечив, що …»), with the relays of the relations around it (an outlet passing it on, "Про це пише 24 Канал із
    /// посиланням на Суспільне Донбас"); a clause no relation covers is the report's own voice.
    /// </summary>
    public AttributionChain ChainOf(Span clause, Span eventWord, int sentence, bool denial) => Voicing(clause, eventWord, sentence, denial).Chain;

    /// <summary>The chain of <see cref="ChainOf"/>, and how the claim came by it.</summary>
    public ClaimVoicing Voicing(Span clause, Span eventWord, int sentence, bool denial)
    {
        if (IsPresentFrame(clause))
        {
            return new ClaimVoicing(WithReportRelays(Default), VoicedBy.ReportVoice, null);
        }
        var covering = _voices.Where(voice => voice.Origin is not null && voice.Relation.Covers(eventWord))
            // A denial's content is what it denies: the denier speaks the denial, not what is denied.
            .Where(voice => !voice.Denies || denial)
            .OrderBy(voice => voice.Relation.Content.Sum(content => content.Length))
            .ToList();
        var own = _voices.Where(voice => voice.Relation.Sentence == sentence && clause.Contains(voice.Relation.Cue) && voice.Origin is not null)
            .OrderBy(voice => Math.Abs(voice.Relation.Cue.Start - eventWord.Start))
            .FirstOrDefault();
        // "… claimed his forces had taken Bakhmut, but Kyiv officials have denied it": a denial whose event word is a verb
        // of denying with a speaker of its own is that speaker's, whatever statement's words run on around it.
        var denier = denial ? _voices.FirstOrDefault(voice => voice.Origin is not null && voice.Denies && voice.Relation.Cue.Overlaps(eventWord)) : null;
        var direct = denier ?? covering.FirstOrDefault(voice => !voice.RelayOnly) ?? own ?? covering.FirstOrDefault();
        var chosen = direct ?? CreditedRightAfter(sentence, Ongoing(clause, sentence));
        if (chosen is null && Lede(clause, eventWord, sentence, denial) is { } retold)
        {
            return new ClaimVoicing(WithReportRelays(Remembered(Composed(retold, eventWord))), VoicedBy.Lede, retold.Relation.Shape);
        }
        if (chosen is null && Restatement(clause, eventWord, sentence, denial) is { } restated)
        {
            return restated with { How = VoicedBy.Lede };
        }
        if (chosen is null)
        {
            return new ClaimVoicing(WithReportRelays(Default), VoicedBy.ReportVoice, null);
        }
        var how = direct is null ? VoicedBy.OngoingStatement : direct == own && !covering.Contains(own) ? VoicedBy.OwnCue : VoicedBy.Content;
        return new ClaimVoicing(WithReportRelays(Remembered(Composed(chosen, eventWord), chosen)), how, chosen.Relation.Shape);
    }

    /// <summary>
    /// Whether an English clause is the outlet's frame of time around a statement: it opens on "as", "while" or "even as"
    /// as a conjunction and tells the present ("…, as Moscow continues its advance into northeastern Ukraine", "As Russian
    /// forces reclaim territories, …"). Reported speech moves a speaker's words into the past ("said its forces had
    /// advanced"), so a clause in the present, with no word of the past, no verb of saying and no quotation around it,
    /// is the report's own, whatever statement it hangs on.
    /// </summary>
    private bool IsPresentFrame(Span clause)
    {
        if (!string.Equals(_report.Language, "en", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var words = TextTokens.Words(_lowered, clause);
        var opening = words.Length > 1 && words[0].Text == "even" ? 1 : 0;
        if (words.Length < opening + FrameWords || words[opening].Text is not ("as" or "while") || AsPreposition.Contains(words[opening + 1].Text)
            || words.Any(word => _lexicon.IsPastForm(word.Text)) || _voices.Any(voice => clause.Contains(voice.Relation.Cue)))
        {
            return false;
        }
        _quotations ??= SpeechReader.Quotations(_report.Text);
        return !_quotations.Value.Any(quotation => quotation.Open < clause.Start && clause.Start < quotation.Close);
    }

    /// <summary>The fewest words of a frame of time: the conjunction, a subject and a verb.</summary>
    private const int FrameWords = 3;

    /// <summary>The words after which "as" is a preposition or a fixed phrase, not a conjunction of time ("as of now", "as a result", "as part of", "as well").</summary>
    private static readonly FrozenSet<string> AsPreposition = FrozenSet.ToFrozenSet(["of", "a", "an", "part", "well", "it", "is", "such", "soon", "far", "long", "much", "many", "for"], StringComparer.Ordinal);

    /// <summary>
    /// A relation's chain with the outlets around it that pass it on: "…, — сказал Песков, передает ТАСС"; an outlet
    /// crediting a sentence passes on every attribution in it, wherever that stands («Як повідомив голова ОВА Олександр
    /// Прокудін, відомо про трьох поранених, передає УНН»: the outlet's content is what follows Prokudin's cue, but it
    /// carries his words), and an outlet pointing back passes on the sentences of its paragraph before it («Шойгу доложил
    /// … . Об этом сообщил ТАСС»).
    /// </summary>
    private AttributionChain Composed(Voice chosen, Span words)
    {
        var chain = chosen.Chain!;
        var outer = _voices.Where(voice => voice != chosen && voice.Origin is not null && voice.PassesOn
                && (voice.Relation.Covers(chosen.Relation.Clause)
                    || (voice.Relation.Shape == RelationShape.Pointer && voice.Relation.PassesOn(words))
                    || (voice.RelayOnly && voice.Relation.Sentence == chosen.Relation.Sentence && voice.Relation.Covers(words))))
            .OrderBy(voice => voice.Relation.Content.Sum(content => content.Length));
        foreach (var voice in outer)
        {
            chain = Append(chain, voice.Chain!.Relays.Select(relay => relay.Source).Prepend(voice.Chain.Origin.Source));
        }
        return chain;
    }

    /// <summary>
    /// The statement an unattributed sentence continues: the last one made before it in the report. Reports retell a
    /// statement sentence after sentence («Кроме того, …», "It also said …" without the "it said"); a report's own voice
    /// is what comes before anyone is cited.
    /// </summary>
    private Voice? Ongoing(Span clause, int sentence)
    {
        if (OpensWithRecap(sentence))
        {
            return null;
        }
        var last = _voices.LastOrDefault(voice => voice.Origin is not null && !voice.Denies && voice.Relation.Clause.End <= clause.Start);
        if (last is not null && ((!last.RetoldByPublisher && OwnParagraphInEnglish(sentence, last)) || ItemBoundaryBetween(last.Relation.Clause.End, clause.Start)))
        {
            return null;
        }
        // «…, — отметил Гладков. Ранее ВСУ нанесли удар по Белгороду. Осколками пострадали 11 автомобилей»: once the
        // report turns to its own recap, or to another matter in a paragraph of its own, the sentences after it go on
        // with that, not with the statement before it.
        return last is not null && LastTurnUpTo(sentence) > last.Relation.Sentence ? null : last;
    }

    /// <summary>
    /// The statement an unattributed sentence opening its paragraph belongs to when the paragraph's next sentence opens by
    /// crediting another speaker than the one before: «У Херсоні пролунали вибухи. Як повідомив керівник МВА Роман Мрочко,
    /// окупанти обстрілюють місто» tells the news first and whose it is right after, so the paragraph is the new
    /// speaker's, not a continuation of <paramref name="ongoing"/>'s words in the paragraph before.
    /// </summary>
    private Voice? CreditedRightAfter(int sentence, Voice? ongoing)
    {
        var paragraph = _sentences[sentence].Paragraph;
        if (ongoing is null || _sentences[ongoing.Relation.Sentence].Paragraph == paragraph
            || (sentence > 0 && _sentences[sentence - 1].Paragraph == paragraph)
            || sentence + 1 >= _sentences.Length || _sentences[sentence + 1].Paragraph != paragraph)
        {
            return ongoing;
        }
        var next = _sentences[sentence + 1].Span;
        var credit = _voices.FirstOrDefault(voice => voice.Relation.Sentence == sentence + 1 && voice.Origin is not null && !voice.Denies && !voice.RelayOnly
            && voice.Relation.Shape is RelationShape.SpeakerFirst or RelationShape.AccordingTo
            && voice.Relation.Clause.Start >= next.Start && voice.Relation.Content.All(content => content.Start >= voice.Relation.Clause.End)
            // A word before the credit («Однако заместитель командира … заявил») turns to another statement.
            && TextTokens.Words(_report.Text, new Span(next.Start, voice.Relation.Clause.Start)).IsEmpty);
        return credit is not null && !Same(credit.Origin!, ongoing.Origin!) ? credit : ongoing;
    }

    /// <summary>
    /// Whether a double bar stands between two offsets: a page of several items ("headline || body", a live blog's entries,
    /// VIINA's joined texts) parts them with it, and one item's speaker says nothing in the next («… — ССО || Найбільша
    /// втрата гелікоптерів для РФ.»: the outlet's own headline, not the special forces' words).
    /// </summary>
    private bool ItemBoundaryBetween(int from, int to) =>
        to > from && _report.Text.AsSpan(from, to - from).Contains(ItemBoundary, StringComparison.Ordinal);

    private const string ItemBoundary = "||";

    /// <summary>
    /// Whether an English sentence stands in a paragraph after the one of the statement before it and quotes no one:
    /// English reports credit each paragraph anew ("…, the defence ministry said.\n\nPeople ran for cover amid burning
    /// cars"), so a paragraph that names no speaker is the outlet's own account, unless it goes on quoting ("“Intense
    /// fighting continues. …”") or goes on with the statement's account (<see cref="ContinuesAccount"/>). Russian and
    /// Ukrainian reports retell a statement over paragraphs without naming its speaker again, and keep carrying it. So
    /// does an English item whose publisher named itself retelling a cited source ("…, Ukrinform reports, citing the
    /// General Staff"): the item as a whole is that source's bulletin retold.
    /// </summary>
    private bool OwnParagraphInEnglish(int sentence, Voice statement)
    {
        if (!string.Equals(_report.Language, "en", StringComparison.OrdinalIgnoreCase)
            || _sentences[sentence].Paragraph == _sentences[statement.Relation.Sentence].Paragraph)
        {
            return false;
        }
        var paragraphStart = _sentences.First(other => other.Paragraph == _sentences[sentence].Paragraph).Span.Start;
        var start = _sentences[sentence].Span.Start;
        _quotations ??= SpeechReader.Quotations(_report.Text);
        return !SpeechReader.IsQuote(_report.Text[paragraphStart])
            && !_quotations.Value.Any(quotation => quotation.Open <= start && start < quotation.Close)
            && !ContinuesAccount(sentence, statement);
    }

    /// <summary>
    /// Whether a sentence in a later paragraph than a statement still gives that statement's account, though no verb of
    /// saying credits it: it names a speaker the registry does not know ("Melnik said …" after Melnyk's quotation; "The
    /// unit claimed …"), so it is not the outlet's voice; it is backshifted (<see cref="Backshifted"/>); it quotes a
    /// fragment of someone's words (troops were "completely surrounded" by the enemy), which the outlet does not say
    /// itself; or it stands between the statement and another of the same speaker in the paragraph after it, without
    /// naming him (a paraphrase between two of his quotations: "‘…,’ said the General Staff.\nThe missile struck a
    /// residential area.\n‘…,’ the General Staff stated."; one naming him introduces his next words).
    /// </summary>
    private bool ContinuesAccount(int sentence, Voice statement)
    {
        var span = _sentences[sentence].Span;
        if (_voices.Any(voice => voice.Relation.Sentence == sentence && voice.NamesUnknownSpeaker)
            || Backshifted(span)
            || _quotations!.Value.Any(quotation => span.Start <= quotation.Open && quotation.Close < span.End && IsFragment(quotation)))
        {
            return true;
        }
        var nextParagraph = _sentences[sentence].Paragraph + 1;
        var namesSpeaker = statement.Origin!.SourceId is { } id && _named.Any(name => span.Contains(name.Span) && name.Source.Id == id);
        return !namesSpeaker && _voices.Any(voice => voice.Origin is not null && _sentences[voice.Relation.Sentence].Paragraph == nextParagraph && Same(voice.Origin, statement.Origin));
    }

    /// <summary>A quotation of a few words inside a sentence (at least <see cref="FragmentWords"/>), not a quoted name ("Iskander-M", «Хортиця»).</summary>
    private bool IsFragment((int Open, int Close) quotation) =>
        TextTokens.Words(_report.Text, new Span(quotation.Open + 1, quotation.Close)).Length >= FragmentWords;

    private const int FragmentWords = 3;

    /// <summary>
    /// Whether an English sentence is in the past perfect ("its forces had destroyed …", "had also been shot down") and
    /// names no year: English indirect speech moves the speaker's past a tense back, and a paragraph that goes on in that
    /// tense goes on with his account ("He added…" left out). One dated by a year ("Ukraine had taken parts of the region
    /// in August 2024") is the outlet's background.
    /// </summary>
    private bool Backshifted(Span sentence)
    {
        var words = TextTokens.Words(_lowered, sentence);
        var perfect = false;
        for (var index = 0; index < words.Length - 1 && !perfect; index++)
        {
            if (!_lexicon.BackshiftAuxiliaries.Contains(words[index].Text))
            {
                continue;
            }
            var verb = index + 1;
            while (verb < words.Length - 1 && (_lexicon.Adverbs.Contains(words[verb].Text) || words[verb].Text.EndsWith("ly", StringComparison.Ordinal)))
            {
                verb++;
            }
            perfect = _lexicon.IsPastParticiple(words[verb].Text);
        }
        return perfect && !words.Any(word => word.Text.Length == 4 && int.TryParse(word.Text, out var year) && year is >= 1900 and < 2100);
    }

    private ImmutableArray<(int Open, int Close)>? _quotations;
    private readonly ImmutableArray<SourceMatch> _named;

    /// <summary>The last sentence up to <paramref name="sentence"/> that turns from the statement before it (<see cref="Turns"/>), or -1; read once per report.</summary>
    private int LastTurnUpTo(int sentence)
    {
        if (_lastTurn is null)
        {
            _lastTurn = new int[_sentences.Length];
            for (int index = 0, last = -1; index < _lastTurn.Length; index++)
            {
                last = Turns(index) ? index : last;
                _lastTurn[index] = last;
            }
        }
        return _lastTurn[sentence];
    }

    /// <summary>
    /// Whether a sentence turns the report from the statement before it to an account of its own: it opens on a recap
    /// (<see cref="OpensWithRecap"/>), or, in Russian and Ukrainian, it opens a paragraph on a contrast or a turn
    /// («Однако ради этого украинцам пришлось …», «Тем временем …», «Водночас …» after a paragraph citing Kadyrov): a
    /// report retelling a statement over paragraphs goes on without such words, and one answering or setting it against
    /// something else speaks for itself. English paragraphs are credited anew anyway (<see cref="OwnParagraphInEnglish"/>).
    /// </summary>
    private bool Turns(int sentence) =>
        OpensWithRecap(sentence)
        || (!string.Equals(_report.Language, "en", StringComparison.OrdinalIgnoreCase) && sentence > 0
            && _sentences[sentence].Paragraph != _sentences[sentence - 1].Paragraph && OpensWithTurn(sentence));

    private int[]? _lastTurn;

    /// <summary>
    /// The statement a report's headline or lede retells before citing it: a claim in the report's first sentences, before
    /// any attribution, whose happening the report's first attribution, at most <see cref="LedeReach"/> sentences on,
    /// states again («Российская армия освободила Островское. Село взяли под контроль подразделения …, сообщили в
    /// Минобороны»; "Syrskyi has decided to withdraw troops from Avdiivka. He announced this on Facebook").
    /// </summary>
    private Voice? Lede(Span clause, Span eventWord, int sentence, bool denial)
    {
        if (sentence >= LedeReach || _voices.Any(voice => voice.Relation.Clause.Start < clause.End))
        {
            return null;
        }
        var first = _voices.Where(voice => voice.Origin is not null && !voice.RelayOnly && (!voice.Denies || denial))
            .OrderBy(voice => voice.Relation.Clause.Start)
            .FirstOrDefault();
        if (first is null || first.Relation.Sentence - sentence > LedeReach || OpensWithRecap(first.Relation.Sentence))
        {
            return null;
        }
        var kinds = _lexicon.Events.FindAll(_lowered, eventWord).Select(found => found.Value).ToHashSet();
        // A pointer's content is the sentences before it; what it states again is read there and in its own sentence.
        var restated = first.Relation.Content.Append(first.Relation.Shape == RelationShape.Pointer ? _sentences[first.Relation.Sentence].Span : first.Relation.Clause);
        return restated.Any(words => _lexicon.Events.FindAll(_lowered, words).Any(found => kinds.Contains(found.Value))) ? first : null;
    }

    /// <summary>
    /// The voicing of a later sentence that states a headline's or lede's claim again in nearly the same words: a title
    /// is a speaker's sentence lifted from the body («Потери противника … составили более 1500 военнослужащих» over
    /// «Пресс-служба Минобороны заявила, что … Потери противника … составили более 1500 военнослужащих»; «Окупанти
    /// завдали по Запоріжжю щонайменше два удари» over «…, повідомив начальник ЗОВА Іван Федоров. Росіяни завдали по
    /// Запоріжжю щонайменше два удари»), so it has the origin the body gives those words, however far on they stand.
    /// The restatement holds at least <see cref="RestatedShare"/> of the claim's content words (compared by their first
    /// letters, so inflected forms match) and an event word of the same kind; null when the body gives it no speaker.
    /// </summary>
    private ClaimVoicing? Restatement(Span clause, Span eventWord, int sentence, bool denial)
    {
        if (sentence >= LedeReach)
        {
            return null;
        }
        var words = ContentStems(clause);
        if (words.Count < RestatedWords)
        {
            return null;
        }
        var kinds = _lexicon.Events.FindAll(_lowered, eventWord).Select(found => found.Value).ToHashSet();
        for (var later = sentence + 1; later < _sentences.Length; later++)
        {
            var span = _sentences[later].Span;
            var shared = words.Count(ContentStems(span).Contains);
            var restatedEvents = shared < RestatedShare * words.Count ? [] : _lexicon.Events.FindAll(_lowered, span).Where(found => kinds.Contains(found.Value)).ToList();
            if (restatedEvents.Count == 0)
            {
                continue;
            }
            var voicing = Voicing(span, restatedEvents[0].Span, later, denial);
            return voicing.How == VoicedBy.ReportVoice ? null : voicing;
        }
        return null;
    }

    /// <summary>The content words of a span (four letters or more) by their first <see cref="StemLetters"/> letters.</summary>
    private HashSet<string> ContentStems(Span span) =>
        TextTokens.Words(_lowered, span).Where(word => word.Text.Length >= 4).Select(word => word.Text[..Math.Min(StemLetters, word.Text.Length)]).ToHashSet(StringComparer.Ordinal);

    private const double RestatedShare = 0.7;
    private const int RestatedWords = 4;
    private const int StemLetters = 5;

    /// <summary>How many sentences a headline and lede run before the report cites the statement they retell.</summary>
    private const int LedeReach = 3;

    /// <summary>
    /// Whether a sentence opens on a recap of what came before ("Earlier, …", «Ранее …», «Нагадаємо, …», "As is known"):
    /// the report turns from the statement it retells to its own account of the background.
    /// </summary>
    private bool OpensWithRecap(int sentence) =>
        _lexicon.Grammar.FindAll(_lowered, _sentences[sentence].Span).Any(found => found.Span.Start == FirstLetter(sentence) && found.Value is "earlier" or "known");

    /// <summary>Whether a sentence opens on a contrast or a turn to another matter («Однако», «Тем временем», «Водночас»).</summary>
    private bool OpensWithTurn(int sentence)
    {
        var span = _sentences[sentence].Span;
        return _lexicon.Turn.FindAll(_lowered, span).Concat(_lexicon.Contrast.FindAll(_lowered, span)).Any(found => found.Span.Start == FirstLetter(sentence));
    }

    /// <summary>Where a sentence's first letter stands, past its opening quotes, dashes and list marks.</summary>
    private int FirstLetter(int sentence)
    {
        var span = _sentences[sentence].Span;
        var start = span.Start;
        while (start < span.End && !char.IsLetter(_lowered[start]))
        {
            start++;
        }
        return start;
    }

    private Voice Resolve(SpeechRelation relation, SpeakerResolver resolver)
    {
        // A saying with no speaker retells the last statement; a quotation with no quoter named ("…," the ministry was
        // quoted as saying) was passed on by the outlet that spoke last.
        var speaker = relation.Speaker is { } phrase ? resolver.Speaker(phrase, SideOfContent(relation))
            : relation.Impersonal ? relation.Cited is null ? resolver.Last : resolver.LastOutlet
            : null;
        // "citing the ministry", «со ссылкой на Генштаб»: the cited party is whoever the words name, an outlet or not.
        var cited = relation.Cited is { } citedPhrase ? CollectiveMedia(citedPhrase) ?? resolver.Speaker(citedPhrase, SideOfCited(relation, speaker)) ?? Described(citedPhrase) ?? resolver.Outlet(citedPhrase) : null;
        // «…», — приводит ее слова Znak: a party quoting or citing another that nothing else names is an outlet by its words.
        speaker ??= cited is not null && relation.Speaker is { } quoting ? resolver.Outlet(quoting) : null;
        // "according to the TASS and Interfax news agencies": outlets joined as the party passing words on carry them in
        // the order named, the first nearest the words.
        var joined = cited is null && IsMedia(speaker) && relation.Shape == RelationShape.AccordingTo ? Coordinated(relation.Speaker) : [];
        if (joined.Count > 1)
        {
            speaker = joined[0];
        }
        var origin = cited ?? speaker;
        if (origin is null || IsPublisher(origin) && cited is null && relation.Relays.IsEmpty)
        {
            // The publisher speaking of itself ("Reuters could not verify", "told Reuters" by Reuters) adds no voice.
            return new Voice(relation, null, null, false, false, false, NamesUnknownSpeaker: origin is null && relation.Speaker is not null);
        }
        var relays = new List<SourceRef>();
        foreach (var relay in relation.Relays.Where(relay => !IsChannelsOwnMedium(relay, relation, origin)))
        {
            // "according to the TASS and Interfax news agencies": each outlet joined in the frame passed the words on.
            if (relay.Platform is null && Coordinated(relay.Party) is { Count: > 1 } told)
            {
                relays.AddRange(told);
                continue;
            }
            relays.Add(relay.Platform is { } platform
                ? new SourceRef(platform, SourceKind.Platform, Side.Unknown, null, null, relay.Span.Slice(_report.Text), relay.Span)
                : relay.Party is { } party ? (CollectiveMedia(party) ?? Told(relay, resolver.Outlet(party)))! : OutletInFrame(relay)!);
        }
        relays.RemoveAll(relay => relay is null);
        relays.InsertRange(0, OutletsToldAfterTheObject(relation));
        relays.InsertRange(0, joined.Skip(1));
        if (cited is not null && speaker is not null)
        {
            relays.AddRange(Coordinated(relation.Speaker) is { Count: > 1 } outlets ? outlets : [speaker]);
        }
        var chain = Build(origin, relays);
        var denies = ClaimKinds.Cues.FindAll(_lowered, relation.Cue).Any(cue => cue.Value == ClaimKind.Denial);
        // An outlet citing or passing on ("пише 24 Канал із посиланням на…", "…, передает ТАСС") relays what it covers; so
        // does a channel crediting a sentence whose own speaker is named («Губернатор заявил, что …, сообщает
        // Telegram-канал «X»»): its content holds his words. A channel with no speaker inside its content stays the origin.
        var passesOn = cited is not null || IsMedia(speaker) || speaker?.Kind == SourceKind.MilbloggerChannel;
        // "…, Ukrinform reports, citing the General Staff": the publisher naming itself as retelling a cited source
        // presents the whole item as that source's, so its later paragraphs keep it (RetoldByPublisher).
        var retold = cited is not null && speaker is not null && IsPublisher(speaker);
        return new Voice(relation, origin, chain, denies, passesOn && (cited is not null || relation.Shape is RelationShape.Pointer or RelationShape.ContentFirst or RelationShape.AccordingTo), passesOn, retold);
    }

    /// <summary>
    /// Speakers described by one person's office and named only where the report quotes them next: news introduces a
    /// speaker by the office and names him in the statement that follows ("…, a Ukrainian military spokeswoman
    /// said.\n\nNatalia Gumenyuk, a spokeswoman for the Southern Command, told …"; «…, говорится в сообщении главы
    /// региона. Александр Богомаз уточняет, что …»), and a headline credits its speaker by the office he is named with in
    /// the body («…, постраждали троє людей - голова ОВА» over «Про це повідомила очільниця ОВА Світлана Онищук»). The
    /// description is the first person quoted after it, a body's statement between them aside, when that is at most
    /// <see cref="NamingReach"/> sentences on (a headline's <see cref="LedeReach"/>), his words or registry titles hold the
    /// description's office, and the two belong to no different sides. An unnamed informant, a group or a body is never
    /// taken for him.
    /// </summary>
    private static ImmutableArray<Voice> NamedInTheNextStatement(ImmutableArray<Voice> voices, SpeakerResolver resolver)
    {
        var named = voices.ToBuilder();
        for (var index = 0; index < named.Count; index++)
        {
            var described = named[index];
            if (described.Origin is not { } description || described.Chain is not { } chain || resolver.OfficeOfUnnamed(description) is null)
            {
                continue;
            }
            var reach = described.Relation.Sentence == 0 ? LedeReach : NamingReach;
            var next = voices.Where(voice => voice.Origin is { } party && !voice.RelayOnly && voice.Relation.Clause.Start >= described.Relation.Clause.End
                    && resolver.IsPersonOrOffice(party))
                .MinBy(voice => voice.Relation.Clause.Start);
            if (next?.Origin is not { } person || next.Relation.Sentence - described.Relation.Sentence is < 1 || next.Relation.Sentence - described.Relation.Sentence > reach
                || !resolver.IsNamedHolder(person, description)
                || (description.Side is Side.RU or Side.UA && person.Side is Side.RU or Side.UA && description.Side != person.Side))
            {
                continue;
            }
            var meant = person with { Written = description.Written, Span = description.Span };
            named[index] = described with { Origin = meant, Chain = chain with { Origin = chain.Origin with { Source = meant } } };
        }
        return named.ToImmutable();
    }

    /// <summary>How many sentences on a report names a speaker it first described by his office.</summary>
    private const int NamingReach = 2;

    /// <summary>
    /// A party cited by a description with no name in it («со ссылкой на российские силовые структуры»): no outlet and no
    /// registry party, so it keeps its words, of unknown kind, on the side its words name. Null for a phrase with a
    /// capitalised word, which may name an outlet.
    /// </summary>
    private SourceRef? Described(Span phrase)
    {
        var written = phrase.Slice(_report.Text);
        if (written.Any(char.IsUpper))
        {
            return null;
        }
        var side = _lexicon.SideWords.FindAll(_lowered, phrase).Select(found => found.Value).LastOrDefault(value => value is Side.RU or Side.UA);
        return new SourceRef(written, SourceKind.Unknown, side is Side.RU or Side.UA ? side : Side.Unknown, null, null, written, phrase);
    }

    /// <summary>
    /// An impersonal saying with no speaker, no party cited and no relay («Уточняется, что …», «Отмечается, что …»,
    /// «Зазначається, що …») goes on with the statement before it as a whole: after «…, сообщает ИА «ДОН24» со ссылкой на
    /// федеральные СМИ» it is still the media cited, passed on by the agency, not the agency's own word. Null when the
    /// saying was read otherwise, or when the statement before it is not the one its speaker made last.
    /// </summary>
    private static Voice? ContinuedImpersonally(Voice voice, Voice? before) =>
        voice.Relation is { Impersonal: true, Speaker: null, Cited: null, Relays.IsEmpty: true } && voice.Origin is { } last
            && before?.Chain is { } chain && (Same(chain.Origin.Source, last) || chain.Relays.Any(relay => Same(relay.Source, last)))
            ? voice with { Origin = chain.Origin.Source, Chain = chain }
            : null;

    /// <summary>
    /// The outlets a speaker or relay phrase names joined as one party, in the order it names them: "state media outlets
    /// TASS and RIA, citing the defence ministry, said", «ТАСС и РИА Новости со ссылкой на Минобороны сообщили»,
    /// "according to the TASS and Interfax news agencies": each carried the words, so each is a relay. Empty unless only
    /// a conjunction or a comma stands between them.
    /// </summary>
    private List<SourceRef> Coordinated(Span? phrase)
    {
        var outlets = phrase is { } words ? _outletsNamed.Where(match => words.Contains(match.Span)).OrderBy(match => match.Span.Start).ToList() : [];
        if (outlets.Count == 0 || Enumerable.Range(1, outlets.Count - 1).Any(index => !Joined(outlets[index - 1].Span, outlets[index].Span)))
        {
            return [];
        }
        // A phrase read from after the conjunction or up to it ("RIA" of "TASS and RIA", "TASS" of "according to the TASS
        // and Interfax news agencies"): the outlets joined to it before and after it.
        while (_outletsNamed.Where(match => match.Span.End <= outlets[0].Span.Start).MaxBy(match => match.Span.End) is { } before && Joined(before.Span, outlets[0].Span))
        {
            outlets.Insert(0, before);
        }
        while (_outletsNamed.Where(match => match.Span.Start >= outlets[^1].Span.End).MinBy(match => match.Span.Start) is { } after && Joined(outlets[^1].Span, after.Span))
        {
            outlets.Add(after);
        }
        return [.. outlets.Select(match => match.ToRef()).DistinctBy(Key)];
    }

    /// <summary>Whether only a conjunction or a comma stands between two outlets' names.</summary>
    private bool Joined(Span first, Span second)
    {
        var between = _lowered.AsSpan(first.End, second.Start - first.End).Trim(" ,\"»”«“".AsSpan());
        return between.IsEmpty || CoordinatingWords.Contains(between.ToString());
    }

    /// <summary>The conjunctions that join two outlets into one party ("TASS and RIA", «ТАСС и РИА», «УНН та Укрінформ»).</summary>
    private static readonly FrozenSet<string> CoordinatingWords = FrozenSet.ToFrozenSet(["and", "и", "і", "й", "та"], StringComparer.Ordinal);

    /// <summary>
    /// Whether a platform names the medium of the channel that speaks, standing in or right before its speaker phrase
    /// ("the Telegram channel Rybar wrote", «Telegram-канал SHOT сообщил»): a channel's own platform is its medium, not
    /// a relay of its words.
    /// </summary>
    private bool IsChannelsOwnMedium(RelayPhrase relay, SpeechRelation relation, SourceRef origin) =>
        relay.Platform is not null && origin.Kind == SourceKind.MilbloggerChannel && relation.Speaker is { } phrase
            && relay.Span.Start < phrase.End && (relay.Span.End >= phrase.Start
                || _report.Text.AsSpan(relay.Span.End, phrase.Start - relay.Span.End).Trim(" \"«»“”'-–—".AsSpan()).IsEmpty);

    /// <summary>
    /// The party a relay frame names, unless the frame tells a registry person or body that is no outlet («Шойгу доложил
    /// Путину, что …», "told Zelensky"): whom a speaker told passes his words on only as an outlet does.
    /// </summary>
    private static SourceRef? Told(RelayPhrase relay, SourceRef party) =>
        relay.Frame == RelayFrame.Interview && party.SourceId is not null && !IsMedia(party) ? null : party;

    /// <summary>
    /// The outlet a relay frame names with its own words when no name follows it: «в ефірі телемарафону», «під час
    /// телемарафону», "during the telethon" (since 2022 Ukraine's channels broadcast one joint telethon, so the bare
    /// noun names it). Null for a frame that names no outlet ("in an interview", «в эфире»).
    /// </summary>
    private SourceRef? OutletInFrame(RelayPhrase relay)
    {
        var words = TextTokens.ToWordEnd(_report.Text, relay.Span);
        return _outletsNamed.Where(match => words.Contains(match.Span)).Select(match => match.ToRef()).FirstOrDefault();
    }

    /// <summary>
    /// A side's media named as a whole («со ссылкой на российские СМИ», "citing Russian agencies", «українські ЗМІ»): no
    /// outlet in particular, so named as the annotation protocol names such a party ("Russian media", "Ukrainian media",
    /// "Russian news agencies"), with its side. The side word stands in the phrase or among the two words before it
    /// (a relay frame often takes only the noun: «на российские СМИ»). Null for any other phrase.
    /// </summary>
    private SourceRef? CollectiveMedia(Span phrase)
    {
        var line = _lowered.LastIndexOf('\n', Math.Max(0, phrase.Start - 1)) + 1;
        // "citing Russian agencies": a phrase of capitalised words may stop before the noun after it.
        var next = TextTokens.Words(_lowered, new Span(phrase.End, Math.Min(_lowered.Length, phrase.End + 16))).FirstOrDefault();
        var end = next.Text is { } following && CollectiveMediaNouns.ContainsKey(following) && _lowered.AsSpan(phrase.End, next.Span.Start - phrase.End).IsWhiteSpace()
            ? next.Span.End
            : phrase.End;
        var words = TextTokens.Words(_lowered, new Span(Math.Min(line, phrase.Start), end));
        if (words.IsEmpty || !CollectiveMediaNouns.TryGetValue(words[^1].Text, out var kind))
        {
            return null;
        }
        var side = words[..^1].TakeLast(Math.Max(2, TextTokens.Words(_lowered, phrase).Length - 1))
            .SelectMany(word => _lexicon.SideWords.FindAll(_lowered, word.Span))
            .Select(found => found.Value)
            .LastOrDefault(value => value is Side.RU or Side.UA);
        // «федеральные СМИ»: Russia's national press, named by the federation's own word for it.
        if (words.Length > 1 && words[^2].Text.StartsWith("федеральн", StringComparison.Ordinal))
        {
            side = Side.RU;
        }
        if (side is not (Side.RU or Side.UA))
        {
            return null;
        }
        var name = $"{(side == Side.RU ? "Russian" : "Ukrainian")} {(kind == SourceKind.StateMedia ? "news agencies" : "media")}";
        return new SourceRef(name, kind, side, null, null, phrase.Slice(_report.Text), phrase);
    }

    /// <summary>The nouns that name a side's media as a whole: the press at large, or its news agencies (state agencies on either side).</summary>
    private static readonly FrozenDictionary<string, SourceKind> CollectiveMediaNouns = new Dictionary<string, SourceKind>
    {
        ["media"] = SourceKind.Unknown, ["сми"] = SourceKind.Unknown, ["змі"] = SourceKind.Unknown,
        ["agencies"] = SourceKind.StateMedia, ["агентства"] = SourceKind.StateMedia, ["агентств"] = SourceKind.StateMedia,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// The outlets an English verb of saying tells its object to, after it in the same clause: "confirmed their withdrawal
    /// from the city to the BBC", "described the strike to Reuters". Only an outlet the registry knows counts, so "handed
    /// the town to Russia" or "wrote a letter to Zelensky" names no relay.
    /// </summary>
    private IEnumerable<SourceRef> OutletsToldAfterTheObject(SpeechRelation relation)
    {
        var sentence = _sentences[relation.Sentence].Span;
        foreach (var outlet in _outletsNamed.Where(match => match.Span.Start > relation.Cue.End && match.Span.End <= sentence.End))
        {
            var between = _lowered.AsSpan(relation.Cue.End, outlet.Span.Start - relation.Cue.End);
            if ((between.EndsWith(" to ") || between.EndsWith(" to the ")) && between.IndexOfAny(ClauseBreaks) < 0 && !between.Contains(" that ", StringComparison.Ordinal))
            {
                yield return outlet.ToRef();
            }
        }
    }

    /// <summary>The marks that end the clause of a verb of saying, or open a quotation after it.</summary>
    private static readonly SearchValues<char> ClauseBreaks = SearchValues.Create(",.;:!?\"“”«»()\n");

    /// <summary>
    /// The side a relation's unqualified body speaks for: the publisher's own side («Минобороны» in a Russian outlet is
    /// Russia's), else the side its content names first ("Russian troops have captured …, the defence ministry said").
    /// </summary>
    private Side SideOfContent(SpeechRelation relation)
    {
        if (_publisher?.Side is Side.RU or Side.UA)
        {
            return _publisher.Side;
        }
        return relation.Content.SelectMany(content => _lexicon.SideWords.FindAll(_lowered, content))
            .OrderBy(found => found.Span.Start)
            .Select(found => found.Value)
            .FirstOrDefault(side => side is Side.RU or Side.UA);
    }

    /// <summary>
    /// The side a body cited without one belongs to: the side of the outlet quoting it ("RIA quoted the defence ministry",
    /// «ТАСС со ссылкой на Минобороны»: an outlet of a side quotes its own side's bodies), else as for a speaker.
    /// </summary>
    private Side SideOfCited(SpeechRelation relation, SourceRef? quoting) =>
        IsMedia(quoting) && quoting!.Side is Side.RU or Side.UA ? quoting.Side : SideOfContent(relation);

    private AttributionChain Build(SourceRef origin, IEnumerable<SourceRef> relays)
    {
        var kept = relays
            .Where(relay => !IsPublisher(relay) && !Same(relay, origin))
            // A spokesman's own command is where he speaks from, not a relay.
            .Where(relay => !(origin.SourceId is { } originId && relay.SourceId is { } id && _registry.IsAffiliated(originId, id)))
            .DistinctBy(Key);
        return new AttributionChain(new Attribution(origin, AttributionRole.Origin, origin.Span), [.. kept.Select(AsRelay)]);
    }

    /// <summary>
    /// A speaker's chain without relays of its own takes those the report names for him elsewhere; one whose words came
    /// only through a platform takes the outlets the report names as passing his words on ("Sobyanin wrote on his
    /// Telegram channel … . "…," Caliber.Az quotes the mayor as saying in the post": the outlet carries the post). A
    /// platform is carried only to words that go on with a statement, not to an English statement naming its speaker
    /// afresh (<see cref="NamesSpeakerAfresh"/>).
    /// </summary>
    private AttributionChain Remembered(AttributionChain chain, Voice? voice = null)
    {
        var key = Key(chain.Origin.Source);
        if (chain.Relays.IsEmpty)
        {
            if (voice is not null && _publishedThrough.TryGetValue(voice, out var published))
            {
                return chain with { Relays = [.. published.Select(AsRelay)] };
            }
            if (!_relaysByOrigin.TryGetValue(key, out var remembered))
            {
                return chain;
            }
            // A platform is the medium of one post; an outlet that passed the speaker on carries all he says in the report.
            var carried = voice is not null && NamesSpeakerAfresh(voice) ? remembered.Where(relay => relay.Kind != SourceKind.Platform) : remembered;
            return chain with { Relays = [.. carried.Select(AsRelay)] };
        }
        return chain.Relays.All(relay => relay.Source.Kind == SourceKind.Platform) && _outletsByOrigin.TryGetValue(key, out var outlets)
            ? Append(chain, outlets)
            : chain;
    }

    /// <summary>
    /// Whether an English attribution names its speaker again by name ("Syrsky said", "Moscow said", "Ukraine's special
    /// forces said on Monday") rather than pointing back to him ("he added", "the unit claimed"): English reports credit
    /// each statement anew, naming the medium of each ("said on Facebook", "said in televised remarks"), so a statement
    /// credited by name without one came by no medium the report names, whatever another statement of the speaker's came
    /// through. A pronoun or a role noun goes on with the statement before it and keeps its medium.
    /// </summary>
    private bool NamesSpeakerAfresh(Voice voice) =>
        string.Equals(_report.Language, "en", StringComparison.OrdinalIgnoreCase)
        && voice.Relation.Speaker is { } speaker
        && TextTokens.Words(_report.Text, speaker) is var words
        && words.Where((word, index) => char.IsUpper(word.Text[0]) && !Articles.Contains(word.Text)
            && _lexicon.Pronouns.FindAll(_lowered, word.Span).IsEmpty
            // "the Commander-in-Chief": English capitalises titles, which point back to their holder like a role noun.
            && _lexicon.RoleNouns.FindAll(_lowered, word.Span).IsEmpty
            // "the mayor of Moscow": a word after "of" names where the office is held, not who holds it.
            && !words[..index].Reverse().Take(2).Any(before => before.Text == "of")).Any();

    private static readonly FrozenSet<string> Articles = FrozenSet.ToFrozenSet(["The", "A", "An", "This", "That"], StringComparer.Ordinal);

    private AttributionChain Append(AttributionChain chain, IEnumerable<SourceRef> relays)
    {
        var added = relays.Where(relay => !IsPublisher(relay) && !Same(relay, chain.Origin.Source) && !chain.Relays.Any(existing => Same(existing.Source, relay))).ToList();
        return added.Count == 0 ? chain : chain with { Relays = [.. chain.Relays, .. added.Select(AsRelay)] };
    }

    /// <summary>
    /// The relays the report itself adds after the text's chain: Telegram forwards, then the outlets a dateline or credit
    /// names (a body a credit names as the text's source speaks where nothing else does, and passes nobody's words on).
    /// </summary>
    private AttributionChain WithReportRelays(AttributionChain chain)
    {
        var forwards = chain.Origin.Source.Kind == SourceKind.Publisher || _forwards.IsEmpty || Same(chain.Origin.Source, _forwards[0]) ? [] : _forwards;
        var appended = Append(chain, forwards);
        return Append(appended, _wires.Where(IsMedia));
    }

    /// <summary>
    /// Whether a place the gazetteer found is one word that is the surname of a person the report names in full
    /// («написав Федоров» after «Іван Федоров»: the speaker, not the village of Fedorove).
    /// </summary>
    private bool IsSurnameOfNamed(string text, Span place, ImmutableArray<SourceMatch> named)
    {
        var words = TextTokens.Words(text, place);
        return words.Length == 1 && named.Any(match => _registry.IsPerson(match.Source.Id)
            && TextTokens.Words(match.Written) is { Length: > 1 } full && TextTokens.SameWord(full[^1].Text, words[0].Text));
    }

    private static bool IsMedia(SourceRef? source) =>
        source?.Kind is SourceKind.StateMedia or SourceKind.IndependentMedia or SourceKind.WireAgency;

    private bool IsPublisher(SourceRef source) =>
        source.SourceId is { } id && _publisher is not null
            ? _registry.Find(id)?.Id == _publisher.Id
            : string.Equals(source.Name, _report.Publisher, StringComparison.OrdinalIgnoreCase)
                || string.Equals(source.Name, SourceRegistry.OutletName(_report.Publisher), StringComparison.OrdinalIgnoreCase)
                || IsPublishersChannel(source);

    /// <summary>
    /// A channel the registry does not know whose name carries the publisher's («Telegram-канал «Радиоточка НСН»» on НСН):
    /// the outlet's own channel is the outlet, so it relays nothing.
    /// </summary>
    private bool IsPublishersChannel(SourceRef source)
    {
        var outlet = TextTokens.Words(SourceRegistry.OutletName(_report.Publisher));
        var channel = TextTokens.Words(source.Name);
        return source.Kind == SourceKind.MilbloggerChannel && outlet.Length > 0
            && outlet.All(word => channel.Any(token => string.Equals(token.Text, word.Text, StringComparison.OrdinalIgnoreCase)));
    }

    private static Attribution AsRelay(SourceRef source) => new(source, AttributionRole.Relay, source.Span);

    private static string Key(SourceRef source) => source.SourceId ?? source.Name.ToLowerInvariant();

    private static bool Same(SourceRef a, SourceRef b) => Key(a) == Key(b);

    private SourceRef ResolveName(string name) =>
        _registry.Resolve(name) is { } known
            ? new SourceRef(known.Name, known.Kind, known.Side, known.Role, known.Id, name)
            : new SourceRef(name, SourceKind.MilbloggerChannel, Side.Unknown, "Telegram channel", null, name);

    /// <summary>A relation with its parties resolved: the origin and chain it gives, whether its cue denies, and whether it only passes words on.</summary>
    /// <param name="NamesUnknownSpeaker">A speaker phrase stands in the relation but resolves to no party.</param>
    private sealed record Voice(SpeechRelation Relation, SourceRef? Origin, AttributionChain? Chain, bool Denies, bool RelayOnly, bool PassesOn, bool RetoldByPublisher = false, bool NamesUnknownSpeaker = false);
}

/// <summary>How a claim came by its chain: the attribution whose content holds it, one whose cue its clause holds, the statement before it carried on, or the report's own voice.</summary>
public enum VoicedBy
{
    Content,
    OwnCue,
    OngoingStatement,
    /// <summary>A headline or lede retelling the statement the report cites right after it.</summary>
    Lede,
    ReportVoice,
}

/// <summary>A claim's chain, how it came by it, and the shape of the attribution that gave it.</summary>
public sealed record ClaimVoicing(AttributionChain Chain, VoicedBy How, RelationShape? Shape);

/// <summary>
/// The wires or outlets a report credits for its text, nearest the origin first ("(NTB/Reuters)": Reuters' copy carried by
/// NTB), and the words that credit them: a dateline ("KYIV, Dec 21 (Reuters) -", "МОСКВА, 12 мая.
/// /ТАСС/."), or a credit line ending the text ("— AFP", "Источник: РИА Новости", «Джерело: УНН»).
/// </summary>
internal sealed record Dateline(Span Span, ImmutableArray<SourceRef> Wires)
{
    public Dateline(Span span, SourceRef wire)
        : this(span, [wire])
    {
    }
}

/// <summary>Reads the credits of a report: a dateline in its first line, or a credit standing alone as its last.</summary>
internal static class Datelines
{
    private const int MaxDatelineLength = 100;
    private const int MaxCreditWords = 4;
    private static readonly string[] CreditLabels = ["source", "sources", "источник", "джерело", "по материалам", "за матеріалами", "with inputs from", "by"];

    /// <summary>The labels that name where a whole text comes from, a body as well as an outlet («Джерело: Генеральний штаб ЗСУ»), rather than who wrote it up.</summary>
    private static readonly string[] SourceLabels = ["source", "sources", "источник и фото", "источник", "джерело", "по материалам", "за матеріалами"];

    /// <summary>Whether a lowercased word is a source label of one word ("source", «джерело», «источник»).</summary>
    public static bool IsSourceLabel(string word) => Array.IndexOf(SourceLabels, word) >= 0;

    public static Dateline? Find(string text, SourceRegistry registry) =>
        Opening(text, registry) ?? Closing(text, registry) ?? LeadingCredit(text, registry) ?? BelowHeadline(text, registry);

    /// <summary>
    /// A wire's dateline opening one of the report's first lines after a headline or standfirst, as a page keeps the
    /// story's title above the wire copy ("Ukraine says it downed 69 drones\n\nKYIV (Reuters) – Ukraine shot down …").
    /// What stands before the agency must read as a dateline, a place in capitals or a few capitalised words and numbers
    /// ("KYIV", "ODESSA, Ukraine", "Kyiv [Ukraine], May 13", «МОСКВА, 14 октября.»), or nothing at all when the credit opens
    /// the line ("(Reuters) – A utility facility …", "(MENAFN- UkrinForm) Russian troops …": a reprint that dropped the
    /// city, or an aggregator naming the wire it carries), so that an agency named in brackets within a sentence
    /// ("shot down 69 drones overnight (AFP), the air force said") credits nothing.
    /// </summary>
    private static Dateline? BelowHeadline(string text, SourceRegistry registry) =>
        Lines(text).Where(line => !line.Slice(text).IsWhiteSpace()).Skip(1).Take(LeadingLines - 1)
            .Select(line => Bracketed(text, registry, line) is { } dateline && dateline.Wires[0].Span is { } wire && ReadsAsDateline(text, new Span(line.Start, wire.Start)) ? dateline : null)
            .FirstOrDefault(dateline => dateline is not null);

    /// <summary>
    /// Whether the words before a dateline's agency are a place and date (the first all in capitals, or each capitalised or
    /// a number, at most <see cref="MaxDatelineWords"/>), or there are none: the agency's bracket opens the line.
    /// </summary>
    private static bool ReadsAsDateline(string text, Span head) =>
        TextTokens.Words(text, head) is { Length: <= MaxDatelineWords } words
        && (words.Length == 0 || (words[0].Text.Length > 1 && words[0].Text.All(char.IsUpper)) || words.All(word => char.IsUpper(word.Text[0]) || char.IsDigit(word.Text[0])));

    private const int MaxDatelineWords = 6;

    /// <summary>How many non-empty lines a headline, a standfirst and a byline take at the top of a report.</summary>
    private const int LeadingLines = 4;

    /// <summary>
    /// A credit among the report's first lines, after a headline or the writers' names: a byline split over two lines
    /// ("By" and "Reuters" each on a line of its own), a line of its own naming the wire ("- BBC news"), a byline row
    /// opening on the wire ("Reuters | Kyiv | Updated: …"), or a wire named after a dash ending the first paragraph
    /// ("… in the city of Pokrovsk. -AP").
    /// </summary>
    private static Dateline? LeadingCredit(string text, SourceRegistry registry)
    {
        var lines = Lines(text).Where(line => !line.Slice(text).IsWhiteSpace()).Take(LeadingLines).ToList();
        for (var index = 0; index < lines.Count; index++)
        {
            var line = lines[index];
            var written = line.Slice(text).Trim();
            var credit = written.Equals("by", StringComparison.OrdinalIgnoreCase) && index + 1 < lines.Count
                ? new Span(line.Start, lines[index + 1].End)
                : line;
            if (CreditOf(registry, credit.Slice(text).ReplaceLineEndings(" ")) is { } whole)
            {
                return new Dateline(credit, Credit(whole.Wire, whole.Written, credit));
            }
            // "Reuters | Kyiv | Updated: 15-12-2023 12:13 IST": an aggregator's byline row, the desk that filed the copy first.
            var bar = written.IndexOf('|');
            if (bar > 0 && TextTokens.Words(written[..bar]).Length <= MaxCreditWords && Agency(registry, written[..bar]) is { } desk)
            {
                return new Dateline(line, Credit(desk, written[..bar].Trim(), line));
            }
            var dash = written.LastIndexOfAny(['-', '—', '–']);
            if (index == 0 && dash > 0 && char.IsWhiteSpace(written[dash - 1])
                && TextTokens.Words(written[(dash + 1)..]).Length is > 0 and <= MaxCreditWords
                && Agency(registry, written[(dash + 1)..]) is { } tail)
            {
                var at = line.Start + line.Slice(text).IndexOf(written, StringComparison.Ordinal) + dash;
                return new Dateline(new Span(at, line.End), Credit(tail, written[(dash + 1)..].Trim(), new Span(at, line.End)));
            }
        }
        return null;
    }

    private static IEnumerable<Span> Lines(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            yield return new Span(start, end);
            start = end + 1;
        }
    }

    /// <summary>
    /// "MOSCOW (Reuters) -", "KYIV, Dec 21 (AP) —", "МОСКВА, 12 мая. /ТАСС/.", "Москва. 13 марта. INTERFAX.RU —", or a first
    /// line that only names an agency ("AFP", "РИА Новости"): the agency credited early in the first line.
    /// </summary>
    private static Dateline? Opening(string text, SourceRegistry registry)
    {
        var lineEnd = text.IndexOf('\n');
        var line = new Span(0, lineEnd < 0 ? text.Length : lineEnd);
        if (TextTokens.Words(text, line).Length <= MaxCreditWords && Agency(registry, line.Slice(text)) is { } alone)
        {
            return new Dateline(line, Credit(alone, line.Slice(text), line));
        }
        if (Byline(registry, line.Slice(text)) is { } credited)
        {
            return new Dateline(line, Credit(credited, line.Slice(text), line));
        }
        if (Bracketed(text, registry, line) is { } bracketed)
        {
            return bracketed;
        }
        var limit = Math.Min(line.End, MaxDatelineLength);
        // "Москва. 13 марта. INTERFAX.RU —": an agency's name in capitals right before the dash that opens the text.
        var dash = text.IndexOfAny(['—', '–'], 0, limit);
        if (dash > 0)
        {
            var words = TextTokens.Words(text, new Span(0, dash));
            if (words.Length > 0 && Agency(registry, words[^1].Text) is { } named)
            {
                return new Dateline(new Span(0, SkipDash(text, dash)), Credit(named, words[^1].Text, words[^1].Span));
            }
        }
        return null;
    }

    /// <summary>"MOSCOW (Reuters) -", «МОСКВА, 12 мая. /ТАСС/.»: an agency in brackets or slashes early in the line, the dateline running from the line's start to past it.</summary>
    private static Dateline? Bracketed(string text, SourceRegistry registry, Span line)
    {
        var limit = Math.Min(line.End, line.Start + MaxDatelineLength);
        foreach (var (open, close) in new[] { ('(', ')'), ('/', '/') })
        {
            var at = text.IndexOf(open, line.Start, limit - line.Start);
            var end = at < 0 ? -1 : text.IndexOf(close, at + 1, Math.Min(text.Length, limit + 40) - at - 1);
            if (at < 0 || end < 0 || end - at > 60)
            {
                continue;
            }
            if (Agencies(registry, text[(at + 1)..end]) is { Count: > 0 } wires)
            {
                return new Dateline(new Span(line.Start, SkipDash(text, end + 1)), [.. wires.Select(wire => Credit(wire, text[(at + 1)..end], new Span(at + 1, end)))]);
            }
        }
        return null;
    }

    /// <summary>
    /// A byline crediting a wire beside the outlet's own writers: "By Euronews with AP", "By Jim Heintz, Associated Press",
    /// "By Reuters Staff": the agency named after "with", after the last comma, or last.
    /// </summary>
    private static Source? Byline(SourceRegistry registry, string line)
    {
        if (!line.StartsWith("By ", StringComparison.Ordinal) || TextTokens.Words(line).Length > MaxBylineWords)
        {
            return null;
        }
        var named = line[3..];
        var with = named.LastIndexOf(" with ", StringComparison.Ordinal);
        var comma = named.LastIndexOf(',');
        var tail = with >= 0 ? named[(with + 6)..] : comma >= 0 ? named[(comma + 1)..] : named;
        return Agencies(registry, tail.Replace(" and ", "/", StringComparison.Ordinal)) is [var wire, ..] ? wire : null;
    }

    private const int MaxBylineWords = 12;

    /// <summary>
    /// Reuters' closing line, "(Reporting by …; Editing by …)": the wire's house style names its reporters and editors so,
    /// and a reprint keeps the line when it drops the dateline.
    /// </summary>
    private static bool IsReutersSignature(string line) =>
        line.TrimStart('(').StartsWith("Reporting by ", StringComparison.Ordinal)
        && (line.Contains("Editing by ", StringComparison.Ordinal) || line.Contains("editing by ", StringComparison.Ordinal));

    /// <summary>
    /// "— AFP", "Reuters", "Источник: www.interfax.ru", «Джерело: УНН», "(NTB/Reuters)" or "(via Reuters)" closing the last sentence: the
    /// outlets credited at the end, nearest the origin first.
    /// </summary>
    private static Dateline? Closing(string text, SourceRegistry registry)
    {
        var trimmed = text.TrimEnd();
        var lastLine = trimmed.LastIndexOf('\n');
        // "(NTB/Reuters)" with a reprint's tracking code ("ttn-69") on a line after it: the credit closes the text before the code.
        return ClosingOf(trimmed, registry)
            ?? (lastLine > 0 && !trimmed.AsSpan(lastLine + 1).Trim().ContainsAny(' ', '\t') ? ClosingOf(trimmed[..lastLine].TrimEnd(), registry) : null)
            ?? GluedCredit(trimmed, registry);
    }

    /// <summary>
    /// An outlet credited after the last sentence on the same line, where a reprint lost the credit's line break: "… к
    /// наградам. rian_ru" (the agency's channel), "… Вячеслав Гладков. lifenews.ru »" (its address, with the arrow of a
    /// link to the original). Only an outlet counts, so a closing sentence of a few words that names none is no credit.
    /// </summary>
    private static Dateline? GluedCredit(string trimmed, SourceRegistry registry)
    {
        var tail = trimmed.TrimEnd('»', '›', '→', ' ');
        // The last sentence end a space follows: "lifenews.ru" holds a dot that ends nothing.
        var end = tail.Length - 2;
        while (end >= 0 && !(Array.IndexOf(SentenceEnds, tail[end]) >= 0 && char.IsWhiteSpace(tail[end + 1])))
        {
            end--;
        }
        if (end < 0 || tail.IndexOf('\n', end) >= 0)
        {
            return null;
        }
        var written = tail[(end + 1)..].Trim();
        var span = new Span(tail.Length - written.Length, trimmed.Length);
        return TextTokens.Words(written).Length is > 0 and <= MaxCreditWords && Agency(registry, written) is { } outlet
            ? new Dateline(span, Credit(outlet, written, span))
            : null;
    }

    /// <summary>The marks that end a sentence before a credit glued after it.</summary>
    private static readonly char[] SentenceEnds = ['.', '!', '?', '…'];

    /// <summary>A closing credit without the "via" that names the wire the copy came through ("(via Reuters)").</summary>
    private static string WithoutVia(string credit) =>
        credit.StartsWith("via ", StringComparison.OrdinalIgnoreCase) ? credit["via ".Length..] : credit;

    private static Dateline? ClosingOf(string trimmed, SourceRegistry registry)
    {
        if (trimmed.EndsWith(')') && trimmed.LastIndexOf('(') is var open and >= 0 && trimmed.Length - open <= 40
            && Agencies(registry, WithoutVia(trimmed[(open + 1)..^1])) is { Count: > 0 } bracketed)
        {
            return new Dateline(new Span(open, trimmed.Length), [.. bracketed.Select(wire => Credit(wire, trimmed[(open + 1)..^1], new Span(open + 1, trimmed.Length - 1)))]);
        }
        var start = trimmed.LastIndexOf('\n') + 1;
        var line = trimmed[start..];
        if (IsReutersSignature(line) && registry.Resolve("Reuters") is { } reuters)
        {
            return new Dateline(new Span(start, trimmed.Length), Credit(reuters, line, new Span(start, trimmed.Length)));
        }
        var span = new Span(start, trimmed.Length);
        return CreditOf(registry, line) is { } credit ? new Dateline(span, Credit(credit.Wire, credit.Written, span))
            : AddressCredit(registry, line) is { } address ? new Dateline(span, address with { Span = span })
            : null;
    }

    /// <summary>
    /// The site a source label credits by its web address, "Источник: http://gazeta19.ru/", «Джерело: https://www.ukrinform.ua/…»,
    /// "Источник и фото - ria.ru": the report reprints that site's text, so the site passes on every statement in it. A
    /// site the registry knows under its name or address is that outlet; another is an outlet named by its address. The
    /// address of a platform (t.me, facebook.com) names a channel or page, not an outlet, and credits nothing here.
    /// </summary>
    private static SourceRef? AddressCredit(SourceRegistry registry, string line)
    {
        var name = line.Trim(' ', '—', '–', '-', '.', '(', ')');
        var lowered = name.ToLowerInvariant();
        var label = SourceLabels.FirstOrDefault(label => lowered.StartsWith(label, StringComparison.Ordinal) && lowered.Length > label.Length && !char.IsLetter(lowered[label.Length]));
        if (label is null || Host(name[label.Length..].TrimStart(' ', ':', '-', '—', '–')) is not { } host || PlatformHosts.Any(platform => host == platform || host.EndsWith("." + platform, StringComparison.Ordinal)))
        {
            return null;
        }
        var known = registry.Resolve(host) ?? SiteNamed(registry, host);
        return known is not null
            ? new SourceRef(known.Name, known.Kind, known.Side, known.Role, known.Id, host)
            : new SourceRef(host, SourceKind.IndependentMedia, Side.Unknown, null, null, host);
    }

    /// <summary>
    /// The outlet a host names by its own label ("www.interfax.ru" Interfax), or by the words of the outlet's name or of
    /// one of its aliases run together ("kyivpost.com" the Kyiv Post); null for a site the registry does not know.
    /// </summary>
    private static Source? SiteNamed(SourceRegistry registry, string host)
    {
        var labels = host.Split('.');
        var site = labels[..^1].LastOrDefault(label => !HostWords.Contains(label));
        return site is null ? null
            : AgencyNamed(registry, site) ?? registry.Sources.FirstOrDefault(source => source.Kind is SourceKind.WireAgency or SourceKind.StateMedia or SourceKind.IndependentMedia
                && source.Aliases.Prepend(source.Name).Any(name => RunTogether(name) == site));
    }

    /// <summary>The labels of a host that name no site: second-level domains and language or mobile subdomains.</summary>
    private static readonly string[] HostWords = ["com", "co", "org", "net", "gov", "en", "ru", "ua", "uk", "m"];

    /// <summary>A name's Latin letters and digits run together, lowercased ("Kyiv Post" → "kyivpost"), as a web address writes it.</summary>
    private static string RunTogether(string name) => string.Concat(name.Where(char.IsAsciiLetterOrDigit)).ToLowerInvariant();

    /// <summary>The host a web address written alone names ("http://gazeta19.ru/", "www.interfax.ru", "ria.ru"), without "www.", or null when the words are no address.</summary>
    private static string? Host(string written)
    {
        var address = written.Trim();
        if (address.Contains(' ', StringComparison.Ordinal))
        {
            return null;
        }
        var scheme = address.IndexOf("://", StringComparison.Ordinal);
        address = scheme >= 0 ? address[(scheme + 3)..] : address;
        var slash = address.IndexOf('/');
        var host = (slash >= 0 ? address[..slash] : address).ToLowerInvariant();
        host = host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
        var dot = host.LastIndexOf('.');
        return dot > 0 && host.Length - dot - 1 is >= 2 and <= 6 && host[(dot + 1)..].All(char.IsAsciiLetter) && host.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-')
            ? host
            : null;
    }

    /// <summary>The hosts of platforms whose addresses name a channel, page or account rather than an outlet.</summary>
    private static readonly string[] PlatformHosts =
        ["t.me", "telegram.me", "telegram.org", "facebook.com", "fb.com", "x.com", "twitter.com", "youtube.com", "youtu.be", "vk.com", "ok.ru", "instagram.com", "tiktok.com", "threads.net"];

    /// <summary>
    /// The wire a short line standing alone credits: "— AFP", "Источник: РИА Новости", «Джерело: УНН», "By Reuters",
    /// "-AP with Stuff" (the wire first, the outlet that reworked its copy after "with"); after a label naming the text's
    /// source, any party the registry knows («Джерело: Генеральний штаб ЗСУ»: the report retells the General Staff's
    /// bulletin, its own voice throughout).
    /// </summary>
    private static (Source Wire, string Written)? CreditOf(SourceRegistry registry, string line)
    {
        if (TextTokens.Words(WithoutService(line.TrimEnd())).Length is 0 or > MaxCreditWords)
        {
            return null;
        }
        var name = line.Trim(' ', '—', '–', '-', '.', '(', ')', '/');
        var lowered = name.ToLowerInvariant();
        var label = CreditLabels.FirstOrDefault(label => lowered.StartsWith(label, StringComparison.Ordinal) && (lowered.Length == label.Length || !char.IsLetter(lowered[label.Length])));
        if (label is not null)
        {
            name = name[label.Length..].TrimStart(' ', ':', '-', '—');
        }
        var with = name.IndexOf(" with ", StringComparison.Ordinal);
        var wireName = with > 0 ? name[..with] : name;
        return Agency(registry, wireName) is { } wire ? (wire, wireName)
            : SourceLabels.Contains(label) && registry.Resolve(wireName.Trim('«', '»', '"', ' ', '.')) is { } party ? (party, wireName)
            : null;
    }

    /// <summary>
    /// The agencies a credit names, split at slashes and dashes ("NTB/Reuters", "UrduPoint News / Sputnik - 21st May"),
    /// last first: a credit names the outlet carrying the copy before the wire that wrote it, so the last is nearest the origin.
    /// </summary>
    private static List<Source> Agencies(SourceRegistry registry, string credit) =>
        [.. credit.Split(['/', '-', '—', '–', ','], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(part => Agency(registry, part)).OfType<Source>().DistinctBy(source => source.Id).Reverse()];

    /// <summary>
    /// An outlet's name as a credit gives it: plain, in quotes, as its web address ("www.interfax.ru", "INTERFAX.RU"), or
    /// in quotes after the kind of outlet it is («ИА «Дон 24»», «агентство «Интерфакс»»: the quoted name is the outlet's).
    /// </summary>
    private static Source? Agency(SourceRegistry registry, string name) =>
        AgencyNamed(registry, name) ?? (QuotedAfterItsKind(name) is { } quoted ? AgencyNamed(registry, quoted) : null);

    /// <summary>The name in «» closing a credit after the words before it, or null when the credit is not so written.</summary>
    private static string? QuotedAfterItsKind(string name)
    {
        var trimmed = name.Trim(' ', '.');
        var open = trimmed.IndexOf('«');
        return open > 0 && trimmed.EndsWith('»') && trimmed.IndexOf('»') == trimmed.Length - 1 ? trimmed[(open + 1)..^1] : null;
    }

    private static Source? AgencyNamed(SourceRegistry registry, string name)
    {
        var plain = name.Trim('«', '»', '"', ' ', '.', ':');
        if (plain.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            plain = plain[4..];
        }
        var dot = plain.LastIndexOf('.');
        var candidates = dot > 0 && dot >= plain.Length - 4 ? new[] { plain, plain[..dot] } : [plain, WithoutService(plain)];
        return candidates.Select(registry.Resolve)
            .FirstOrDefault(source => source?.Kind is SourceKind.WireAgency or SourceKind.StateMedia or SourceKind.IndependentMedia);
    }

    /// <summary>"New York Times News Service", "Xinhua news agency", "BBC news": an outlet's name without the words naming its service.</summary>
    private static string WithoutService(string name) =>
        ServiceWords.FirstOrDefault(words => name.EndsWith(words, StringComparison.OrdinalIgnoreCase) && name.Length > words.Length) is { } service
            ? name[..^service.Length]
            : name;

    private static readonly string[] ServiceWords = [" news service", " news agency", " news"];

    private static int SkipDash(string text, int at)
    {
        while (at < text.Length && text[at] is ' ' or '.' or '-' or '—' or '–' or ':')
        {
            at++;
        }
        return at;
    }

    private static SourceRef Credit(Source wire, string written, Span span) => new(wire.Name, wire.Kind, wire.Side, wire.Role, wire.Id, written, span);
}
