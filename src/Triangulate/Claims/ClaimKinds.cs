using System.Collections.Frozen;
using System.Collections.Immutable;
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
            "взяли під контроль", "встановили контроль", "зачистил", "окупувал")
        .Concat(Group(ClaimKind.Advance,
            "advanc", "pushed", "push=", "pushing", "moving", "entered", "moved into", "moved toward", "encroach", "broke through", "breakthrough", "penetrat", "gained ground",
            "продвинул", "продвига", "продвижени", "двинулись", "двигались", "вклинил", "прорвал", "прорыв", "вошли в", "зашли в", "продвинуться",
            "просунул", "просунув", "просува", "просуван", "увійшли", "зайшли в", "прорвали", "прорив", "вклинил"))
        .Concat(Group(ClaimKind.Withdrawal,
            "withdr", "retreat", "pulled back", "fell back", "abandon", "отступ", "отошли", "отвели", "покинули", "вывели войска", "відступ", "відійшли",
            "відвели", "залишили", "вийшли з"))
        .Concat(Group(ClaimKind.Attack,
            "attack", "assault", "offensive", "storm", "counterattack", "counter-attack", "actions by", "fighting", "clashes",
            "атак", "атакова", "контратак", "штурм=", "штурма=", "штурме=", "штурмом", "штурмова", "штурмую", "штурму=", "штурмува", "наступлени", "бои=", "боев", "бой=", "наступ=", "наступу", "наступа", "бої=", "боїв", "бойові дії", "бойових дій"))
        .Concat(Group(ClaimKind.RepelledAttack,
            "repel", "repuls", "fought off", "beat off", "beaten off", "thwart", "foiled", "отразил", "отражен", "отбил", "отбит", "відбил", "відбито", "відбив", "відбит"))
        .Concat(Group(ClaimKind.Strike,
            "strike", "struck", "shelled", "shelling", "missile", "drone", "bombed", "bombing", "artillery", "air raid", "airstrike",
            "удар", "обстрел", "ракет", "дрон", "бпла", "беспилотн", "артиллер", "бомб", "авиаудар", "прилет", "поразил", "поражен",
            "обстріл", "безпілотн", "артилер", "авіаудар", "приліт", "уразил", "уражен"))
        .Concat(Group(ClaimKind.Casualties,
            "killed", "wounded", "casualt", "losses", "lost up to", "eliminated", "died", "dead=",
            "погиб", "убит", "ранен", "потер", "уничтож", "ликвидир", "загин", "вбит", "поранен", "втрат", "знищ", "ліквідув"))
        .Concat(Group(ClaimKind.Prisoners,
            "prisoners", "taken prisoner", "taken captive", "surrender", "в плен", "пленн", "пленил", "сдались", "сдался", "в полон", "полонил", "полонен", "здались", "здався"))
        .Concat(Group(ClaimKind.Recruitment,
            "recruit", "mobiliz", "mobilis", "conscript", "drafted", "enlist",
            "мобилиз", "рекрут", "завербова", "вербов", "призыв", "призвал", "мобіліз", "завербув", "вербув", "призов", "призвал"))
        .Concat(Group(ClaimKind.Denial,
            "denied", "denies", "deny=", "refuted", "is false", "are false", "untrue", "not true", "fake=",
            "не соответствует действительности", "опроверг", "фейк", "неправда", "не відповідає дійсності", "спростув", "брехня")));

    public static string ToName(ClaimKind kind) => SnakeNames[kind];

    public static ClaimKind? Parse(string name) => ByName.TryGetValue(name, out var kind) ? kind : null;

    /// <summary>
    /// The kind of a clause from its event words (those outside <paramref name="excluded"/> spans, where the speaker is
    /// named). A denial governs the whole clause; a repelled attack outranks the attack it repels; taking control
    /// outranks the advance that led to it; otherwise the first event word decides.
    /// </summary>
    public static CueMatch<ClaimKind>? Classify(string lowered, Span clause, IReadOnlyCollection<Span> excluded)
    {
        var cues = Cues.FindAll(lowered, clause).Where(cue => !excluded.Any(span => span.Overlaps(cue.Span))).ToList();
        if (cues.Count == 0)
        {
            return null;
        }
        foreach (var outranking in (ReadOnlySpan<ClaimKind>)[ClaimKind.Denial, ClaimKind.RepelledAttack, ClaimKind.TerritorialControl])
        {
            if (cues.FirstOrDefault(cue => cue.Value == outranking) is { Cue: not null } found)
            {
                return found;
            }
        }
        return cues[0];
    }

    private static IEnumerable<(string, ClaimKind)> Group(ClaimKind kind, params string[] cues) => cues.Select(cue => (cue, kind));
}
