using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.Json;
using Triangulate.Model;
using Triangulate.Text;
using static Triangulate.Text.LexiconFiles;

namespace Triangulate.Claims.Speech;

/// <summary>How a relay frame ties an outlet to a statement: "told Reuters", "в эфире «Россия 24»", "citing the ministry".</summary>
public enum RelayFrame
{
    /// <summary>An interview or comment given to an outlet: the outlet passes the speaker's words on.</summary>
    Interview,
    /// <summary>Said on an outlet's air: the outlet passes the speaker's words on.</summary>
    Air,
    /// <summary>"citing X": X is the one cited, nearer the origin than the party citing it.</summary>
    Citing,
    /// <summary>"quoted by X": X passes the speaker's words on.</summary>
    QuotedBy,
}

/// <summary>Why a sentence asserts no happening of the war although it may hold an event word.</summary>
public enum NotClaimReason
{
    Disclaimer,
    Link,
    Assessment,
    Background,
}

/// <summary>The office a noun names within a body: its head ("глава", "очільник", "head of"), its spokesperson or a deputy.</summary>
public enum Office
{
    Head,
    Spokesperson,
    Deputy,
}

/// <summary>Which antecedents a pronoun may stand for: a person only ("he"), or any party ("it", "they").</summary>
public enum PronounReach
{
    Person,
    Any,
}

/// <summary>
/// The words of reported speech in English, Russian and Ukrainian, and of sentences that are not claims: verbs of
/// saying, "according to" phrases, pointers back to a statement ("Об этом", "Про це"), relay frames, platforms,
/// pronouns, role nouns, side words, continuation markers and hedges. The lists live in data files per language
/// (<c>data/lexicon/speech.{en,ru,uk}.json</c>), so that a linguist can add a language's cues without touching the
/// reader; all languages' cues are matched in every text, since reports quote across languages.
/// </summary>
public sealed class SpeechLexicon
{
    private static readonly Lazy<SpeechLexicon> Bundled = new(() => Load(Path.Combine(AppContext.BaseDirectory, LexiconFiles.DefaultDirectory)));

    private SpeechLexicon(IReadOnlyList<JsonElement> languages)
    {
        Events = Tagged(languages, "events", name => ClaimKinds.Parse(name) ?? throw new FormatException($"unknown claim kind '{name}' in the speech lexicon"));
        Saying = Words(languages, "saying");
        AccordingTo = Words(languages, "according_to");
        ByAgent = Words(languages, "by_agent");
        Pointer = Words(languages, "pointer");
        Complementizer = Words(languages, "complementizer");
        Continuation = Words(languages, "continuation");
        Hedges = Words(languages, "hedges");
        ClauseOpeners = Words(languages, "clause_openers");
        Prepositions = Words(languages, "prepositions");
        TimeWords = Words(languages, "time_words");
        StatementNouns = Words(languages, "statement_nouns");
        TopicPrepositions = Words(languages, "topic_prepositions");
        Quoting = Words(languages, "quoting");
        QuotingWords = Words(languages, "quoting_words");
        Impersonal = Words(languages, "impersonal");
        Grammar = Tagged(languages, "grammar", name => name);
        RelayFrames = Tagged(languages, "relay_frames", name => Enum.Parse<RelayFrame>(name.Replace("_", "", StringComparison.Ordinal), ignoreCase: true), "relay_frame_modifiers");
        Platforms = Tagged(languages, "platforms", name => name);
        Bulletins = Tagged(languages, "bulletins", name => name);
        Pronouns = Tagged(languages, "pronouns", name => Enum.Parse<PronounReach>(name, ignoreCase: true));
        Offices = Tagged(languages, "offices", name => Enum.Parse<Office>(name, ignoreCase: true));
        RoleNouns = Tagged(languages, "role_nouns", name => Enum.Parse<SourceKind>(name.Replace("_", "", StringComparison.Ordinal), ignoreCase: true));
        SideWords = Tagged(languages, "side_words", ParseSide);
        SideGroups = Tagged(languages, "side_groups", ParseSide);
        Actors = Tagged(languages, "actors", name => Enum.Parse<ActorReading>(name.Replace("_", "", StringComparison.Ordinal), ignoreCase: true));
        Negations = Words(languages, "negations");
        DependentOpeners = Tagged(languages, "dependent_openers", name => name == "clause");
        Captives = Words(languages, "captives");
        Possessives = Words(languages, "possessives");
        Relatives = Words(languages, "relatives");
        Contrast = Words(languages, "contrast");
        Turn = Words(languages, "turn");
        NameJoiners = Words(languages, "name_joiners");
        Authorship = Words(languages, "authorship");
        Adverbs = languages.SelectMany(language => Strings(language, "adverbs")).ToFrozenSet(StringComparer.Ordinal);
        Auxiliaries = languages.SelectMany(language => Strings(language, "auxiliaries")).ToFrozenSet(StringComparer.Ordinal);
        BackshiftAuxiliaries = languages.SelectMany(language => Strings(language, "backshift_auxiliaries")).ToFrozenSet(StringComparer.Ordinal);
        _pastParticiples = languages.SelectMany(language => Strings(language, "past_participles")).ToFrozenSet(StringComparer.Ordinal);
        _pastParticipleEndings = [.. languages.SelectMany(language => Strings(language, "past_participle_endings"))];
        _pastForms = languages.SelectMany(language => Strings(language, "past_forms")).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The lexicon shipped beside the assembly, loaded once.</summary>
    public static SpeechLexicon Default => Bundled.Value;

    /// <summary>
    /// Words for people held by the other side ("a former Ukrainian prisoner", «пленный», «полонений»): the side word
    /// beside them names their nationality, not the side they speak for.
    /// </summary>
    public CueLexicon<bool> Captives { get; }

    /// <summary>
    /// Possessive words before a platform's noun ("his Telegram channel", «в своем Telegram-канале», «у своєму
    /// Telegram-каналі»): the channel is someone's medium, where he posted, not a channel speaking in its own name.
    /// </summary>
    public CueLexicon<bool> Possessives { get; }

    /// <summary>Conjunctions of contrast ("but", «однако», «але»), which open a clause independent of the one before.</summary>
    public CueLexicon<bool> Contrast { get; }

    /// <summary>
    /// Russian and Ukrainian sentence openers that turn a paragraph to another matter or another side's account
    /// («Тем временем», «При этом», «Водночас»): a paragraph opening on one no longer retells the statement before it.
    /// </summary>
    public CueLexicon<bool> Turn { get; }

    /// <summary>Words that may join two capitalised words of one body's name ("the Khortytsia Operational and Strategic Group").</summary>
    public CueLexicon<bool> NameJoiners { get; }

    /// <summary>Words naming a statement's author after the statement ("according to a report by the Kyiv Independent").</summary>
    public CueLexicon<bool> Authorship { get; }

    /// <summary>Relative pronouns ("who", «который», «який»), which open a clause describing the party before them.</summary>
    public CueLexicon<bool> Relatives { get; }

    /// <summary>Verbs and nouns of saying in every form ("said", "заявил", "повідомили", "йдеться").</summary>
    public CueLexicon<bool> Saying { get; }

    /// <summary>Phrases that put the speaker after them and the content beside them ("according to", "по словам", "як повідомив").</summary>
    public CueLexicon<bool> AccordingTo { get; }

    /// <summary>Words that introduce the agent of a passive saying ("by" in "was reported by").</summary>
    public CueLexicon<bool> ByAgent { get; }

    /// <summary>Words that point back to what was said before ("Об этом", "Про це", "This was reported by").</summary>
    public CueLexicon<bool> Pointer { get; }

    /// <summary>Words that open the content of a saying ("that", "что", "що").</summary>
    public CueLexicon<bool> Complementizer { get; }

    /// <summary>Sentence openers that continue the statement before ("Кроме того", "Також", "In addition").</summary>
    public CueLexicon<bool> Continuation { get; }

    public CueLexicon<bool> Hedges { get; }

    /// <summary>Words that open a clause of their own and so end a speaker's phrase ("and", "который", "які").</summary>
    public CueLexicon<bool> ClauseOpeners { get; }

    /// <summary>Prepositions that open a phrase beside a speaker's name rather than the name ("в понедельник", "on Friday").</summary>
    public CueLexicon<bool> Prepositions { get; }

    /// <summary>Days, months and times of day, which are capitalised in English but name no one.</summary>
    public CueLexicon<bool> TimeWords { get; }

    /// <summary>Nouns naming a statement ("statement", "сводка", "повідомлення"): the party after one is its author.</summary>
    public CueLexicon<bool> StatementNouns { get; }

    /// <summary>
    /// Grammatical markers by what they mark (future, modal, "as is known", past perfect, "earlier"), which tell a report
    /// of a happening from a prediction, a possibility or a recollection.
    /// </summary>
    public CueLexicon<string> Grammar { get; }

    /// <summary>Sayings with no speaker by their form, which retell the statement quoted before («йдеться», «речь идет», «говорится»).</summary>
    public CueLexicon<bool> Impersonal { get; }

    /// <summary>Verbs by which an outlet quotes a speaker ("TASS quoted Konashenkov as saying", «цитирует агентство ТАСС советника …»).</summary>
    public CueLexicon<bool> Quoting { get; }

    /// <summary>
    /// Verbs by which an outlet quotes a speaker only through a noun of words or statement after them («приводит ее слова
    /// Znak», «приводит «Интерфакс» сообщение ведомства», «наводить його слова Укрінформ»), never alone («приводит к гибели»).
    /// </summary>
    public CueLexicon<bool> QuotingWords { get; }

    /// <summary>Prepositions that name what a statement is about («Про атаки … повідомляють», "about the attack"), never who makes it.</summary>
    public CueLexicon<bool> TopicPrepositions { get; }

    /// <summary>
    /// Phrases tying an outlet to a statement, a frame of a preposition and a noun also with a modifier between them ("in
    /// an exclusive interview with", «в эксклюзивном интервью», «у великому інтерв'ю»: the words of
    /// <c>relay_frame_modifiers</c> in the slot of a frame written "в * интервью").
    /// </summary>
    public CueLexicon<RelayFrame> RelayFrames { get; }

    /// <summary>
    /// The fixed words a body's regular bulletin opens with, by the body's registry id: the General Staff of Ukraine's
    /// daily update of 2022–2023 began «Триває N доба героїчного протистояння Українського народу російському воєнному
    /// вторгненню», and outlets reprinted it whole, without crediting it sentence by sentence.
    /// </summary>
    public CueLexicon<string> Bulletins { get; }

    /// <summary>Platforms a statement is posted on, by the platform's name ("Telegram", "Facebook", "X").</summary>
    public CueLexicon<string> Platforms { get; }

    public CueLexicon<PronounReach> Pronouns { get; }

    /// <summary>Nouns naming an office within a body ("глава" → head, "речник" → spokesperson), as a description and a registry title both do.</summary>
    public CueLexicon<Office> Offices { get; }

    /// <summary>Nouns describing a party and the kind of party they suggest ("spokesman" → official, "бригада" → unit).</summary>
    public CueLexicon<SourceKind> RoleNouns { get; }

    /// <summary>Words that put a described party on a side ("Russian", "Kyiv", "окупаційн", "ЗСУ").</summary>
    public CueLexicon<Side> SideWords { get; }

    /// <summary>Nouns naming one side as a whole ("Russians", "Окупанти", "Kyiv", "Кремль").</summary>
    public CueLexicon<Side> SideGroups { get; }

    /// <summary>
    /// Event words by the kind of claim they make, as the speech reader asks whether a phrase tells a happening rather
    /// than names a speaker. Narrower than the claim detector's (<see cref="ClaimLexicon.Events"/>): nouns for people
    /// («военнопленный», "reservist") are words of happenings to the detector but speakers here.
    /// </summary>
    public CueLexicon<ClaimKind> Events { get; }

    /// <summary>Words naming who acts and how they place the actor: on a fixed side, on the speaker's, or on the speaker's enemy's.</summary>
    public CueLexicon<ActorReading> Actors { get; }

    public CueLexicon<bool> Negations { get; }

    /// <summary>
    /// Words that open a dependent phrase rather than a clause of its own ("with units moving …", «в том числе»); the
    /// complement openers ("что", "що", "that", «о том») are tagged false: they join only a clause that governs them, a denial.
    /// </summary>
    public CueLexicon<bool> DependentOpeners { get; }

    /// <summary>Auxiliary verbs between a speaker and the verb of saying ("Russia has announced", "officials had said").</summary>
    public FrozenSet<string> Auxiliaries { get; }

    /// <summary>Adverbs that ride along with a verb of saying ("also", "также", "також").</summary>
    public FrozenSet<string> Adverbs { get; }

    /// <summary>
    /// The auxiliary of the tense reported speech is moved back into ("had" of "its forces had destroyed"): English only,
    /// since Russian and Ukrainian keep the speaker's tense.
    /// </summary>
    public FrozenSet<string> BackshiftAuxiliaries { get; }

    private readonly FrozenSet<string> _pastParticiples;
    private readonly ImmutableArray<string> _pastParticipleEndings;

    /// <summary>Whether a lower-case word is a past participle: an irregular one listed ("taken", "shot") or a regular ending ("destroyed").</summary>
    public bool IsPastParticiple(string word) =>
        _pastParticiples.Contains(word)
        || _pastParticipleEndings.Any(ending => word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.Ordinal));

    private readonly FrozenSet<string> _pastForms;

    /// <summary>
    /// Whether a lower-case English word tells the past: a past participle, a simple past ("took", "was"), or a modal moved
    /// back by reported speech ("would", "could").
    /// </summary>
    public bool IsPastForm(string word) => _pastForms.Contains(word) || IsPastParticiple(word);

    /// <summary>Reads every <c>speech.*.json</c> file of a folder.</summary>
    public static SpeechLexicon Load(string directory) => new(LexiconFiles.ReadAll(directory, "speech.*.json", "speech lexicon"));

    private static Side ParseSide(string name) => Enum.Parse<Side>(name, ignoreCase: true);
}
