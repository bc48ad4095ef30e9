using Triangulate.Claims;
using Triangulate.Model;
using Triangulate.Text;

namespace Triangulate.Corroboration;

/// <summary>
/// Whether a claim asserts its happening or denies one, read before grouping so that a denial is never counted as
/// support for what it denies, whatever words of capture it repeats. A claim denies when the extractor made it a
/// denial, when it is negated ("Russian forces have not entered N"), or when it calls what it tells false without a
/// verb of denying: «Твердження окупантів про захоплення Торецька — чергова інформаційна операція» is Voloshyn's
/// denial of the capture, not his report of it.
/// </summary>
public static class StanceReader
{
    /// <summary>
    /// Words that brand a claim as false. The verbs and phrases of denial ("denied", «не відповідає дійсності»,
    /// «опроверг», "fake") are the extractor's (<see cref="ClaimKinds"/>), and make a claim of kind denial already.
    /// </summary>
    private static readonly CueLexicon<bool> Refutations = new(new[]
    {
        "information operation", "info operation", "disinformation", "false information", "false claim", "false report", "spreading lies",
        "информационная операция", "информационной операции", "информационно-психологическ", "ипсо=", "дезинформац", "ложная информация", "ложь=", "вымысел", "выдумк",
        "інформаційна операція", "інформаційної операції", "інформаційно-психологічн", "іпсо=", "дезінформац", "неправдива інформація", "вигадк", "вигадан",
        // Doubt cast on the other side's account, and its account branded as the other side's propaganda.
        "raises questions", "raises many questions", "raises serious questions", "russian propaganda", "kremlin propaganda", "ukrainian propaganda",
        "вызывает вопросы", "вызывает много вопросов", "вызывает большие сомнения", "российская пропаганда", "российской пропаганды", "украинская пропаганда", "украинской пропаганды",
        "викликає питання", "викликає запитання", "викликає багато питань", "викликає багато запитань", "викликає сумніви", "російська пропаганда", "російської пропаганди",
        // The other side's account taken as its word alone, or said to rest on nothing reliable («Що там були наші
        // полонені – це заява Росії і поки що лише з їх слів ми можемо аналізувати»). A wire's "could not independently
        // verify" is its routine caution about every report, not doubt of one side's account, and is no cue.
        "only their word", "only on their word", "no reliable information",
        "только с их слов", "только с их же слов", "лишь с их слов", "нет достоверной информации", "отсутствует достоверная информация",
        "лише з їх слів", "лише з їхніх слів", "тільки з їх слів", "тільки з їхніх слів", "немає достовірної інформації", "відсутня достовірна",
    }.Select(cue => (cue, true)));

    /// <summary>
    /// Another account of harm the other side claims to have done: a fire or a detonation did it, or its cause is still
    /// being established. A side telling its own loss so answers the other side's claim of a strike without a word of
    /// denial: the Russian ministry's «в результате пожара сдетонировал боезапас … причины пожара устанавливаются»
    /// beside Ukraine's claim that Neptune missiles hit the cruiser Moskva, or the "detonation of ammunition" told of a
    /// struck airfield.
    /// </summary>
    private static readonly CueLexicon<bool> AccidentAccounts = new(new[]
    {
        "as a result of a fire", "caused by a fire", "cause of the fire", "causes of the fire", "ammunition detonated", "detonation of ammunition", "ammunition detonation",
        "в результате пожара", "причины пожара", "причина пожара", "причины возгорания", "причина возгорания", "причины инцидента", "сдетонировал боезапас", "детонация боеприпас", "детонации боеприпас", "детонировал боезапас",
        "внаслідок пожежі", "причини пожежі", "причина пожежі", "причини займання", "причини інциденту", "здетонував боєзапас", "детонація боєприпас", "детонації боєприпас",
        // The ammunition's own explosion: «получил серьезные повреждения после взрыва боеприпасов».
        "ammunition explosion", "explosion of ammunition", "ammunition exploded", "ammunition blew up", "ammunition to blow up",
        "взрыв боеприпас", "взрыва боеприпас", "взрывом боеприпас", "взрыв боезапас", "взрыва боезапас", "взрывом боезапас",
        "вибух боєприпас", "вибуху боєприпас", "вибухом боєприпас", "вибух боєкомплект", "вибуху боєкомплект",
    }.Select(cue => (cue, true)));

    /// <summary>Words naming a hostile cause: a fire "after a drone attack" is harm the speaker's side tells as done to it, no other account.</summary>
    private static readonly CueLexicon<bool> HostileCauses = new(new[]
    {
        "strike", "struck", "attack", "drone", "shelling", "shelled", "hit by",
        "удар", "атак", "обстрел", "бпла", "беспилотн", "дрон",
        "обстріл", "безпілотн",
    }.Select(cue => (cue, true)));

    /// <summary>The claim's stance and, for a denial, the family of what it denies when its words say.</summary>
    public static (Stance Stance, KindFamily? Denies) Read(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var lowered = claim.Text.ToLowerInvariant();
        var whole = new Span(0, lowered.Length);
        if (claim.Kind == ClaimKind.Denial)
        {
            return (Stance.Denies, DeniedFamily(lowered, whole));
        }
        return claim.Negated || Refutations.FindFirst(lowered, whole) is not null || ScareQuotedByTheOtherSide(claim, lowered)
            ? (Stance.Denies, KindFamilies.Of(claim.Kind))
            : TellsItAsAnAccident(claim, lowered, whole) ? (Stance.Denies, KindFamily.Strike)
            : (Stance.Asserts, null);
    }

    /// <summary>
    /// Whether a side's own voice tells harm as a fire or detonation of no hostile cause (<see cref="AccidentAccounts"/>):
    /// a denial of the strike the other side claims. An outlet's word on a fire, or one that names an attack, is not.
    /// </summary>
    private static bool TellsItAsAnAccident(Claim claim, string lowered, Span whole) =>
        claim.Chain.Origin.Source.Side is Side.RU or Side.UA
        && AccidentAccounts.FindFirst(lowered, whole) is not null
        && HostileCauses.FindFirst(lowered, whole) is null;

    /// <summary>
    /// The event word in quotation marks of its own, in the mouth of the side it is claimed against: «Окупанти не вперше
    /// оголошують про "захоплення" того…» (Trehubov) mocks a capture. A wire writing that the ministry said it had
    /// "liberated" a village distances itself from its source, whose claim it still is.
    /// </summary>
    private static bool ScareQuotedByTheOtherSide(Claim claim, string lowered)
    {
        var speaker = claim.Chain.Origin.Source.Side;
        var actor = claim.Actor?.Side ?? Side.Unknown;
        if (speaker is not (Side.RU or Side.UA) || actor is not (Side.RU or Side.UA) || speaker == actor)
        {
            return false;
        }
        foreach (var quoted in ShortQuotations(lowered))
        {
            if (ClaimKinds.Cues.FindAll(lowered, quoted).Any(cue => cue.Value is not (ClaimKind.Denial or ClaimKind.Other)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Quotations of one to three words: "захоплення", «освобождение», "liberated".</summary>
    private static IEnumerable<Span> ShortQuotations(string text)
    {
        const string Openers = "\"«“„";
        for (var open = text.IndexOfAny(Openers.ToCharArray()); open >= 0 && open + 1 < text.Length; open = text.IndexOfAny(Openers.ToCharArray(), open + 1))
        {
            var closer = text[open] switch { '«' => '»', '“' => '”', '„' => '“', _ => '"' };
            var close = text.IndexOf(closer, open + 1);
            if (close > open + 1 && text.AsSpan(open + 1, close - open - 1).Count(' ') <= 2)
            {
                yield return new Span(open + 1, close);
            }
        }
    }

    /// <summary>What a denial's own words say it denies: «спростував інформацію про захоплення» denies ground; "This is not true" says nothing.</summary>
    private static KindFamily? DeniedFamily(string lowered, Span whole) =>
        ClaimKinds.Cues.FindAll(lowered, whole)
            .Where(cue => cue.Value is not (ClaimKind.Denial or ClaimKind.Other))
            .Select(cue => (KindFamily?)KindFamilies.Of(cue.Value))
            .FirstOrDefault();
}
