using System.Collections.Immutable;
using Triangulate.Model;

namespace Triangulate.Corroboration;

/// <summary>
/// The place a claim is grouped and checked by: a gazetteer entry's id, name and the point the claim refers to.
/// <see cref="Anchor"/> is the settlement it belongs to: itself, or for a mine, a district or a canal, the settlement
/// the gazetteer files it under. A claim that names no settlement or local feature is placed by the sea or river it
/// names, else by the oblast or raion (<see cref="Coarse"/>): coarse, but "encircled in the Kursk region" and its
/// denial are about one place, and so are two reports of a cruiser hit "in the Black Sea".
/// </summary>
public sealed record FactPlace(string Id, string Name, double Lat, double Lon, ImmutableArray<string> Parents, string? UkrainianName = null, string CountryCode = "UA")
{
    public string Anchor { get; init; } = Id;

    /// <summary>
    /// A place too wide to stand for a point — an oblast or raion, or a feature no settlement holds that reaches
    /// further than a town (a sea, a river, a reservoir) — placing a claim that names nothing narrower: never checked
    /// against evidence at its point, and never the only event a claim there joins unvouched.
    /// </summary>
    public bool Coarse { get; init; }

    /// <summary>For a sea or a river placing a claim, how far it reaches around its point (the gazetteer's radius); else 0.</summary>
    public double ReachKm { get; init; }

    /// <summary>An oblast, raion or hromada placing a claim that names no settlement: coarse, and neither a sea or river nor a country.</summary>
    public bool IsRegion => Coarse && ReachKm == 0 && !Id.StartsWith("country:", StringComparison.Ordinal);
}

/// <summary>One party in a claim's provenance: a registry id when known, else the folded name.</summary>
public sealed record FactSource(string Key, string Name, Side Side, SourceKind Kind, bool Registered);

/// <summary>Whether a claim asserts its happening or denies one ("This is not true", "another information operation").</summary>
public enum Stance
{
    Asserts,
    Denies,
}

/// <summary>
/// When a dated claim's happening was, as corroboration compares it: a range of days, how finely the words gave it,
/// and from what (the claim's words, the dateline, the publication date).
/// </summary>
public sealed record FactTime(DateOnly From, DateOnly To, TimePrecision Precision, TimeBasis Basis)
{
    /// <summary>A day or a night: precise enough to place the claim in a window of days by itself.</summary>
    public bool Precise => Precision == TimePrecision.Day;
}

/// <summary>
/// What corroboration needs to know about one stored claim, flattened from the claim and its report.
/// <see cref="Key"/> identifies the claim by its words (report text hash and span), so that grouping never depends on
/// the order in which reports were ingested. <see cref="Time"/> is null for an undated claim: one whose words give no
/// resolvable time in a report with no dated dateline and no publication date.
/// </summary>
public sealed record ClaimFacts(
    long ClaimId,
    string Key,
    long ReportId,
    string? ExternalId,
    string Publisher,
    string Language,
    FactTime? Time,
    DateTimeOffset? Published,
    ClaimKind Kind,
    Side ActingSide,
    FactPlace? Place,
    string? PlaceName,
    FactSource Origin,
    ImmutableArray<FactSource> Relays,
    string Text,
    bool Negated,
    bool Hedged,
    ImmutableArray<double> Quantities,
    bool Quotes)
{
    /// <summary>The first day the claim's time covers; null when undated.</summary>
    public DateOnly? Day => Time?.From;

    /// <summary>The last day the claim's time covers; null when undated.</summary>
    public DateOnly? LastDay => Time?.To;

    /// <summary>What the words of an undated claim tell of its date (a weekday, a day of a month), if anything.</summary>
    public PartialDate? Partial { get; init; }

    /// <summary>For an undated claim told as "earlier" («ранее», «раніше»): the day it happened by.</summary>
    public DateOnly? Latest { get; init; }

    /// <summary>Whether the claim asserts its happening or denies one; a denial never counts as support for what it denies.</summary>
    public Stance Stance { get; init; }

    /// <summary>For a denial, the family of the claim it denies as far as its words say ("захоплення" → ground), else null.</summary>
    public KindFamily? Denies { get; init; }

    /// <summary>
    /// The family the claim is grouped in: its kind's; <see cref="KindFamily.Denial"/> for whatever denies; for a
    /// fragment of a statement (<see cref="Continues"/>), its host claim's.
    /// </summary>
    public KindFamily Family { get; init; } = KindFamilies.Of(Kind);

    /// <summary>
    /// The claim whose statement this one continues: a fragment of the same speaker's words in the same report that
    /// names no place of its own («Идет зачистка», — сказал он), grouped with it rather than on its own.
    /// </summary>
    public long? Continues { get; init; }

    /// <summary>
    /// Whether the claim's place is only one the extractor carried to it from the words before it
    /// (<see cref="PlaceMention.CarriedBy"/>: "the city", or a clause that names no place, continuing another claim's
    /// statement or telling on its happening): such a fragment of a statement is grouped in its host claim's family.
    /// </summary>
    public bool PlaceCarried { get; init; }

    /// <summary>
    /// Whether the claim is what its origin grants in a statement denying the other side's claim of the same place: the
    /// General Staff's «отошли на более выгодные рубежи» beside its «сообщения об окружении … не соответствуют
    /// действительности». It is grouped as what it says, but is no support of the claim its speaker denies.
    /// </summary>
    public bool Concedes { get; init; }

    /// <summary>The report's text as a sketch, to tell a reprint or a lightly rewritten copy of another report.</summary>
    public TextSketch? ReportSketch { get; init; }

    /// <summary>
    /// Every settlement the claim names, its own place's among them: a bulletin that attacks were repelled "near
    /// Kalynivka, Ivanivske and Klishchiivka" bears on claims about each of them. A place named only as a reference
    /// point ("Kalynivka north of Chasiv Yar", "15 km south of Chasiv Yar") is not among them.
    /// </summary>
    public ImmutableArray<string> Anchors { get; init; } = Place is { } place ? [place.Anchor] : [];

    /// <summary>The place key the claim is grouped by: its settlement (or region), else the unresolved name it gives.</summary>
    public string? Where => Place?.Anchor ?? (PlaceName is { } name ? "name:" + name : null);
}

/// <summary>Claim kinds that can describe the same happening.</summary>
public enum KindFamily
{
    /// <summary>Who holds ground: captures, advances, withdrawals (a withdrawal is the other side's gain).</summary>
    Ground,
    Attack,
    RepelledAttack,
    Denial,
    Strike,
    Casualties,
    Prisoners,
    Recruitment,
    Other,
}

public static class KindFamilies
{
    public static KindFamily Of(ClaimKind kind) => kind switch
    {
        ClaimKind.TerritorialControl or ClaimKind.Advance or ClaimKind.Withdrawal => KindFamily.Ground,
        ClaimKind.Attack => KindFamily.Attack,
        ClaimKind.RepelledAttack => KindFamily.RepelledAttack,
        ClaimKind.Denial => KindFamily.Denial,
        ClaimKind.Strike => KindFamily.Strike,
        ClaimKind.Casualties => KindFamily.Casualties,
        ClaimKind.Prisoners => KindFamily.Prisoners,
        ClaimKind.Recruitment => KindFamily.Recruitment,
        _ => KindFamily.Other,
    };

    /// <summary>
    /// How many days apart two claims of a family may be and still be about one happening. Ground changes hands
    /// slowly and later reports confirm it weeks after (the Toretsk centre: claimed 4 July, geolocated 25 July, assessed
    /// by ISW 26 July), while claims a season apart (Toretsk in July 2024 and in February 2025) stay apart;
    /// strikes and bulletins are about one day.
    /// </summary>
    public static int WindowDays(KindFamily family) => family == KindFamily.Ground ? 30 : 2;

    /// <summary>
    /// The family of the happening a claim of this family may tell by what it left: casualties at a town are often all
    /// an outlet tells of a strike there ("more than 60 Ukrainian soldiers were killed", «погибли в результате удара … по
    /// Сумам»); null for a family told only in its own words.
    /// </summary>
    public static KindFamily? Befalls(KindFamily family) => family == KindFamily.Casualties ? KindFamily.Strike : null;

    /// <summary>The families whose events at one town may be tellings of one happening with this family's: a toll and its strike.</summary>
    public static ImmutableArray<KindFamily> Kin(KindFamily family) =>
        [.. Enum.GetValues<KindFamily>().Where(other => other != family && (Befalls(other) == family || Befalls(family) == other))];

    /// <summary>Happenings of the whole war rather than of a town: prisoners (an exchange, a plane of them) and mobilisation.</summary>
    public static bool National(KindFamily family) => family is KindFamily.Prisoners or KindFamily.Recruitment;

    public static Side Opposite(Side side) => side switch
    {
        Side.RU => Side.UA,
        Side.UA => Side.RU,
        _ => side,
    };
}
