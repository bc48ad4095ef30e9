using System.Collections.Frozen;
using System.Collections.Immutable;
using Triangulate.Claims.Speech;
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

    /// <summary>Event words by kind, from the claim lexicon's <c>events</c> lists (data/lexicon/claims.*.json). Stems unless marked '=' (whole word).</summary>
    public static CueLexicon<ClaimKind> Cues => ClaimLexicon.Default.Events;

    /// <summary>Words of trying: "tried to break through" reports an attack, not an advance.</summary>
    private static CueLexicon<bool> Attempts => ClaimLexicon.Default.Attempts;

    public static string ToName(ClaimKind kind) => SnakeNames[kind];

    public static ClaimKind? Parse(string name) => ByName.TryGetValue(name, out var kind) ? kind : null;

    /// <summary>
    /// The kind of a clause from its event words (those outside <paramref name="excluded"/> spans, where the speaker is
    /// named). A denial governs the whole clause; a repelled attack outranks the attack it repels; trying to advance or
    /// take a place is an attack; prisoners outrank "captured"; taking control outranks the advance that led to it;
    /// a strike that harmed people is a casualties claim; damage beside a blast, fire or crash and no weapon is that
    /// happening's; otherwise the first event word decides, an attack by drones or
    /// missiles being a strike and "other" coming last. A phrase overrides the stem it begins with. An attack a verb of
    /// thwarting or of not letting governs was beaten off, and so was an advance or capture; a try at repelling is an attack.
    /// A word of ground that modifies a noun ("the recaptured areas") and a noun of prisoners beside another happening
    /// ("prisoners were killed in a crash") do not decide; a clause that tells only a vehicle's load tells the carrying.
    /// </summary>
    public static CueMatch<ClaimKind>? Classify(string lowered, Span clause, ImmutableArray<Span> excluded)
    {
        var kind = ReadKind(lowered, clause, excluded);
        // «Украинские войска сорвали российскую наступательную операцию», «зупинили наступ ворога», "stopped the Russian
        // offensive", "halted the advance of the Russian army": an attack or advance (or a try at one) governed by a verb of
        // thwarting was beaten off. «не дозволили російським загарбникам просунутися», "did not allow Russian troops to
        // advance": so was a move forward or a capture a side was kept from.
        if (kind is { Value: ClaimKind.Attack or ClaimKind.Advance or ClaimKind.TerritorialControl } attack && ClaimLexicon.Default.ThwartsAttack(lowered, clause, attack.Span))
        {
            return attack with { Value = ClaimKind.RepelledAttack };
        }
        // "Ukrainian forces are trying to repel assaults", «ВСУ пытаются отразить атаки»: a try at repelling is fighting
        // still going on, an attack, not one beaten off.
        return kind is { Value: ClaimKind.RepelledAttack } repulse && TriedAt(lowered, clause, repulse.Span) is { } tried
            ? new CueMatch<ClaimKind>(ClaimKind.Attack, tried.Span, tried.Cue)
            : kind;
    }

    /// <summary>Whether a clause names a fighting side outside <paramref name="excluded"/> spans: a force («противник», "Russian forces") or a side's word ("Russian", «окупанти»).</summary>
    private static bool NamesASide(string lowered, Span clause, ImmutableArray<Span> excluded)
    {
        var speech = SpeechLexicon.Default;
        return speech.Actors.FindAll(lowered, clause).Select(found => found.Span)
            .Concat(speech.SideWords.FindAll(lowered, clause).Select(found => found.Span))
            .Concat(speech.SideGroups.FindAll(lowered, clause).Select(found => found.Span))
            .Any(span => !excluded.Any(party => party.Overlaps(span)));
    }

    /// <summary>The word of trying that stands right before an event word ("trying to repel", «пытаются отразить»), or null.</summary>
    private static CueMatch<bool>? TriedAt(string lowered, Span clause, Span eventWord) =>
        ClaimLexicon.FindBefore(Attempts, lowered, clause, eventWord, reach: 0);

    private static CueMatch<ClaimKind>? ReadKind(string lowered, Span clause, ImmutableArray<Span> excluded)
    {
        var told = EventWords(lowered, clause, excluded);
        // «У Чорному морі знаходяться п'ять ворожих кораблів», «в Азовському морі немає російських кораблів»: warships told
        // at sea, present or absent, are the navy's report of the enemy's posture, a happening of kind other, which a
        // clause with no event word of its own tells. So does one whose event words are only the missiles the fleet
        // carries and its ships put out to sea or kept there («з них 5 носіїв крилатих ракет «Калібр» (загальний залп – 76
        // ракет)», «вивели на бойове чергування дев'ять кораблів», «утримуючи на бойовому чергуванні до 2 кораблів», "two
        // Kalibr missile carriers"), not a strike, a withdrawal or ground held; missiles launched are a strike.
        if (ClaimLexicon.Default.FindFleet(lowered, clause, excluded) is { } fleet
            && told.All(cue => NamesAerialWeapon(lowered, cue) || cue.Value is ClaimKind.Withdrawal or ClaimKind.TerritorialControl)
            && ClaimLexicon.Default.LaunchWords.FindFirst(lowered, clause) is null)
        {
            return new CueMatch<ClaimKind>(ClaimKind.Other, fleet.Span, fleet.Cue);
        }
        // "An IL-76 carrying 65 captured Ukrainian soldiers crashed": the load a vehicle carried is not the happening,
        // unless the clause names no other; what befell the vehicle itself (a crash, a blast: kind other) is no load.
        var load = Loads(lowered, clause);
        var unloaded = told.Where(cue => cue.Value == ClaimKind.Other || !load.Any(span => span.Overlaps(cue.Span))).ToList() is { Count: > 0 } withoutLoad ? withoutLoad : told;
        // "that it was transporting missiles": a clause whose every event word is in a vehicle's load tells the carrying,
        // a happening of kind other, not what was carried.
        if (unloaded.Count > 0 && unloaded.All(cue => load.Any(span => span.Overlaps(cue.Span))) && ClaimLexicon.Default.CargoMarkers.FindFirst(lowered, clause) is { } carrying)
        {
            return new CueMatch<ClaimKind>(ClaimKind.Other, carrying.Span, carrying.Cue);
        }
        // "evacuated from the recaptured areas", «в освобожденном городе штурмовикам достались трофеи», "pressing an advancing
        // offensive": a word of ground taken, moved over or fought for that modifies a noun describes a thing the clause
        // names; the clause's own event word decides.
        // People so described ("80 captured combatants") were taken prisoner, which the clause tells.
        var described = unloaded.Where(cue => cue.Value is ClaimKind.TerritorialControl or ClaimKind.Advance or ClaimKind.Withdrawal or ClaimKind.Attack
            && ClaimLexicon.Default.ModifiesNoun(lowered, clause, cue)
            && !(cue.Value == ClaimKind.TerritorialControl && ClaimLexicon.Default.CapturesPeople(lowered, clause, cue.Span))).ToList();
        if (described.Count > 0 && described.Count < unloaded.Count)
        {
            unloaded = [.. unloaded.Except(described)];
        }
        // «ВСУ после освобождения Островского отступили в Курахово», "destroyed a platoon during the liberation of
        // Yegorovka": an event word in an adverbial phrase of time, cause or purpose sets the scene for the clause's own
        // event, which decides its kind. A fire, blast or damage is no event of its own beside one: «після атаки дронів
        // загорілася нафтобаза» tells the strike, and "damaged due to an explosion" the explosion.
        var sceneWords = Circumstances(lowered, clause)
            .Select(phrase => unloaded.FirstOrDefault(cue => phrase.Contains(cue.Span)))
            .Where(cue => cue.Cue is not null).Select(cue => cue.Span.Start).ToList();
        // «Уламки збитого дрона впали на будинок», "debris from a downed drone damaged a house": a downing told of the
        // debris describes it; what the debris did is the strike's.
        var own = unloaded.Where(cue => !sceneWords.Contains(cue.Span.Start)
            && !(cue.Value == ClaimKind.RepelledAttack && ClaimLexicon.Default.DescribesDebris(lowered, clause, cue.Span))).ToList();
        // «В результаті вдалої атаки виникла пожежа на Афіпському НПЗ», "a fire broke out at the depot after the attack": an
        // attack that sets the scene of a fire, blast or damage hit from afar, as troops storming do not; the clause tells a strike.
        if (own.Count > 0 && own.All(cue => IsFireOrBlast(lowered, cue) || IsDamage(lowered, cue))
            && unloaded.FirstOrDefault(cue => cue.Value == ClaimKind.Attack && sceneWords.Contains(cue.Span.Start)) is { Cue: not null } attackScene)
        {
            return attackScene with { Value = ClaimKind.Strike };
        }
        // «Пострадали 14 жилых домов», «Потерпали … громади»: things that came to harm are a strike's damage, not losses.
        // «Україні повернули тіла 909 загиблих», "received the bodies of 1,000 fallen soldiers": the dead returned are
        // a return, which the protocol counts with prisoners, not casualties told anew.
        var bodiesReturned = ClaimLexicon.Default.TellsBodiesReturned(lowered, clause);
        // «Штурмовики отбили у противника последнюю многоэтажку»: beaten back from a party, ground is won back, a capture.
        var cues = (own.Any(cue => cue.Value != ClaimKind.Other && !IsDamage(lowered, cue)) ? own : unloaded)
            .Select(cue => cue.Value switch
            {
                ClaimKind.Casualties when bodiesReturned => cue with { Value = ClaimKind.Prisoners },
                ClaimKind.Casualties when ClaimLexicon.Default.HarmsThings(lowered, clause, cue.Span) => cue with { Value = ClaimKind.Strike },
                ClaimKind.RepelledAttack when ClaimLexicon.Default.RetakesFromParty(lowered, clause, cue.Span) => cue with { Value = ClaimKind.TerritorialControl },
                // "captured 80 Ukrainian soldiers", "a number of servicemen were captured": fighters captured are prisoners, not ground.
                ClaimKind.TerritorialControl when ClaimLexicon.Default.CapturesPeople(lowered, clause, cue.Span) => cue with { Value = ClaimKind.Prisoners },
                _ => cue,
            }).ToList();
        // "push to recapture lost ground", «наступательные действия по дальнейшему освобождению», "struggles to fight off
        // a counter-attack": a capture, advance or repulse told as the goal of an effort is what a side strives for; the
        // clause's own event decides, and with none it is an attack. An advance or repulse striven for with no side named
        // ("people were queueing up to enter the occupied territory") is no fighting at all, as a try with no side is none.
        var goals = cues.Where(cue => cue.Value is ClaimKind.TerritorialControl or ClaimKind.Advance or ClaimKind.RepelledAttack
            && ClaimLexicon.Default.NamesAGoal(lowered, clause, cue.Span)).ToList();
        if (goals.Count > 0 && goals.Count == cues.Count)
        {
            return goals[0].Value == ClaimKind.TerritorialControl || NamesASide(lowered, clause, excluded) ? goals[0] with { Value = ClaimKind.Attack } : null;
        }
        cues.RemoveAll(goals.Contains);
        // "amassing troops on the border with an intention to attack", «перекидає резерви для наступу»: an attack striven
        // for beside an event the clause tells is that event's purpose; the event decides.
        var aims = cues.Where(cue => cue.Value == ClaimKind.Attack && ClaimLexicon.Default.NamesAGoal(lowered, clause, cue.Span)).ToList();
        if (aims.Count < cues.Count)
        {
            cues.RemoveAll(aims.Contains);
        }
        // «Снаряд пошкодив будинок без постраждалих», "shelling damaged three houses without casualties": harm told absent
        // beside a strike leaves the strike what the clause tells.
        // So does a strike that sets the scene («В результате обстрела никто не пострадал, однако повреждения получили пять
        // машин»), which then decides when nothing else is told.
        if (unloaded.FirstOrDefault(cue => cue.Value == ClaimKind.Strike) is { Cue: not null } struck
            && cues.Where(cue => cue.Value == ClaimKind.Casualties).ToList() is { Count: > 0 } harms
            && harms.All(harm => ClaimLexicon.Default.TellsHarmAbsent(lowered, clause, harm.Span)))
        {
            cues.RemoveAll(harms.Contains);
            if (cues.Count == 0)
            {
                cues.Add(struck);
            }
        }
        var attempt = Attempts.FindFirst(lowered, clause);
        // «Противник намагався вклинитися», "Russian occupiers tried to break through": a try by a side at what no event
        // word names is an attack; a try with no side named outside the speakers ("Trump's attempts to broker a ceasefire",
        // «ця інформація є спробою маніпуляції») is none.
        if (cues.Count == 0)
        {
            return attempt is { } tried && NamesASide(lowered, clause, excluded)
                ? new CueMatch<ClaimKind>(ClaimKind.Attack, tried.Span, tried.Cue) : null;
        }
        // "65 Ukrainian prisoners of war were killed in a plane crash", «Ил-76 с украинскими пленными разбился»: prisoners named
        // as the people a happening befell take part in it; that happening decides, unless a word of capture, surrender or
        // exchange tells one of prisoners, or the deaths are the bodies returned.
        if (cues.Any(cue => cue.Value == ClaimKind.Prisoners && ClaimLexicon.Default.NamesPrisoners(lowered, cue.Span))
            && cues.All(cue => cue.Value != ClaimKind.Prisoners || ClaimLexicon.Default.NamesPrisoners(lowered, cue.Span))
            && cues.Any(cue => cue.Value is ClaimKind.Other or ClaimKind.Casualties))
        {
            cues.RemoveAll(cue => cue.Value == ClaimKind.Prisoners);
        }
        foreach (var outranking in (ReadOnlySpan<ClaimKind>)[ClaimKind.Denial, ClaimKind.RepelledAttack])
        {
            if (cues.FirstOrDefault(cue => cue.Value == outranking) is { Cue: not null } found)
            {
                return found;
            }
        }
        // "Air defence destroyed 28 Shahed drones", «безпілотники знищено»: flying weapons destroyed are an attack
        // beaten off, not a strike or losses.
        if (cues.FirstOrDefault(cue => cue.Value == ClaimKind.Casualties && Destruction.FindFirst(lowered, cue.Span) is not null) is { Cue: not null } destruction
            && ClaimLexicon.Default.DestroysAerialWeapon(lowered, clause))
        {
            return destruction with { Value = ClaimKind.RepelledAttack };
        }
        // «Знищили нафтобазу», "destroyed an ammunition depot": a facility destroyed is what a strike hit, not losses.
        if (cues.FirstOrDefault(cue => cue.Value == ClaimKind.Casualties && Destruction.FindFirst(lowered, cue.Span) is not null) is { Cue: not null } razed
            && ClaimLexicon.Default.DestroysFacility(lowered, razed.Span, clause))
        {
            return razed with { Value = ClaimKind.Strike };
        }
        var gain = cues.FirstOrDefault(cue => cue.Value is ClaimKind.TerritorialControl or ClaimKind.Advance or ClaimKind.Prisoners);
        // «для спроби вдарити по аеродрому», "attempted to strike the airfield": a strike tried is a strike told, the weapon
        // having flown; so is a try at a happening away from the fighting («намагається здійснювати переміщення резервів»,
        // "tried to evacuate"), at recruiting and at pulling troops out («пытались вывести личный состав»), each told after
        // the word of trying. A try at gaining ground or at encircling, or at what the clause does not name, is an attack
        // ("did not abandon attempts to capture"). A try told after the ground or the prisoners taken ("soldiers were
        // captured while trying to break free") is the losers', and the taking stands.
        if (attempt is { } && (gain.Cue is null || attempt.Value.Span.Start < gain.Span.Start) && !cues.All(cue => cue.Value == ClaimKind.Strike)
            && !cues.All(cue => cue.Span.Start > attempt.Value.Span.Start
                && (cue.Value is ClaimKind.Recruitment or ClaimKind.Withdrawal || (cue.Value == ClaimKind.Other && !IsEncirclement(lowered, cue)))))
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
        // "A missile strike killed five people", «ударом уничтожено до 30 военнослужащих»: the people harmed are what a
        // strike with casualties reports; things it destroyed leave it a strike, and so does harm told in a description of
        // the strike ("its missile attack on Sumy that killed 34").
        var strikeWord = cues.FirstOrDefault(cue => cue.Value == ClaimKind.Strike);
        if (strikeWord.Cue is not null
            && cues.FirstOrDefault(cue => cue.Value == ClaimKind.Casualties
                && (Destruction.FindFirst(lowered, cue.Span) is null || ClaimLexicon.Default.DestroysPersonnel(lowered, cue.Span, clause))) is { Cue: not null } harm
            && !(harm.Span.Start > strikeWord.Span.End && ClaimLexicon.Default.SetsApartAsDescription(lowered, lowered, new Span(strikeWord.Span.End, harm.Span.Start))))
        {
            return harm;
        }
        if (strikeWord.Cue is not null && cues.Any(cue => cue.Value == ClaimKind.Casualties))
        {
            return strikeWord;
        }
        // "The attack resulted in the deaths of up to 85 servicemen", «атака унесла жизни трех человек»: the people an
        // attack harmed are what it reports, as for a strike, unless told in a description of the attack.
        var attackWord = cues.FirstOrDefault(cue => cue.Value == ClaimKind.Attack);
        if (attackWord.Cue is not null
            && cues.FirstOrDefault(cue => cue.Value == ClaimKind.Casualties && Destruction.FindFirst(lowered, cue.Span) is null) is { Cue: not null } hurt
            && !(hurt.Span.Start > attackWord.Span.End && ClaimLexicon.Default.SetsApartAsDescription(lowered, lowered, new Span(attackWord.Span.End, hurt.Span.Start))))
        {
            return hurt;
        }
        // "The ship was seriously damaged by an explosion", «корабль получил повреждения в результате пожара»: damage told
        // beside a blast, fire or crash and no weapon is what that happening did, not a strike.
        if (strikeWord.Cue is not null && cues.Where(cue => cue.Value == ClaimKind.Strike).All(cue => IsDamage(lowered, cue))
            && cues.FirstOrDefault(cue => cue.Value == ClaimKind.Other) is { Cue: not null } cause
            && cues.All(cue => cue.Value is ClaimKind.Strike or ClaimKind.Other))
        {
            return cause;
        }
        var first = cues.FirstOrDefault(cue => cue.Value != ClaimKind.Other) is { Cue: not null } decisive ? decisive : cues[0];
        // "There was a threat of encirclement" is the enemy's pressure, an attack; «загроза оточення відсутня» and "our
        // forces had not been trapped" a denial.
        if (first.Value == ClaimKind.Other && ClaimLexicon.Default.ReadEncirclement(lowered, clause, first.Span) is { } encirclement)
        {
            return first with { Value = encirclement };
        }
        // An attack made with drones, missiles or bombs is a strike.
        if (first.Value == ClaimKind.Attack && cues.FirstOrDefault(cue => cue.Value == ClaimKind.Strike) is { Cue: not null } strike)
        {
            return strike;
        }
        // «Агресор атакував Нікопольщину», «атаковали город»: a whole area attacked is struck from afar; so is a facility
        // ("attacks on energy infrastructure", «атака на аеродроми»).
        return first.Value == ClaimKind.Attack
            && (ClaimLexicon.Default.NamesAttackedArea(lowered, first.Span, clause) || ClaimLexicon.Default.NamesAttackedFacility(lowered, first.Span, clause))
            ? first with { Value = ClaimKind.Strike }
            : first;
    }

    /// <summary>
    /// Whether every event word of a clause is a word of damage ("The ship was seriously damaged", «Корабль получил
    /// серьезные повреждения»): the clause names no weapon and no cause, so what did the damage is told elsewhere.
    /// </summary>
    public static bool TellsDamageAlone(string lowered, Span clause, ImmutableArray<Span> excluded)
    {
        var cues = EventWords(lowered, clause, excluded);
        return cues.Count > 0 && cues.All(cue => IsDamage(lowered, cue));
    }

    /// <summary>
    /// Whether every event word of a piece of a sentence names the manoeuvre a withdrawal is told with: a regrouping or
    /// an encirclement, done, avoided or threatened («здійснили перегрупування», "Encirclement was prevented", "to avoid
    /// encirclement", "the risk of being encircled"). Beside a withdrawal such a piece tells how or why the troops
    /// pulled back, and is part of that claim.
    /// </summary>
    public static bool TellsWithdrawalManoeuvre(string lowered, Span piece, ImmutableArray<Span> excluded)
    {
        var cues = EventWords(lowered, piece, excluded);
        return cues.Count > 0 && cues.All(cue => TextTokens.ToWordEnd(lowered, cue.Span) is var word
            && (ClaimLexicon.Default.Encirclements.FindFirst(lowered, word) ?? ClaimLexicon.Default.Regroupings.FindFirst(lowered, word)) is { } manoeuvre
            && manoeuvre.Span.Start == word.Start);
    }

    /// <summary>
    /// Whether a piece of a sentence is one more item of a count of flying weapons: it opens with a number and its only
    /// event words name drones, missiles or bombs («знищили …, 49 БпЛА оперативно-тактичного рівня», "Russia launched
    /// 31 drones and 2 missiles at Ukraine", «…, а также два пункта управления БПЛА»). Such a piece has no verb of its
    /// own: it counts more of what the clause before it destroyed, shot down or launched, and is part of that claim.
    /// </summary>
    public static bool CountsWeaponsAlone(string lowered, Span piece, ImmutableArray<Span> excluded) =>
        TextTokens.Words(lowered, piece) is [var first, ..] && ClaimLexicon.Default.IsNumber(first)
        && EventWords(lowered, piece, excluded) is { Count: > 0 } cues
        && cues.All(cue => NamesAerialWeapon(lowered, cue));

    /// <summary>
    /// Whether a piece of a sentence only counts more of the attacks <paramref name="repulse"/> beat off: every event word
    /// is the same noun of attack the repulse names, with a number right before it or before its one adjective («відбили 4
    /// російські атаки біля Синьківки, на Лиманському – 5 атак в районах Тернів», "repelled 5 attacks near Robotyne and 3
    /// attacks near Verbove"). Such a piece has no verb of its own; a count of another noun («…, за добу було майже 100
    /// боєзіткнень», «і триває ще одне бойове зіткнення») tells a happening of its own.
    /// </summary>
    public static bool CountsMoreRepelled(string lowered, Span repulse, Span piece, ImmutableArray<Span> excluded)
    {
        var words = TextTokens.Words(lowered, piece);
        var repelled = EventWords(lowered, repulse, excluded).Where(cue => cue.Value == ClaimKind.Attack).Select(cue => cue.Cue).ToHashSet(StringComparer.Ordinal);
        bool Counted(CueMatch<ClaimKind> cue) =>
            Enumerable.Range(0, words.Length).FirstOrDefault(index => words[index].Span.Start == cue.Span.Start, -1) is var at and > 0
            && (ClaimLexicon.Default.IsNumber(words[at - 1]) || (at > 1 && ClaimLexicon.Default.IsNumber(words[at - 2])));
        return EventWords(lowered, piece, excluded) is { Count: > 0 } cues
            && cues.All(cue => cue.Value == ClaimKind.Attack && repelled.Contains(cue.Cue) && Counted(cue));
    }

    /// <summary>
    /// Whether a piece of a sentence goes on telling the fleet the clause <paramref name="before"/> reported: that clause
    /// names warships at sea or missile carriers, and the piece only names the missiles they carry («…, серед яких 0
    /// носіїв крилатих ракет «Калібр», загальний залп – 0 ракет»).
    /// </summary>
    public static bool TellsFleetArmament(string lowered, Span before, Span piece, ImmutableArray<Span> excluded) =>
        ClaimLexicon.Default.FindFleet(lowered, before, excluded) is not null && NamesWeaponsAlone(lowered, piece, excluded);

    /// <summary>
    /// Whether a piece of a sentence only names weapons: every event word is the name of a weapon, none is launched and
    /// none carried ("that it was transporting missiles" tells the carrying) ("…, with aviation and artillery assistance", "…, repelled by warplanes, artillery and missiles", "shot down 25
    /// drones and a rocket of a HIMARS system"). Such a piece has no verb of its own: it names more of the means or the
    /// things the clause before it used, counted or carried.
    /// </summary>
    public static bool NamesWeaponsAlone(string lowered, Span piece, ImmutableArray<Span> excluded) =>
        EventWords(lowered, piece, excluded) is { Count: > 0 } cues
        && cues.All(cue => NamesAerialWeapon(lowered, cue)
            || (TextTokens.ToWordEnd(lowered, cue.Span) is var word && ClaimLexicon.Default.WeaponNouns.FindFirst(lowered, word) is { } weapon && weapon.Span.Start == word.Start))
        && ClaimLexicon.Default.LaunchWords.FindFirst(lowered, piece) is null
        && ClaimLexicon.Default.CargoMarkers.FindFirst(lowered, piece) is null;

    /// <summary>Whether an event word is the name of a drone, missile or bomb («БпЛА», «ракет», "missiles"), not a verb or noun of striking.</summary>
    private static bool NamesAerialWeapon(string lowered, CueMatch<ClaimKind> cue) =>
        TextTokens.ToWordEnd(lowered, cue.Span) is var word
        && ClaimLexicon.Default.AerialWeapons.FindFirst(lowered, word) is { } weapon && weapon.Span.Start == word.Start;

    /// <summary>Whether an event word is a word of encircling ("encircle", «окружение», «оточили»).</summary>
    private static bool IsEncirclement(string lowered, CueMatch<ClaimKind> cue) =>
        ClaimLexicon.Default.Encirclements.FindFirst(lowered, TextTokens.ToWordEnd(lowered, cue.Span)) is { } encircling && encircling.Span.Start == cue.Span.Start;

    /// <summary>Whether an event word is a word of fire or a blast ("fire broke out", «пожежа», «взрыв»).</summary>
    private static bool IsFireOrBlast(string lowered, CueMatch<ClaimKind> cue) =>
        cue.Value == ClaimKind.Other && ClaimLexicon.Default.FiresAndBlasts.FindFirst(lowered, TextTokens.ToWordEnd(lowered, cue.Span)) is { } fire && fire.Span.Start == cue.Span.Start;

    /// <summary>Whether an event word is a word of damage ("damaged", «повреждения», «пошкоджено»).</summary>
    private static bool IsDamage(string lowered, CueMatch<ClaimKind> cue) =>
        cue.Value == ClaimKind.Strike && Damage.FindFirst(lowered, cue.Span) is { } damage && damage.Span.Start == cue.Span.Start;

    /// <summary>
    /// The event words of a clause outside <paramref name="excluded"/> spans and outside the names of things that hold an
    /// event word («боевых бронированных машин», "combat vehicles", «боевики»; <see cref="ClaimLexicon.NotEvents"/>), each
    /// the longest cue at its start.
    /// </summary>
    private static List<CueMatch<ClaimKind>> EventWords(string lowered, Span clause, ImmutableArray<Span> excluded)
    {
        var things = ClaimLexicon.Default.NotEvents.FindAll(lowered, clause);
        // "drove the enemy out of Yegorovka": a verb of driving with "out" after it expels, a capture, whatever its word
        // alone makes ("pushed" an advance).
        // "They control about a thousand square kilometres": a verb of holding ground with its object tells ground held.
        var captures = ClaimLexicon.Default.FindExpulsions(lowered, clause).Concat(ClaimLexicon.Default.FindPossessions(lowered, clause))
            .Select(verb => new CueMatch<ClaimKind>(ClaimKind.TerritorialControl, verb.Span, verb.Cue)).ToList();
        var found = Cues.FindAll(lowered, clause).Where(cue => !captures.Any(verb => verb.Span.Overlaps(cue.Span))).Concat(captures).ToList();
        // A phrase overrides the stem it begins with: «потерпел крушение» is a crash, not the losses «потер…» names, and
        // «зайнялися» houses caught fire, not the control «зайняли» names; read before anything else weighs the words.
        return [.. found.Where(cue => !excluded.Any(span => span.Overlaps(cue.Span)) && !things.Any(thing => thing.Span.Overlaps(cue.Span))
            && !found.Any(other => other.Span.Start == cue.Span.Start && other.Span.Length > cue.Span.Length)).OrderBy(cue => cue.Span.Start)];
    }

    /// <summary>The words a cargo marker makes a vehicle's load: up to <see cref="ClaimLexicon.CargoReach"/> words after each marker.</summary>
    private static List<Span> Loads(string lowered, Span clause)
    {
        var loads = new List<Span>();
        foreach (var marker in ClaimLexicon.Default.CargoMarkers.FindAll(lowered, clause))
        {
            var words = TextTokens.Words(lowered, new Span(marker.Span.End, clause.End));
            if (words.Length > 0)
            {
                loads.Add(new Span(words[0].Span.Start, words[Math.Min(words.Length, ClaimLexicon.CargoReach) - 1].Span.End));
            }
        }
        return loads;
    }

    /// <summary>
    /// The adverbial phrases of a clause: an <see cref="ClaimLexicon.AdverbialOpeners">opener</see> ("after", "during",
    /// «в ходе», «після», «внаслідок») and up to <see cref="CircumstanceReach"/> words after it, never past a comma. The
    /// phrase's event word is the first one in it («после освобождения поселка», «в ходе ожесточенных боев»); a later one
    /// may already be the clause's verb («после освобождения поселка отступили»). Such a phrase sets the scene of the
    /// clause's statement: neither its event word decides the kind nor its not-claim word the reading.
    /// </summary>
    public static List<Span> Circumstances(string lowered, Span clause)
    {
        var phrases = new List<Span>();
        foreach (var opener in ClaimLexicon.Default.AdverbialPhrases(lowered, clause))
        {
            var rest = new Span(opener.Span.End, clause.End);
            var comma = lowered.IndexOf(',', rest.Start, rest.Length);
            var words = TextTokens.Words(lowered, comma < 0 ? rest : new Span(rest.Start, comma));
            if (words.Length > 0)
            {
                phrases.Add(new Span(opener.Span.Start, words[Math.Min(words.Length, CircumstanceReach) - 1].Span.End));
            }
        }
        return phrases;
    }

    /// <summary>
    /// Whether a piece joined by a bare "and" («та», «и», «і») goes on with the adverbial phrase that closes the clause
    /// before it: «дістали поранення внаслідок ворожих обстрілів та авіаударів», "were wounded as a result of shelling and
    /// air strikes". The piece opens with its event word (or an adjective and it), of the same kind as the phrase's, so
    /// it names more of the same cause rather than a happening of its own ("after heavy fighting and captured the village"
    /// opens with another kind).
    /// </summary>
    public static bool ContinuesClosingPhrase(string lowered, Span clause, Span piece, ImmutableArray<Span> excluded)
    {
        if (Circumstances(lowered, clause).LastOrDefault(phrase => phrase.End == clause.End) is not { Length: > 0 } closing
            || EventWords(lowered, closing, excluded) is not [var scene, ..])
        {
            return false;
        }
        return EventWords(lowered, piece, excluded) is [var own, ..] && own.Value == scene.Value
            && TextTokens.Words(lowered, piece).Take(ClosingPhraseNounReach).Any(word => word.Span.Start == own.Span.Start);
    }

    /// <summary>Among how many of its first words the event word of a piece going on with a closing phrase stands ("air strikes").</summary>
    private const int ClosingPhraseNounReach = 2;

    /// <summary>How many words after its opener an adverbial phrase's noun phrase may run: an event noun and its modifiers.</summary>
    private const int CircumstanceReach = 3;

    /// <summary>Whether the clause's event is digging in ("закрепились") or holding ground ("now control 1,000 square kilometres there"), which continues the advance or capture before it.</summary>
    public static bool IsConsolidation(string lowered, CueMatch<ClaimKind> cue) =>
        (Consolidations.FindFirst(lowered, cue.Span) is { } found && found.Span.Start == cue.Span.Start)
        || ClaimLexicon.Default.HoldsGround(lowered, cue.Span);

    private static CueLexicon<bool> Consolidations => ClaimLexicon.Default.Consolidations;

    private static CueLexicon<bool> Destruction => ClaimLexicon.Default.Destruction;

    private static CueLexicon<bool> Damage => ClaimLexicon.Default.Damage;
}
