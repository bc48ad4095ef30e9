using System.Collections.Frozen;
using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Claims;

/// <summary>
/// The one place that says which words make which <see cref="ClaimKind"/>, in English, Russian and Ukrainian,
/// and how kinds are written in JSON (snake_case).
/// </summary>
public static class ClaimKinds
{
    private static readonly FrozenDictionary<ClaimKind, string> SnakeNames = new Dictionary<ClaimKind, string>
    {
        [ClaimKind.Other] = "other",
        [ClaimKind.TerritorialControl] = "territorial_control",
        [ClaimKind.Advance] = "advance",
        [ClaimKind.Withdrawal] = "withdrawal",
        [ClaimKind.Attack] = "attack",
        [ClaimKind.RepelledAttack] = "repelled_attack",
        [ClaimKind.Strike] = "strike",
        [ClaimKind.Casualties] = "casualties",
        [ClaimKind.Prisoners] = "prisoners",
        [ClaimKind.Recruitment] = "recruitment",
        [ClaimKind.Denial] = "denial",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, ClaimKind> ByName =
        SnakeNames.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    /// <summary>Event words by kind. Stems unless marked '=' (whole word).</summary>
    public static CueLexicon<ClaimKind> Cues { get; } = new(Group(ClaimKind.TerritorialControl,
            "captur", "seiz", "took control", "taken control", "take control", "gained control", "established control", "liberat", "occupied the", "cleared",
            "took over", "raised the flag", "захват", "захвач", "взяли под контроль", "взят под контроль", "взяли под свой контроль", "установили контроль",
            "освободил", "освобожд", "зачистил", "заняли", "овладел", "захопи", "захопл", "зайняли", "зайнято", "звільнил", "звільнен", "звільнення",
            "взяли під контроль", "встановили контроль", "зачистил", "окупувал", "окупував", "had taken", "have taken", "has taken", "had fallen",
            "has fallen", "raised a flag", "under control", "are holding", "still held", "still holding", "holding out", "held positions", "regained",
            "закрепил", "закрепились", "зачищен", "под контролем", "контролир", "удержива", "вернули контроль", "восстановили позиции",
            "закріпил", "під контролем", "контролю", "утриму", "відновили позиції", "повернули контроль")
        .Concat(Group(ClaimKind.Advance,
            "advanc", "pushed", "push=", "pushing", "moving", "entered", "moved into", "moved toward", "encroach", "broke through", "breakthrough", "penetrat", "gained ground",
            "продвинул", "продвига", "продвижени", "двинулись", "двигались", "вклинил", "прорвал", "прорыв", "вошли в", "зашли в", "продвинуться",
            "просунул", "просунув", "просува", "просуван", "увійшли", "зайшли в", "прорвали", "прорив", "вклинил", "crossed", "infiltrat",
            "улучшили положение", "заходят", "прорвать", "прорват", "покращили положення", "просунут", "заходять"))
        .Concat(Group(ClaimKind.Withdrawal,
            "withdr", "retreat", "pulled back", "fell back", "abandon", "отступ", "отош", "отвели", "покинули", "вывели войска", "відступ", "відійшли",
            "відвели", "залишили", "вийшли з", "отвод", "отход", "оставили", "покинул", "відвод", "відход"))
        .Concat(Group(ClaimKind.Attack,
            "attack", "assault", "offensive", "storm", "counterattack", "counter-attack", "actions by", "fighting", "clashes",
            "атак", "атакова", "контратак", "штурм=", "штурма=", "штурме=", "штурмом", "штурмова", "штурмую", "штурму=", "штурмува", "наступлени", "бои=", "боев", "бой=", "наступ=", "наступу", "наступа", "бої=", "боїв", "бойові дії", "бойових дій",
            "боестолкновен", "столкновен", "инфильтрац", "боєзіткнен", "зіткнен", "інфільтрац"))
        .Concat(Group(ClaimKind.RepelledAttack,
            "repel", "repuls", "fought off", "beat off", "beaten off", "beat back", "beaten back", "thwart", "foiled", "отразил", "отражен", "отбил", "отбит", "відбил", "відбито", "відбив", "відбит",
            "unsuccessfully", "air defen", "shot down", "intercept", "безуспешно", "пво=", "сбили", "сбит", "перехвач", "безуспішно", "ппо=", "збили", "збито", "перехоплен"))
        .Concat(Group(ClaimKind.Strike,
            "strike", "struck", "shelled", "shelling", "missile", "drone", "bombed", "bombing", "artillery", "air raid", "airstrike",
            "удар", "обстрел", "ракет", "дрон", "бпла", "беспилотн", "артиллер", "бомб", "авиаудар", "прилет", "поразил", "поражен",
            "обстріл", "безпілотн", "артилер", "авіаудар", "приліт", "уразил", "уражен", "hit=", "авиабомб", "поврежд", "вдари", "авіабомб", "пошкодж", "влучи"))
        .Concat(Group(ClaimKind.Casualties,
            "killed", "wounded", "casualt", "losses", "lost up to", "eliminated", "died", "dead=", "lost=", "killing", "injur", "втрача",
            "погиб", "убит", "ранен", "потер", "уничтож", "ликвидир", "загин", "вбит", "поранен", "втрат", "знищ", "ліквідув"))
        .Concat(Group(ClaimKind.Prisoners,
            "prisoners", "taken prisoner", "taken captive", "surrender", "exchange", "handed over", "servicemen captured", "soldiers captured", "обмен", "обмін", "в плен", "пленн", "пленил", "сдались", "сдался", "в полон", "полонил", "полонен", "здались", "здався"))
        .Concat(Group(ClaimKind.Recruitment,
            "recruit", "mobiliz", "mobilis", "conscript", "drafted", "enlist",
            "sign-up", "contract soldier", "signed contract",
            "мобилиз", "рекрут", "завербова", "вербов", "призыв", "призвал", "контрактник", "мобіліз", "завербув", "вербув", "призов", "призвал"))
        .Concat(Group(ClaimKind.Denial,
            "denied", "denies", "deny=", "refuted", "is false", "are false", "untrue", "not true", "fake=",
            "no truth", "не соответствует действительности", "не соответствуют действительности", "опроверг", "фейк", "неправда",
            "не відповідає дійсності", "не відповідають дійсності", "спростув", "брехня", "отрицает", "отрицают", "отрицал", "заперечи", "заперечу"))
        // Happenings of the war outside the other kinds: clearing operations, troop transfers, fires.
        .Concat(Group(ClaimKind.Other, "fire was", "зачистк", "перебрасыва", "перебрасыв", "пожар", "отправля", "пожеж", "перекида", "відправля")));

    /// <summary>Words of trying: "tried to break through" reports an attack, not an advance.</summary>
    private static readonly CueLexicon<bool> Attempts = new(new[]
    {
        "tried to", "attempted to", "attempting to", "пытались", "пытается", "пытаются", "пытался", "намагалися", "намагаються", "намагається", "намагався", "спроби=",
    }.Select(cue => (cue, true)));

    public static string ToName(ClaimKind kind) => SnakeNames[kind];

    public static ClaimKind? Parse(string name) => ByName.TryGetValue(name, out var kind) ? kind : null;

    /// <summary>
    /// The kind of a clause from its event words (those outside <paramref name="excluded"/> spans, where the speaker is
    /// named). A denial governs the whole clause; a repelled attack outranks the attack it repels; trying to advance or
    /// take a place is an attack; prisoners outrank "captured"; taking control outranks the advance that led to it;
    /// otherwise the first event word decides, an attack by drones or missiles being a strike and "other" coming last.
    /// </summary>
    public static CueMatch<ClaimKind>? Classify(string lowered, Span clause, IReadOnlyCollection<Span> excluded)
    {
        var cues = Cues.FindAll(lowered, clause).Where(cue => !excluded.Any(span => span.Overlaps(cue.Span))).ToList();
        var attempt = Attempts.FindFirst(lowered, clause);
        if (cues.Count == 0)
        {
            return attempt is { } tried ? new CueMatch<ClaimKind>(ClaimKind.Attack, tried.Span, tried.Cue) : null;
        }
        foreach (var outranking in (ReadOnlySpan<ClaimKind>)[ClaimKind.Denial, ClaimKind.RepelledAttack])
        {
            if (cues.FirstOrDefault(cue => cue.Value == outranking) is { Cue: not null } found)
            {
                return found;
            }
        }
        var gain = cues.FirstOrDefault(cue => cue.Value is ClaimKind.TerritorialControl or ClaimKind.Advance);
        if (attempt is { } && (gain.Cue is null || attempt.Value.Span.Start < gain.Span.Start))
        {
            return new CueMatch<ClaimKind>(ClaimKind.Attack, attempt.Value.Span, attempt.Value.Cue);
        }
        foreach (var outranking in (ReadOnlySpan<ClaimKind>)[ClaimKind.Prisoners, ClaimKind.TerritorialControl])
        {
            if (cues.FirstOrDefault(cue => cue.Value == outranking) is { Cue: not null } found)
            {
                return found;
            }
        }
        var first = cues.FirstOrDefault(cue => cue.Value != ClaimKind.Other) is { Cue: not null } decisive ? decisive : cues[0];
        // An attack made with drones, missiles or bombs is a strike.
        return first.Value == ClaimKind.Attack && cues.FirstOrDefault(cue => cue.Value == ClaimKind.Strike) is { Cue: not null } strike ? strike : first;
    }

    /// <summary>Whether the clause's event is digging in ("закрепились"), which continues the advance or capture before it.</summary>
    public static bool IsConsolidation(string lowered, CueMatch<ClaimKind> cue) =>
        Consolidations.FindFirst(lowered, cue.Span) is { } found && found.Span.Start == cue.Span.Start;

    private static readonly CueLexicon<bool> Consolidations = new(new[] { "закреп", "закріп", "dug in", "entrenched" }.Select(cue => (cue, true)));

    private static IEnumerable<(string, ClaimKind)> Group(ClaimKind kind, params string[] cues) => cues.Select(cue => (cue, kind));
}
