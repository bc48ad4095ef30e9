using System.Collections.Immutable;
using System.Text;
using Triangulate.Model;

namespace Triangulate.Places.Build;

/// <summary>One unit of the KATOTTG codifier with the codes of the units above it.</summary>
internal sealed record KatottgUnit(string Code, char Category, string Name, string OblastCode, string? RaionCode, string? HromadaCode);

/// <summary>
/// The Ukrainian codifier of administrative units (KATOTTG): oblasts (O), raions (P), hromadas (H) and settlements
/// (M, X, C, K). It has no coordinates, so areas take the centroid of the OSM settlements matched into them.
/// </summary>
internal sealed class Katottg
{
    /// <summary>The source recorded on the names the codifier gives.</summary>
    public const string NameSource = "katottg";

    private readonly Dictionary<string, KatottgUnit> units;
    private readonly Dictionary<string, string> englishNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (double Lat, double Lon, double RadiusKm)> centroids = new(StringComparer.Ordinal);

    private Katottg(Dictionary<string, KatottgUnit> units) => this.units = units;

    public static Katottg Load(string path)
    {
        var units = new Dictionary<string, KatottgUnit>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path, Encoding.UTF8).Skip(1))
        {
            var f = line.Split(';');
            if (f.Length < 7 || f[5].Length != 1 || f[5][0] == 'B')
            {
                continue;
            }

            var code = f[..5].Last(c => c.Length > 0);
            units[code] = new KatottgUnit(code, f[5][0], f[6].Trim(), f[0], Below(f[1], f[0]), Below(f[2], f[1]));
        }

        return new Katottg(units);
    }

    // A level's code, or null where the codifier leaves it empty or repeats the level above: the exclusion zone's
    // towns (Chornobyl, Prypiat) carry their oblast's code as raion and hromada, and were filed under it three times.
    private static string? Below(string code, string above) => code.Length == 0 || code == above ? null : code;

    private static bool IsArea(KatottgUnit unit) => unit.Category is 'O' or 'P' or 'H';

    /// <summary>Whether the code is of an oblast, raion or hromada (Kyiv and Sevastopol are settlements of their own).</summary>
    public bool IsArea(string code) => units.TryGetValue(code, out var unit) && (IsArea(unit) || unit.Category == 'K');

    public string? OblastCodeByName(string ukrainianRegionName)
    {
        var wanted = ukrainianRegionName.Replace(" область", "", StringComparison.Ordinal);
        return units.Values.FirstOrDefault(u => u.Category is 'O' or 'K' && u.Name == wanted)?.Code;
    }

    public void SetEnglishName(string code, string name) => englishNames[code] = name;

    /// <summary>The codes of the oblasts (and of Kyiv and Sevastopol) whose codifier lists a settlement of this Ukrainian name.</summary>
    public IReadOnlyList<string> OblastsWithSettlement(string ukrainianName)
    {
        settlementOblasts ??= units.Values.Where(u => !IsArea(u)).ToLookup(u => PlaceText.Normalise(u.Name), u => u.OblastCode, StringComparer.Ordinal);
        return [.. settlementOblasts[PlaceText.Normalise(ukrainianName)].Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    private ILookup<string, string>? settlementOblasts;

    /// <summary>
    /// Finds each settlement's codifier entry by Ukrainian name within its oblast; where the oblast has several of that
    /// name, takes the one whose hromada (or raion) lies nearest, judged by the unambiguous matches.
    /// </summary>
    public void Match(List<OsmSettlement> settlements)
    {
        var byName = units.Values.Where(u => !IsArea(u))
            .ToLookup(u => (u.OblastCode, PlaceText.Normalise(u.Name)));
        var ambiguous = new List<(OsmSettlement Settlement, List<KatottgUnit> Candidates)>();
        foreach (var s in settlements.Where(s => s.OblastCode is not null && s.Uk.Length > 0))
        {
            var candidates = byName[(s.OblastCode!, PlaceText.Normalise(s.Uk))].ToList();
            if (candidates.Count == 1)
            {
                s.Unit = candidates[0];
            }
            else if (candidates.Count > 1)
            {
                ambiguous.Add((s, candidates));
            }
        }

        ComputeCentroids(settlements);
        foreach (var (settlement, candidates) in ambiguous)
        {
            settlement.Unit = candidates.MinBy(c => DistanceToArea(settlement, c.HromadaCode) ?? DistanceToArea(settlement, c.RaionCode) ?? double.MaxValue);
        }

        ComputeCentroids(settlements);
    }

    private double? DistanceToArea(OsmSettlement s, string? code) =>
        code is not null && centroids.TryGetValue(code, out var c) ? Geo.DistanceKm(s.Lat, s.Lon, c.Lat, c.Lon) : null;

    private void ComputeCentroids(List<OsmSettlement> settlements)
    {
        centroids.Clear();
        var members = new Dictionary<string, List<OsmSettlement>>(StringComparer.Ordinal);
        foreach (var s in settlements)
        {
            foreach (var code in AreaCodes(s))
            {
                if (!members.TryGetValue(code, out var list))
                {
                    members[code] = list = [];
                }

                list.Add(s);
            }
        }

        foreach (var (code, list) in members)
        {
            var lat = list.Average(s => s.Lat);
            var lon = list.Average(s => s.Lon);
            var radius = list.Max(s => Geo.DistanceKm(lat, lon, s.Lat, s.Lon));
            centroids[code] = (lat, lon, Math.Max(1, radius));
        }
    }

    private static IEnumerable<string> AreaCodes(OsmSettlement s)
    {
        if (s.Unit is { } unit)
        {
            yield return unit.OblastCode;
            if (unit.RaionCode is not null)
            {
                yield return unit.RaionCode;
            }

            if (unit.HromadaCode is not null)
            {
                yield return unit.HromadaCode;
            }
        }
        else if (s.OblastCode is not null)
        {
            yield return s.OblastCode;
        }
    }

    public ImmutableArray<string> ParentIds(string code)
    {
        var unit = units[code];
        return [.. new[] { unit.OblastCode, unit.RaionCode, unit.HromadaCode }
            .Where(c => c is not null && c != code && units.TryGetValue(c, out var parent) && IsArea(parent))
            .Select(c => Id(c!))];
    }

    /// <summary>An area's id with its parents' ids: the parents of a place known only to lie in that area.</summary>
    public ImmutableArray<string> AreaAndParentIds(string code) => ParentIds(code).Insert(0, Id(code));

    private static string Id(string code) => $"katottg:{code}";

    public string? AdminPath(ImmutableArray<string> parentIds) =>
        parentIds.IsEmpty ? null : string.Join(" / ", parentIds.Select(id => FullName(units[id["katottg:".Length..]])));

    private static string FullName(KatottgUnit unit) => unit.Category switch
    {
        'O' when !unit.Name.Contains(' ', StringComparison.Ordinal) => $"{unit.Name} область",
        'P' => $"{unit.Name} район",
        'H' => $"{unit.Name} громада",
        _ => unit.Name,
    };

    /// <summary>Oblasts, raions and hromadas as places, named in Ukrainian, Russian and English.</summary>
    public IEnumerable<Place> AdminAreas(List<OsmSettlement> settlements)
    {
        var named = settlements.Where(s => s.Unit is not null && s.En.Length > 0).ToList();
        var membersByArea = named.Select(s => (Code: s.Unit!.RaionCode ?? "", Settlement: s))
            .Concat(named.Select(s => (Code: s.Unit!.OblastCode, Settlement: s))).ToLookup(m => m.Code, m => m.Settlement, StringComparer.Ordinal);
        foreach (var unit in units.Values.Where(IsArea).OrderBy(u => u.Code, StringComparer.Ordinal))
        {
            if (!centroids.TryGetValue(unit.Code, out var centre))
            {
                continue;
            }

            var id = Id(unit.Code);
            var names = AreaNames(unit, membersByArea[unit.Code]).ToList();
            var subtype = unit.Category switch { 'O' => "oblast", 'P' => "raion", _ => "hromada" };
            yield return new Place(
                id,
                EnglishName(names),
                PlaceKind.AdminArea,
                Math.Round(centre.Lat, 5),
                Math.Round(centre.Lon, 5),
                "UA",
                GazetteerBuilder.Distinct(names),
                ParentIds(unit.Code),
                AdminPath(ParentIds(unit.Code)),
                0,
                subtype,
                Math.Round(centre.RadiusKm, 1));
        }
    }

    // The name English reports use (Donetsk Oblast, Bakhmut Raion), or else the national transliteration (Toretska hromada).
    private static string EnglishName(List<PlaceName> names) =>
        (names.FirstOrDefault(n => n.Language == "en" && n.Scheme == "common") ?? names.First(n => n.Language == "en")).Text;

    /// <summary>
    /// The English name of the city an oblast is named for, for an oblast whose English name the region table misspells:
    /// of the oblast's cities, the one whose Ukrainian name shares the most leading letters (four at least) with the
    /// oblast's adjective (Рівне for Рівненська).
    /// </summary>
    internal static string? CentreName(KatottgUnit oblast, IEnumerable<OsmSettlement> members)
    {
        const int FewestLetters = 4;
        return members.Where(s => s.Type == "city")
            .Select(s => (s.En, Shared: SharedLeadingLetters(s.Uk, oblast.Name)))
            .Where(c => c.Shared >= FewestLetters)
            .OrderByDescending(c => c.Shared).ThenBy(c => c.En, StringComparer.Ordinal)
            .Select(c => c.En).FirstOrDefault();
    }

    private static int SharedLeadingLetters(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && char.ToLowerInvariant(a[n]) == char.ToLowerInvariant(b[n]))
        {
            n++;
        }

        return n;
    }

    /// <summary>
    /// The name Ukrainian gives the land around a town (Нікополь → Нікопольщина, Бахмут → Бахмутщина, Краматорськ →
    /// Краматорщина, Суми → Сумщина, Синельникове → Синельниківщина), which reports use for the town's raion; null
    /// where the form is irregular (Донецьк → Донеччина).
    /// </summary>
    internal static string? RegionalName(string town)
    {
        const string Suffix = "щина";
        if (town.EndsWith("цьк", StringComparison.Ordinal) || town.Length < 4)
        {
            return null;
        }

        // An adjectival name in -ове takes -івщина, as its raion takes -івський.
        if (town.EndsWith("ове", StringComparison.Ordinal))
        {
            return town[..^3] + "ів" + Suffix;
        }

        var stem = town.EndsWith("ськ", StringComparison.Ordinal) ? town[..^3]
            : town[^1] is 'а' or 'и' or 'е' or 'о' or 'я' ? town[..^1]
            : town;
        return stem + Suffix;
    }

    private IEnumerable<PlaceName> AreaNames(KatottgUnit unit, IEnumerable<OsmSettlement> members)
    {
        var full = FullName(unit);
        yield return new PlaceName(full, "uk", Source: NameSource);
        yield return new PlaceName(Transliteration.UkrainianNational(full), "en", "ua-2010", Source: NameSource);
        switch (unit.Category)
        {
            case 'O' when full.EndsWith(" область", StringComparison.Ordinal):
                yield return new PlaceName($"{unit.Name} обл", "uk", "abbreviation", Source: NameSource);
                yield return new PlaceName($"{Transliteration.RussianFromUkrainian(unit.Name)} область", "ru", "derived", Source: GazetteerBuilder.DerivedNameSource);
                if ((englishNames.TryGetValue(unit.Code, out var english) ? english.Replace(" Oblast", "", StringComparison.Ordinal) : CentreName(unit, members)) is { } core)
                {
                    foreach (var word in new[] { "Oblast", "region", "province" })
                    {
                        yield return new PlaceName($"{core} {word}", "en", "common", Source: OsmSettlement.NameSource);
                    }
                }

                break;
            case 'P':
                yield return new PlaceName($"{Transliteration.RussianFromUkrainian(unit.Name)} район", "ru", "derived", Source: GazetteerBuilder.DerivedNameSource);
                // A raion is named after its centre (Бахмутський ← Бахмут, Краматорський ← Краматорськ).
                // A centre in -ове opens its syllable before -івський (Синельникове ← Синельниківський).
                var centre = members.FirstOrDefault(s => unit.Name == s.Uk + "ський" || unit.Name == s.Uk + "ий" || unit.Name == s.Uk.TrimEnd('ь') + "ський"
                    || (s.Uk.EndsWith("ове", StringComparison.Ordinal) && unit.Name == s.Uk[..^3] + "івський"));
                if (centre is not null)
                {
                    yield return new PlaceName($"{centre.En} Raion", "en", "common", Source: NameSource);
                    yield return new PlaceName($"{centre.En} district", "en", "common", Source: NameSource);
                    // The raion of an oblast's centre (Харківський) leaves the land's name (Харківщина) to the oblast.
                    if (RegionalName(centre.Uk) is { } regional && unit.Name[..^2] != units[unit.OblastCode].Name[..^1])
                    {
                        yield return new PlaceName(regional, "uk", "regional", Source: GazetteerBuilder.DerivedNameSource);
                    }
                }

                break;
            case 'H':
                foreach (var kind in new[] { "міська", "селищна", "сільська" })
                {
                    yield return new PlaceName($"{unit.Name} {kind} громада", "uk", Source: NameSource);
                }

                break;
        }
    }
}
