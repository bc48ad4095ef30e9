using System.Collections.Immutable;
using System.Globalization;
using Triangulate.Model;

namespace Triangulate.Places.Build;

/// <summary>
/// Where the builder reads its inputs; the reviewed tables live in the repository's data/gazetteer. GeoNames comes as
/// two tables: cities500 (current, with villages of 500 people and more) and cities1000 (a 2013 snapshot that keeps
/// the names of before 2016). The countries come from two npm packages (see <see cref="WorldCountries"/>).
/// </summary>
public sealed record GazetteerSources(
    string OsmSettlementsCsv,
    string RegionsCsv,
    string KatottgCsv,
    string Cities500Txt,
    string Cities1000Txt,
    string WorldCountriesJson,
    string CountryNamesDirectory,
    string ReviewedTablesDirectory);

/// <summary>
/// Builds the shipped gazetteer from OpenStreetMap settlements, the KATOTTG codifier, GeoNames cities1000 and the
/// reviewed tables (renames, features, regions, aliases). Deterministic: same inputs, same file.
/// </summary>
public static class GazetteerBuilder
{
    /// <summary>The source of names this project derives by rule (Russian from Ukrainian, their romanisations) rather than finds attested.</summary>
    public const string DerivedNameSource = "uk-ru rules";

    private static readonly HashSet<string> NearbyCountries = ["UA", "RU", "BY", "MD"];

    // Foreign cities that reports name: capitals, and cities this large (Geneva, Istanbul, Rzeszów, Jeddah).
    private const long WorldCityPopulation = 150_000;

    private const string CrimeaCode = "UA01000000000013043";
    private const string SevastopolCode = "UA85000000000065278";

    public static void Build(GazetteerSources sources, Stream output) => GazetteerFile.Write(output, BuildPlaces(sources));

    public static List<Place> BuildPlaces(GazetteerSources sources)
    {
        var codifier = Katottg.Load(sources.KatottgCsv);
        var oblastByOsmRegion = LoadRegions(sources.RegionsCsv, codifier);
        var settlements = LoadOsm(sources.OsmSettlementsCsv, oblastByOsmRegion);
        var grid = new Grid<OsmSettlement>(settlements, s => (s.Lat, s.Lon));
        AssignMissingOblasts(settlements, grid, codifier);
        codifier.Match(settlements);

        var renames = LoadRenames(Path.Combine(sources.ReviewedTablesDirectory, "renames.csv"), settlements);
        var geonames = GeoNamesRow.Merge([GeoNamesRow.Load(sources.Cities500Txt), GeoNamesRow.Load(sources.Cities1000Txt)]);
        var extraUkrainian = AttachGeoNames(geonames.Where(g => g.Country == "UA"), grid);

        var places = new List<Place>();
        places.AddRange(codifier.AdminAreas(settlements));
        places.AddRange(settlements.Where(s => s.Names.Count > 0).Select(s => s.ToPlace(codifier, renames)));
        places.AddRange(extraUkrainian.Select(g => OblastOf(g, grid, codifier) is { } oblast
            ? g.ToPlace(codifier.AreaAndParentIds(oblast), codifier.AdminPath(codifier.AreaAndParentIds(oblast)))
            : g.ToPlace()));
        var regions = CsvTable.Read(Path.Combine(sources.ReviewedTablesDirectory, "geonames-regions.csv"))
            .ToDictionary(r => (r["country"], r["admin1"]), r => r["region"]);
        places.AddRange(geonames
            .Where(g => g.Country != "UA" && (NearbyCountries.Contains(g.Country) || g.Population >= WorldCityPopulation || g.FeatureCode == "PPLC"))
            .Select(g => regions.TryGetValue((g.Country, g.Admin1), out var region) ? g.ToPlace([region]) : g.ToPlace()));
        var reviewedRegions = Path.Combine(sources.ReviewedTablesDirectory, "regions-extra.csv");
        var reviewedIds = File.ReadLines(reviewedRegions).Skip(1).Select(l => l.Split(',')[0]).ToHashSet(StringComparer.Ordinal);
        places.AddRange(WorldCountries.Load(sources.WorldCountriesJson, sources.CountryNamesDirectory).Where(c => !reviewedIds.Contains(c.Id)));
        var byId = places.ToDictionary(p => p.Id, StringComparer.Ordinal);
        places.AddRange(ReviewedPlaces.Load(reviewedRegions, byId));
        places.AddRange(ReviewedPlaces.Load(Path.Combine(sources.ReviewedTablesDirectory, "features.csv"), byId));
        var aliases = LoadAliases(Path.Combine(sources.ReviewedTablesDirectory, "aliases.csv"));
        return [.. places.Select(p => aliases.Contains(p.Id) ? p with { Names = Distinct(p.Names.Concat(aliases[p.Id])) } : p).Select(WithAbbreviations)];
    }

    /// <summary>
    /// The oblast of a Ukrainian GeoNames place that no OSM settlement matched: Crimea and Sevastopol by GeoNames'
    /// first-level code (OSM's list lacks most Crimean villages), elsewhere the oblast of the nearest OSM settlement.
    /// </summary>
    private static string? OblastOf(GeoNamesRow row, Grid<OsmSettlement> grid, Katottg codifier) => row.Admin1 switch
    {
        "11" => CrimeaCode,
        "20" => SevastopolCode,
        _ => grid.Near(row.Lat, row.Lon, 30).Where(s => s.OblastCode is not null)
            .OrderBy(s => Geo.DistanceKm(row.Lat, row.Lon, s.Lat, s.Lon)).Select(s => s.OblastCode).FirstOrDefault() is { } code && codifier.IsArea(code)
            ? code
            : null,
    };

    // Reports shorten an oblast to "обл." (Харьковская обл., Донецька обл.): every "… область" name also answers so.
    private static Place WithAbbreviations(Place place) =>
        place.Kind != PlaceKind.AdminArea || place.Subtype != "oblast"
            ? place
            : place with
            {
                Names = Distinct(place.Names.Concat(place.Names
                    .Where(n => n.Text.EndsWith(" область", StringComparison.Ordinal))
                    .Select(n => n with { Text = n.Text[..^"асть".Length], Scheme = "abbreviation" }))),
            };

    private static Dictionary<string, string> LoadRegions(string path, Katottg codifier)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in CsvTable.Read(path))
        {
            var uk = row["name:uk"];
            var code = codifier.OblastCodeByName(uk);
            if (code is not null)
            {
                map[row["osm_id"]] = code;
                if (NamesAlike(row["name"], uk))
                {
                    codifier.SetEnglishName(code, row["name"]);
                }
            }
        }

        return map;
    }

    // A region's English name begins as its Ukrainian one romanised does (Kharkiv Oblast, Харківська область); one
    // that does not is misspelt in the region table (Resivne Oblast for Рівненська область) and is not taken: the
    // oblast is then named for its centre (see Katottg.AdminAreas).
    internal static bool NamesAlike(string english, string ukrainian)
    {
        const int Letters = 3;
        var romanised = Transliteration.UkrainianNational(ukrainian);
        return english.Length >= Letters && romanised.Length >= Letters
            && english.AsSpan(0, Letters).Equals(romanised.AsSpan(0, Letters), StringComparison.OrdinalIgnoreCase);
    }

    private static List<OsmSettlement> LoadOsm(string path, Dictionary<string, string> oblastByOsmRegion)
    {
        var list = new List<OsmSettlement>();
        foreach (var row in CsvTable.Read(path))
        {
            var regionId = row["region:osm_id"];
            list.Add(new OsmSettlement(
                $"osm:{row["osm_type"]}/{row["osm_id"]}",
                row["place"],
                row["name"].Trim(),
                row["name:uk"].Trim(),
                double.Parse(row["lat"], CultureInfo.InvariantCulture),
                double.Parse(row["lon"], CultureInfo.InvariantCulture))
            {
                OblastCode = oblastByOsmRegion.GetValueOrDefault(regionId),
            });
        }

        return list;
    }

    // About 1,000 OSM rows carry no region: all of Rivne Oblast's, since no row points to its entry in the region table.
    // A row takes the oblast whose codifier lists a settlement of its Ukrainian name; where several do, the one of the
    // nearest settlement already placed in one of them (a name unique to one oblast places most rows first); a name the
    // codifier lacks takes the oblast of the nearest settlement that has one.
    internal static void AssignMissingOblasts(List<OsmSettlement> settlements, Grid<OsmSettlement> grid, Katottg codifier)
    {
        var missing = settlements.Where(s => s.OblastCode is null).Select(s => (Settlement: s, Oblasts: codifier.OblastsWithSettlement(s.Uk))).ToList();
        foreach (var (s, oblasts) in missing.Where(m => m.Oblasts.Count == 1))
        {
            s.OblastCode = oblasts[0];
        }

        foreach (var (s, oblasts) in missing.Where(m => m.Oblasts.Count != 1))
        {
            var placed = grid.Near(s.Lat, s.Lon, 30).Where(n => n.OblastCode is not null)
                .OrderBy(n => Geo.DistanceKm(s.Lat, s.Lon, n.Lat, n.Lon)).Select(n => n.OblastCode).ToList();
            s.OblastCode = placed.FirstOrDefault(oblasts.Contains) ?? placed.FirstOrDefault();
        }
    }

    private static Dictionary<string, List<PlaceName>> LoadRenames(string path, List<OsmSettlement> settlements)
    {
        var byUkName = settlements.ToLookup(s => s.Uk, StringComparer.Ordinal);
        var renames = new Dictionary<string, List<PlaceName>>(StringComparer.Ordinal);
        foreach (var row in CsvTable.Read(path))
        {
            var lat = double.Parse(row["near_lat"], CultureInfo.InvariantCulture);
            var lon = double.Parse(row["near_lon"], CultureInfo.InvariantCulture);
            var target = byUkName[row["current_uk"]].MinBy(s => Geo.DistanceKm(lat, lon, s.Lat, s.Lon))
                ?? throw new InvalidDataException($"renames.csv: no settlement named {row["current_uk"]}");
            var to = DateOnly.ParseExact(row["renamed_on"], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var source = row["source"];
            var names = renames.TryGetValue(target.Id, out var existing) ? existing : renames[target.Id] = [];
            names.Add(new PlaceName(row["former_uk"], "uk", null, null, to, source));
            names.Add(new PlaceName(row["former_ru"], "ru", null, null, to, source));
            names.AddRange(row["former_latin"].Split(';').Select(n => new PlaceName(n, "en", "common", null, to, source)));
        }

        return renames;
    }

    private static ILookup<string, PlaceName> LoadAliases(string path)
    {
        return CsvTable.Read(path).ToLookup(
            row => row["target"],
            row => new PlaceName(row["name"], row["language"], "alias", Source: "aliases.csv"),
            StringComparer.Ordinal);
    }

    /// <summary>
    /// Gives each OSM settlement the names of the GeoNames entry at its position (population, Russian and pre-2016
    /// names); returns the Ukrainian GeoNames entries with no OSM settlement nearby, kept as places of their own.
    /// </summary>
    private static List<GeoNamesRow> AttachGeoNames(IEnumerable<GeoNamesRow> rows, Grid<OsmSettlement> grid)
    {
        var unmatched = new List<GeoNamesRow>();
        foreach (var row in rows)
        {
            var near = grid.Near(row.Lat, row.Lon, 8).Select(s => (Settlement: s, Km: Geo.DistanceKm(row.Lat, row.Lon, s.Lat, s.Lon))).ToList();
            var normalNames = row.AllNames.Select(n => PlaceText.Normalise(n)).ToHashSet(StringComparer.Ordinal);
            var match = near.Where(n => n.Km < 8 && (normalNames.Contains(PlaceText.Normalise(n.Settlement.Uk)) || normalNames.Contains(PlaceText.Normalise(n.Settlement.En))))
                .OrderBy(n => n.Km).Select(n => n.Settlement).FirstOrDefault();
            // A renamed town keeps its position but not its name: accept the nearest town when the population says town.
            match ??= near.Where(n => (n.Km < 4 && row.Population >= 5000 && n.Settlement.Type is "city" or "town") || n.Km < 1.5)
                .OrderBy(n => n.Km).Select(n => n.Settlement).FirstOrDefault();
            if (match is null)
            {
                if (near.All(n => n.Km > 2))
                {
                    unmatched.Add(row);
                }

                continue;
            }

            if (match.GeoNames is null || match.GeoNames.Population < row.Population)
            {
                match.GeoNames = row;
            }
        }

        return unmatched;
    }

    internal static bool IsLatinOrCyrillic(string name) =>
        name.Length > 1 && name.All(c => c is ' ' or '-' or '\'' or '’' or '.' || (char.IsLetter(c) && (c < 'ʰ' || PlaceText.IsCyrillic(c))));

    internal static string CyrillicLanguage(string name) => name.AsSpan().IndexOfAny("іїєґІЇЄҐ") >= 0 ? "uk" : "ru";

    /// <summary>All the spellings derived from one Cyrillic name, in its own language and in Latin schemes.</summary>
    internal static IEnumerable<PlaceName> Derived(PlaceName name)
    {
        if (name.Text.Length == 0 || !name.Text.Any(PlaceText.IsCyrillic))
        {
            yield break;
        }

        if (name.Language == "uk")
        {
            yield return name with { Text = Transliteration.UkrainianNational(name.Text), Language = "en", Scheme = "ua-2010" };
        }
        else
        {
            yield return name with { Text = Transliteration.RussianBgn(name.Text), Language = "en", Scheme = "bgn-pcgn" };
            yield return name with { Text = Transliteration.RussianPlain(name.Text), Language = "en", Scheme = "ru-plain" };
            // English press renders Russian adjectival names also in the masculine (Ivanovskoye → Ivanovsky).
            if (name.Text.EndsWith("ое", StringComparison.Ordinal) || name.Text.EndsWith("ая", StringComparison.Ordinal))
            {
                yield return name with { Text = Transliteration.RussianPlain(name.Text[..^2] + "ий"), Language = "en", Scheme = "ru-plain" };
            }
        }
    }

    /// <summary>Unique by normalised text and validity, first spelling kept.</summary>
    internal static ImmutableArray<PlaceName> Distinct(IEnumerable<PlaceName> names)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<PlaceName>();
        foreach (var name in names)
        {
            if (name.Text.Length > 0 && seen.Add(PlaceText.Normalise(name.Text) + "|" + name.IsFormer))
            {
                result.Add(name);
            }
        }

        return result.ToImmutable();
    }
}
