using System.Collections.Frozen;
using System.Globalization;
using Triangulate.Model;

namespace Triangulate.Places;

/// <summary>
/// Ranks the places one name may mean, as an analyst weighs namesakes: a prior for population, Ukraine and the
/// front-line oblasts, the areas and other places the report names, the front line on the report's date; and says what
/// made up each score and which of these set the best above the runner-up. Pure and thread-safe.
/// </summary>
internal sealed class PlaceRanker(Gazetteer gazetteer)
{
    // Whether a place lies where the war is fought: in a front-line oblast, or near the front line on a control map.
    private readonly bool[] inFrontlineArea = [.. gazetteer.Places.Select(p => InFrontline(p, gazetteer.FrontLine))];

    private readonly double[] prior = [.. gazetteer.Places.Select(p => Prior(p, InFrontline(p, gazetteer.FrontLine)))];

    // The oblasts where reports on the fighting cluster (Donetsk, Luhansk, Zaporizhzhia, Kharkiv, Kherson); settlements
    // of other oblasts near the front line on a control map (Sumy's border, Dnipropetrovsk's east) count with them.
    private static readonly FrozenSet<string> FrontlineOblasts = FrozenSet.Create(StringComparer.Ordinal,
        "katottg:UA14000000000091971", "katottg:UA44000000000018893", "katottg:UA23000000000064947",
        "katottg:UA63000000000041885", "katottg:UA65000000000030969");

    private const double SettingPenalty = 1.5;

    private const double SecondaryNamePenalty = 0.3;

    // A name spelled exactly as one place's own (Oleksiivka, the village) and another's only among GeoNames' undated
    // alternates (Chystiakove, once Oleksiivka) means the place that bears it now, whatever the other's size.
    private const double BorrowedNamePenalty = 2.5;

    // A place inside an area the report names: the analyst's first cue, above the size and the front-line oblasts of a
    // namesake elsewhere (Kostiantynivka in Sumy Oblast is not the Donetsk town when the report says Sumy Oblast).
    private const double NamedAreaSupport = 4.5;

    // A place the report also names by another of its names (Artyomovsk "called Bakhmut by Ukraine", Ивановское
    // (Красное)) is the one meant, as surely as a place inside the area named: a namesake that bore the name once
    // (Kypuche, Artemivsk until 2016) is not preferred for lying inside an area the report names elsewhere.
    private const double NamedOtherwiseSupport = NamedAreaSupport;

    // A settlement near the front line on the report's date (or, undated, in any month mapped) outranks a namesake of
    // like size away from it.
    private const double FrontLineSupport = 1.0;

    // Near the front in the report's own month is the analyst's strongest cue of the line's: it weighs as much as an
    // undated place that lay near the front in every month mapped, so that it outweighs a namesake ten times larger
    // that was quiet then (Novotoretske by Hrodivka, 100 people, in early 2025, not the one by Shakhove).
    private const double FrontLineOnTheDateSupport = 2 * FrontLineSupport;

    // Of two namesakes both near the line that month, the fighting a report tells of is likelier at the one on the
    // line than at one 10 km behind it: up to this much more, falling to nothing at the edge of "near" (12 km across).
    private const double OnTheLineSupport = 0.5;

    private const long AreaPopulationFloor = 500_000;

    public const double NeighbourDegrees = 1.4;

    public const double NearKm = 20;

    private const double FurtherNeighbourSupport = 0.5;

    private const int MostNeighboursCounted = 3;

    // A name written exactly as the gazetteer spells it beats a namesake that only shares its stem (Toretsk, Toretske).
    private const double ExactSpellingBonus = 1.0;

    public sealed record Ranking(Place Best, double Confidence, Place? RunnerUp);

    /// <summary>
    /// What the text says of its setting: a report on the fighting in Ukraine (a place abroad then needs support), and
    /// whether the front line weighs (in such a report; for a name asked about, unless the context sets it abroad).
    /// </summary>
    public readonly record struct Setting(bool InUkraineAtWar, bool FrontLineCounts);

    // The best and second-best places and the best's share of belief, without sorting every candidate.
    public Ranking Rank(NameMatch match, IReadOnlySet<string> areasNamed, List<(string Key, Place Best)> context, bool inUkraine, DateOnly? date)
    {
        var count = match.Places.Length;
        Span<double> scores = count <= 256 ? stackalloc double[count] : new double[count];
        var best = 0;
        var second = -1;
        for (var c = 0; c < count; c++)
        {
            scores[c] = Weigh(match, c, areasNamed, context, new Setting(inUkraine, inUkraine), date).Total;
            if (c == 0)
            {
                continue;
            }

            if (Ranks(scores, match.Places, c, best))
            {
                second = best;
                best = c;
            }
            else if (second < 0 || Ranks(scores, match.Places, c, second))
            {
                second = c;
            }
        }

        var total = 0.0;
        foreach (var score in scores)
        {
            total += Math.Exp(score - scores[best]);
        }

        return new Ranking(gazetteer.Places[match.Places[best]], Math.Round(1 / total, 3), second >= 0 ? gazetteer.Places[match.Places[second]] : null);
    }

    // Higher score first; between equals, the lower id, so that the order never depends on the index's.
    private bool Ranks(ReadOnlySpan<double> scores, int[] places, int a, int b) =>
        scores[a] != scores[b] ? scores[a] > scores[b] : string.CompareOrdinal(gazetteer.Places[places[a]].Id, gazetteer.Places[places[b]].Id) < 0;

    public List<(Place Place, double Score, Weights Weights)> Scored(NameMatch match, IReadOnlySet<string> areasNamed, List<(string Key, Place Best)> context, Setting setting, DateOnly? date)
    {
        var scored = new List<(Place Place, double Score, Weights Weights)>(match.Places.Length);
        for (var c = 0; c < match.Places.Length; c++)
        {
            var weights = Weigh(match, c, areasNamed, context, setting, date);
            scored.Add((weights.Place, weights.Total, weights));
        }

        scored.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score) : string.CompareOrdinal(a.Place.Id, b.Place.Id));
        return scored;
    }

    /// <summary>
    /// What a candidate's score is made of: its prior (population, Ukraine, the front-line oblasts), the area named
    /// that holds it, the nearest of the other names' best places, the front line on the report's date, and penalties for a secondary name or a place
    /// abroad that nothing in the report supports.
    /// </summary>
    public readonly record struct Weights(
        Place Place,
        double Prior,
        double SecondaryPenalty,
        double BorrowedPenalty,
        double ExactBonus,
        string? Area,
        double AreaSupport,
        double NamedOtherwiseSupport,
        Place? Neighbour,
        double NeighbourKm,
        double NeighbourSupport,
        double AbroadPenalty,
        double FrontLineSupport,
        int FrontLineMonths,
        double? KmAcrossTheLine,
        DateOnly? Date,
        bool InFrontlineArea)
    {
        public double Total => Prior - SecondaryPenalty - BorrowedPenalty + ExactBonus + AreaSupport + NamedOtherwiseSupport + NeighbourSupport - AbroadPenalty + FrontLineSupport;

        public double PopulationPrior => PopulationPriorOf(Place);
    }

    private Weights Weigh(NameMatch match, int candidate, IReadOnlySet<string> areasNamed, List<(string Key, Place Best)> context, Setting setting, DateOnly? date)
    {
        var (index, ownKey) = (match.Places[candidate], match.Key);
        var place = gazetteer.Places[index];
        // The front line weighs in reports on the fighting, not where the setting is abroad or unknown (diplomats in New York).
        var frontLineMonths = place.Kind == PlaceKind.Settlement && setting.FrontLineCounts ? gazetteer.FrontLine.MonthsNear(place.Id, date) : 0;
        // Undated or dated after the maps, a place the front passed for months is named in more reports than one it touched once.
        var mapped = frontLineMonths == 0 ? null : gazetteer.FrontLine.Mapped(date);
        var kmAcross = mapped is null ? null : gazetteer.FrontLine.KmAcross(place.Id, mapped);
        var frontLine = frontLineMonths == 0 ? 0
            : kmAcross is { } km ? FrontLineOnTheDateSupport + OnTheLineSupport * (1 - km / FrontLine.NearKm)
            : FrontLineSupport * (1 + (double)frontLineMonths / gazetteer.FrontLine.Months);
        string? area = null;
        foreach (var parent in place.Parents)
        {
            if (areasNamed.Contains(parent))
            {
                area = parent;
                break;
            }
        }

        var nearest = double.MaxValue;
        Place? neighbour = null;
        var beside = 0;
        // Only by a name the candidate bears, not one it shares a stem with (Pokrovske is no name of Pokrovsk).
        var namedOtherwise = (match.Exact[candidate] || match.Secondary[candidate]) && NamedOtherwise(place, ownKey, context);
        foreach (var (key, other) in context)
        {

            // Beyond 150 km a neighbour adds nothing; a degree of latitude is 111 km, so most pairs end here.
            if (Math.Abs(other.Lat - place.Lat) >= NeighbourDegrees || Math.Abs(other.Lon - place.Lon) >= 2 * NeighbourDegrees || key == ownKey)
            {
                continue;
            }

            // Within 20 km the bonus is the highest there is. So is it for the same place under another name (Ивановское,
            // до 2016 года Красное) and for a place inside this one (шахта «Северная» in Toretsk), wherever its point.
            var distance = Geo.DistanceKm(place.Lat, place.Lon, other.Lat, other.Lon);
            if (distance < NearKm || other.Parents.Contains(place.Id))
            {
                if (beside++ == 0)
                {
                    (nearest, neighbour) = (distance, other);
                }

                if (beside == MostNeighboursCounted)
                {
                    break;
                }

                continue;
            }

            if (beside == 0 && distance < nearest)
            {
                (nearest, neighbour) = (distance, other);
            }
        }

        var areaSupport = area is null ? 0 : NamedAreaSupport;
        // Each further place named within 20 km adds a little: of two namesakes each beside one place named, the one
        // among the places a list names together is meant (Paraskoviivka beside Heorhiivka and Krasnohorivka).
        var neighbourSupport = beside > 0 ? 3 + FurtherNeighbourSupport * (beside - 1) : neighbour is null ? 0 : nearest < 50 ? 2 : nearest < 150 ? 1 : 0;

        // In a report on the fighting a place abroad needs the report's own support (its region, a neighbour named):
        // Dzerzhinsk beside Nizhny Novgorod stays in Russia, a bare "Нью-Йорк" beside war words is the Donetsk town.
        var abroadUnsupported = setting.InUkraineAtWar && place.CountryCode != "UA" && areaSupport + neighbourSupport == 0;
        return new Weights(place, prior[index], match.Secondary[candidate] ? SecondaryNamePenalty : 0, match.Borrowed[candidate] ? BorrowedNamePenalty : 0,
            match.Exact[candidate] ? ExactSpellingBonus : 0, area, areaSupport, namedOtherwise ? NamedOtherwiseSupport : 0,
            neighbourSupport > 0 ? neighbour : null, nearest, neighbourSupport, abroadUnsupported ? SettingPenalty : 0, frontLine, frontLineMonths, kmAcross, mapped, inFrontlineArea[index]);
    }

    private static bool NamedOtherwise(Place place, string ownKey, List<(string Key, Place Best)> context)
    {
        foreach (var (key, other) in context)
        {
            if (other.Id == place.Id && key != ownKey)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What weighed in a candidate's score, and, for the best, what set it above the runner-up.</summary>
    public string Explain(Weights weights, (Place Place, double Score, Weights Weights)? runnerUp)
    {
        var parts = new List<string>();
        var place = weights.Place;
        parts.Add(string.Create(CultureInfo.InvariantCulture, $"prior {weights.Prior:0.0} (population {place.Population}{(place.CountryCode == "UA" ? "" : ", abroad")}{FrontlineLabel(weights)})"));
        if (weights.Area is { } area)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"inside the named {gazetteer.ById(area)?.Name ?? area} +{weights.AreaSupport:0.#}"));
        }

        if (weights.NamedOtherwiseSupport > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"named otherwise in the report +{weights.NamedOtherwiseSupport:0.#}"));
        }

        if (weights.Neighbour is { } neighbour)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{weights.NeighbourKm:0} km from {neighbour.Name}, named beside it{(weights.NeighbourSupport > 3 ? " with others within 20 km" : "")} +{weights.NeighbourSupport:0.#}"));
        }

        if (weights.SecondaryPenalty > 0)
        {
            parts.Add("matched by a former or derived name −0.3");
        }

        if (weights.BorrowedPenalty > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"the name only among GeoNames' undated alternates here, another place's own −{BorrowedNamePenalty:0.#}"));
        }

        if (weights.ExactBonus > 0)
        {
            parts.Add("spelled exactly so +1");
        }

        if (weights.FrontLineSupport > 0)
        {
            parts.Add(weights.Date is { } day
                ? string.Create(CultureInfo.InvariantCulture, $"near the front line on {day:yyyy-MM-dd}, {weights.KmAcrossTheLine:0.#} km from a settlement across it +{weights.FrontLineSupport:0.##}")
                : string.Create(CultureInfo.InvariantCulture, $"near the front line in {weights.FrontLineMonths} of the months mapped +{weights.FrontLineSupport:0.##}"));
        }

        if (weights.AbroadPenalty > 0)
        {
            parts.Add("abroad, unsupported in a report on the fighting −1.5");
        }

        var text = string.Join("; ", parts);
        if (runnerUp is not { } other)
        {
            return text;
        }

        var decided = Decider(weights, other.Weights);
        return $"{text}. Decided over {other.Place.Name} ({other.Place.AdminPath ?? other.Place.CountryCode}) by {decided}";
    }

    private static string FrontlineLabel(Weights weights) =>
        !weights.InFrontlineArea ? "" : InFrontlineOblast(weights.Place) ? ", front-line oblast" : ", near the front on the maps";

    // The factor that most favours the best candidate over the runner-up.
    private static string Decider(Weights best, Weights other)
    {
        (string Why, double Margin)[] factors =
        [
            ("the area named", best.AreaSupport - other.AreaSupport),
            ("being named otherwise in the report", best.NamedOtherwiseSupport - other.NamedOtherwiseSupport),
            ("nearness to the other places named", best.NeighbourSupport - other.NeighbourSupport),
            ("nearness to the front line", best.FrontLineSupport - other.FrontLineSupport),
            ("the front-line oblasts", (best.InFrontlineArea ? FrontlinePrior : 0) - (other.InFrontlineArea ? FrontlinePrior : 0)),
            ("population", best.PopulationPrior - other.PopulationPrior),
            ("lying in Ukraine", (best.Place.CountryCode == "UA" ? UkrainePrior : 0) - (other.Place.CountryCode == "UA" ? UkrainePrior : 0) + other.AbroadPenalty - best.AbroadPenalty),
            ("an attested current name", other.SecondaryPenalty - best.SecondaryPenalty),
            ("bearing the name as its own", other.BorrowedPenalty - best.BorrowedPenalty),
            ("the exact spelling", best.ExactBonus - other.ExactBonus),
        ];
        var top = factors.MaxBy(f => f.Margin);
        return top.Margin > 0 ? top.Why : "the order of ids (equal scores)";
    }

    // What the finder believes of a place before reading a report: population, Ukraine, the front-line area.
    private static double Prior(Place place, bool inFrontlineArea) =>
        PopulationPriorOf(place) + (place.CountryCode == "UA" ? UkrainePrior : 0) + (inFrontlineArea ? FrontlinePrior : 0);

    private const double UkrainePrior = 1.0;

    private const double FrontlinePrior = 1.5;

    // Areas carry no population, yet reports name an oblast or a country far more often than a namesake hamlet.
    private static double PopulationPriorOf(Place place) =>
        Math.Log10((place.Kind is PlaceKind.AdminArea or PlaceKind.Country ? Math.Max(place.Population, AreaPopulationFloor) : place.Population) + 10);

    private static bool InFrontlineOblast(Place place) => place.Parents.Any(FrontlineOblasts.Contains) || FrontlineOblasts.Contains(place.Id);

    private static bool InFrontline(Place place, FrontLine frontLine) => InFrontlineOblast(place) || frontLine.MonthsNear(place.Id, null) > 0;
}
