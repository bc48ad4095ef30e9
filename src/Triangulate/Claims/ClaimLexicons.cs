using System.Collections.Frozen;
using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Claims;

/// <summary>How an actor phrase places the actor: on a fixed side, on the speaker's side, or on the speaker's enemy's.</summary>
public enum ActorReading
{
    Russian,
    Ukrainian,
    SpeakersOwn,
    SpeakersEnemy,
    /// <summary>"units", "troops", "подразделения": no side named; read as the speaker's own forces.</summary>
    Unqualified,
}

/// <summary>What an attribution word does: names a saying, marks its object as the origin, or refers back to the last speaker.</summary>
public enum AttributionCue
{
    Saying,
    CitesOrigin,
    RefersBack,
}

/// <summary>The word lists the claim extractor reads, other than event words (those are in <see cref="ClaimKinds"/>).</summary>
public static class ClaimLexicons
{
    public static CueLexicon<bool> Hedges { get; } = new(Words(
        "allegedly", "reportedly", "purportedly", "according to unconfirmed reports", "unconfirmed reports", "reports indicating",
        "reports indicate", "supposedly", "apparently", "it is claimed",
        "якобы", "поступает информация", "поступила информация", "по неподтвержденным данным", "по неподтверждённым данным", "предположительно", "вероятно", "по некоторым данным", "по непроверенным данным",
        "нібито", "надходить інформація", "ймовірно", "імовірно", "за неперевіреними даними", "за непідтвердженими даними", "начебто", "за деякими даними"));

    public static CueLexicon<AttributionCue> Attribution { get; } = new(
        Tagged(AttributionCue.Saying,
            "said=", "says=", "stated", "states=", "told=", "claimed", "claim=", "claims=", "reported", "reports=", "added", "wrote", "writes=", "observed", "described",
            "announced", "confirmed", "noted", "according to", "quoted", "quoting", "relayed", "came through", "attributed to", "provided by", "as reported by",
            "заявил", "заявля", "сообщил", "сообща", "рассказал", "добавил", "отметил", "написал", "пишет", "передает", "передаёт", "цитирует", "сказал", "говорят",
            "по словам", "по данным", "по информации", "в эфире", "в комментарии", "в интервью", "утвержда", "подтвердил", "уточнил", "информирует", "об этом",
            "denied", "denies", "опроверг", "опроверга", "отрицает", "отрицают", "отрицал", "заперечи", "заперечу", "доложил", "назвал", "говорится в", "спростув", "спростову", "назвали", "пишуть", "наголошу",
            "заявив", "заявила", "заявили", "заявля", "повідомив", "повідомила", "повідомили", "повідомля", "розповів", "додав", "зазначив", "написав",
            "пише=", "передає", "цитує", "сказав", "кажуть", "каже=", "за словами", "за даними", "за інформацією", "в ефірі", "у коментарі", "в коментарі", "в інтерв", "стверджу", "підтвердив", "уточнив", "наголосив", "поширю", "распространя",
            "про це")
        .Concat(Tagged(AttributionCue.CitesOrigin, "citing", "cited", "with reference to", "со ссылкой на", "ссылаясь на", "посилаючись на", "з посиланням на"))
        .Concat(Tagged(AttributionCue.RefersBack,
            "he added", "she added", "they added", "he said", "she said", "they said", "he stated", "he noted", "he told", "according to him", "he also",
            "говорится в заявлении", "говорится в сообщении", "по его словам", "по ее словам", "по её словам", "по их словам", "по их информации", "по их данным", "он добавил", "также добавил",
            "за його словами", "за її словами", "за їхніми словами", "за їхніми даними", "за їхньою інформацією", "він додав", "також додав")));

    /// <summary>Commentary, analysis and background: sentences with these words assert no event of the war.</summary>
    public static CueLexicon<bool> Commentary { get; } = new(Words(
        "analysts", "analyst ", "observers", "experts", "such claims", "underscore", "illustrat", "highlight", "implies", "imply", "reflect", "points to",
        "suggests", "narrative", "credibility", "has long been", "for years", "is a major", "functions as", "is known as", "is an important",
        "assessment", "situation", "unprecedented", "аналитик", "эксперты", "по оценке", "ситуаци", "уточняются", "прецедент", "по мнению", "свидетельствует о", "подчеркива", "является", "считается", "нарратив",
        "аналітик", "експерти", "за оцінкою", "уточнюються", "на думку", "свідчить про", "підкреслю", "вважається", "є важливим", "є ключовим"));

    public static CueLexicon<ActorReading> Actors { get; } = new(
        Tagged(ActorReading.Russian,
            "russian forces", "russian troops", "russian soldiers", "russian military", "russian units", "russian army", "russian servicemen", "russian assault",
            "вс рф", "российские войска", "российские военные", "российские подразделения", "армия россии", "российская армия", "войска рф",
            "російські війська", "російські військові", "російські окупанти", "росіяни", "окупант", "оккупант", "рашист", "армія рф", "війська рф")
        .Concat(Tagged(ActorReading.Ukrainian,
            "ukrainian forces", "ukrainian armed forces", "ukrainian troops", "ukrainian soldiers", "ukrainian units", "ukrainian military", "ukrainian defenders",
            "ukraine's forces", "ukraine's armed forces", "всу=", "вс украины", "украинские войска", "украинские военные", "украинские подразделения",
            "зсу=", "сили оборони", "українські військові", "українські захисники", "українські підрозділи", "захисники", "боевики всу"))
        .Concat(Tagged(ActorReading.SpeakersOwn, "our guys", "our troops", "our forces", "our units", "our soldiers", "наши", "наші", "наших", "нашим"))
        .Concat(Tagged(ActorReading.SpeakersEnemy, "the enemy", "enemy", "противник", "ворог", "неприятел"))
        .Concat(Tagged(ActorReading.Unqualified, "units=", "troops=", "soldiers=", "подразделения", "бойцы", "штурмовики", "военные=", "підрозділи", "бійці", "військові=", "штурмовик")));

    /// <summary>Descriptions of speakers not in the registry and the kind they suggest.</summary>
    public static CueLexicon<SourceKind> SpeakerKinds { get; } = new(
        Tagged(SourceKind.Individual, "prisoner", "военнопленн", "resident", "witness", "soldier", "serviceman", "local", "пленн", "житель", "очевид", "военнослужащ", "боец",
            "полонен", "військовополонен", "мешкан", "свідок", "боєць", "військовослужбов")
        .Concat(Tagged(SourceKind.MilbloggerChannel, "war correspondent", "milblogger", "military blogger", "blogger", "channel", "telegram",
            "военкор", "блогер", "канал", "воєнкор", "телеграм", "milbloggers"))
        .Concat(Tagged(SourceKind.Official, "press service", "spokes", "official", "governor", "mayor", "minister", "adviser", "advisor", "head of",
            "administration", "администрац", "адміністрац", "пресс-служб", "глав", "спикер", "представител", "чиновник", "губернатор", "мэр", "министр", "советник", "глава",
            "прес-служб", "речник", "представник", "посадов", "голова", "міністр", "радник", "очільник"))
        .Concat(Tagged(SourceKind.MilitaryCommand, "general staff", "command", "headquarters", "генштаб", "командован", "штаб", "командуван", "зсу=", "всу="))
        .Concat(Tagged(SourceKind.Unit, "brigade", "battalion", "regiment", "division", "fighters", "бригад", "батальон", "полк", "дивизи", "бойц", "батальйон", "дивізі", "бійц"))
        .Concat(Tagged(SourceKind.WireAgency, "agency", "агентств", "агенці"))
        .Concat(Tagged(SourceKind.IndependentMedia, "newspaper", "outlet", "tv channel", "издани", "газет", "телеканал", "видання"))
        .Concat(Tagged(SourceKind.StateMedia, "propaganda", "пропаганд"))
        .Concat(Tagged(SourceKind.OsintGroup, "osint", "analysts", "monitoring group", "аналитик", "аналітик")));

    /// <summary>Words that open a dependent phrase rather than a clause of its own ("with units moving …", "в том числе …").</summary>
    /// Complement openers ("что", "що", "that", "о том") are tagged false: they join only a clause that governs them, a denial.
    public static CueLexicon<bool> DependentOpeners { get; } = new(Words(
            "with=", "including", "which=", "who=", "where=", "в том числе", "у тому числі", "в тому числі", "чтобы", "щоб", "который", "которые", "которая",
            "який", "які", "яка", "где=", "де=")
        .Concat(Tagged(false, "что=", "що=", "that=", "о том", "про те")));

    /// <summary>Nouns naming a statement: a source right after one is the statement's author ("Заява Міноборони Росії"), not a speaker.</summary>
    public static CueLexicon<bool> StatementNouns { get; } = new(Words(
        "statement=", "statements=", "claim=", "claims=", "claims by", "claims of", "заявление=", "заявления=", "сообщение=", "сообщения=", "заява=", "заяви=", "заяву=", "повідомлення="));

    /// <summary>
    /// Nouns that name one side of the war as a whole: as the subject of a saying word ("Окупанти заявляють", "Россияне
    /// утверждают", "Russians claim", "Kyiv denied") they are the party asserting, not a description of someone named before.
    /// </summary>
    public static CueLexicon<Side> SideGroups { get; } = new(
        Tagged(Side.RU,
            "russians=", "occupiers=", "russian side=", "russia=", "moscow=", "kremlin=",
            "россиян", "оккупант", "российская сторон", "российской сторон", "россия=", "россии=", "москв", "кремл",
            "russian propaganda=", "российская пропаганд", "російська пропаганд",
            "росіян", "окупант", "рашист", "загарбник", "російська сторон", "російської сторон", "російській сторон", "росія=", "росії=")
        .Concat(Tagged(Side.UA,
            "ukrainians=", "ukrainian side=", "ukraine=", "kyiv=", "kiev=",
            "украинц", "украинская сторон", "украинской сторон", "украина=", "украины=", "украине=", "киев",
            "українц", "українська сторон", "української сторон", "українській сторон", "україна=", "україни=", "україні=", "київ=", "києв")));

    /// <summary>Words that put an English speaker description on a side ("a Russian-installed official", "a Kyiv official").</summary>
    public static CueLexicon<Side> SideWords { get; } = new(
        Tagged(Side.RU, "russia", "moscow", "kremlin")
            .Concat(Tagged(Side.UA, "ukrain", "kyiv", "kiev")));

    /// <summary>Head nouns that fit any speaker of their kind, whatever its role ("an official" may be an adviser or a governor).</summary>
    public static FrozenSet<string> GenericSpeakerNouns { get; } = FrozenSet.ToFrozenSet(["official"], StringComparer.Ordinal);

    /// <summary>Adverbs that may ride along with a described speaker ("The administration also said").</summary>
    public static FrozenSet<string> Adverbs { get; } = FrozenSet.ToFrozenSet(["also", "too", "further", "также", "тоже", "також", "теж"], StringComparer.Ordinal);

    public static CueLexicon<bool> Negations { get; } = new(Words(
        "not=", "didn't", "didn’t", "hasn't", "haven't", "wasn't", "weren't", "never=", "failed to", "did not", "не=", "ни=", "ні=", "не удалось", "не вдалося", "так и не", "так і не"));

    private static IEnumerable<(string, bool)> Words(params string[] cues) => cues.Select(cue => (cue, true));

    private static IEnumerable<(string, T)> Tagged<T>(T value, params string[] cues) => cues.Select(cue => (cue, value));
}
