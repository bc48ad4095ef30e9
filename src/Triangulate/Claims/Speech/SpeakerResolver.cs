using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Claims.Speech;

/// <summary>
/// Decides, once per phrase and in text order, which party a speaker's or relay's words mean: a registry source named
/// in them (a person before the body he speaks for), a person the registry does not know, a pronoun or a definite role
/// noun carried from the last fitting speaker ("he", "the ministry", «речник», «ведомство»), a surname alone or a role
/// description standing for a party named elsewhere in the report, a side speaking as a whole ("Окупанти"), or else a
/// described party with a kind and side read from its words ("a Ukrainian battalion commander").
/// </summary>
internal sealed partial class SpeakerResolver
{
    private readonly string _text;
    private readonly string _lowered;
    private readonly SourceRegistry _registry;
    private readonly SpeechLexicon _lexicon;
    private readonly ImmutableArray<SourceMatch> _named;
    private readonly ImmutableArray<Span> _places;
    private readonly DateOnly? _day;
    private readonly List<SourceRef> _spoken = [];
    private readonly HashSet<string> _speakerHeads;
    private readonly ImmutableArray<Span> _speakerPhrases;

    /// <summary>The side that last spoke as a whole ("Russia said", «Окупанти заявляют»), whose bodies a bare description then names.</summary>
    private Side _sideSpokenAsWhole = Side.Unknown;

    /// <param name="day">The report's date, on which a title ("the Russian defence minister") names its holder.</param>
    /// <param name="speakerPhrases">The words of every speaker in the report, so that a description can stand for a party the report quotes later.</param>
    public SpeakerResolver(
        string text, string lowered, SourceRegistry registry, SpeechLexicon lexicon, ImmutableArray<SourceMatch> named, ImmutableArray<Span> places, DateOnly? day,
        IEnumerable<Span> speakerPhrases)
    {
        _day = day;
        _text = text;
        _lowered = lowered;
        _registry = registry;
        _lexicon = lexicon;
        _named = [.. named.Select(match => Namesake(match, named, registry, day))];
        _places = places;
        _speakerPhrases = [.. speakerPhrases];
        _speakerHeads = [.. _speakerPhrases.Select(phrase => HeadOf(phrase, named)).OfType<string>()];
    }

    /// <summary>
    /// Which of the registry's persons sharing a surname a surname alone means («Волошин», "Kuleba"): the one the report
    /// names in full, else the one holding an office on the report's day, else the one whose organisation the report
    /// names; the registry's first reading when none or several fit.
    /// </summary>
    private static SourceMatch Namesake(SourceMatch match, ImmutableArray<SourceMatch> named, SourceRegistry registry, DateOnly? day)
    {
        if (TextTokens.Words(match.Written).Length != 1 || !registry.IsPerson(match.Source.Id) || registry.Namesakes(match.Source) is not { IsEmpty: false } others)
        {
            return match;
        }
        ImmutableArray<Source> candidates = [match.Source, .. others];
        var inFull = candidates.Where(person => named.Any(other => other.Source.Id == person.Id && TextTokens.Words(other.Written).Length > 1)).ToList();
        // Offices tell namesakes apart only when the registry knows every one's offices.
        var onDay = day is { } date && candidates.All(person => !person.Titles.IsEmpty)
            ? candidates.Where(person => person.Titles.Any(title => title.HeldOn(date))).ToList()
            : [];
        var byOrganisation = candidates.Where(person => named.Any(other => person.AffiliatedWith.Contains(other.Source.Id))).ToList();
        var chosen = inFull is [var full] ? full : onDay is [var holder] ? holder : byOrganisation is [var member] ? member : match.Source;
        return match with { Source = chosen };
    }

    /// <summary>
    /// The last party resolved as a speaker, for a saying that retells the statement quoted before («…, — йдеться у
    /// повідомленні»): an outlet that only passed the statement on («Про це повідомляє Генштаб, пише УНН») made none of
    /// its own, so the last speaker that is not an outlet is meant when there is one.
    /// </summary>
    public SourceRef? Last => _spoken.LastOrDefault(party => !IsOutlet(party.Kind)) ?? _spoken.LastOrDefault();

    /// <summary>The last party resolved as a speaker when it is an outlet, which passes on words quoted without naming who quoted them.</summary>
    public SourceRef? LastOutlet => _spoken.LastOrDefault() is { } last && IsOutlet(last.Kind) ? last : null;

    /// <summary>Resolves a speaker's words and remembers the party for what refers back to it later.</summary>
    /// <param name="sideOfContent">
    /// The side a bare body ("the defence ministry", «Минобороны») belongs to when its words name none: the side the
    /// report speaks from, or the side its content is about.
    /// </param>
    public SourceRef? Speaker(Span phrase, Side sideOfContent = Side.Unknown)
    {
        var resolved = Resolve(phrase, sideOfContent);
        if (resolved is { SourceId: { } id } && _registry.Find(id) is { } forces && QuotedCommandWithin(forces) is { } command)
        {
            resolved = resolved with { Name = command.Name, Kind = command.Kind, Side = command.Side, Role = command.Role, SourceId = command.Id };
        }
        if (resolved is not null)
        {
            _spoken.Add(resolved);
        }
        return resolved;
    }

    /// <summary>Resolves an outlet's words in a relay frame ("told the Associated Press", «в эфире «Россия 24»»).</summary>
    public SourceRef Outlet(Span phrase)
    {
        var inside = _named.Where(match => phrase.Contains(match.Span)).ToList();
        if (inside.Count > 0)
        {
            return inside[^1].ToRef();
        }
        var written = StripQuotes(phrase.Slice(_text));
        // «в етері телемарафону "Єдині новини"»: a name the registry knows only in quotes is still that outlet, with its kind and side.
        return _registry.Resolve(written) is { } known
            ? new SourceRef(known.Name, known.Kind, known.Side, known.Role, known.Id, written, phrase)
            : new SourceRef(written, SourceKind.IndependentMedia, Side.Unknown, null, null, written, phrase);
    }

    private SourceRef? Resolve(Span phrase, Side sideOfContent)
    {
        var written = phrase.Slice(_text);
        var tokens = TextTokens.Words(_text, phrase);
        if (tokens.IsEmpty)
        {
            return null;
        }
        if ((tokens.Length <= 2 || OwnOffice(tokens, phrase)) && PronounOf(tokens) is { } reach)
        {
            return Antecedent(reach, phrase);
        }
        var inside = _named.Where(match => phrase.Contains(match.Span)).ToList();
        var nameRun = PersonName(tokens, inside);
        var kinds = _lexicon.RoleNouns.FindAll(_lowered, phrase);
        var kind = KindOf(kinds);
        var side = SideOf(phrase, inside);
        var role = Description(phrase, nameRun);

        // "sources in Ukraine's defence forces", "a source close to Prigozhin", «источник в силовых структурах»: informants
        // named by where they sit are unnamed, never the body or person after the noun.
        if (!kinds.IsEmpty && kinds[0] is { Value: SourceKind.Unknown } informant && OpensPhrase(informant.Span, tokens))
        {
            return UnnamedSource(written, tokens, side, phrase);
        }
        if (HeadPerson(phrase, inside) is { } head)
        {
            // «Алексей Кулеба» is not the registry's Dmytro Kuleba: a surname the registry knows, after another given name.
            if (NamesakeGivenName(head) is { } given)
            {
                return new SourceRef(new Span(given.Span.Start, head.Span.End).Slice(_text), kind ?? SourceKind.Individual, side, role, null, written, phrase);
            }
            // "Andrii Kovalenko, a press officer of the 24th Mechanized Brigade" is not the registry's Andriy Kovalenko of
            // the disinformation centre: a description that places the person in a unit or command he does not belong to
            // names a namesake.
            return ServesElsewhere(head, inside)
                ? new SourceRef(head.Written, kind ?? SourceKind.Individual, side, role, null, written, phrase)
                : head.ToRef() with { Span = phrase };
        }
        if (nameRun is { } name)
        {
            // A surname alone, or a name given in full earlier in the report, is the party named there.
            var surname = TextTokens.Words(_text, name)[^1].Text;
            if (SpokenBySurname(surname) is { } known)
            {
                return known with { Span = phrase };
            }
            if (_named.FirstOrDefault(match => IsPerson(match.Source) && TextTokens.SameWord(SourceRegistry.Surname(match.Source.Name), surname)) is { Source: not null } registered
                && TextTokens.Words(_text, name).Length == 1)
            {
                return registered.ToRef() with { Span = phrase };
            }
            var nameText = WithoutNicknames(name);
            return new SourceRef(nameText, kind ?? SourceKind.Individual, side, role, null, written, phrase);
        }
        if (tokens is [var lone] && char.IsUpper(lone.Text[0]))
        {
            // «написав Федоров» after «Іван Федоров»: a surname alone that the registry lists only with the given name;
            // «…», — рассказал Греков» after «генерал-лейтенант Роман Греков»: one the registry does not know, who spoke before.
            if (FullyNamedWithSurname(lone.Text) is { } full)
            {
                return full.ToRef() with { Span = phrase };
            }
            if (SpokenBySurname(lone.Text) is { } spoken)
            {
                return spoken with { Span = phrase };
            }
        }
        // A title names its holder on the report's day ("the Russian defence minister", «речник Повітряних сил»), or the
        // one holder the report names elsewhere.
        if (TitleHolder(phrase) is { } holder)
        {
            return holder;
        }
        if (inside.Count > 0)
        {
            // Titles held by a registry person ("глава ДНР", "Russian Defence Ministry spokesman") name him when the report names him too.
            if (role is not null && NamedHolder(phrase, inside) is { } named)
            {
                return named with { Span = phrase };
            }
            if (OfficeHolder(phrase, inside) is { } officer)
            {
                return officer;
            }
            if (UnnamedOfficer(phrase, inside) is { } unnamed)
            {
                return unnamed;
            }
            var body = MostSpecific(inside);
            return body.ToRef() with { Span = phrase };
        }
        if (SideGroupOf(phrase) is { } group)
        {
            // "Russia said two of its missiles had hit …" in a report whose speakers include "the defence ministry": the
            // side speaks through the one body of it the report quotes.
            if (NamesCountry(tokens) && SpeakingBodyOf(group) is { } body)
            {
                return new SourceRef(body.Name, body.Kind, body.Side, body.Role, body.Id, written, phrase);
            }
            // A side speaking as a whole ("Russia", «Окупанти», "Kyiv"), under one name per side.
            _sideSpokenAsWhole = group;
            var sideName = group == Side.RU ? RussianSide : UkrainianSide;
            return new SourceRef(sideName, SourceKind.Official, group, null, null, written, phrase);
        }
        if (kinds.IsEmpty)
        {
            // «…, пишет «Свободная пресса»»: a name in quotation marks the registry does not know is an outlet's title,
            // the marks standing around the words taken as the speaker's or inside them.
            var quoted = phrase.Start > 0 && phrase.End < _text.Length && _text[phrase.Start - 1] is '«' or '“' or '"' && _text[phrase.End] is '»' or '”' or '"'
                ? new Span(phrase.Start - 1, phrase.End + 1)
                : phrase;
            return IsQuotedName(quoted.Slice(_text)) ? Outlet(quoted) : null;
        }
        if (kind == SourceKind.Unknown)
        {
            return UnnamedSource(written, tokens, side, phrase);
        }
        // "The defence ministry in Moscow added", «Минобороны России»: a body whose words state its side is that side's,
        // whoever spoke last.
        if (FunctionBody(phrase, kinds, side) is { } stated)
        {
            return stated;
        }
        if ((IsDefinite(tokens) || IsPlacedOffice(tokens, kinds)) && Antecedent(kind, kinds, phrase, sideOfContent, side) is { } meant)
        {
            return meant;
        }
        if (NamedElsewhere(written, kind, side, kinds) is { } elsewhere)
        {
            return elsewhere with { Span = phrase };
        }
        if (RegistryVariant(written, side is Side.Unknown ? sideOfContent : side) is { } variant)
        {
            return new SourceRef(variant.Name, variant.Kind, variant.Side, variant.Role, variant.Id, written, phrase);
        }
        var description = StripArticle(written);
        if (side is Side.Unknown && (_registry.SidedBody(description, sideOfContent) ?? BodyNamedInFull(description)) is { } sided)
        {
            return new SourceRef(sided.Name, sided.Kind, sided.Side, sided.Role, sided.Id, written, phrase);
        }
        return new SourceRef(description, kind ?? SourceKind.Unknown, side, description, null, written, phrase);
    }

    /// <summary>
    /// The one body the report names in full whose name holds a bare description of it: "the Defense Ministry" in a report
    /// that names "the Russian Defense Ministry" elsewhere, its side unstated where the short form stands.
    /// </summary>
    private Source? BodyNamedInFull(string description)
    {
        var fitting = _named.Select(match => match.Source).Where(source => !IsPerson(source)).DistinctBy(source => source.Id)
            .Where(source => _registry.SidedBody(description, source.Side)?.Id == source.Id)
            .Take(2)
            .ToList();
        return fitting is [var only] ? only : null;
    }

    /// <summary>
    /// Unnamed informants («По информации источников», "citing sources", «з посиланням на джерела»): nobody the registry
    /// knows, so never a body or person the report names; "the source said", «источник добавил» takes up the unnamed
    /// party quoted before it ("security forces told TASS"), if any.
    /// </summary>
    private SourceRef UnnamedSource(string written, ImmutableArray<TextToken> tokens, Side side, Span phrase)
    {
        var earlier = IsDefinite(tokens) ? _spoken.LastOrDefault(party => party.SourceId is null && !IsOutlet(party.Kind) && !IsPersonRef(party)) : null;
        var description = StripArticle(written);
        return earlier is not null
            ? earlier with { Span = phrase }
            : new SourceRef(description, SourceKind.Unknown, side, description, null, written, phrase);
    }

    /// <summary>Whether a noun heads its phrase: only lower-case words (an article, "unnamed", «неназванный») stand before it.</summary>
    private static bool OpensPhrase(Span noun, ImmutableArray<TextToken> tokens) =>
        tokens.TakeWhile(token => token.Span.Start < noun.Start).All(token => char.IsLower(token.Text[0]));

    /// <summary>
    /// The holder of a title the phrase names ("the Russian defence minister", «спікер Сил оборони півдня»): the one who
    /// held it on the report's day, else the one holder the report names elsewhere.
    /// </summary>
    private SourceRef? TitleHolder(Span phrase)
    {
        foreach (var title in _registry.FindTitlesIn(_text, phrase))
        {
            if (DeputyBefore(phrase, title.Span))
            {
                // «Заступник начальника ГУР», "the deputy head of the HUR": the holder's deputy, not the holder.
                continue;
            }
            var holder = _day is { } day ? title.HolderOn(day) : null;
            holder ??= title.Holders.Select(held => held.Source).DistinctBy(source => source.Id).ToList() is [var only] ? only : null;
            holder ??= title.Holders.Select(held => held.Source).Where(source => _named.Any(match => match.Source.Id == source.Id)).DistinctBy(source => source.Id).ToList() is [var named] ? named : null;
            if (holder is not null)
            {
                return new SourceRef(holder.Name, holder.Kind, holder.Side, holder.Role, holder.Id, phrase.Slice(_text), phrase);
            }
        }
        return null;
    }

    /// <summary>
    /// The one body (no person, no outlet) of <paramref name="side"/> that the report quotes: a registry body a speaker's
    /// words name, or one a bare description of a speaker fits on that side ("the Defense Ministry" → Russia's).
    /// </summary>
    private Source? SpeakingBodyOf(Side side)
    {
        // A bare "the defence ministry" is the side's only when the other side does not speak in the report as well.
        var otherSideSpeaks = _speakerPhrases.Any(phrase => SideGroupOf(phrase) is { } group && group != side);
        var bodies = _speakerPhrases
            .Select(phrase => _named.LastOrDefault(match => phrase.Contains(match.Span))?.Source
                ?? (!otherSideSpeaks && _lexicon.RoleNouns.FindAll(_lowered, phrase) is { IsEmpty: false } nouns ? SidedBodyBefore(phrase, nouns, side) : null))
            .OfType<Source>()
            .Where(source => source.Side == side && !IsPerson(source) && !IsOutlet(source.Kind) && source.Kind is SourceKind.MilitaryCommand or SourceKind.Official)
            .DistinctBy(source => source.Id)
            .Take(2)
            .ToList();
        return bodies is [var only] ? only : null;
    }

    /// <summary>A side named by its country or capital alone ("Russia", "Moscow", «Україна»), not as "the Russian side" or «окупанти».</summary>
    private static bool NamesCountry(ImmutableArray<TextToken> tokens) =>
        tokens is [var only] && char.IsUpper(only.Text[0]);

    /// <summary>The registry body of <paramref name="side"/> that a phrase's words up to its last role noun describe ("The defence ministry in Moscow" → "defence ministry").</summary>
    private Source? SidedBodyBefore(Span phrase, ImmutableArray<CueMatch<SourceKind>> nouns, Side side)
    {
        var end = TextTokens.ToWordEnd(_text, nouns[^1].Span).End;
        var words = TextTokens.Words(_text, new Span(phrase.Start, Math.Min(end, phrase.End)))
            .Where(token => !IsAt(_lexicon.SideWords, token) && token.Text is not ("the" or "The" or "its" or "Its"))
            .Select(token => token.Text);
        var bare = string.Join(' ', words);
        return bare.Length == 0 ? null : _registry.SidedBody(bare, side);
    }

    /// <summary>
    /// "Moscow's defence ministry", "Kyiv's air force": a body named by its side's city or country in the possessive,
    /// as the registry knows it by its side's adjective ("Russian Defence Ministry", "Ukrainian Air Force").
    /// </summary>
    private Source? RegistryVariant(string written, Side side)
    {
        if (side is not (Side.RU or Side.UA))
        {
            return null;
        }
        var body = StripArticle(written);
        var apostrophe = body.IndexOfAny(['\'', '’']);
        if (apostrophe <= 0 || apostrophe + 2 >= body.Length || body[apostrophe + 1] != 's')
        {
            return null;
        }
        var rest = body[(apostrophe + 2)..].Trim();
        return _registry.Resolve((side == Side.RU ? "Russian " : "Ukrainian ") + rest);
    }

    /// <summary>The last speaker a pronoun may stand for: a person-like party for "he"/«он», any party for "it"/«они».</summary>
    private SourceRef? Antecedent(PronounReach reach, Span phrase)
    {
        var meant = reach == PronounReach.Person
            ? _spoken.LastOrDefault(party => party.Kind is not (SourceKind.StateMedia or SourceKind.IndependentMedia or SourceKind.WireAgency or SourceKind.Platform))
            : _spoken.LastOrDefault();
        if (reach == PronounReach.Person && meant?.Span is { } said && PersonNamedSince(said, phrase) is { } nearer && nearer.SourceId != meant.SourceId)
        {
            // "…, the ministry said. But the governor of Odesa, Maksym Marchenko, is telling a different story. '…,' he
            // said": a person the report introduces in a sentence after the last speaker's is nearer the pronoun.
            meant = nearer;
        }
        // "Syrskyi has decided to withdraw troops from Avdiivka. He announced this on Facebook": with no one quoted yet, the
        // pronoun stands for the last party the report named before it.
        meant ??= _named.Where(match => match.Span.End <= phrase.Start && (reach == PronounReach.Person ? IsPerson(match.Source) : !IsOutlet(match.Source.Kind)))
            .Select(match => match.ToRef()).LastOrDefault();
        // «"Освобождён Купянск-Узловой", — сказал он. Герасимов также сообщил…»: an item that opens on a quote, its lede cut
        // off, names the person its "he" stands for only after it; with nobody named before, he is the first person named.
        if (meant is null && reach == PronounReach.Person)
        {
            meant = _named.Where(match => match.Span.Start >= phrase.End && IsPerson(match.Source)).Select(match => match.ToRef()).FirstOrDefault();
        }
        return meant is null ? null : meant with { Span = phrase };
    }

    /// <summary>
    /// The registry person named last before <paramref name="pronoun"/> in a sentence after the one holding
    /// <paramref name="said"/>, if any. A person pronoun between them carries the last speaker on («Він нагадав слова
    /// Сирського»): a person named after it is spoken of, not speaking. In the pronoun's own sentence the person named
    /// first, its subject, is meant rather than one named after him ("Trump asked Putin to spare troops that he said
    /// were surrounded": Trump), unless a quotation opens the sentence, whose names are the quoted words'.
    /// </summary>
    private SourceRef? PersonNamedSince(Span said, Span pronoun)
    {
        var since = _named.Where(match => match.Span.Start >= said.End && match.Span.End <= pronoun.Start && IsPerson(match.Source)
                && _text.AsSpan(said.End, match.Span.Start - said.End).ContainsAny(SentenceEnds)
                && !_lexicon.Pronouns.FindAll(_lowered, new Span(said.End, match.Span.Start))
                    .Any(found => found.Value == PronounReach.Person && (found.Span.Start == 0 || !char.IsLetter(_lowered[found.Span.Start - 1]))))
            .ToList();
        var sentenceStart = _text.AsSpan(0, pronoun.Start).LastIndexOfAny(SentenceEnds) + 1;
        var subject = _text.AsSpan(sentenceStart, pronoun.Start - sentenceStart).ContainsAny(QuotationMarks)
            ? null
            : since.FirstOrDefault(match => match.Span.Start >= sentenceStart);
        return (subject ?? since.LastOrDefault())?.ToRef();
    }

    private static readonly System.Buffers.SearchValues<char> SentenceEnds = System.Buffers.SearchValues.Create(".!?\n");

    private static readonly System.Buffers.SearchValues<char> QuotationMarks = System.Buffers.SearchValues.Create("\"“”«»„");

    /// <summary>
    /// "the ministry", "the spokesman", «ведомство», «речник», «керівник ОВА»: the last speaker the noun fits — one whose
    /// name or role holds the noun, else the last person for a noun of a person's office, the last body for a body.
    /// A description that states a side ("The Russian army", «украинское командование») takes up no party of the other
    /// side, and one that names a place ("The governor of the central Khmelnytskyi region") only a party whose words or
    /// titles name it: "the governor" after another region's governor is a new speaker, not the same one again.
    /// </summary>
    /// <param name="sideOfContent">The side the report gives a body whose words state none (see <see cref="Speaker"/>).</param>
    /// <param name="stated">The side the description's own words state, or <see cref="Side.Unknown"/>.</param>
    private SourceRef? Antecedent(SourceKind? kind, ImmutableArray<CueMatch<SourceKind>> nouns, Span phrase, Side sideOfContent, Side stated)
    {
        var places = PlacesQualifying(phrase);
        var spokenFitting = _spoken.Where(party => Fitting(party.Side, party.Role ?? party.Written ?? party.Name, party.SourceId)).ToList();
        var namedFitting = _named.Where(match => Fitting(match.Source.Side, match.Written, match.Source.Id)).ToList();
        // The phrase is about the person when one of its nouns names a person's office: «глава ОВА», «речник Повітряних сил»
        // and "the ministry spokesman" are the head and the spokesman, the body after or before them only where they serve.
        var office = nouns.FirstOrDefault(IsPersonal);
        var head = office.Cue ?? nouns[^1].Cue;
        var personal = office.Cue is not null;
        if (kind is SourceKind.WireAgency or SourceKind.IndependentMedia or SourceKind.StateMedia or SourceKind.MilbloggerChannel or SourceKind.Unit)
        {
            // "According to the channel", «За даними агентства», «у пресслужбі бригади»: the last party of that kind spoken
            // or named before.
            var fitting = spokenFitting.LastOrDefault(party => Fits(kind.Value, party.Kind))
                ?? namedFitting.Where(match => match.Span.End <= phrase.Start && Fits(kind.Value, match.Source.Kind)).Select(match => match.ToRef()).LastOrDefault();
            return fitting is null ? null : fitting with { Span = phrase };
        }
        var meant = spokenFitting.LastOrDefault(party => HoldsNoun(party.Role ?? party.Written ?? party.Name, party.SourceId))
            // "The defence ministry said" after "Russia's defence ministry accused Ukraine…": a party named before whose
            // name holds the noun outweighs a speaker of another name, such as a side speaking as a whole.
            ?? namedFitting.Where(match => match.Span.End <= phrase.Start && Suits(match.Source) && HoldsNoun(match.Source.Name, match.Source.Id)).Select(match => match.ToRef()).LastOrDefault()
            // "RIA quoted the defence ministry", «Минобороны сообщило» with no ministry named before: the body of that
            // function on the side the report gives it, rather than a body of another function that spoke last; "Russia
            // said … . The defence ministry said …": with no side given, the side that spoke as a whole before it.
            ?? (personal ? null : FunctionBody(phrase, nouns, sideOfContent is Side.RU or Side.UA ? sideOfContent : _sideSpokenAsWhole))
            ?? spokenFitting.LastOrDefault(party => personal ? IsPersonRef(party) : !IsPersonRef(party) && party.Kind is not (SourceKind.StateMedia or SourceKind.IndependentMedia or SourceKind.WireAgency or SourceKind.Platform))
            // "Russia says two killed … . …, the Russian regional governor said": a side speaking as a whole holds no
            // one's office.
            ?? spokenFitting.LastOrDefault(party => kind is { } wanted && party.Kind == wanted && !(personal && IsSideAsWhole(party)))
            // «В ведомстве отметили» after a headline naming the ministry: the last such party named, spoken or not; in
            // a headline itself, the first one the report names after it as a speaker («…, сообщили в Минобороны России»),
            // else the first named at all (the troops the statement is about come before the body that made it).
            ?? namedFitting.Where(match => match.Span.End <= phrase.Start && Suits(match.Source)).Select(match => match.ToRef()).LastOrDefault()
            ?? (InHeadline(phrase)
                ? namedFitting.Where(match => match.Span.Start >= phrase.End && Suits(match.Source))
                    .OrderBy(match => !_speakerPhrases.Any(speaker => speaker.Contains(match.Span)))
                    .Select(match => match.ToRef())
                    .FirstOrDefault()
                : null);
        bool Suits(Source source) => personal ? IsPerson(source) : !IsPerson(source) && !IsOutlet(source.Kind);
        // «Во время трансляции президент также заявил» after «обращение президента России Владимира Путина»: a person's
        // office noun fits the person whose registry titles, in any language, hold it, not the last person who spoke.
        bool HoldsNoun(string words, string? id) =>
            words.Contains(head, StringComparison.OrdinalIgnoreCase)
            || (id is not null && _registry.Find(id) is { } source
                && (source.Aliases.Any(alias => alias.Contains(head, StringComparison.OrdinalIgnoreCase))
                    || (personal && source.Titles.Any(title => title.Text.Contains(head, StringComparison.OrdinalIgnoreCase)))));
        bool Fitting(Side side, string words, string? id) =>
            (stated is not (Side.RU or Side.UA) || side is not (Side.RU or Side.UA) || side == stated)
            && (places.Count == 0 || places.Any(place => NamesPlace(words, place)
                || (id is not null && _registry.Find(id) is { } source && source.Titles.Any(title => NamesPlace(title.Text, place)))));
        return meant is null ? null : meant with { Span = phrase };
    }

    /// <summary>
    /// The places a description names as where its office or body sits ("the governor of the Sumy region", «глава
    /// Херсонської ОВА»), by the first letters of each (so that inflected forms match); a side's country or capital
    /// ("the Kyiv government", «российское Минобороны») names the side, not a seat.
    /// </summary>
    private List<string> PlacesQualifying(Span phrase) =>
        [.. _places.Where(place => phrase.Contains(place) && SideGroupOf(place) is null && _lexicon.SideWords.FindAll(_lowered, place).IsEmpty)
            .Select(place => TextTokens.Words(_lowered, place))
            .Where(words => !words.IsEmpty)
            .Select(words => words[0].Text[..Math.Min(PlaceStemLetters, words[0].Text.Length)])];

    /// <summary>Whether words name a place given by its first letters (<see cref="PlacesQualifying"/>).</summary>
    private static bool NamesPlace(string words, string place) => words.Contains(place, StringComparison.OrdinalIgnoreCase);

    private const int PlaceStemLetters = 5;

    /// <summary>The registry body a description names by its function ("defence ministry", «Минобороны») on <paramref name="side"/>, when that side has one.</summary>
    private SourceRef? FunctionBody(Span phrase, ImmutableArray<CueMatch<SourceKind>> nouns, Side side) =>
        SidedBodyBefore(phrase, nouns, side) is { } body ? new SourceRef(body.Name, body.Kind, body.Side, body.Role, body.Id, phrase.Slice(_text), phrase) : null;

    /// <summary>Whether words stand in the report's first line, a headline, which may name its speaker only after it.</summary>
    private bool InHeadline(Span phrase)
    {
        var lineEnd = _text.IndexOf('\n', StringComparison.Ordinal);
        return lineEnd < 0 || phrase.End <= lineEnd;
    }

    /// <summary>Whether a party of <paramref name="kind"/> fits a noun of <paramref name="wanted"/>'s kind: any outlet for an outlet's noun.</summary>
    private static bool Fits(SourceKind wanted, SourceKind kind) =>
        wanted == kind || (IsOutlet(wanted) && IsOutlet(kind));

    private static bool IsOutlet(SourceKind kind) => kind is SourceKind.WireAgency or SourceKind.IndependentMedia or SourceKind.StateMedia;

    /// <summary>Beginnings of nouns naming a person's office rather than a body: a spokesman, a governor, a head.</summary>
    private static bool IsPersonalNoun(string noun) => PersonalNouns.Any(personal => noun.StartsWith(personal, StringComparison.Ordinal));

    /// <summary>
    /// Whether a role noun found in the text names one person: a noun of a person's office, or one official in the
    /// singular ("the official said", «Посадовець повідомив», «отметил чиновник»), where "officials" are a group.
    /// </summary>
    private bool IsPersonal(CueMatch<SourceKind> noun) =>
        IsPersonalNoun(noun.Cue) || SingularOfficials.Contains(TextTokens.ToWordEnd(_lowered, noun.Span).Slice(_lowered));

    private static readonly HashSet<string> SingularOfficials = new(StringComparer.Ordinal) { "official", "посадовець", "посадовиця", "чиновник", "чиновница" };

    private static readonly string[] PersonalNouns =
    [
        "spokes", "press secretary", "governor", "mayor", "minister", "adviser", "advisor", "head of", "chief of", "representative", "deputy", "ombudsman",
        "commander", "president", "aide", "administrator", "пресс-секретар", "представител", "спикер", "губернатор", "мэр", "глав", "министр", "советник", "руководител",
        "заместител", "командир", "командующ", "прессекретар", "прес-секретар", "речни", "спікер", "представни", "мер", "голов", "очільни", "начальни",
        "міністр", "радни", "керівни", "заступни", "командувач", "президент",
        // The press's own roles: «заявил журналист» after «военный корреспондент Евгений Поддубный» is that man.
        "journalist", "correspondent", "reporter", "expert", "analyst", "observer", "commentator", "columnist", "political scientist",
        "журналист", "корреспондент", "эксперт", "обозревател", "политолог", "колумнист",
        "журналіст", "кореспондент", "експерт", "оглядач", "політолог", "колумніст",
    ];

    /// <summary>
    /// The noun of one person's office a speaker left unnamed is described by ("a Ukrainian military spokeswoman",
    /// «главы региона»), as the beginning that covers its forms ("spokes", "глав"); null for a party the registry or a
    /// name identifies, an informant, a group, a body, or one told only as "an official", which keeps him anonymous.
    /// </summary>
    public string? OfficeOfUnnamed(SourceRef party)
    {
        if (party.SourceId is not null || party.Span is not { } phrase || party.Kind is not (SourceKind.Official or SourceKind.MilitaryCommand)
            || PersonNameLike(party.Name) || !string.Equals(party.Name, party.Role, StringComparison.Ordinal))
        {
            return null;
        }
        return _lexicon.RoleNouns.FindAll(_lowered, phrase)
            .Select(noun => PersonalNouns.FirstOrDefault(personal => noun.Cue.StartsWith(personal, StringComparison.Ordinal)))
            .FirstOrDefault(office => office is not null);
    }

    /// <summary>Whether a speaker is a person, named or described by one person's office, rather than a body, a side or an outlet.</summary>
    public bool IsPersonOrOffice(SourceRef party) =>
        (party.SourceId is { } id ? _registry.IsPerson(id) : PersonNameLike(party.Name)) || OfficeOfUnnamed(party) is not null;

    /// <summary>
    /// Whether a speaker is a person named (in the registry, or by a name the report gives) whose words in the report or
    /// whose registry role and titles hold the office noun of <paramref name="description"/> ("Natalia Gumenyuk, a spokeswoman for
    /// the Southern Command"), or, for the head of an administration, any such head's words: a governor, a mayor or an
    /// administrator is the head the registry gives (Alexei Kulemzin, "head of the Donetsk city administration", for
    /// "the Russian-backed mayor"; Alexander Bogomaz, «глава Брянской области», for «главы региона»), and whose words or
    /// titles name the seat the description names, if any.
    /// </summary>
    public bool IsNamedHolder(SourceRef party, SourceRef description)
    {
        if (OfficeOfUnnamed(description) is not { } office)
        {
            return false;
        }
        var registered = party.SourceId is { } id ? _registry.Find(id) : null;
        if (registered is not null ? !IsPerson(registered) : !PersonNameLike(party.Name))
        {
            return false;
        }
        var described = new List<string>();
        if (party.Span is { } phrase)
        {
            described.Add(phrase.Slice(_lowered));
        }
        described.AddRange(new[] { party.Role, registered?.Role }.OfType<string>().Select(words => words.ToLowerInvariant()));
        described.AddRange(registered?.Titles.Select(title => title.Text.ToLowerInvariant()) ?? []);
        // "Rostov's acting governor" is no one whose words or titles leave Rostov out.
        var seats = description.Span is { } describing ? PlacesQualifying(describing) : [];
        return seats.All(seat => described.Any(words => NamesPlace(words, seat)))
            && (described.Any(words => words.Contains(office, StringComparison.Ordinal))
                || (description.Span is { } words && HeadsAnAdministration(words.Slice(_lowered)) && described.Any(HeadsAnAdministration)));
    }

    /// <summary>
    /// Whether words name the head of a civil administration: by its title ("governor", "mayor", "administrator",
    /// «губернатор», «мэр», «мер») or by a noun of heading and the administration or seat headed ("head of the Donetsk
    /// city administration", «голова ОВА», «глава региона», "head of the … Luhansk People's Republic"), not of a state or
    /// a command.
    /// </summary>
    private static bool HeadsAnAdministration(string words) =>
        AdministrationTitles.Any(title => OpensWordIn(words, title))
        || (HeadNouns.Any(head => OpensWordIn(words, head)) && AdministrationSeats.Any(seat => OpensWordIn(words, seat)));

    private static readonly string[] AdministrationTitles = ["governor", "mayor", "administrator", "губернатор", "мэр", "мер"];
    private static readonly string[] HeadNouns = ["head", "chief", "глав", "голов", "очільни", "керівни", "начальни", "руководител"];
    private static readonly string[] AdministrationSeats =
        ["administration", "region", "oblast", "republic", "city", "адміністрац", "администрац", "ова", "ода", "мва", "регіон", "регион", "област", "облас", "республ", "міськ", "город"];

    private static bool OpensWordIn(string words, string noun)
    {
        for (var at = words.IndexOf(noun, StringComparison.Ordinal); at >= 0; at = words.IndexOf(noun, at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || !char.IsLetter(words[at - 1]))
            {
                return true;
            }
        }
        return false;
    }

    private const string RussianSide = "Russian side";
    private const string UkrainianSide = "Ukrainian side";

    private static bool IsSideAsWhole(SourceRef party) => party.SourceId is null && party.Role is null && party.Name is RussianSide or UkrainianSide;

    private bool IsPersonRef(SourceRef party) =>
        party.SourceId is { } id ? _registry.IsPerson(id) : party.Kind == SourceKind.Individual || PersonNameLike(party.Name);

    private static bool PersonNameLike(string name) =>
        name.Split(' ') is { Length: >= 2 and <= 3 } words && words.All(word => word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).All(char.IsLower));

    /// <summary>
    /// The registry person a title in the phrase describes, among those the report names: «глава ДНР» with Pushilin named
    /// elsewhere, "the head of the Wagner group" with Prigozhin named elsewhere. The phrase's bodies must be his.
    /// </summary>
    private SourceRef? NamedHolder(Span phrase, List<SourceMatch> bodies)
    {
        var description = phrase.Slice(_text).ToLowerInvariant();
        var holders = _named.Where(match => !phrase.Contains(match.Span) && IsPerson(match.Source))
            .Select(match => match.Source)
            .DistinctBy(source => source.Id)
            .Where(person => bodies.All(body => person.AffiliatedWith.Contains(body.Source.Id) || _registry.IsAffiliated(person.Id, body.Source.Id)))
            .Where(person => person.Role is { } role && RoleWords(role).Any(word => description.Contains(word, StringComparison.Ordinal)))
            .ToList();
        return holders.Count == 1 ? new SourceRef(holders[0].Name, holders[0].Kind, holders[0].Side, holders[0].Role, holders[0].Id, phrase.Slice(_text), phrase) : null;
    }

    /// <summary>
    /// The person an office of a registry body describes («Глава Минобороны уточнил», «зазначив очільник ОП», "the head
    /// of the Wagner group claimed"): the office noun and the body it belongs to (after the noun, else before it: "the
    /// Navy spokesman") are matched with the registry's titles that name that body and an office of the same sort; the
    /// one person who held such a title on the report's day, else the one of them the report names (a report without a
    /// date: «Глава Минобороны уточнил» after «министр обороны РФ Сергей Шойгу»). A head is not his body: the minister
    /// speaks for himself.
    /// </summary>
    private SourceRef? OfficeHolder(Span phrase, List<SourceMatch> inside)
    {
        if (_lexicon.Offices.FindAll(_lowered, phrase) is not [var office, ..])
        {
            return null;
        }
        var bodies = inside.Where(match => !IsPerson(match.Source)).ToList();
        var body = bodies.FirstOrDefault(match => match.Span.Start >= office.Span.End) ?? bodies.LastOrDefault(match => match.Span.End <= office.Span.Start);
        if (body is null)
        {
            return null;
        }
        var holders = _registry.TitlesNaming(body.Source.Id)
            .Where(held => (_day is not { } day || held.Title.HeldOn(day)) && OfficeOf(held.Title.Text) == office.Value)
            .Select(held => held.Source)
            .DistinctBy(source => source.Id)
            .ToList();
        if (holders.Count != 1)
        {
            holders = [.. holders.Where(holder => _named.Any(match => match.Source.Id == holder.Id))];
        }
        return holders is [var holder] ? new SourceRef(holder.Name, holder.Kind, holder.Side, holder.Role, holder.Id, phrase.Slice(_text), phrase) : null;
    }

    /// <summary>
    /// A side's forces named as a whole, which the registry keeps as a subject rather than a speaker ("Ukraine's army
    /// said it was withdrawing from Vuhledar", «Сили оборони повідомили»), speak through the one command within them
    /// that the report quotes (the Khortytsia group's Telegram post, the Air Force); null when it quotes none or several.
    /// </summary>
    private Source? QuotedCommandWithin(Source forces)
    {
        if (!_registry.IsSubjectOnly(forces.Id))
        {
            return null;
        }
        var commands = _speakerPhrases
            .Select(phrase => _named.LastOrDefault(match => phrase.Contains(match.Span))?.Source)
            .OfType<Source>()
            // «Начальник управління комунікацій угруповання «Хортиця» Віктор Трегубов»: a person quoted stands for the
            // commands he serves, so that two commands quoted, one through its spokesman, leave the forces as they are.
            .SelectMany(source => IsPerson(source) ? source.AffiliatedWith.Select(_registry.Find).OfType<Source>() : [source])
            .Where(source => source.Kind == SourceKind.MilitaryCommand && !IsPerson(source) && !_registry.IsSubjectOnly(source.Id) && _registry.IsAffiliated(source.Id, forces.Id))
            .DistinctBy(source => source.Id)
            .Take(2)
            .ToList();
        return commands is [var only] ? only : null;
    }

    /// <summary>
    /// The holder of an office of a registry body that neither the registry nor the report names («— глава Кіровоградської
    /// ОВА», "a spokesman for the regional administration"): a person speaking for himself, described by his office, and
    /// never the body itself. Null when the phrase names no office or names a person.
    /// </summary>
    private SourceRef? UnnamedOfficer(Span phrase, List<SourceMatch> inside)
    {
        if (_lexicon.Offices.FindAll(_lowered, phrase).IsEmpty || inside.Any(match => IsPerson(match.Source)))
        {
            return null;
        }
        var body = MostSpecific(inside).Source;
        var written = phrase.Slice(_text);
        var description = StripArticle(written);
        return new SourceRef(description, body.Kind, body.Side, description, null, written, phrase);
    }

    /// <summary>Whether words are one name in quotation marks: «Свободная пресса», “Ukrainska Pravda”.</summary>
    private static bool IsQuotedName(string written) =>
        written.Length > 3 && written[0] is '«' or '“' or '"' && written[^1] is '»' or '”' or '"' && char.IsUpper(written[1])
        && written.AsSpan(1, written.Length - 2).IndexOfAny('«', '»', '"') < 0;

    /// <summary>Whether a deputy's noun stands in the phrase before <paramref name="office"/> («заступник начальника …»).</summary>
    private bool DeputyBefore(Span phrase, Span office) =>
        _lexicon.Offices.FindAll(_lowered, new Span(phrase.Start, Math.Max(phrase.Start, office.Start))).Any(found => found.Value == Office.Deputy);

    /// <summary>The office a title's words name first ("заступник командувача" is a deputy's), or null when none.</summary>
    private Office? OfficeOf(string title) =>
        _lexicon.Offices.FindAll(title.ToLowerInvariant(), new Span(0, title.Length)) is [var first, ..] ? first.Value : null;

    /// <summary>
    /// The registry party an indefinite description stands for, when the report names exactly one party of that kind on
    /// the side the description states: "a Russian-installed official" in a report naming Kimakovsky.
    /// </summary>
    private SourceRef? NamedElsewhere(string written, SourceKind? kind, Side side, ImmutableArray<CueMatch<SourceKind>> nouns)
    {
        if (kind is null)
        {
            return null;
        }
        var head = nouns[^1].Cue;
        // "a brigade spokesperson" in a report naming one brigade is that brigade's; "a Russian-installed official" must be Russian.
        var fitting = _named.Select(match => match.Source).DistinctBy(source => source.Id)
            .Where(source => source.Kind == kind && (side == Side.Unknown || source.Side == side))
            .Where(source => head == "official" || kind == SourceKind.Unit || (source.Role?.Contains(head, StringComparison.OrdinalIgnoreCase) ?? false))
            .ToList();
        if (fitting.Count > 1)
        {
            // "…, a Moscow-installed official said" in a report naming Kimakovsky and Pushilin, where only Kimakovsky speaks.
            fitting = [.. fitting.Where(source => _speakerHeads.Contains(source.Id))];
        }
        return fitting.Count == 1 ? new SourceRef(fitting[0].Name, fitting[0].Kind, fitting[0].Side, fitting[0].Role, fitting[0].Id, written) : null;
    }

    /// <summary>The registry party a speaker's words are about: its head person, else the last party it names.</summary>
    private string? HeadOf(Span phrase, ImmutableArray<SourceMatch> named) =>
        (HeadPerson(phrase, named) ?? named.LastOrDefault(match => phrase.Contains(match.Span)))?.Source.Id;

    /// <summary>
    /// The given name right before a registry person matched by surname alone, when it is none of that person's given
    /// names in any script or romanisation (<see cref="NameSounds"/>: «Олексія» and Aleksandr are his if he is Oleksii
    /// or Oleksandr): the words name a namesake («Сергей Медведев» beside the registry's Dmitry Medvedev).
    /// </summary>
    private TextToken? NamesakeGivenName(SourceMatch match)
    {
        if (!IsPerson(match.Source) || TextTokens.Words(match.Written).Length != 1)
        {
            return null;
        }
        var before = TextTokens.Words(_text, new Span(Math.Max(0, match.Span.Start - 40), match.Span.Start));
        if (before.IsEmpty || !string.IsNullOrWhiteSpace(_text[before[^1].Span.End..match.Span.Start]))
        {
            return null;
        }
        var given = before[^1];
        if (given.Text.Length < MinimumGivenName || !char.IsUpper(given.Text[0]) || IsAt(_lexicon.RoleNouns, given) || IsAt(_lexicon.SideWords, given)
            || IsAt(_lexicon.SideGroups, given) || IsAt(_lexicon.TimeWords, given) || _named.Any(other => other.Span.Overlaps(given.Span)))
        {
            return null;
        }
        var givenNames = match.Source.Aliases.Prepend(match.Source.Name)
            .Select(name => TextTokens.Words(name))
            .Where(words => words.Length >= 2)
            .Select(words => words[0].Text)
            .ToList();
        return givenNames.Count > 0 && !givenNames.Any(name => NameSounds.Alike(name, given.Text)) ? given : null;
    }

    // Shorter capitalised words before a surname are abbreviated ranks ("Gen", "Col"), not given names.
    private const int MinimumGivenName = 4;

    /// <summary>
    /// Whether the phrase around a registry person names a unit or military command as where he serves, which the
    /// registry does not affiliate him with: only for a person whose affiliations the registry knows.
    /// </summary>
    private bool ServesElsewhere(SourceMatch person, List<SourceMatch> inside) =>
        person.Source is { AffiliatedWith.IsEmpty: false } known
        && inside.Any(match => match.Span.Start > person.Span.End && match.Source is { Kind: SourceKind.Unit or SourceKind.MilitaryCommand } body
            && !_registry.IsAffiliated(known.Id, body.Id) && !_registry.IsAffiliated(body.Id, known.Id));

    /// <summary>
    /// The person a phrase is about: the last named after a description («советник главы ДНР Игорь Кимаковский»), the
    /// first before an apposition ("Igor Kimakovsky, an adviser to Denis Pushilin,").
    /// </summary>
    private SourceMatch? HeadPerson(Span phrase, IEnumerable<SourceMatch> named)
    {
        var persons = named.Where(match => phrase.Contains(match.Span) && IsPerson(match.Source)).ToList();
        return persons.Count == 0 ? null : phrase.Slice(_text).Contains(',', StringComparison.Ordinal) ? persons[0] : persons[^1];
    }

    /// <summary>
    /// The capitalised words of a phrase that name a person the registry does not know: two or three in a row ("Евгений
    /// Пригожин", "Ivan Petrov"), or one at the phrase's end after a role word (a surname: "речник Волошин"); never a
    /// place opening it, a registry name, a day or month, or a word only capitalised because it opens the sentence.
    /// </summary>
    private Span? PersonName(ImmutableArray<TextToken> tokens, List<SourceMatch> inside)
    {
        // A surname the gazetteer also spells as a village («Валентин Демидов», the village of Demydiv) stays in the name
        // it ends; a place word never opens one ("the mayor of Belgorod, Valentin Demidov").
        var candidates = tokens
            .Select((token, index) => (token, index, place: _places.Any(place => place.Overlaps(token.Span))))
            .Where(item => char.IsUpper(item.token.Text[0]) && item.token.Text.Skip(1).Any(char.IsLower))
            .Where(item => !inside.Any(match => match.Span.Contains(item.token.Span)))
            .Where(item => !IsAt(_lexicon.TimeWords, item.token) && !IsAt(_lexicon.SideGroups, item.token) && !IsAt(_lexicon.SideWords, item.token)
                && !IsAt(_lexicon.RoleNouns, item.token) && !IsAt(_lexicon.Pronouns, item.token))
            .ToList();
        // A nickname in quotes stands inside a name ("General Serhiy “Marcel” Melnyk"), never at either end of one.
        var runs = new List<Span>();
        for (var i = 0; i + 1 < candidates.Count; i++)
        {
            if (InQuotes(candidates[i].token.Span) || candidates[i].place)
            {
                continue;
            }
            var end = i;
            var names = 1;
            while (end + 1 < candidates.Count && candidates[end + 1].index == candidates[end].index + 1)
            {
                var nickname = InQuotes(candidates[end + 1].token.Span);
                if (!nickname && names == MaxNameWords)
                {
                    break;
                }
                end++;
                names += nickname ? 0 : 1;
            }
            while (end > i && InQuotes(candidates[end].token.Span))
            {
                end--;
            }
            if (end > i)
            {
                var start = names == MaxNameWords && TitlesPlaceOpens(new Span(candidates[i].token.Span.Start, candidates[end].token.Span.End)) ? i + 1 : i;
                runs.Add(new Span(candidates[start].token.Span.Start, candidates[end].token.Span.End));
                i = end;
            }
        }
        candidates.RemoveAll(item => item.place);
        if (runs.Count > 0)
        {
            // "the head of the Main Department of the National Police, Volodymyr Tymoshko": a name set off by a comma at
            // the end is the person the words before it describe; otherwise the first name is the speaker's.
            return runs.FirstOrDefault(run => run.End == tokens[^1].Span.End && _text.AsSpan(tokens[0].Span.Start, run.Start - tokens[0].Span.Start).TrimEnd().EndsWith(",")) is { Length: > 0 } apposed
                ? apposed
                : runs[0];
        }
        // "spokesman Ihnat": a surname alone after a role noun; "the Ministry of Defence", "head of Kharkiv" join the last
        // word to the noun by a word of grammar, which no surname follows.
        if (candidates.Count > 0 && candidates[^1].index == tokens.Length - 1 && candidates[^1].index > 0 && !InQuotes(candidates[^1].token.Span)
            && (!tokens[candidates[^1].index - 1].Text.All(char.IsLower) || IsAt(_lexicon.RoleNouns, tokens[candidates[^1].index - 1]))
            && _lexicon.RoleNouns.FindAll(_lowered, new Span(tokens[0].Span.Start, candidates[^1].token.Span.Start)).Length > 0)
        {
            return candidates[^1].token.Span;
        }
        return null;
    }

    /// <summary>
    /// Whether the first of a run of three capitalised Cyrillic words is the place of the title before them, in the genitive
    /// («мэр Белгорода Валентин Демидов», «мер Бєлгорода Валентин Демидов»), not a part of the name: a Russian or
    /// Ukrainian name of three words carries a patronymic («Валентин Иванович Демидов»), and these carry none.
    /// </summary>
    private bool TitlesPlaceOpens(Span run) =>
        run.Slice(_text).All(letter => !char.IsLetter(letter) || letter is >= 'Ѐ' and <= 'ӿ')
            && !TextTokens.Words(_text, run).Any(word => Patronymic().IsMatch(word.Text));

    // The endings of patronymics in any case: -ович/-евич/-ьич, -овна/-евна/-ична, Ukrainian -івна/-ївна.
    [GeneratedRegex(@"(?:ич|ичн|вн)(?:а|у|ем|ом|ої|ой|ою|і|е|и|ею)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Patronymic();

    /// <summary>The most words of a person's name: given name, patronymic, surname.</summary>
    private const int MaxNameWords = 3;

    /// <summary>A name as written without the nickname in quotes inside it ("General Serhiy Melnyk").</summary>
    private string WithoutNicknames(Span name) =>
        string.Join(' ', TextTokens.Words(_text, name).Where(token => !InQuotes(token.Span)).Select(token => token.Text));

    /// <summary>Whether a word stands in quotes, as a nickname does ("General Serhiy “Marcel” Melnyk").</summary>
    private bool InQuotes(Span word) =>
        word.Start > 0 && word.End < _text.Length && _text[word.Start - 1] is '“' or '"' or '«' or '„' && _text[word.End] is '”' or '"' or '»' or '“';

    /// <summary>The phrase's words other than the person's name: his role, as written ("основатель «Группы Вагнера»").</summary>
    private string? Description(Span phrase, Span? name)
    {
        var text = name is { } run
            ? string.Concat(_text.AsSpan(phrase.Start, run.Start - phrase.Start), " ", _text.AsSpan(run.End, phrase.End - run.End))
            : phrase.Slice(_text);
        var trimmed = StripArticle(text.Trim(' ', ',', '—', '–'));
        return TextTokens.Words(trimmed).IsEmpty || name is null ? null : trimmed;
    }

    private static SourceKind? KindOf(ImmutableArray<CueMatch<SourceKind>> kinds)
    {
        if (kinds.IsEmpty)
        {
            return null;
        }
        // A spokesman or press service of a command or a unit speaks for it: "представитель украинского командования" is
        // the command's, «пресслужба бригади» the brigade's.
        var official = kinds.Any(found => found.Value == SourceKind.Official);
        return official && kinds.Any(found => found.Value == SourceKind.MilitaryCommand) ? SourceKind.MilitaryCommand
            : official && kinds.Any(found => found.Value == SourceKind.Unit) ? SourceKind.Unit
            : kinds[0].Value;
    }

    private Side SideOf(Span phrase, List<SourceMatch> inside)
    {
        if (!_lexicon.Captives.FindAll(_lowered, phrase).IsEmpty)
        {
            return Side.Unknown;
        }
        var sides = _lexicon.SideWords.FindAll(_lowered, phrase).Select(found => found.Value)
            .Concat(inside.Select(match => match.Source.Side).Where(side => side is Side.RU or Side.UA))
            .Distinct()
            .ToList();
        return sides.Count == 1 ? sides[0] : Side.Unknown;
    }

    /// <summary>A side named as a whole, covering the phrase ("Окупанти", "the Russian side", "Kyiv").</summary>
    private Side? SideGroupOf(Span phrase)
    {
        var written = StripArticle(phrase.Slice(_text)).ToLowerInvariant();
        // A stem listed for Russian and Ukrainian alike («москв», «кремл») is found once per list: one group all the same.
        var groups = _lexicon.SideGroups.FindAll(written, new Span(0, written.Length)).DistinctBy(found => (found.Span, found.Value)).ToList();
        return groups is [var only] && only.Span.Start == 0 && TextTokens.ToWordEnd(written, only.Span).End == written.Length ? only.Value : null;
    }

    /// <summary>
    /// Whether the words are a pronoun and one role noun after it, however many tokens its hyphen makes («его пресс-служба»,
    /// «його прес-служба»): a party's own press service speaks for the party, as a pronoun would. A noun of a person
    /// («его пресс-секретарь», «его заместитель», «її радник») names someone else than the one the pronoun means.
    /// </summary>
    private bool OwnOffice(ImmutableArray<TextToken> tokens, Span phrase) =>
        tokens.Length > 1 && PronounOf([tokens[0]]) is not null
        && _lexicon.RoleNouns.FindAll(_lowered, new Span(tokens[1].Span.Start, phrase.End)) is [var noun]
        && noun.Span.Start == tokens[1].Span.Start && TextTokens.ToWordEnd(_text, noun.Span).End >= phrase.End && !IsPersonal(noun);

    private PronounReach? PronounOf(ImmutableArray<TextToken> tokens)
    {
        foreach (var token in tokens)
        {
            // The languages' lists are read together, and one word may stand in two of them («там» in Russian and Ukrainian).
            foreach (var found in _lexicon.Pronouns.FindAll(_lowered, token.Span))
            {
                if (found.Span == token.Span)
                {
                    return found.Value;
                }
            }
        }
        return null;
    }

    private bool IsAt<T>(CueLexicon<T> lexicon, TextToken token) =>
        lexicon.MatchesAtStart(_lowered, new Span(token.Span.Start, Math.Min(_lowered.Length, token.Span.End + 20)));

    /// <summary>Among the bodies a phrase names, the one that belongs to the others ("the Yug group of the Russian MoD" → Yug).</summary>
    private SourceMatch MostSpecific(List<SourceMatch> inside) =>
        inside.FirstOrDefault(match => inside.Any(other => other != match && _registry.IsAffiliated(match.Source.Id, other.Source.Id))) ?? inside[0];

    private bool IsPerson(Source source) => _registry.IsPerson(source.Id);

    private static IEnumerable<string> RoleWords(string role) =>
        role.ToLowerInvariant().Split([' ', ',', '-'], StringSplitOptions.RemoveEmptyEntries).Where(word => word.Length >= 4 && word is not ("head" or "the" or "of"));

    private static bool SharesSurname(string written, string surname)
    {
        var words = TextTokens.Words(written);
        return words.Length > 0 && TextTokens.SameWord(words[^1].Text, surname);
    }

    /// <summary>The last speaker the registry does not know whose words end in <paramref name="surname"/>, in any case form.</summary>
    private SourceRef? SpokenBySurname(string surname) =>
        _spoken.LastOrDefault(party => party.SourceId is null && party.Written is { } earlier && SharesSurname(earlier, surname));

    /// <summary>The registry person the report names in full whose surname is <paramref name="word"/>, in any case form.</summary>
    private SourceMatch? FullyNamedWithSurname(string word) =>
        _named.FirstOrDefault(match => IsPerson(match.Source) && TextTokens.Words(match.Written) is { Length: > 1 } full && TextTokens.SameWord(full[^1].Text, word));

    /// <summary>
    /// "the ministry", "this official", or a bare role noun in Russian or Ukrainian, which have no articles («речник»,
    /// «ведомство»); there a description of three lower-case words, which holds no name, takes up a party named before
    /// too: «уточнило українське військове командування» after the General Staff, «заявил глава оборонного ведомства»
    /// after Shoigu, «йдеться у військовому відомстві країни-агресора» after the Russian ministry. One owned by a pronoun
    /// («его пресс-секретарь») is someone else (<see cref="OwnOffice"/>).
    /// </summary>
    private bool IsDefinite(ImmutableArray<TextToken> tokens) =>
        tokens[0].Text is "the" or "The" or "this" or "This"
        || (TextTokens.IsCyrillic(tokens[0].Text) && (tokens.Length <= 2
            || (tokens.Length == MaxBareDescription && tokens.All(token => char.IsLower(token.Text[0])) && PronounOf(tokens) is null)));

    private const int MaxBareDescription = 3;

    /// <summary>
    /// A Russian or Ukrainian office named by its seat, opening on its role noun and capitalised only in its places and
    /// abbreviations («главы Сумской области», «голови Херсонської ОВА», «начальника Харківської обласної військової
    /// адміністрації»): it takes up the holder the report named with that seat (see <see cref="Antecedent"/>), as a bare
    /// noun would.
    /// </summary>
    private bool IsPlacedOffice(ImmutableArray<TextToken> tokens, ImmutableArray<CueMatch<SourceKind>> nouns) =>
        TextTokens.IsCyrillic(tokens[0].Text) && tokens.Length <= MaxPlacedDescription && !nouns.IsEmpty && nouns[0].Span.Start == tokens[0].Span.Start
        && tokens.Any(token => _places.Any(place => place.Contains(token.Span)))
        && tokens.All(token => char.IsLower(token.Text[0]) || token.Text.All(char.IsUpper) || _places.Any(place => place.Contains(token.Span)));

    private const int MaxPlacedDescription = 5;

    private static string StripQuotes(string written) => written.Trim('«', '»', '“', '”', '„', '"', ' ');

    internal static string StripArticle(string phrase)
    {
        foreach (var article in (ReadOnlySpan<string>)["a ", "an ", "the ", "A ", "An ", "The "])
        {
            if (phrase.StartsWith(article, StringComparison.Ordinal))
            {
                return phrase[article.Length..];
            }
        }
        return phrase;
    }
}
