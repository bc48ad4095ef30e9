using System.Collections.Immutable;
using Triangulate.Model;

namespace Triangulate.Places.Build;

/// <summary>An OSM settlement while the builder gathers its codifier entry and GeoNames names.</summary>
internal sealed record OsmSettlement(string Id, string Type, string En, string Uk, double Lat, double Lon)
{
    public string? OblastCode { get; set; }

    public KatottgUnit? Unit { get; set; }

    public GeoNamesRow? GeoNames { get; set; }

    /// <summary>The source recorded on the names OpenStreetMap gives.</summary>
    public const string NameSource = "osm";

    public IReadOnlyList<string> Names => [.. new[] { Uk, En }.Where(n => n.Length > 0)];

    private long TypicalPopulation => Type switch
    {
        "city" => 100_000,
        "town" => 10_000,
        "village" => 1_000,
        "suburb" => 1_000,
        _ => 100,
    };

    public Place ToPlace(Katottg codifier, Dictionary<string, List<PlaceName>> renames)
    {
        var former = renames.GetValueOrDefault(Id) ?? [];
        var formerNormal = former.Select(n => PlaceText.Normalise(n.Text)).ToHashSet(StringComparer.Ordinal);
        var names = new List<PlaceName>();
        if (Uk.Length > 0)
        {
            names.Add(new PlaceName(Uk, "uk", Source: NameSource));
        }

        if (En.Length > 0)
        {
            names.Add(new PlaceName(En, "en", Source: NameSource));
        }

        var geonamesNames = GeoNames?.Names(skipNormal: formerNormal) ?? [];
        names.AddRange(geonamesNames);
        if (Uk.Length > 0 && !geonamesNames.Any(n => n.Language == "ru"))
        {
            names.AddRange(Transliteration.RussianFormsFromUkrainian(Uk).Select(ru => new PlaceName(ru, "ru", "derived", Source: GazetteerBuilder.DerivedNameSource)));
        }

        names.AddRange(former);
        var all = names.Concat(names.SelectMany(GazetteerBuilder.Derived));
        var parents = Unit is null ? (OblastCode is null ? [] : codifier.AreaAndParentIds(OblastCode)) : codifier.ParentIds(Unit.Code);
        return new Place(
            Id,
            En.Length > 0 ? En : Transliteration.UkrainianNational(Uk),
            PlaceKind.Settlement,
            Lat,
            Lon,
            "UA",
            GazetteerBuilder.Distinct(all),
            parents,
            codifier.AdminPath(parents),
            // GeoNames gives some villages no population (0); the kind of settlement then stands in, as for those it lacks.
            GeoNames is { Population: > 0 } geonames ? geonames.Population : TypicalPopulation,
            Type);
    }
}
