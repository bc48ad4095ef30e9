using System.Collections.Immutable;
using System.Text.Json;
using Triangulate.Claims.Speech;
using Triangulate.Model;
using Triangulate.Text;
using static Triangulate.Text.LexiconFiles;

namespace Triangulate.Claims;

/// <summary>
/// The words that make a clause a claim or keep it from being one, in English, Russian and Ukrainian: event words by
/// the kind of claim they make, words of trying and of digging in, the not-claim words of background, assessment,
/// disclaimers and link lines, and the marks of an unreal happening (future, condition, possibility). The lists live in
/// data files per language (<c>data/lexicon/claims.{en,ru,uk}.json</c>); all languages' words are matched in every
/// text, since reports quote across languages.
/// </summary>
public sealed class ClaimLexicon
{
    private static readonly Lazy<ClaimLexicon> Bundled = new(() => Load(Path.Combine(AppContext.BaseDirectory, LexiconFiles.DefaultDirectory)));

    private readonly ImmutableArray<string> _futureEndings;

    private readonly ImmutableArray<string> _participleEndings;

    private readonly ImmutableArray<string> _instrumentalEndings;

    private readonly ImmutableArray<string> _adjectiveEndings;

    private readonly ImmutableArray<string> _nominativeAdjectiveEndings;

    private readonly ImmutableArray<string> _pastEndings;

    private readonly ImmutableArray<string> _descriptionParticipleEndings;

    private readonly ImmutableArray<string> _pastParticipleEndings;
    private readonly ImmutableArray<string> _subjectParticipleEndings;

    private readonly ImmutableArray<string> _presentEndings;

    private readonly ImmutableArray<string> _gerundEndings;

    private readonly ImmutableArray<string> _attackedAreas;

    private readonly ImmutableArray<string> _verbalNounEndings;

    private readonly ImmutableArray<string> _attributiveParticipleEndings;

    private ClaimLexicon(IReadOnlyList<JsonElement> languages)
    {
        Events = Tagged(languages, "events", name => ClaimKinds.Parse(name) ?? throw new FormatException($"unknown claim kind '{name}' in the claim lexicon"));
        NotEvents = Words(languages, "not_events");
        _attackedAreas = [.. languages.SelectMany(language => Strings(language, "attacked_areas"))];
        AreaAttackVerbs = Words(languages, "area_attack_verbs");
        FacilityAttackWords = Words(languages, "facility_attack_words");
        Facilities = Words(languages, "facilities");
        CargoMarkers = Words(languages, "cargo_markers");
        Attempts = Words(languages, "attempts");
        Consolidations = Words(languages, "consolidations");
        Expulsions = Words(languages, "expulsions");
        ExpulsionParticles = Words(languages, "expulsion_particles");
        PossessionVerbs = Words(languages, "possession_verbs");
        Captures = Words(languages, "captures");
        CapturedPeople = Words(languages, "captured_people");
        PassiveAuxiliaries = Words(languages, "passive_auxiliaries");
        PerfectAuxiliaries = Words(languages, "perfect_auxiliaries");
        PossessionObjects = Words(languages, "possession_objects");
        Retakings = Words(languages, "retakings");
        TakenFrom = Words(languages, "taken_from");
        Destruction = Words(languages, "destruction");
        Damage = Words(languages, "damage");
        Thwarts = Words(languages, "thwarts");
        Debris = Words(languages, "debris");
        NotClaim = Tagged(languages, "not_claim", name => Enum.Parse<NotClaimReason>(name, ignoreCase: true));
        Irrealis = Words(languages, "irrealis");
        Realis = Words(languages, "realis");
        Describers = Words(languages, "describers");
        SubjectDescribers = Words(languages, "subject_describers");
        Contrastives = Words(languages, "contrastives");
        ContrastiveAdditions = Words(languages, "contrastive_additions");
        AdverbialOpeners = Words(languages, "adverbial_openers");
        QuestionOpeners = Words(languages, "question_openers");
        Anaphors = Words(languages, "anaphors");
        DigestWords = Words(languages, "digest_words");
        AppositiveOpeners = Words(languages, "appositive_openers");
        Copulas = Words(languages, "copulas");
        PredicateOpeners = Words(languages, "predicate_openers");
        Existentials = Words(languages, "existentials");
        _instrumentalEndings = [.. languages.SelectMany(language => Strings(language, "instrumental_endings"))];
        AerialWeapons = Words(languages, "aerial_weapons");
        WeaponNouns = Words(languages, "weapon_nouns");
        PassiveDestruction = Words(languages, "passive_destruction");
        InstrumentMarkers = Words(languages, "instrument_markers");
        _adjectiveEndings = [.. languages.SelectMany(language => Strings(language, "adjective_endings"))];
        _nominativeAdjectiveEndings = [.. languages.SelectMany(language => Strings(language, "nominative_adjective_endings"))];
        _pastEndings = [.. languages.SelectMany(language => Strings(language, "past_endings"))];
        _descriptionParticipleEndings = [.. languages.SelectMany(language => Strings(language, "description_participle_endings"))];
        _pastParticipleEndings = [.. languages.SelectMany(language => Strings(language, "past_participle_endings"))];
        _subjectParticipleEndings = [.. languages.SelectMany(language => Strings(language, "subject_participle_endings"))];
        Frequency = Words(languages, "frequency");
        CourseSpans = Words(languages, "course_spans");
        Recalls = Words(languages, "recalls");
        RankingSubjects = Words(languages, "ranking_subjects");
        Rankings = Words(languages, "rankings");
        WholeWarTargets = Words(languages, "whole_war_targets");
        SpanOpeners = Words(languages, "span_openers");
        SpanUnits = Words(languages, "span_units");
        _presentEndings = [.. languages.SelectMany(language => Strings(language, "present_endings"))];
        _gerundEndings = [.. languages.SelectMany(language => Strings(language, "gerund_endings"))];
        NumberWords = Words(languages, "number_words");
        Encirclements = Words(languages, "encirclements");
        Regroupings = Words(languages, "regroupings");
        DefenceMeans = Words(languages, "defence_means");
        Ships = Words(languages, "ships");
        MissileCarriers = Words(languages, "missile_carriers");
        FiresAndBlasts = Words(languages, "fires_and_blasts");
        Seas = Words(languages, "seas");
        Outcomes = Words(languages, "outcomes");
        Threats = Words(languages, "threats");
        Absences = Words(languages, "absences");
        HarmVerbs = Words(languages, "harm_verbs");
        LaunchWords = Words(languages, "launch_words");
        HarmedThings = Words(languages, "harmed_things");
        FieldMarkers = Words(languages, "field_markers");
        Bodies = Words(languages, "bodies");
        BodyReturns = Words(languages, "body_returns");
        InfinitiveMarkers = Words(languages, "infinitive_markers");
        Achievements = Words(languages, "achievements");
        PluperfectAuxiliaries = Words(languages, "pluperfect_auxiliaries");
        ProgressivePerfectMarkers = Words(languages, "progressive_perfect_markers");
        GoalPrepositions = Words(languages, "goal_prepositions");
        _verbalNounEndings = [.. languages.SelectMany(language => Strings(language, "verbal_noun_endings"))];
        _attributiveParticipleEndings = [.. languages.SelectMany(language => Strings(language, "attributive_participle_endings"))];
        AttributiveOpeners = Words(languages, "attributive_openers");
        NounDeterminers = Words(languages, "noun_determiners");
        PhraseBreaks = Words(languages, "phrase_breaks");
        PrisonerNouns = Words(languages, "prisoner_nouns");
        ExposureVerbs = Words(languages, "exposure_verbs");
        Privatives = Words(languages, "privatives");
        PurposePrepositions = Words(languages, "purpose_prepositions");
        Personnel = Words(languages, "personnel");
        _participleEndings = [.. languages.SelectMany(language => Strings(language, "participle_endings"))];
        _futureEndings = [.. languages.SelectMany(language => Strings(language, "future_endings")).OrderByDescending(ending => ending.Length)];
    }

    /// <summary>The lexicon shipped beside the assembly, loaded once.</summary>
    public static ClaimLexicon Default => Bundled.Value;

    /// <summary>Event words by the kind of claim they make ("captur" → territorial_control, «обстріл» → strike). Stems unless marked '=' (whole word).</summary>
    public CueLexicon<ClaimKind> Events { get; }

    /// <summary>
    /// Names of things that hold an event word but tell no happening: equipment and units («боевых бронированных машин»,
    /// «артилерійських систем», "combat vehicles", "3rd Assault Brigade"), fighters («боевики») and experience
    /// («боевой опыт»). An event word inside one is not the clause's event.
    /// </summary>
    public CueLexicon<bool> NotEvents { get; }

    /// <summary>
    /// Words that make the phrase after them a vehicle's load ("a plane carrying 65 captured soldiers", "was transporting
    /// missiles"): event words in the load tell what was on board, not what happened.
    /// </summary>
    public CueLexicon<bool> CargoMarkers { get; }

    /// <summary>Verbs of attacking («атакував», «атаковали»), the only attack words whose object may be an area struck from afar; an offensive «на город» is a ground attack.</summary>
    public CueLexicon<bool> AreaAttackVerbs { get; }

    /// <summary>
    /// Whether an attack word is a verb of attacking whose object, right after it, is a whole area: «агресор атакував
    /// Нікопольщину», «ворог атакував Нікопольський район», «продовжують атакувати обласний центр», «атаковали город».
    /// An area is attacked from afar, by shelling, drones or missiles; a ground attack is told against positions or
    /// near a place. Russian and Ukrainian: an entry ending in '=' is a whole word, any other the ending of a word
    /// («Харківщину») or a phrase at the word's start («обласний центр»); the area may follow one adjective.
    /// </summary>
    public bool NamesAttackedArea(string lowered, Span attackWord, Span clause)
    {
        var word = TextTokens.ToWordEnd(lowered, attackWord);
        if (AreaAttackVerbs.FindFirst(lowered, word) is not { } verb || verb.Span.Start != word.Start)
        {
            return false;
        }
        var afterAttackWord = new Span(word.End, clause.End);
        var words = TextTokens.Words(lowered, afterAttackWord);
        for (var at = 0; at < Math.Min(2, words.Length); at++)
        {
            var next = words[at];
            foreach (var area in _attackedAreas)
            {
                var matches = area.EndsWith('=')
                    ? next.Text == area[..^1]
                    : area.Contains(' ')
                        ? lowered.AsSpan(next.Span.Start, Math.Min(area.Length, afterAttackWord.End - next.Span.Start)).SequenceEqual(area)
                        : next.Text.Length > area.Length + 2 && next.Text.EndsWith(area, StringComparison.Ordinal);
                if (matches)
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>Words of attacking, noun or verb ("attack", «атака», «атакували»), whose target may be a facility struck from afar.</summary>
    public CueLexicon<bool> FacilityAttackWords { get; }

    /// <summary>
    /// Facilities and installations, which are struck from afar rather than stormed, and whose destruction is a strike's
    /// result rather than losses of arms or men: infrastructure, power plants, airfields, depots, command posts,
    /// headquarters, homes and buildings («НПЗ», «склад боєприпасів», «командний пункт», «жилых дома», «будинки»).
    /// </summary>
    public CueLexicon<bool> Facilities { get; }

    /// <summary>How many words after an attack word its target may stand ("the attack was aimed at a meeting place").</summary>
    private const int TargetReach = 6;

    /// <summary>
    /// Whether an attack word has a facility as its target within the next few words of its phrase: "attacks on Russia's
    /// energy infrastructure", "the attack was aimed at a meeting place", «атака на аеродроми», «атакували об'єкт
    /// інфраструктури». Infrastructure, plants, airfields, depots and headquarters are hit by missiles, drones or
    /// shells, not stormed by troops, so the attack is a strike. Words of storming and offensives («штурми … НПЗ») are
    /// ground attacks whatever their target, and a comma or a dash ends the phrase.
    /// </summary>
    public bool NamesAttackedFacility(string lowered, Span attackWord, Span clause)
    {
        var word = TextTokens.ToWordEnd(lowered, attackWord);
        if (FacilityAttackWords.FindFirst(lowered, word) is not { } attack || attack.Span.Start != word.Start)
        {
            return false;
        }
        var words = TextTokens.Words(lowered, new Span(word.End, clause.End));
        if (words.Length == 0)
        {
            return false;
        }
        var target = new Span(word.End, words[Math.Min(words.Length, TargetReach) - 1].Span.End);
        var stop = lowered.AsSpan(target.Start, target.Length).IndexOfAny(",;:—–(");
        return Facilities.FindFirst(lowered, stop < 0 ? target : new Span(target.Start, target.Start + stop)) is not null;
    }

    /// <summary>How many words after a destruction word the facility it destroyed may stand («уничтожили крылатыми ракетами склады»).</summary>
    private const int DestroyedObjectReach = 3;

    /// <summary>
    /// Whether a destruction word's object is a facility: "destroyed an ammunition depot", «уничтожили «Калибрами» склад
    /// боеприпасов», «знищили передовий командний пункт», «знищено нафтобазу». A facility destroyed is what a strike hit,
    /// where tanks, aircraft or men destroyed are losses. The object is read in the few words after the destruction
    /// word, within its clause (clauses part at "and", «и», «та», «і» and commas): in «знищено 9 гелікоптерів та склад»
    /// the helicopters are the object and the losses decide.
    /// </summary>
    public bool DestroysFacility(string lowered, Span destructionWord, Span clause)
    {
        var word = TextTokens.ToWordEnd(lowered, destructionWord);
        return TextTokens.Words(lowered, new Span(word.End, clause.End)).Take(DestroyedObjectReach)
            .Any(next => Facilities.FindFirst(lowered, new Span(next.Span.Start, clause.End)) is { } facility && facility.Span.Start == next.Span.Start);
    }

    /// <summary>Words of encircling ("encircl", "surround", «окруж», «оточ»).</summary>
    public CueLexicon<bool> Encirclements { get; }

    /// <summary>Words of regrouping ("regroup", «перегруппировка», «перегрупування»), a manoeuvre told beside a withdrawal.</summary>
    public CueLexicon<bool> Regroupings { get; }

    /// <summary>Nouns of a threat or risk ("threat", "risk", «угроза», «загроза», «ризик»), which make what follows them a danger rather than a deed.</summary>
    public CueLexicon<bool> Threats { get; }

    /// <summary>Words that tell something absent ("no", «отсутствует», «відсутня», «немає»).</summary>
    public CueLexicon<bool> Absences { get; }

    /// <summary>How many words before an encirclement word its threat may stand ("a risk of the city being encircled").</summary>
    private const int ThreatReach = 5;

    /// <summary>How many words before an encirclement word its negation may stand ("had not been trapped", «не в оточенні»).</summary>
    private const int NegationReach = 2;

    /// <summary>
    /// The kind of a clause whose event is an encirclement told as a threat or told negated, or null when it is
    /// neither: "there was a threat of encirclement of the city", "a risk of the city being encircled", «угроза
    /// окружения» tell the enemy's pressure on the place, an attack, where an encirclement done ("have fully
    /// encircled", «оказалась окруженной») is a happening of its own (kind other); a threat told absent ("there is no
    /// threat of encirclement", «загроза оточення відсутня», «загрози оточення немає») rebuts the other side's claim of
    /// one, a denial, and so does the encirclement itself negated ("said Ukraine's forces had not been trapped",
    /// "insisted that Ukrainian soldiers are not encircled", «наші підрозділи не в оточенні», «войска не окружены»):
    /// the side said to be encircled answering the claim with its outcome told as untrue.
    /// </summary>
    public ClaimKind? ReadEncirclement(string lowered, Span clause, Span eventWord)
    {
        var word = TextTokens.ToWordEnd(lowered, eventWord);
        if (Encirclements.FindFirst(lowered, word) is not { } encircling || encircling.Span.Start != word.Start)
        {
            return null;
        }
        var justBefore = TextTokens.Words(lowered, new Span(clause.Start, word.Start)).TakeLast(NegationReach).ToArray();
        if (justBefore.Length > 0 && SpeechLexicon.Default.Negations.FindFirst(lowered, new Span(justBefore[0].Span.Start, word.Start)) is not null)
        {
            return ClaimKind.Denial;
        }
        var before = TextTokens.Words(lowered, new Span(clause.Start, word.Start)).TakeLast(ThreatReach).ToArray();
        if (before.Length == 0 || Threats.FindFirst(lowered, new Span(before[0].Span.Start, word.Start)) is null)
        {
            return null;
        }
        return Absences.FindFirst(lowered, clause) is null ? ClaimKind.Attack : ClaimKind.Denial;
    }

    /// <summary>
    /// Words that make the phrase after them a field of work rather than a happening: an office's remit ("in charge of
    /// prisoner exchanges", «Координаційний штаб з питань поводження з військовополоненими», «занимаясь вопросами
    /// освобождения из плена»), the people it helps ("families of the missing", «родинам зниклих безвісти і полонених»)
    /// and work going on towards an end («продовжуємо роботу над поверненням з полону»). Not "responsible for", which
    /// as often blames a side for a happening ("Russia said Ukraine was responsible for the attack").
    /// </summary>
    public CueLexicon<bool> FieldMarkers { get; }

    /// <summary>How many words after a <see cref="FieldMarkers">field marker</see> its field may reach («з питань поводження з військовополоненими»).</summary>
    private const int FieldReach = 5;

    /// <summary>
    /// The fields of work a clause names: each <see cref="FieldMarkers">field marker</see> and up to
    /// <see cref="FieldReach"/> words after it, never past a comma or a dash. An event word there names what an office
    /// deals with or whom it helps, and tells no happening.
    /// </summary>
    public List<Span> FieldsOfWork(string lowered, Span clause)
    {
        var fields = new List<Span>();
        foreach (var marker in FieldMarkers.FindAll(lowered, clause))
        {
            var rest = new Span(marker.Span.End, clause.End);
            var stop = lowered.AsSpan(rest.Start, rest.Length).IndexOfAny(",;:—–(");
            var words = TextTokens.Words(lowered, stop < 0 ? rest : new Span(rest.Start, rest.Start + stop));
            if (words.Length > 0)
            {
                fields.Add(new Span(marker.Span.Start, words[Math.Min(words.Length, FieldReach) - 1].Span.End));
            }
        }
        return fields;
    }

    /// <summary>The bodies or remains of the dead ("bodies of", «тела», «тіл»).</summary>
    public CueLexicon<bool> Bodies { get; }

    /// <summary>Words of returning, handing over, receiving or exchanging ("repatriated", «передала», «повернуто»).</summary>
    public CueLexicon<bool> BodyReturns { get; }

    /// <summary>
    /// Whether a clause tells the bodies of the dead returned, handed over or exchanged: "Ukraine received the bodies of
    /// 909 fallen soldiers", «Россия передала Украине тела 1000 погибших», «В Україну повернули тіла 757 загиблих». The
    /// happening is the return, which the annotation protocol counts with prisoners; the deaths it mentions are not news.
    /// </summary>
    public bool TellsBodiesReturned(string lowered, Span clause) =>
        Bodies.FindFirst(lowered, clause) is not null && BodyReturns.FindFirst(lowered, clause) is not null;

    /// <summary>The English mark of an infinitive ("to"), before a verb told as what a side strives for.</summary>
    public CueLexicon<bool> InfinitiveMarkers { get; }

    /// <summary>Words that tell a striving achieved ("managed to", "able to", «удалось», «вдалося») or a deed done ("to have taken").</summary>
    public CueLexicon<bool> Achievements { get; }

    /// <summary>The English auxiliary of the past perfect ("had"), whose verb tells a happening before the time a report tells of.</summary>
    public CueLexicon<bool> PluperfectAuxiliaries { get; }

    /// <summary>The English mark of the perfect progressive ("been" of "has been advancing"), whose verb tells a happening that has gone on up to the time a report tells of.</summary>
    public CueLexicon<bool> ProgressivePerfectMarkers { get; }

    /// <summary>How many words an auxiliary may stand before the event word it governs ("had originally taken control", "had been occupied", "have been steadily advancing").</summary>
    private const int AuxiliaryReach = 3;

    /// <summary>
    /// The past-perfect auxiliary that governs a clause's event word, or null: "Ukraine had taken control of parts of the
    /// Kursk region", "the town had been occupied by Kyiv's forces". The past perfect sets a happening before the time the
    /// report tells of; in the report's own narration it tells the history that leads up to the news.
    /// </summary>
    public Span? FindPluperfect(string lowered, Span clause, Span eventWord) =>
        GoverningAuxiliary(PluperfectAuxiliaries, lowered, clause, eventWord);

    /// <summary>
    /// The mark of the perfect progressive that governs a clause's event word, or null: "Russian troops have been advancing
    /// on the town", "Russian forces have been shelling the outskirts". The tense tells a happening that has gone on over
    /// a stretch of time up to the news; in the report's own narration it sums up the course of the fighting, not a dated
    /// happening. The event word is the verb's -ing form.
    /// </summary>
    public Span? FindPerfectProgressive(string lowered, Span clause, Span eventWord) =>
        TextTokens.Words(lowered, TextTokens.ToWordEnd(lowered, eventWord)) is [var verb, ..] && EndsInOneOf(verb.Text, _gerundEndings)
            ? GoverningAuxiliary(ProgressivePerfectMarkers, lowered, clause, eventWord)
            : null;

    /// <summary>
    /// An auxiliary of <paramref name="auxiliaries"/> within <see cref="AuxiliaryReach"/> words before the event word, or
    /// inside it ("had taken", "had fallen", whose last word is the verb), with no infinitive between ("had to withdraw"
    /// tells an obligation, not an earlier happening).
    /// </summary>
    private Span? GoverningAuxiliary(CueLexicon<bool> auxiliaries, string lowered, Span clause, Span eventWord)
    {
        var words = TextTokens.Words(lowered, new Span(clause.Start, eventWord.End));
        for (var at = words.Length - 2; at >= Math.Max(0, words.Length - 1 - AuxiliaryReach); at--)
        {
            var word = words[at];
            if (InfinitiveMarkers.FindFirst(lowered, word.Span) is { } marker && marker.Span == word.Span)
            {
                return null;
            }
            if (auxiliaries.FindFirst(lowered, word.Span) is { } auxiliary && auxiliary.Span == word.Span)
            {
                return auxiliary.Span;
            }
        }
        return null;
    }

    /// <summary>Russian and Ukrainian prepositions of purpose before a verbal noun («по освобождению», «для захоплення», «на захопленні»).</summary>
    public CueLexicon<bool> GoalPrepositions { get; }

    /// <summary>How many words before an event word a preposition of purpose may stand («по дальнейшему освобождению»).</summary>
    private const int GoalReach = 2;

    /// <summary>
    /// Whether an event word is told as the goal of an effort rather than as done: an English infinitive after "to"
    /// ("push to recapture lost ground", "an offensive to take back its land", "attempts to capture"), unless the striving
    /// is told achieved ("managed to capture", "said to have taken"); or a Russian or Ukrainian verbal noun after a
    /// preposition of purpose («наступательные действия по дальнейшему освобождению», «зусилля на захопленні
    /// Маріуполя»), or any event noun after a preposition that only tells a purpose («для захоплення Вугледару», «для
    /// наступу»). A capture striven for is an attack, not a place taken.
    /// </summary>
    public bool NamesAGoal(string lowered, Span clause, Span eventWord)
    {
        bool Is(CueLexicon<bool> lexicon, TextToken word) => IsWhole(lexicon, lowered, word.Span);
        var word = TextTokens.ToWordEnd(lowered, eventWord);
        var before = TextTokens.Words(lowered, new Span(clause.Start, word.Start));
        if (TextTokens.Words(lowered, word) is not [var own, ..] || before.IsEmpty)
        {
            return false;
        }
        if (Is(InfinitiveMarkers, before[^1]))
        {
            return !Is(Achievements, own) && !(before.Length > 1 && Is(Achievements, before[^2]));
        }
        return before.TakeLast(GoalReach).Any(previous => Is(PurposePrepositions, previous))
            || (EndsInOneOf(own.Text, _verbalNounEndings) && before.TakeLast(GoalReach).Any(previous => Is(GoalPrepositions, previous)));
    }

    /// <summary>Russian and Ukrainian prepositions that only tell a purpose («для наступу», «для штурма»), before any event noun.</summary>
    public CueLexicon<bool> PurposePrepositions { get; }

    /// <summary>Words that tell something absent or not done ("no one", "without", «без», «никто», «не»).</summary>
    public CueLexicon<bool> Privatives { get; }

    /// <summary>How many words before a word of harm its privative may stand («без постраждалих», «никто не пострадал», "no one was injured").</summary>
    private const int PrivativeReach = 2;

    /// <summary>
    /// Whether a word of harm is told absent: a privative stands in it or among the <see cref="PrivativeReach"/> words
    /// before it («без постраждалих», «никто не пострадал», «ніхто не загинув», "no one was injured"), or a word of
    /// absence right after it («пострадавших нет», «постраждалих немає»).
    /// </summary>
    public bool TellsHarmAbsent(string lowered, Span clause, Span harmWord)
    {
        var word = TextTokens.ToWordEnd(lowered, harmWord);
        var before = TextTokens.Words(lowered, new Span(clause.Start, word.Start)).TakeLast(PrivativeReach).ToArray();
        return Privatives.FindFirst(lowered, new Span(before.Length > 0 ? before[0].Span.Start : word.Start, word.End)) is not null
            || (TextTokens.Words(lowered, new Span(word.End, clause.End)) is [var next, ..]
                && Absences.FindFirst(lowered, next.Span) is { } absence && absence.Span.Start == next.Span.Start);
    }

    /// <summary>
    /// Whether a clause, or the words a speaker or thinker is reported to say or hold in it, opens with its event word as
    /// a noun, at most one word (an article or a possessor) before it: an English event noun with its "of" ("The capture
    /// of the town would bring …", "Russia's seizure of …", "Analysts say the capture of the town could open …") or after
    /// an article ("ISW is convinced that an offensive operation against the city could slow …"), or a Russian or
    /// Ukrainian verbal noun («Освобождение Покровска могло бы …», «Эксперты считают, что освобождение города
    /// позволит …», «Захоплення міста дало б …»). Such a noun is the subject of the verb after it, whose mood tells
    /// whether the happening is told as real. The reported words open after the last verb of saying or complementizer
    /// ("that", «что», «що») before the event word.
    /// </summary>
    public bool OpensWithEventNoun(string lowered, Span clause, CueMatch<ClaimKind> cue)
    {
        var word = TextTokens.ToWordEnd(lowered, cue.Span);
        var opening = new Span(ReportedWordsStart(lowered, new Span(clause.Start, word.Start)), word.Start);
        return TextTokens.Words(lowered, opening) is { Length: <= 1 } before
            && (cue.Cue.EndsWith(" of", StringComparison.Ordinal)
                || (before is [var determiner] && IsWhole(NounDeterminers, lowered, determiner.Span))
                || (TextTokens.Words(lowered, word) is [var own, ..] && EndsInOneOf(own.Text, _verbalNounEndings)));
    }

    /// <summary>Where the words a clause reports open: after its last verb of saying or complementizer in <paramref name="range"/>, or at the range's start.</summary>
    private static int ReportedWordsStart(string lowered, Span range)
    {
        var speech = SpeechLexicon.Default;
        return speech.Saying.FindAll(lowered, range).Concat(speech.Complementizer.FindAll(lowered, range))
            .Select(found => found.Span.End).DefaultIfEmpty(range.Start).Max();
    }

    /// <summary>English articles and possessors that make the word after them a noun ("an assault on …", "the offensive against …").</summary>
    public CueLexicon<bool> NounDeterminers { get; }

    /// <summary>English words after which a participle stands before its noun: determiners, numbers aside, and prepositions ("the recaptured areas", "from newly liberated villages").</summary>
    public CueLexicon<bool> AttributiveOpeners { get; }

    /// <summary>Words that cannot be the noun a participle modifies: prepositions, conjunctions, articles and auxiliaries ("captured by", «звільнена від», "the fighting is").</summary>
    public CueLexicon<bool> PhraseBreaks { get; }

    /// <summary>Nouns that name prisoners of war ("prisoners", "POWs", «пленные», «полонені»), as against words of taking prisoner or exchanging.</summary>
    public CueLexicon<bool> PrisonerNouns { get; }

    /// <summary>
    /// Whether an event word is a participle that modifies a noun rather than the clause's verb: a Russian or Ukrainian
    /// full-form participle before its noun («в освобожденном городе», «наступающих подразделений», «звільнених сіл»), an
    /// English participle after a determiner, a number or a preposition and before its noun ("the recaptured areas", "65
    /// captured Ukrainian service members", "an advancing offensive"), the second half of a compound adjective
    /// ("Russian-controlled"), or an English past participle with its agent and no auxiliary ("areas recently regained by
    /// Russian troops"). Such a word describes a thing the clause names; a word after it that cannot be a noun
    /// (<see cref="PhraseBreaks"/>: «Кліщіївка звільнена від окупантів») leaves it the predicate. English "-ing" words
    /// count only as words of moving ("advancing", "retreating"), since "the fighting" and "the shelling" are nouns.
    /// </summary>
    public bool ModifiesNoun(string lowered, Span clause, CueMatch<ClaimKind> cue)
    {
        var words = TextTokens.Words(lowered, clause);
        var at = Enumerable.Range(0, words.Length).FirstOrDefault(index => words[index].Span.Start == cue.Span.Start, -1);
        if (at < 0)
        {
            return false;
        }
        var word = words[at];
        if (word.Span.Start > clause.Start + 1 && lowered[word.Span.Start - 1] == '-' && char.IsLetter(lowered[word.Span.Start - 2]))
        {
            return true;
        }
        if (at + 1 >= words.Length || !lowered.AsSpan(word.Span.End, words[at + 1].Span.Start - word.Span.End).IsWhiteSpace())
        {
            return false;
        }
        var next = words[at + 1];
        TextToken? previous = at > 0 ? words[at - 1] : null;
        if (EndsInOneOf(word.Text, _pastParticipleEndings) && cue.Value == ClaimKind.TerritorialControl && next.Text == "by")
        {
            return previous is not { } before || !(IsWhole(PassiveAuxiliaries, lowered, before.Span) || IsWhole(PerfectAuxiliaries, lowered, before.Span));
        }
        if (IsWhole(PhraseBreaks, lowered, next.Span))
        {
            return false;
        }
        if (EndsInOneOf(word.Text, _attributiveParticipleEndings))
        {
            return !EndsInOneOf(word.Text, _verbalNounEndings);
        }
        var english = EndsInOneOf(word.Text, _pastParticipleEndings)
            || (EndsInOneOf(word.Text, _participleEndings) && cue.Value is ClaimKind.Advance or ClaimKind.Withdrawal);
        return english && previous is { } opener && (IsWhole(AttributiveOpeners, lowered, opener.Span) || IsNumber(opener));
    }

    /// <summary>Whether an event word is a noun of prisoners of war ("prisoners", «пленными»), not a word of capture, surrender or exchange.</summary>
    public bool NamesPrisoners(string lowered, Span eventWord) =>
        PrisonerNouns.FindFirst(lowered, TextTokens.ToWordEnd(lowered, eventWord)) is { } noun && noun.Span.Start == eventWord.Start;

    /// <summary>Whether an entry of <paramref name="lexicon"/> is the whole of <paramref name="word"/>, not only a stem inside it.</summary>
    private static bool IsWhole(CueLexicon<bool> lexicon, string lowered, Span word) =>
        lexicon.FindFirst(lowered, word) is { } found && found.Span == word;

    /// <summary>How many words after a <see cref="CargoMarkers">cargo marker</see> its load may reach ("carrying 74 Ukrainian prisoners").</summary>
    public const int CargoReach = 3;

    /// <summary>Words of trying ("tried to", «намагалися»): a try at taking a place is an attack.</summary>
    public CueLexicon<bool> Attempts { get; }

    /// <summary>Words of digging in («закрепились», "dug in"), which continue an advance or capture.</summary>
    public CueLexicon<bool> Consolidations { get; }

    /// <summary>Verbs that drive a party out of a place when "out" follows them ("drove", "driving", "pushed").</summary>
    public CueLexicon<bool> Expulsions { get; }

    /// <summary>The particle that makes a verb of driving one of expelling ("out" of "drove the enemy out of").</summary>
    public CueLexicon<bool> ExpulsionParticles { get; }

    /// <summary>How many words may stand between a verb of driving and its "out" ("driving Ukrainian militants out").</summary>
    private const int ExpulsionReach = 3;

    /// <summary>
    /// The verbs of a clause that drive a party out of a place: a verb of driving with "out" after it, its object between
    /// ("drove the enemy out of Yegorovka", "driving Ukrainian militants out", "were driven out of the village"). Expelling
    /// the enemy is taking the ground it held, a capture, whatever else the verb may mean alone ("pushed" is an advance).
    /// </summary>
    public IEnumerable<CueMatch<bool>> FindExpulsions(string lowered, Span clause)
    {
        var words = TextTokens.Words(lowered, clause);
        bool Is(CueLexicon<bool> lexicon, int at) => IsWhole(lexicon, lowered, words[at].Span);
        for (var at = 0; at < words.Length; at++)
        {
            if (Is(Expulsions, at) && Enumerable.Range(at + 1, Math.Min(ExpulsionReach + 1, words.Length - at - 1)).Any(next => Is(ExpulsionParticles, next)))
            {
                yield return new CueMatch<bool>(true, words[at].Span, words[at].Text);
            }
        }
    }

    /// <summary>Verbs that tell ground held when they take an object ("control~": "control", "controls", "controlled").</summary>
    public CueLexicon<bool> PossessionVerbs { get; }

    /// <summary>The words an object opens with after a verb of holding ground: a determiner or a quantity ("the", "part", "about", "over").</summary>
    public CueLexicon<bool> PossessionObjects { get; }

    /// <summary>
    /// The verbs of a clause that tell ground held: a verb of holding with its object right after it, opening with a
    /// number, a determiner or a quantity ("currently control 28 settlements", "They control about a thousand square
    /// kilometres", "our defenders control certain industrial facilities", "Russia controls just under a fifth"). The
    /// noun "control" is followed by "of", "over" a preposition's object or nothing ("took control of", "under control"),
    /// never by a determiner or a number, so the object tells the verb.
    /// </summary>
    public IEnumerable<CueMatch<bool>> FindPossessions(string lowered, Span clause)
    {
        var words = TextTokens.Words(lowered, clause);
        for (var at = 0; at + 1 < words.Length; at++)
        {
            if (IsWhole(PossessionVerbs, lowered, words[at].Span) && (IsNumber(words[at + 1]) || IsWhole(PossessionObjects, lowered, words[at + 1].Span)))
            {
                yield return new CueMatch<bool>(true, words[at].Span, words[at].Text);
            }
        }
    }

    /// <summary>Whether an event word is a verb of holding ground ("control", "controls").</summary>
    public bool HoldsGround(string lowered, Span eventWord) => IsWhole(PossessionVerbs, lowered, TextTokens.ToWordEnd(lowered, eventWord));

    /// <summary>Verbs of capturing ("captur"), which take ground or, when what they capture is people, prisoners.</summary>
    public CueLexicon<bool> Captures { get; }

    /// <summary>Nouns of fighters that can be taken prisoner ("soldier", "servicem", "marines", "combatant").</summary>
    public CueLexicon<bool> CapturedPeople { get; }

    /// <summary>The forms of "be" that make an English passive ("were captured", "had been captured").</summary>
    public CueLexicon<bool> PassiveAuxiliaries { get; }

    /// <summary>The auxiliaries of the English perfect ("have", "had"), which may stand before a passive's "been".</summary>
    public CueLexicon<bool> PerfectAuxiliaries { get; }

    /// <summary>How many words may stand between a verb of capturing and the fighters it captures ("captured dozens of Russian soldiers").</summary>
    private const int CaptiveReach = 3;

    /// <summary>
    /// Whether a verb of capturing takes people prisoner rather than ground: fighters are its object, within
    /// <see cref="CaptiveReach"/> words after it and before any comma ("captured 80 Ukrainian soldiers", "80 captured
    /// combatants"), or its subject in the passive ("a number of servicemen were captured", "marines had been captured").
    /// </summary>
    public bool CapturesPeople(string lowered, Span clause, Span captureWord)
    {
        var verb = TextTokens.ToWordEnd(lowered, captureWord);
        if (Captures.FindFirst(lowered, verb) is not { } capture || capture.Span.Start != verb.Start)
        {
            return false;
        }
        bool IsPerson(TextToken word) => CapturedPeople.FindFirst(lowered, word.Span) is { } person && person.Span.Start == word.Span.Start;
        var comma = lowered.IndexOf(',', verb.End, clause.End - verb.End);
        var after = TextTokens.Words(lowered, new Span(verb.End, comma < 0 ? clause.End : comma));
        if (after.Take(CaptiveReach + 1).Any(IsPerson))
        {
            return true;
        }
        var before = TextTokens.Words(lowered, new Span(clause.Start, verb.Start));
        if (before.IsEmpty || !IsWhole(PassiveAuxiliaries, lowered, before[^1].Span))
        {
            return false;
        }
        var subject = before.Length - 1;
        while (subject >= 0 && (IsWhole(PassiveAuxiliaries, lowered, before[subject].Span) || IsWhole(PerfectAuxiliaries, lowered, before[subject].Span)))
        {
            subject--;
        }
        return subject >= 0 && IsPerson(before[subject]);
    }

    /// <summary>Verbs of beating back that also mean winning back («отбили», «відбили»), by whom the ground was held.</summary>
    public CueLexicon<bool> Retakings { get; }

    /// <summary>Prepositions that name whom something is taken from («у противника», «в ворога»).</summary>
    public CueLexicon<bool> TakenFrom { get; }

    /// <summary>How many words may stand between a verb of winning back and whom it takes from («отбили у противника», «отбили позиции у противника»).</summary>
    private const int RetakeReach = 3;

    /// <summary>
    /// Whether a word of beating back wins ground back from a party: «штурмовики отбили у противника последнюю
    /// многоэтажку», «відбили в окупантів позиції». The preposition of whom from and a party word right after it stand
    /// within <see cref="RetakeReach"/> words after the verb. An attack is beaten off, never taken from someone, and «у»
    /// before a place («отбили атаку у села») names where, so only a party after it makes a capture.
    /// </summary>
    public bool RetakesFromParty(string lowered, Span clause, Span repelWord)
    {
        var verb = TextTokens.ToWordEnd(lowered, repelWord);
        if (Retakings.FindFirst(lowered, verb) is not { } retaking || retaking.Span.Start != verb.Start)
        {
            return false;
        }
        var after = TextTokens.Words(lowered, new Span(verb.End, clause.End));
        return Enumerable.Range(0, Math.Clamp(after.Length - 1, 0, RetakeReach)).Any(at =>
            IsWhole(TakenFrom, lowered, after[at].Span)
            && SpeechLexicon.Default.Actors.FindFirst(lowered, new Span(after[at + 1].Span.Start, clause.End)) is { } party
            && party.Span.Start == after[at + 1].Span.Start);
    }

    /// <summary>Casualties words of things destroyed rather than people harmed ("destroyed", «уничтожили», «знищено»).</summary>
    public CueLexicon<bool> Destruction { get; }

    /// <summary>Strike words of damage alone ("damaged", «повреждения», «пошкоджено»), which name no weapon and so no strike by themselves.</summary>
    public CueLexicon<bool> Damage { get; }

    /// <summary>Verbs of thwarting ("halted", «сорвали», «зупинили»), which make the attack they govern one beaten off.</summary>
    public CueLexicon<bool> Thwarts { get; }

    /// <summary>How many words may stand between a verb of thwarting and the attack it governs ("stopped the Russian offensive").</summary>
    public const int ThwartReach = 3;

    /// <summary>
    /// Whether a verb of thwarting or of not letting governs an attack, advance or capture word: it stands before it in the
    /// clause with at most <see cref="ThwartReach"/> words between («сорвали российскую наступательную операцию», «зупинили
    /// наступ ворога», "stopped the Russian offensive", «не дозволили російським загарбникам просунутися», "did not allow
    /// Russian troops to advance"). What is so told was beaten off, not done.
    /// </summary>
    public bool ThwartsAttack(string lowered, Span clause, Span attackWord) =>
        FindBefore(Thwarts, lowered, clause, attackWord, ThwartReach) is not null;

    /// <summary>Words of debris ("debris", «обломки», «уламки»): what falls when a drone or missile is downed.</summary>
    public CueLexicon<bool> Debris { get; }

    /// <summary>How many words may stand between a debris word and the downing that describes it ("debris from a downed drone").</summary>
    private const int DebrisReach = 3;

    /// <summary>
    /// Whether a word of downing describes debris before it: «уламки збитого дрона», «обломки сбитого беспилотника»,
    /// "debris from a downed drone", with at most <see cref="DebrisReach"/> words between. The downing is told of the
    /// debris, not as what the clause reports.
    /// </summary>
    public bool DescribesDebris(string lowered, Span clause, Span downing) =>
        FindBefore(Debris, lowered, clause, downing, DebrisReach) is not null;

    /// <summary>
    /// The last word of <paramref name="lexicon"/> that stands before <paramref name="word"/> in its clause with at most
    /// <paramref name="reach"/> words between (none: "trying to repel"), or null: how a governing verb or a described
    /// noun is found beside the event word it bears on.
    /// </summary>
    public static CueMatch<bool>? FindBefore(CueLexicon<bool> lexicon, string lowered, Span clause, Span word, int reach) =>
        word.Start <= clause.Start ? null
            : lexicon.FindAll(lowered, new Span(clause.Start, word.Start))
                .Where(found => TextTokens.ToWordEnd(lowered, found.Span) is var whole && whole.End <= word.Start
                    && TextTokens.Words(lowered, new Span(whole.End, word.Start)).Length <= reach)
                .Select(found => (CueMatch<bool>?)found).LastOrDefault();

    /// <summary>Words by which a sentence asserts no happening: background, assessment, a disclaimer, a link line.</summary>
    public CueLexicon<NotClaimReason> NotClaim { get; }

    /// <summary>
    /// Marks of a happening that is not asserted as real: the future ("will", «будет», «буде»), the conditional ("would",
    /// «бы»), possibility ("could", «может»). Before a clause's event word they make it a prediction or a possibility.
    /// </summary>
    public CueLexicon<bool> Irrealis { get; }

    /// <summary>
    /// Prepositions and conjunctions that open an adverbial phrase of cause, purpose or time ("as a result of", "in an
    /// attempt to", "after", «в ходе», «во избежание», «унаслідок», «під час»): set off by a comma, the phrase modifies a
    /// clause beside it rather than telling a happening of its own.
    /// </summary>
    public CueLexicon<bool> AdverbialOpeners { get; }

    /// <summary>Pronouns that refer back to what was told before ("this", «чего», «цього»), after an adverbial opener.</summary>
    public CueLexicon<bool> Anaphors { get; }

    /// <summary>
    /// The adverbial openers of a span that open a phrase of their own: not one followed by a pronoun referring back ("as a
    /// result of this", «в результате чего», «внаслідок цього»), which ties the clause after it to the happening told
    /// before and so leaves that clause a happening of its own («…, в результате чего было уничтожено до 500 военных»),
    /// nor "under" after a verb of coming ("came under missile attack"), which opens what befell the subject.
    /// </summary>
    public IEnumerable<CueMatch<bool>> AdverbialPhrases(string lowered, Span span) =>
        AdverbialOpeners.FindAll(lowered, span).Where(opener =>
            !(TextTokens.Words(lowered, new Span(opener.Span.End, Math.Min(span.End, opener.Span.End + AnaphorReach))) is [var next, ..]
                && Anaphors.FindFirst(lowered, next.Span) is { } anaphor && anaphor.Span == next.Span)
            && !(TextTokens.Words(lowered, new Span(span.Start, opener.Span.Start)) is [.., var before] && IsWhole(ExposureVerbs, lowered, before.Span)));

    /// <summary>
    /// English verbs of coming under something ("came under missile attack", "comes under fire"): the phrase after them is
    /// what befell the subject, the clause's own happening, not a circumstance beside it.
    /// </summary>
    public CueLexicon<bool> ExposureVerbs { get; }

    /// <summary>How many characters after an adverbial opener are read for the pronoun after it.</summary>
    private const int AnaphorReach = 24;

    /// <summary>
    /// Words that open a question written without its question mark, as titles and teasers are ("Why the strike on the
    /// airfield matters", «Чим важливі аеродроми …», «Что известно о …», «Що пишуть у Генштабі про …»): a question word
    /// of cause, or "what" before a verb of knowing, happening or telling.
    /// </summary>
    public CueLexicon<bool> QuestionOpeners { get; }

    /// <summary>Words that name a digest of the day's items ("news", «новини», «итоги дня», "roundup").</summary>
    public CueLexicon<bool> DigestWords { get; }

    /// <summary>
    /// Whether a clause opens a digest's title: a short head naming a digest before a colon, and the first topic after it
    /// («Економічні новини 29 грудня: масована атака на енергетику, …», "Ukraine news, June 3: …"). The head and its
    /// first topic name what the digest covers; a later item told as a clause of its own («…, а в Токмаку злетів у
    /// повітря склад боєприпасів») may still tell a happening.
    /// </summary>
    public bool TitlesADigest(string text, string lowered, Span sentence, Span clause)
    {
        var colon = text.IndexOf(':', sentence.Start, sentence.Length);
        if (colon < 0 || clause.Start >= colon)
        {
            return false;
        }
        var head = new Span(sentence.Start, colon);
        return TextTokens.Words(text, head).Length <= DigestTitleWords && DigestWords.FindFirst(lowered, head) is not null;
    }

    /// <summary>The most words a digest's title has before its colon.</summary>
    private const int DigestTitleWords = 6;

    /// <summary>Whether a sentence opens with a <see cref="QuestionOpeners"/> word, after any opening quote.</summary>
    public bool OpensQuestion(string text, string lowered, Span sentence)
    {
        var start = sentence.Start;
        while (start < sentence.End && text[start] is '«' or '"' or '“' or '„' or '\'')
        {
            start++;
        }
        return QuestionOpeners.FindFirst(lowered, sentence) is { } found && found.Span.Start == start;
    }

    /// <summary>
    /// Possessive determiners that open an apposition after a comma ("…, his first public comments since …", "…, its
    /// biggest gain in months"), and the preposition of a comment set off the same way ("…, in a rare admission of
    /// military losses"): the phrase comments on the clause before it rather than telling a happening.
    /// </summary>
    public CueLexicon<bool> AppositiveOpeners { get; }

    /// <summary>
    /// Words that open a description of something named before them ("the town, which lies …", "a town that has been
    /// under attack for months", «село, которое …», «місто, яке …»).
    /// </summary>
    public CueLexicon<bool> Describers { get; }

    /// <summary>
    /// Relative pronouns in the nominative that open a description of a sentence's subject set off by commas before its
    /// verb («военные, которые попали в окружение, сдаются», «військові, які потрапили в оточення, здаються»).
    /// Russian and Ukrainian only: English "who"/"which"/"that" are not read so. «що»/«что» are not listed: after a
    /// comma they are as often the opener of what a verb of saying reports («У Генштабі уточнили, що підрозділи …»).
    /// </summary>
    public CueLexicon<bool> SubjectDescribers { get; }

    /// <summary>
    /// Conjunctions that set a clause against the one before it ("but", «но», «а», «але», «проте»): what the clause
    /// before says of a long course or an expectation does not colour the clause they open ("…have tried to take it for
    /// more than a year, but Ukraine says its forces are holding on").
    /// </summary>
    public CueLexicon<bool> Contrastives { get; }

    /// <summary>
    /// Phrases that open with a <see cref="Contrastives">contrastive conjunction</see> and add rather than set against
    /// ("but also", «а также», «а також», «але й»): the clause they open goes on with what the clause before tells.
    /// </summary>
    public CueLexicon<bool> ContrastiveAdditions { get; }

    private bool IsContrastive(string lowered, Span word, Span clause) =>
        Contrastives.FindFirst(lowered, word) is { } found && found.Span == word
        && !(ContrastiveAdditions.FindFirst(lowered, new Span(word.Start, clause.End)) is { } addition && addition.Span.Start == word.Start);

    /// <summary>Whether <paramref name="clause"/> is opened by a <see cref="Contrastives">contrastive conjunction</see>, as its first word or as the last word before it.</summary>
    public bool OpensWithContrast(string lowered, Span sentence, Span clause)
    {
        return (TextTokens.Words(lowered, clause) is [var first, ..] && IsContrastive(lowered, first.Span, clause))
            || (TextTokens.Words(lowered, new Span(sentence.Start, clause.Start)) is [.., var last]
                && lowered.AsSpan(last.Span.End, clause.Start - last.Span.End).Trim().IsEmpty && IsContrastive(lowered, last.Span, clause));
    }

    /// <summary>
    /// Whether the words between an event word and a later word of <paramref name="text"/> set that word in a description
    /// of what the event is about rather than in the telling of the event: a describer ("which", «который», «який»), a
    /// comma followed by a participle ("…, handing Russia its biggest symbolic victory", "…, marking his first statement
    /// since …", «…, захопленого у 2014 році»; see <see cref="OpensDescription"/>) or by an <see cref="AppositiveOpeners">appositive's possessive or a comment's preposition</see> ("…, his first public comments since …", "…, in a rare admission of …"). A dash is not one: in Russian and Ukrainian it is as often the copula («Захват города — вопрос времени»).
    /// </summary>
    public bool SetsApartAsDescription(string text, string lowered, Span between)
    {
        if (between.Length <= 0)
        {
            return false;
        }
        // Only the phrase the word stands in counts: in «групи, які намагаються закріпитися, вважають аналітики» the
        // relative clause has closed before "аналітики", which are the sentence's own speakers.
        var comma = text.LastIndexOf(',', between.End - 1, between.Length);
        var phrase = comma < 0 ? between : new Span(comma + 1, between.End);
        if (Describers.FindFirst(lowered, phrase) is not null)
        {
            return true;
        }
        var first = comma < 0 ? [] : TextTokens.Words(lowered, phrase);
        return first.Length > 0
            && (_participleEndings.Any(ending => first[0].Text.Length > ending.Length + 2 && first[0].Text.EndsWith(ending, StringComparison.Ordinal))
                || OpensDescription(lowered, phrase)
                || AppositiveOpeners.FindFirst(lowered, first[0].Span) is not null);
    }

    /// <summary>Adverbials of frequency («ежедневно», «щодня», «изо дня в день», «систематично»), which make a present-tense event a habit.</summary>
    public CueLexicon<bool> Frequency { get; }

    /// <summary>
    /// The adverbial of frequency of a clause told as a habit, or null: «Россия ежедневно обстреливает приграничье»,
    /// «Щодня зростають втрати ворога». A verb in the present tense (by its ending: «обстреливает», «зростають»,
    /// «атакує») with an adverbial of frequency tells a state of affairs, not a dated happening. Russian and Ukrainian
    /// only: their present is read from verb endings; only words longer than the ending by four letters count.
    /// </summary>
    public Span? FindHabitual(string lowered, Span clause)
    {
        if (Frequency.FindFirst(lowered, clause) is not { } frequency)
        {
            return null;
        }
        var present = TextTokens.Words(lowered, clause).Any(word => !frequency.Span.Overlaps(word.Span)
            && EndsInOneOf(word.Text, _presentEndings));
        return present ? frequency.Span : null;
    }

    /// <summary>
    /// A whole country set as what the fighting is waged against ("against Ukraine", «против Украины», «проти України»,
    /// «нашої Держави»): told of no smaller place, day or figure, a happening so aimed is the war as a whole.
    /// </summary>
    public CueLexicon<bool> WholeWarTargets { get; }

    /// <summary>Pronouns that point back at a happening told before and open a clause as its subject, with the English copula or verb of marking after them ("it was", "this marks", «это», «це»).</summary>
    public CueLexicon<bool> RankingSubjects { get; }

    /// <summary>Ordinals and superlatives that rank a happening in a series ("second", "latest", "deadliest", «третий», «крупнейший», «наймасованіша»).</summary>
    public CueLexicon<bool> Rankings { get; }

    /// <summary>How many words after a <see cref="RankingSubjects">pointing subject</see> its ranking may stand ("It was the most deadly", «Это уже третий»).</summary>
    private const int RankingReach = 3;

    /// <summary>
    /// The ranking word of a clause that ranks a happening told before in a series, or null: "It was the second
    /// large-scale attack in a week", "This is the first Ukrainian area to fall since …", "It marked the biggest drone
    /// assault on Moscow so far", «Это уже третий удар по городу за неделю», «Це наймасованіша атака від початку року».
    /// A <see cref="RankingSubjects">pronoun</see> opening the clause points back at what was told, and an
    /// <see cref="Rankings">ordinal or superlative</see> within <see cref="RankingReach"/> words after it, before the
    /// event word, says where that happening stands among others: the protocol's background, not a happening of its own.
    /// </summary>
    public Span? FindRanking(string lowered, Span clause, Span eventWord)
    {
        var words = TextTokens.Words(lowered, new Span(clause.Start, eventWord.Start));
        if (words.Length < 2 || RankingSubjects.FindFirst(lowered, new Span(clause.Start, eventWord.Start)) is not { } subject || subject.Span.Start != words[0].Span.Start)
        {
            return null;
        }
        foreach (var word in words.Where(word => word.Span.Start >= subject.Span.End).Take(RankingReach))
        {
            if (Rankings.FindFirst(lowered, word.Span) is { } ranking && ranking.Span.Start == word.Span.Start)
            {
                return ranking.Span;
            }
        }
        return null;
    }

    /// <summary>
    /// Words of a line that recalls what was reported before («Напомним», «Нагадаємо», «как сообщалось», «раніше
    /// повідомлялося»), a subset of the link words: what they recall is background unless it is dated to a day of the
    /// report's own period, which makes it the news recalled.
    /// </summary>
    public CueLexicon<bool> Recalls { get; }

    /// <summary>Phrases that name a stretch of months or more running up to the report by themselves ("this year", «останнім часом», «в последнее время»).</summary>
    public CueLexicon<bool> CourseSpans { get; }

    /// <summary>Words that open a measured stretch of time running up to the report ("for the past", "for more than", «уже=», «протягом», «понад»).</summary>
    public CueLexicon<bool> SpanOpeners { get; }

    /// <summary>Units of time of a month or more, which make a stretch a course rather than a day's news ("months=", "year=", «месяц», «рок»).</summary>
    public CueLexicon<bool> SpanUnits { get; }

    /// <summary>How many words after a <see cref="SpanOpeners">span opener</see> its unit may stand ("for more than two years", «вже понад рік»).</summary>
    private const int SpanReach = 4;

    /// <summary>
    /// The words of a clause that name a stretch of months or years running up to the report, or null: a
    /// <see cref="CourseSpans">course phrase</see> ("this year", «останнім часом») or a <see cref="SpanOpeners">span
    /// opener</see> followed within <see cref="SpanReach"/> words, in one phrase, by a <see cref="SpanUnits">unit</see> of
    /// a month or more ("for the past year", "over the last few months", "for more than two years", «уже несколько
    /// месяцев», «на протяжении года», «вже понад рік», «протягом кількох місяців»). A happening told over such a stretch
    /// sums up the course of the fighting; a day, a week or a night ("over the past 24 hours", «за тиждень») is news.
    /// </summary>
    public Span? FindCourseSpan(string lowered, Span clause)
    {
        if (CourseSpans.FindFirst(lowered, clause) is { } course)
        {
            return course.Span;
        }
        foreach (var opener in SpanOpeners.FindAll(lowered, clause))
        {
            var rest = new Span(opener.Span.End, clause.End);
            var stop = lowered.AsSpan(rest.Start, rest.Length).IndexOfAny(",;:—–(");
            foreach (var word in TextTokens.Words(lowered, stop < 0 ? rest : new Span(rest.Start, rest.Start + stop)).Take(SpanReach))
            {
                if (SpanUnits.FindFirst(lowered, word.Span) is { } unit && unit.Span.Start == word.Span.Start)
                {
                    return new Span(opener.Span.Start, word.Span.End);
                }
            }
        }
        return null;
    }

    /// <summary>
    /// Whether a piece of a sentence opens with an adverbial participle that is itself an event word: "…, killing everyone
    /// on board", "…, liberating the settlement of Novokhatskoye", «…, перекидаючи їх на Оріхівський напрямок». Set after
    /// the clause it follows, such a participle tells what that clause's happening did or how it went on, not a happening
    /// of its own (the annotation protocol's one claim for one happening). English -ing, Ukrainian -ючи, -учи, -вши
    /// (<c>gerund_endings</c>); only words longer than the ending by four letters count. A participle of saying
    /// ("…, saying the push was underway") holds no event word and so opens no such piece.
    /// </summary>
    public bool OpensEventGerund(string lowered, Span piece) =>
        TextTokens.Words(lowered, piece) is [var first, ..]
        && EndsInOneOf(first.Text, _gerundEndings)
        && Events.FindFirst(lowered, first.Span) is { } found && found.Span.Start == first.Span.Start;

    /// <summary>
    /// Whether a piece of a sentence opens with a Russian or Ukrainian participle in an oblique case («…, освобожденного 3
    /// октября», «…, захваченную в августе», «…, окупованого у 2014 році»): the participle agrees with a noun of the words
    /// before it and describes it, so its event word tells what that thing is, not a happening of its own. Only words
    /// longer than the ending by four letters or more count.
    /// </summary>
    public bool OpensDescription(string lowered, Span piece) =>
        TextTokens.Words(lowered, piece) is [var first, ..]
        && EndsInOneOf(first.Text, _descriptionParticipleEndings);

    /// <summary>
    /// Whether a piece of a sentence opens a description of the noun before it that can stand between a subject and its
    /// verb: a Russian or Ukrainian participle («военные, попавшие в окружение, сдаются», «військові, оточені під N,
    /// здалися») or a <see cref="SubjectDescribers">relative pronoun in the nominative</see> («військові, які потрапили в
    /// оточення, …»). The lists are Russian and Ukrainian only: English is not read so (an "-ed" word in that place is as
    /// often the subject's own verb). Only words longer than the ending by four letters or more count. A noun of people
    /// under arms that ends as a participle does («По данным ведомства, военнослужащие … взяли в плен …») is the subject.
    /// </summary>
    public bool OpensEmbeddedDescription(string lowered, Span piece) =>
        TextTokens.Words(lowered, piece) is [var first, ..]
        && !(Personnel.FindFirst(lowered, first.Span) is { } person && person.Span.Start == first.Span.Start)
        && (EndsInOneOf(first.Text, _descriptionParticipleEndings) || EndsInOneOf(first.Text, _subjectParticipleEndings)
            || SubjectDescribers.FindFirst(lowered, first.Span) is { } describer && describer.Span == first.Span);

    /// <summary>
    /// Whether a word is a participle that, standing first after a comma, describes the noun before the comma: an English
    /// past participle ("Vovchansk, located 60 km from Kharkiv, …") or a Russian or Ukrainian participle in any case
    /// («села Константинополь, расположенного к западу от Курахово», «освободили населенный пункт Богатырь, расположенный
    /// в ДНР»). What it says (where a place lies, what it is known as) describes a thing the clause names and does not
    /// make the clause's telling background.
    /// </summary>
    public bool IsDescribingParticiple(string word) =>
        EndsInOneOf(word, _descriptionParticipleEndings) || EndsInOneOf(word, _subjectParticipleEndings) || EndsInOneOf(word, _pastParticipleEndings);

    // A word read by its ending alone (a verb's tense, a participle's case), only when the word is longer than the ending
    // by four letters or more, so that short words that merely end alike do not count.
    private static bool EndsInOneOf(string word, ImmutableArray<string> endings) =>
        endings.Any(ending => word.Length >= ending.Length + 4 && word.EndsWith(ending, StringComparison.Ordinal));

    /// <summary>
    /// Phrases that begin with a mark of <see cref="Irrealis"/> yet assert or hedge a happening: "may have", "could have"
    /// (a hedged claim), "could not" (a failure that happened).
    /// </summary>
    public CueLexicon<bool> Realis { get; }

    /// <summary>
    /// The first mark of an unreal happening in <paramref name="range"/>: an <see cref="Irrealis"/> word that does not
    /// open a <see cref="Realis"/> phrase and is not written with a capital (the month "May", the name "Will"), or a
    /// word in a synthetic future form; null when there is none.
    /// </summary>
    public Span? FindIrrealis(string text, string lowered, Span range)
    {
        var word = Irrealis.FindAll(lowered, range)
            .Where(found => !char.IsUpper(text[found.Span.Start]))
            .Where(found => Realis.FindFirst(lowered, new Span(found.Span.Start, range.End)) is not { } realis || realis.Span.Start != found.Span.Start)
            .Select(found => (Span?)found.Span)
            .FirstOrDefault();
        var form = FindFutureForm(lowered, range);
        return word is { } a && form is { } b ? (a.Start <= b.Start ? a : b) : word ?? form;
    }

    /// <summary>
    /// The first word of <paramref name="range"/> in a synthetic future form, by its ending (Ukrainian «атакуватиме»,
    /// «здаватимуться»), or null. Only words longer than the ending by at least four letters count, so that a short word
    /// that merely ends so is not taken.
    /// </summary>
    private Span? FindFutureForm(string lowered, Span range)
    {
        foreach (var word in TextTokens.Words(lowered, range))
        {
            foreach (var ending in _futureEndings)
            {
                if (word.Text.Length >= ending.Length + 4 && word.Text.EndsWith(ending, StringComparison.Ordinal))
                {
                    return word.Span;
                }
            }
        }
        return null;
    }

    /// <summary>
    /// Copulas: "is", "was", «является», «был», «стал», «є», «був», and the pronoun beside a dash («— это», «це —»), which
    /// join a subject to what it is rather than to something it did.
    /// </summary>
    public CueLexicon<bool> Copulas { get; }

    /// <summary>Words that open a nominal predicate after a copula: "a", "the", "one of", «одним из», «наиболее», «однією з».</summary>
    public CueLexicon<bool> PredicateOpeners { get; }

    /// <summary>Phrases in which a copula says that something exists or points at it rather than defining a subject: "there was", "it was".</summary>
    public CueLexicon<bool> Existentials { get; }

    /// <summary>
    /// The copula of a definition before an event word, or null: "Bakhmut was the main target of the offensive",
    /// «Угледар был наиболее укрепленным участком обороны», «Вугледар є зручним рубежем оборони», «Кліщіївка — це
    /// стратегічна позиція для наступу». The event word then stands in what the subject is said to be, and nothing is
    /// told to have happened. A copula counts when it is a pronoun beside a dash, or when the word after it opens a noun
    /// phrase (<see cref="PredicateOpeners"/>) or, in Russian and Ukrainian, stands in the instrumental a copula governs
    /// («укрепленным», «рубежем»); not in "there was an attack" or "it was the army that reported", nor after a subject
    /// that is itself a happening.
    /// </summary>
    public Span? FindDefinition(string lowered, Span clause, Span eventWord)
    {
        foreach (var copula in Copulas.FindAll(lowered, new Span(clause.Start, eventWord.Start)))
        {
            // "The ministry said the attack was a precision strike": a subject that is itself a happening is told what
            // kind of happening it was, which is a claim.
            if (Existentials.FindAll(lowered, clause).Any(existential => existential.Span.End == copula.Span.End)
                || Events.FindFirst(lowered, new Span(clause.Start, copula.Span.Start)) is not null)
            {
                continue;
            }
            if (copula.Cue.Any(mark => mark is '—' or '–' or '-'))
            {
                return copula.Span;
            }
            var next = TextTokens.Words(lowered, new Span(copula.Span.End, eventWord.End));
            if (next.Length == 0)
            {
                continue;
            }
            var word = next[0];
            if ((PredicateOpeners.FindFirst(lowered, new Span(word.Span.Start, clause.End)) is { } opener && opener.Span.Start == word.Span.Start)
                || IsInstrumental(word.Text))
            {
                return copula.Span;
            }
        }
        return FindUnwrittenCopula(lowered, clause, eventWord);
    }

    /// <summary>The most words a name may have before the dash of an <see cref="FindUnwrittenCopula">unwritten copula</see>.</summary>
    private const int DefinedNameWords = 3;

    /// <summary>
    /// The dash that stands for the unwritten copula of the Russian and Ukrainian present, or null: «Дзержинск — мощный
    /// укрепрайон», «"Москва" - российский гвардейский ракетный крейсер», «Вугледар — стратегічний вузол». A name of at
    /// most <see cref="DefinedNameWords"/> words opening the clause, a dash set off by spaces, and a noun phrase opened
    /// by an adjective in the nominative (<c>nominative_adjective_endings</c>) say what the name is; an event word after
    /// the dash describes it. A subject that is itself a happening («Потери противника — значительные») is told of, and
    /// so is one followed by anything but an adjective («Херсон — знову під обстрілом»); an event word that is a verb in
    /// the present or past (<c>present_endings</c>, <c>past_endings</c>) tells a happening after a credit or dateline
    /// («ТАСС — Российские войска освободили …»), and a name holding a stop or a digit is a dateline.
    /// </summary>
    private Span? FindUnwrittenCopula(string lowered, Span clause, Span eventWord)
    {
        var words = TextTokens.Words(lowered, new Span(clause.Start, eventWord.Start));
        for (var at = 1; at < words.Length && at <= DefinedNameWords; at++)
        {
            var gap = new Span(words[at - 1].Span.End, words[at].Span.Start);
            var between = lowered.AsSpan(gap.Start, gap.Length);
            if (between.Trim(" \"«»“”„'").ToString() is not ("—" or "–" or "-") || !between.Contains(' '))
            {
                continue;
            }
            var name = lowered.AsSpan(clause.Start, gap.Start - clause.Start);
            var told = TextTokens.ToWordEnd(lowered, eventWord);
            return EndsInOneOf(words[at].Text, _nominativeAdjectiveEndings) && Events.FindFirst(lowered, new Span(clause.Start, gap.Start)) is null
                && !name.Contains('.') && !TextTokens.HasDigit(name)
                && !EndsInOneOf(lowered.Substring(told.Start, told.Length), _presentEndings) && !EndsInOneOf(lowered.Substring(told.Start, told.Length), _pastEndings)
                ? gap
                : null;
        }
        return null;
    }

    /// <summary>Names of weapons other than flying ones that hold an event word ("artillery", "rocket", «артиллерией», «артилерією»; not the adjective «артиллерийских»).</summary>
    public CueLexicon<bool> WeaponNouns { get; }

    /// <summary>Words of weapons that fly: drones, missiles, glide bombs, aircraft ("Shahed", «БпЛА», «ракет», «авіабомб»).</summary>
    public CueLexicon<bool> AerialWeapons { get; }

    /// <summary>Passive forms of destruction, whose subject is what was destroyed ("were destroyed", «уничтожены», «знищено»).</summary>
    public CueLexicon<bool> PassiveDestruction { get; }

    /// <summary>Russian and Ukrainian numerals by their stems («пять», «семь», «двадцять», «сорок»), which stand before the noun they count.</summary>
    public CueLexicon<bool> NumberWords { get; }

    /// <summary>Participles of launching told of a flying weapon ("launched", "fired", «запущенных», «выпущенных», «випущених»).</summary>
    public CueLexicon<bool> LaunchWords { get; }

    /// <summary>How many words before a launched weapon its count may stand ("26 of 38 Shahed drones launched").</summary>
    private const int CountReach = 3;

    /// <summary>
    /// The count of flying weapons launched that a clause tells beside shooting them down, or null: "shot down 24 of 26
    /// drones launched from Russia overnight", "shot down all 14 Russian drones fired in an overnight attack", «збили
    /// 20 з 26 запущених дронів». The launch is a strike of its own (the annotation protocol's "50 drones launched, 40
    /// shot down": a strike and a repelled attack); its words run from the count to the next comma or the clause's end,
    /// and the weapon is its event word. A weapon needs a launch word beside it and a number at most
    /// <see cref="CountReach"/> words before it.
    /// </summary>
    public (Span Words, Span Weapon)? FindLaunchedCount(string lowered, Span clause)
    {
        var words = TextTokens.Words(lowered, clause);
        bool Starts(CueLexicon<bool> lexicon, int at) => at >= 0 && at < words.Length
            && lexicon.FindFirst(lowered, words[at].Span) is { } found && found.Span.Start == words[at].Span.Start;
        for (var at = 0; at < words.Length; at++)
        {
            if (!Starts(AerialWeapons, at) || !(Starts(LaunchWords, at + 1) || Starts(LaunchWords, at - 1)))
            {
                continue;
            }
            var number = Enumerable.Range(Math.Max(0, at - CountReach), Math.Min(at, CountReach)).LastOrDefault(index => IsNumber(words[index]), -1);
            if (number < 0)
            {
                continue;
            }
            var comma = lowered.IndexOf(',', words[at].Span.End, clause.End - words[at].Span.End);
            return (new Span(words[number].Span.Start, comma < 0 ? clause.End : comma), words[at].Span);
        }
        return null;
    }

    /// <summary>Whether a word is a number, in digits («49», "2") or a Russian or Ukrainian numeral («два», «п'ять»).</summary>
    public bool IsNumber(TextToken word) =>
        word.Text.All(char.IsDigit) || NumberWords.FindFirst(word.Text, new Span(0, word.Text.Length)) is { Span.Start: 0 };

    /// <summary>Warships by class ("warship", «корабл», «підводний човен», «ракетоносець»).</summary>
    public CueLexicon<bool> Ships { get; }

    /// <summary>Words that place something at sea ("in the Black Sea", "at sea", «в Азовском море», «в акваторії»).</summary>
    public CueLexicon<bool> Seas { get; }

    /// <summary>
    /// The warship word of a clause that tells warships at sea, present or absent, or null: «У Чорному морі знаходяться
    /// п'ять ворожих кораблів», «в Азовському морі немає російських кораблів», «в Черном море находится одна подводная
    /// лодка», "two Russian warships are in the Black Sea". The navy's reports of the enemy's ships on duty are a
    /// happening of the war with no event word of their own (the protocol's kind other); a ship named without a sea
    /// («входит в состав дивизии надводных кораблей Черноморского флота», "the flagship of the Black Sea Fleet")
    /// describes it.
    /// </summary>
    public CueMatch<bool>? FindShipsAtSea(string lowered, Span clause, ImmutableArray<Span> excluded) =>
        Seas.FindAll(lowered, clause).Any(sea => !excluded.Any(span => span.Overlaps(sea.Span)))
            ? FirstOutside(Ships, lowered, clause, excluded)
            : null;

    /// <summary>Names of warships by the missiles they carry («носій крилатих ракет», «носителей «Калибров»», "missile carriers"): a ship, wherever it is.</summary>
    public CueLexicon<bool> MissileCarriers { get; }

    /// <summary>
    /// The warship word of a clause that tells the enemy's fleet: warships at sea (<see cref="FindShipsAtSea"/>) or missile
    /// carriers named anywhere («Окупанти вивели ще один носій ракет «Калібр»», "two Kalibr cruise missile carriers"); null
    /// when it tells neither.
    /// </summary>
    public CueMatch<bool>? FindFleet(string lowered, Span clause, ImmutableArray<Span> excluded) =>
        FindShipsAtSea(lowered, clause, excluded) ?? FirstOutside(MissileCarriers, lowered, clause, excluded);

    /// <summary>The first word of <paramref name="lexicon"/> in a clause outside <paramref name="excluded"/> spans, or null.</summary>
    private static CueMatch<bool>? FirstOutside(CueLexicon<bool> lexicon, string lowered, Span clause, ImmutableArray<Span> excluded) =>
        lexicon.FindAll(lowered, clause).Where(found => !excluded.Any(span => span.Overlaps(found.Span))).Select(found => (CueMatch<bool>?)found).FirstOrDefault();

    /// <summary>Words of fire and blasts ("fire", "explosion", «пожар», «взрыв», «пожежа», «вибух»): what a strike sets off where it hits.</summary>
    public CueLexicon<bool> FiresAndBlasts { get; }

    /// <summary>The means of air defence a report names: aviation, anti-aircraft missile units, mobile fire groups, electronic warfare.</summary>
    public CueLexicon<bool> DefenceMeans { get; }

    /// <summary>Words that tell an outcome without a number: a whole ("all", «усі», «все») or success ("successfully", «успішно»).</summary>
    public CueLexicon<bool> Outcomes { get; }

    /// <summary>
    /// Whether a clause lists the means that took part in repelling an attack and counts nothing: «Відбивали повітряну
    /// атаку мобільними вогневими групами, авіацією, зенітними ракетними підрозділами», «до відбиття залучали зенітні
    /// ракетні підрозділи, мобільні вогневі групи», "aviation, anti-aircraft missile units and mobile fire groups were
    /// involved". Two means or more and no number, in digits or words, nor an outcome ("all the drones", «успішно
    /// відбивали»): such a clause says how the air defence worked, not what it did; the count it destroyed is told apart.
    /// </summary>
    public bool ListsDefenceMeans(string lowered, Span clause) =>
        DefenceMeans.FindAll(lowered, clause).Length >= 2
        && Outcomes.FindFirst(lowered, clause) is null
        && !TextTokens.Words(lowered, clause).Any(IsNumber);

    /// <summary>English words that make the noun after them an instrument or agent ("by drones", "with missiles").</summary>
    public CueLexicon<bool> InstrumentMarkers { get; }

    /// <summary>Whether a Russian or Ukrainian word ends as the instrumental case does («ракетами», «дроном», «укрепленным»).</summary>
    public bool IsInstrumental(string word) => _instrumentalEndings.Any(ending => word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.Ordinal));

    /// <summary>
    /// Whether a clause tells of flying weapons destroyed: a destruction word with a drone, missile or aircraft as its
    /// object ("destroyed 28 Shahed drones", «знищили 12 БпЛА») or as the subject of its passive («два дрона … были
    /// уничтожены», «безпілотники знищено»). A weapon in the instrumental or after "by" or "with" («уничтожили крылатыми
    /// ракетами склады», "destroyed by drones") is what destroyed, not what was destroyed.
    /// </summary>
    public bool DestroysAerialWeapon(string lowered, Span clause)
    {
        var words = TextTokens.Words(lowered, clause);
        bool IsWeapon(int at) => AerialWeapons.FindFirst(lowered, words[at].Span) is { } weapon && weapon.Span.Start == words[at].Span.Start
            && !IsInstrumental(words[at].Text);
        for (var at = 0; at < words.Length; at++)
        {
            var word = words[at].Span;
            if (PassiveDestruction.FindFirst(lowered, new Span(word.Start, clause.End)) is { } passive && passive.Span.Start == word.Start
                && Enumerable.Range(0, at).Any(before => IsWeapon(before) && !(before > 0 && InstrumentMarkers.FindFirst(lowered, words[before - 1].Span) is not null)))
            {
                return true;
            }
            if (Destruction.FindFirst(lowered, word) is { } destroyed && destroyed.Span.Start == word.Start && HeadAfter(words, at, IsWeapon))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether the head of the noun phrase after the word at <paramref name="at"/> (within <see cref="ObjectReach"/>
    /// words, past numbers and adjectives) is one that <paramref name="isHead"/> accepts.
    /// </summary>
    private bool HeadAfter(ImmutableArray<TextToken> words, int at, Func<int, bool> isHead) =>
        Enumerable.Range(at + 1, Math.Min(ObjectReach, words.Length - at - 1)).FirstOrDefault(next => isHead(next) || !Modifies(words[next]), -1) is var head and >= 0
        && isHead(head);

    /// <summary>Verbs of coming to harm that fit people and things alike («пострадали», «постраждали», «потерпали»).</summary>
    public CueLexicon<bool> HarmVerbs { get; }

    /// <summary>Buildings, vehicles and communities («жилых домов», «автомобилей», «оселі», «громади»), which come to harm as damage.</summary>
    public CueLexicon<bool> HarmedThings { get; }

    /// <summary>
    /// Whether a word of coming to harm has things rather than people as its subject, after it or, counted, right before it:
    /// «пострадали 14 жилых домов и девять автомобилей», «Осколками также пострадали 11 автомобилей», «Потерпали Межівська
    /// та Великомихайлівська громади», «понад 220 шкіл постраждали». Harm to buildings, vehicles and communities is a
    /// strike's damage; «пострадали четыре человека» stays casualties.
    /// </summary>
    public bool HarmsThings(string lowered, Span clause, Span harmWord)
    {
        var words = TextTokens.Words(lowered, clause);
        bool IsThing(int at) => HarmedThings.FindFirst(lowered, words[at].Span) is { } thing && thing.Span.Start == words[at].Span.Start;
        var at = Enumerable.Range(0, words.Length).FirstOrDefault(index => words[index].Span.Start == harmWord.Start, -1);
        return at >= 0 && HarmVerbs.FindFirst(lowered, words[at].Span) is { } verb && verb.Span.Start == harmWord.Start
            && (HeadAfter(words, at, IsThing) || (at > 1 && IsThing(at - 1) && IsNumber(words[at - 2])));
    }

    /// <summary>
    /// Whether a word may stand before the noun of its phrase: a number in digits or words («пять»), a short word («з» of «7 з 10»), an English word
    /// ("Shahed attack drones") other than one that makes an instrument ("by", "with"), or a Russian or Ukrainian word ending as an adjective («ударный»). A noun («склад» of
    /// «склад ракет») heads the phrase, and a weapon after it is not what was destroyed.
    /// </summary>
    private bool Modifies(TextToken word) =>
        InstrumentMarkers.FindFirst(word.Text, new Span(0, word.Text.Length)) is null
        && (word.Text.Length <= 2 || word.Text.All(char.IsAsciiLetterOrDigit) || IsNumber(word)
        || _adjectiveEndings.Any(ending => word.Text.Length > ending.Length + 2 && word.Text.EndsWith(ending, StringComparison.Ordinal)));

    /// <summary>Nouns of people under arms ("servicemen", «военнослужащих», «живой силы», «окупантів», «особового складу»).</summary>
    public CueLexicon<bool> Personnel { get; }

    /// <summary>
    /// Whether a destruction word has people as its object: «уничтожено до 30 военнослужащих», «знищили 40 окупантів»,
    /// "destroyed up to 50 Ukrainian servicemen". People destroyed are killed, the losses a strike with casualties
    /// reports, where arms and buildings destroyed are what it hit.
    /// </summary>
    public bool DestroysPersonnel(string lowered, Span destructionWord, Span clause)
    {
        var words = TextTokens.Words(lowered, clause);
        var at = Enumerable.Range(0, words.Length).FirstOrDefault(index => words[index].Span.Start == destructionWord.Start, -1);
        return at >= 0 && HeadAfter(words, at, next => Personnel.FindFirst(lowered, words[next].Span) is { } person && person.Span.Start == words[next].Span.Start);
    }

    /// <summary>How many words after a destruction word its object may stand ("destroyed 28 Shahed attack drones").</summary>
    private const int ObjectReach = 5;

    /// <summary>Reads every <c>claims.*.json</c> file of a folder.</summary>
    public static ClaimLexicon Load(string directory) => new(LexiconFiles.ReadAll(directory, "claims.*.json", "claim lexicon"));
}
