using Triangulate.Corroboration;
using Triangulate.Model;

namespace Triangulate.Tests.Corroboration;

/// <summary>Claim facts shaped like the pipeline's, built by hand around real places of the Toretsk and Chasiv Yar axes.</summary>
internal static class Facts
{
    public static readonly FactPlace Toretsk = new("osm:node/256613774", "Toretsk", 48.3971, 37.8501, ["katottg:UA14020110000075529"], "Торецьк");
    /// <summary>The centre of Toretsk as a relative mention estimates it: a few hundred metres from the town's point.</summary>
    public static readonly FactPlace ToretskCentre = Toretsk with { Lat = 48.3990, Lon = 37.8470 };
    public static readonly FactPlace PivnichnaMine = new("feature:toretsk-pivnichna-mine", "Pivnichna mine", 48.4150, 37.8560, ["osm:node/256613774"], null) { Anchor = "osm:node/256613774" };
    /// <summary>A village 2 km from the Kanal district of Chasiv Yar: near, but another place.</summary>
    public static readonly FactPlace Kalynivka = new("osm:node/256614450", "Kalynivka", 48.6099, 37.8590, [], "Калинівка");
    public static readonly FactPlace KanalDistrict = new("feature:chasiv-yar-kanal-microdistrict", "Kanal microdistrict", 48.591, 37.862, ["osm:node/256613727"], null) { Anchor = "osm:node/256613727" };
    public static readonly FactPlace ChasivYar = new("osm:node/256613727", "Chasiv Yar", 48.586, 37.835, [], "Часів Яр");
    public static readonly FactPlace NiuYork = new("osm:node/256613909", "Niu-York", 48.3320, 37.8366, [], "Нью-Йорк");
    public static readonly FactPlace Zalizne = new("osm:node/256613800", "Zalizne", 48.3735, 37.8823, ["katottg:UA14020110000075529"], "Залізне");
    /// <summary>The hromada of Toretsk and Zalizne: a region, placing a claim that names nothing narrower.</summary>
    public static readonly FactPlace ToretskHromada = new("katottg:UA14020110000075529", "Toretska hromada", 48.39, 37.85, [], "Торецька громада") { Coarse = true };

    public static readonly FactSource Kimakovsky = Registered("kimakovsky", "Igor Kimakovsky", Side.RU, SourceKind.Official);
    public static readonly FactSource Pushilin = Registered("pushilin", "Denis Pushilin", Side.RU, SourceKind.Official);
    public static readonly FactSource RuMod = Registered("ru_mod", "Russian Ministry of Defence", Side.RU, SourceKind.MilitaryCommand);
    public static readonly FactSource Trehubov = Registered("trehubov", "Viktor Trehubov", Side.UA, SourceKind.Official);
    public static readonly FactSource DeepState = Registered("deepstate", "DeepState", Side.UA, SourceKind.OsintGroup);
    public static readonly FactSource Isw = Registered("isw", "Institute for the Study of War", Side.Other, SourceKind.OsintGroup);
    public static readonly FactSource Rossiya24 = Registered("rossiya24", "Russia 24", Side.RU, SourceKind.StateMedia);
    public static readonly FactSource Tass = Registered("tass", "TASS", Side.RU, SourceKind.StateMedia);
    public static readonly FactSource Reuters = Registered("reuters", "Reuters", Side.Other, SourceKind.WireAgency);

    public static readonly Affiliations Registry = new(
    [
        new Source("kimakovsky", "Igor Kimakovsky", SourceKind.Official, Side.RU, [], AffiliatedWith: ["dpr_administration"]),
        new Source("pushilin", "Denis Pushilin", SourceKind.Official, Side.RU, [], AffiliatedWith: ["dpr_administration"]),
        new Source("dpr_administration", "Administration of the Head of the DPR", SourceKind.Official, Side.RU, []),
        new Source("rossiya24", "Russia 24", SourceKind.StateMedia, Side.RU, [], AffiliatedWith: ["vgtrk"]),
    ]);

    public static FactSource Registered(string id, string name, Side side, SourceKind kind) => new(id, name, side, kind, true);

    public static FactSource Outlet(string name, Side side = Side.Unknown) => new("name:" + name.ToLowerInvariant(), name, side, SourceKind.Publisher, false);

    public static ClaimFacts Claim(
        long id,
        FactPlace? place = null,
        ClaimKind kind = ClaimKind.TerritorialControl,
        Side side = Side.RU,
        int day = 4,
        FactSource? origin = null,
        string? publisher = null,
        string language = "ru",
        string? text = null,
        bool negated = false,
        params FactSource[] relays)
    {
        var date = new DateOnly(2024, 7, 1).AddDays(day - 1);
        var source = origin ?? Kimakovsky;
        var denies = kind == ClaimKind.Denial || negated;
        return new ClaimFacts(
            id,
            $"report-{id:D6}:0",
            id,
            "ext-" + id,
            publisher ?? relays.LastOrDefault()?.Name ?? source.Name,
            language,
            On(date),
            new DateTimeOffset(date.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero),
            kind,
            side,
            place ?? ToretskCentre,
            null,
            source,
            [.. relays],
            text ?? $"Claim {id}: Russian forces took the centre of {place?.Name ?? "Toretsk"} on day {day}",
            negated,
            false,
            [],
            false) with
        {
            Stance = denies ? Stance.Denies : Stance.Asserts,
            Denies = denies && kind != ClaimKind.Denial ? KindFamilies.Of(kind) : null,
            Family = denies ? KindFamily.Denial : KindFamilies.Of(kind),
        };
    }

    /// <summary>A day as the claim's words give it.</summary>
    public static FactTime On(DateOnly day) => new(day, day, TimePrecision.Day, TimeBasis.Text);

    /// <summary>The claim dated only by its report's publication day: its words and dateline give none.</summary>
    public static ClaimFacts ByPublication(ClaimFacts claim) => claim with { Time = claim.Time! with { Basis = TimeBasis.Published } };

    /// <summary>The claim with no date: its words give none and its report has none.</summary>
    public static ClaimFacts Undated(ClaimFacts claim) => claim with { Time = null, Published = null };

    /// <summary>The grouping as comparable text: each group's sorted claim ids, groups in order ("1,2 | 3").</summary>
    public static string Partition(IEnumerable<ClaimGroup> groups) =>
        string.Join(" | ", groups.Select(g => string.Join(",", g.Claims.Select(c => c.ClaimId).Order())).Order(StringComparer.Ordinal));
}
