using System.Collections.Immutable;

namespace Triangulate.Model;

public enum PlaceKind
{
    Settlement,
    /// <summary>An oblast, raion, hromada, or a "republic" as Russian sources name an occupied area.</summary>
    AdminArea,
    Country,
    /// <summary>A named local feature: mine, spoil heap, reservoir, station, district, airbase, refinery, bridge.</summary>
    Feature,
}

/// <summary>A name of a place in one language or transliteration scheme, with the dates it was in use when it is a former name.</summary>
public sealed record PlaceName(string Text, string Language, string? Scheme = null, DateOnly? ValidFrom = null, DateOnly? ValidTo = null, string? Source = null)
{
    public bool IsFormer => ValidTo is not null;
}

/// <summary>
/// A gazetteer entry. <see cref="Id"/> is stable across builds and names its source ("osm:node/26150422",
/// "geonames:709717", "katottg:UA14160270010063519"). <see cref="RadiusKm"/> is how far the place reaches around its
/// point (an oblast's extent, a feature's positional precision), when known.
/// </summary>
public sealed record Place(
    string Id,
    string Name,
    PlaceKind Kind,
    double Lat,
    double Lon,
    string CountryCode,
    ImmutableArray<PlaceName> Names,
    ImmutableArray<string> Parents,
    string? AdminPath = null,
    long Population = 0,
    string? Subtype = null,
    double? RadiusKm = null)
{
    /// <summary>
    /// The settlement the place belongs to: itself, or for a mine, a district or a canal, the settlement the gazetteer
    /// files it under (its first OpenStreetMap or GeoNames parent; a feature filed under no settlement is its own).
    /// A method rather than a property, so that it is not written into the place's stored JSON.
    /// </summary>
    public string AnchorId() => Kind == PlaceKind.Feature && !Parents.IsDefault
        ? Parents.FirstOrDefault(parent => parent.StartsWith("osm:", StringComparison.Ordinal) || parent.StartsWith("geonames:", StringComparison.Ordinal)) ?? Id
        : Id;
}
